"""In a story that tells of no death, the victims counted are the wounded (issue 18):
"officers found three victims with gunshot wounds" counts three hurt. Not when the story
tells of a death or a killing anywhere, when the victims are said not to be hurt, or when
the count tallies many events.

Sentences are our own inventions.
"""

from __future__ import annotations

import pytest
from figures_reading import tolls


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Officers found three victims at the corner after the gunfire. One of them was "
         "hit in the hand.", 0, 3),
        ("Deputies located six victims outside the hall. A teenager was grazed.", 0, 6),
        # a death or a killing in the story: the victims may include the dead
        ("Officers found three victims at the corner. The coroner was called.", 0, 0),
        ("Police found four victims at the farm. Their bodies were taken away.", 0, 0),
        # the victims are said not to be hurt
        ("A teen was shot in the robbery. Police found two other victims, but neither was "
         "hurt.", 0, 1),
        # a count over many events
        ("A 20-year-old was shot in the arm. The city has seen 40 shootings with 52 victims "
         "this month.", 0, 1),
    ],
)
def test_figures_victims_wounded(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
