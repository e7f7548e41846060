"""The hurt told by how they fare: fighting for life, surviving, recovering, hit in a limb
(issue 18).

Sentences are our own inventions; each row is one way English says someone was hurt and
lived, and each "not" row a look-alike that says nothing of the story's wounded.
"""

from __future__ import annotations

import pytest
from figures_reading import tolls


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a fight for one's life is a grave wound
        ("A cashier died in the robbery. Two customers are fighting for their lives.", 1, 2),
        ("One driver died at the crossing and a cyclist is fighting for her life.", 1, 1),
        # to survive or recover is to have been hurt and lived
        ("Gunmen killed a farmer at the market. Three other people survived.", 1, 3),
        ("A guard was killed. The two other victims are expected to recover.", 1, 2),
        ("The ambush killed a soldier; four other soldiers survived the attack.", 1, 4),
        # a foreseen recovery is no prediction of the harm: the harm is done
        ("Deputies say a 6-year-old girl should recover after the gun went off.", 0, 1),
        # a hit in a part of the body
        ("A second victim, a neighbour, was hit in the thigh.", 0, 1),
        ("His brother was struck in the shoulder and drove himself to a clinic.", 0, 1),
    ],
)
def test_figures_hurt_who_lived(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    "text",
    [
        "She is survived by her husband and three daughters.",  # an obituary's family
        "Nieces, nephews and two brothers also survive.",
        "His mother survived a stroke two years ago.",  # another harm
        "Officers recovered two rifles from the car.",  # things found
        "Both passengers survived unhurt.",
        "Relatives are praying he will survive.",  # a hope
    ],
)
def test_figures_not_hurt_who_lived(text: str) -> None:
    assert tolls(text) == (0, 0)
