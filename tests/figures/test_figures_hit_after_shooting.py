"""A passive "was hit" or "was struck" with no doer, just after a sentence that tells of a
shooting, is a hit by its gunfire (issue 18); a hit with a doer that is no bullet is not.

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
        ("A cook was shot and killed behind the diner. A second man was also hit.", 1, 1),
        ("Someone fired at the crowd outside the club. Four patrons were struck.", 0, 4),
        # a doer that is no bullet
        ("A guard was shot in the arm on Monday. A pedestrian was hit by a bus nearby.",
         0, 1),
        # no shooting before: a hit of another kind
        ("The storm brought down power lines. Two houses were struck.", 0, 0),
    ],
)
def test_figures_hit_after_shooting(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
