"""Care that tells no wound, and care that ends in death (issue 18).

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
        # care given as a precaution, or to someone unhurt, counts no one hurt
        ("A deputy was taken to Mercy Hospital for observation after the chase.", 0, 0),
        ("Two firefighters were taken to a clinic as a precaution.", 0, 0),
        ("The baby was unharmed and was taken to a hospital.", 0, 0),
        # care for wounds still counts
        ("Two men were taken to the hospital with gunshot wounds.", 0, 2),
        # care that ends in death, in any words, is a death
        ("The teen was flown to a trauma center, where she later passed away.", 1, 0),
    ],
)
def test_figures_care_without_wound(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a share of the victims is hurt by its own clause ...
        ("Three of the victims were taken to County General Hospital.", 0, 3),
        ("Police say his son was struck in the upper body area.", 0, 1),
        # ... and a count of the whole group told later heads over it
        (
            "One of the victims is in critical condition. Police said five people were"
            " wounded when a man opened fire on the porch.",
            0,
            5,
        ),
    ],
)
def test_figures_shares_of_victims(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
