"""A count joined to one person named by whose they are ("two boys and their father") is
one group, as with "a woman" (issue 18).

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
        ("Four children and their grandmother were hurt when the gunman fired at the van.", 0, 5),
        ("Three women and her cousin were killed in the blast at the plant.", 4, 0),
        # still joined by "a": unchanged
        ("Two men and a boy were wounded outside the arcade.", 0, 3),
    ],
)
def test_figures_group_with_possessed_person(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
