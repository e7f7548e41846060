"""The dead told as a share of the hurt counted just before ("Three were hospitalized. One
of the victims died") are among them: the rest are the wounded (issue 18).

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
            "Four people were taken to hospitals after the fight at the diner. One of the"
            " victims died on Tuesday, police said.",
            1,
            3,
        ),
        (
            "Six fans were treated for gunshot wounds outside the arena. Two of them died"
            " overnight.",
            2,
            4,
        ),
        # "others" are besides the dead already: no one is taken from them
        (
            "A man was killed and four others were hurt at the diner. One of the victims was"
            " a cook.",
            1,
            4,
        ),
        # a share that is not a death leaves the count whole
        (
            "Four people were taken to hospitals. One of the victims is in critical condition.",
            0,
            4,
        ),
    ],
)
def test_figures_share_of_the_hurt_died(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
