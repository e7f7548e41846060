"""A rank word ("the younger son", "the oldest girl") picks one member out of a group named
as hurt, so a death told of "the younger son" is of the member told as "her younger son" or
as "her son", never of one told as "her older son" (issue 18).

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
        ("A woman and her younger son were shot in the yard on Sunday. The younger son died"
         " at the hospital.", 1, 1),
        ("A grandfather and his oldest granddaughter were shot in the car. The oldest"
         " granddaughter died on Monday.", 1, 1),
        # ... not one told with another rank: someone else
        ("A woman and her older son were shot in the yard on Sunday. The younger son died"
         " at the hospital.", 1, 2),
    ],
)
def test_figures_rank_in_group(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
