"""People named by their own names as subjects of a run of clauses ("Dakota was shot in the
leg and Sam was hit in the arm") are as many people as names, and are summed like "a man
... and another" (issue 18).

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
        ("Deputies said Brenna was shot in the foot and Tobias was hit in the shoulder"
         " near the lake on Sunday.", 0, 2),
        ("Their father was shot and killed on the porch. Kalen was struck in the knee and"
         " Mirela was grazed on the arm, their aunt said.", 1, 2),
        # ... not one name told twice
        ("Tobias was shot in the foot and Tobias was taken to a clinic.", 0, 1),
    ],
)
def test_figures_named_in_clauses(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
