"""One more person told by an ordinal or "the other" ("killed two and injured a third",
"one died and the other was wounded"), and kin named through the dead ("Ruiz's son" is
not Ruiz) are hurt people of their own (issue 18).

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
        ("The robber killed two clerks and wounded a third.", 2, 1),
        ("Two brothers were killed and a third was hurt.", 2, 1),
        ("One guard died and the other was wounded.", 1, 1),
        ("Ana Ruiz died at the scene. Deputies said Ruiz's son was shot and taken to a "
         "hospital.", 1, 1),
        ("Tom Lee, 30, was killed, police said. Lee's cousin, Sam Lee, was injured.", 1, 1),
        # no person: a rank
        ("The runner finished third in the race.", 0, 0),
    ],
)
def test_figures_one_more_and_kin(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
