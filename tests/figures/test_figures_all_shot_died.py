"""A count of people shot no larger than the dead, in a story that never tells anyone lived or
was hurt, counts the dead, not more wounded (issue 18).

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
        ("Five people were found dead in a house on Friday. The gunman called 911 to say he"
         " had shot four people, police said.", 5, 0),
        ("Three people were killed on Friday. Police said the gunman shot three people at"
         " the store.", 3, 0),
        # ... not people shot besides the dead, nor in a story that tells of someone alive
        ("Three people were killed on Friday. Police said the gunman shot two others, who"
         " were taken to a hospital.", 3, 2),
        ("Three people were killed on Friday. Police said the gunman shot two people, and"
         " one is in critical condition.", 3, 2),
    ],
)
def test_figures_all_shot_died(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
