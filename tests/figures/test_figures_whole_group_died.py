"""Everyone hit died: a death of the whole group ("all three died", "both died") as many as
were shot leaves no one wounded (issue 18).

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
        (
            "Three hikers were shot near the ridge trail on Monday. Rangers reached them an"
            " hour later. All three died before help arrived.",
            3,
            0,
        ),
        (
            "Deputies said two brothers were shot in a barn. The coroner said both died of"
            " wounds to the chest.",
            2,
            0,
        ),
        # a death of part of them still splits the count
        (
            "Three hikers were shot near the ridge trail on Monday. One of them died.",
            1,
            2,
        ),
        # as many dead, but not told as the same group: the two counts stay apart
        ("Two people were killed and two were wounded in the attack on Sunday.", 2, 2),
    ],
)
def test_figures_whole_group_died(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
