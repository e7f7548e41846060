"""The hurt told in steps: "N others" after a count, a new person "also" hurt after the
hurt told before (issue 18).

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
        # a count of "others" hurt after a count of the hurt adds to it
        (
            "Two guests were hospitalized with serious wounds. Four others were treated at"
            " the scene and released.",
            0,
            6,
        ),
        # ... not after a count of the dead, nor after a share of a group
        ("Three miners were killed. Two others were injured.", 3, 2),
        # a new person "also" hurt is one more of the hurt told before
        ("Three men were shot outside the bar. A teenager was also hit by a bullet.", 0, 4),
        ("A cyclist was wounded near the bridge. A jogger was also struck in the leg.", 0, 2),
        # ... not one told before ("the driver also"), nor one added to the dead
        ("The driver was shot in the arm. The driver also hurt his knee.", 0, 1),
        ("Two guards were killed in the raid. A nurse was also shot.", 2, 1),
    ],
)
def test_figures_hurt_added_in_steps(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
