"""Clauses that leave out the verb of the first and keep its preposition ("one woman was hit
in the hip and another in the wrist") tell one more person hurt each: the people add up
(issue 18).

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
        ("Officers said one man was shot in the thigh and another in the wrist outside a"
         " bar on Friday.", 0, 2),
        ("A cook was struck in the shoulder and her brother in the knee when shots were"
         " fired into the diner.", 0, 2),
        ("A student was wounded in the hip, another in the foot and a third in the ear"
         " during the attack.", 0, 3),
        # ... not a verb of its own, nor a second place on one person's body
        ("A cyclist was shot in the ankle and driven to a clinic in Ely.", 0, 1),
        ("A man was shot in the ankle and the knee on Monday.", 0, 1),
    ],
)
def test_figures_gapped_clauses(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
