"""A count of the victims told before a death that is a share of them ("one of the victims
has died") includes the dead, like a count of the hurt: the rest are the wounded (issue 18).

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
        ("Officers were sent to a shooting with five victims on Pine Street. One of the victims "
         "has died, a police spokesman said.", 1, 4),
        ("Medics found seven victims outside the bar. Two of them died at the scene.", 2, 5),
    ],
)
def test_share_of_counted_victims_died(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
