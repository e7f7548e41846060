"""A count hung on "more" ("two more who were injured") counts the people "more" stands for
and takes its clause's harm (issue 18).

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
        ("Deputies found two men dead and three more who were wounded.", 2, 3),
        ("The medics treated one woman who died and two more who were hurt.", 1, 2),
        # things, not people
        ("Officers seized two more rifles from the car.", 0, 0),
    ],
)
def test_figures_more_who(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
