"""The killer's own death told beside the victims: "killed three people and himself" and
"turned the rifle on herself" add the killer to the dead (issue 18).

Sentences are our own inventions.
"""

from __future__ import annotations

import pytest
from figures_reading import killed


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the killer joined to the victims as one more of the killed
        ("The former clerk killed two managers and himself at the depot on Monday.", 3),
        ("Investigators say she killed the landlord and herself after the eviction.", 2),
        # a weapon other than "the gun" turned on oneself is a suicide too
        (
            "Deputies said the farmer killed his two neighbours on Saturday and then turned"
            " the rifle on himself.",
            3,
        ),
        (
            "A woman fatally shot her partner before turning the pistol on herself, police"
            " said.",
            2,
        ),
        # a reflexive told inside the victims' own count is not added again
        ("The man killed his wife and himself, police said.", 2),
    ],
)
def test_figures_killer_joined_to_the_dead(text: str, dead: float) -> None:
    assert killed(text) == dead
