"""A hospital's word for a patient's state ("in fair condition", "in good condition"), also
when reported "as being" in it, tells a person hurt; "the other N" hurt add to the one
hurt told just before (issue 18).

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
        ("A clerk died in the robbery. Two customers are listed as being in fair "
         "condition.", 1, 2),
        ("After the shooting, three teenagers were in good condition at the hospital.", 0, 3),
        ("Two passengers were reported as being in guarded condition.", 0, 2),
        # "the other N" adds to the one hurt told just before
        ("A cook died in the kitchen. One waiter is in good condition. The other two "
         "victims are in fair condition.", 1, 3),
        # the state of a thing, not a patient
        ("The two cars were in poor condition before the crash.", 0, 0),
    ],
)
def test_figures_hospital_condition(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
