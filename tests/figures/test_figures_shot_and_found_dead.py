"""A count shot and, in the same clause chain, "pronounced dead" or "declared dead" is a
count of the dead, as "shot and killed" is; "left for dead" tells no death (issue 18).

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
        ("Two brothers were shot in the back and pronounced dead at the scene on Elm"
         " Street.", 2, 0),
        ("Three guards were shot several times and declared dead at a clinic.", 3, 0),
        ("Hale and Morton were both shot in the neck and pronounced dead in the yard.",
         2, 0),
        # ... but not people left for dead
        ("Two hikers were shot and left for dead near the trail.", 0, 2),
    ],
)
def test_figures_shot_and_found_dead(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
