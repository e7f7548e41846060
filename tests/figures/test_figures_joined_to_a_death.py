"""Who is hurt beside a death: the person in a clause joined to the death is someone else,
a pronoun's death in the joined clause is the victim's own (issue 18).

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
        # hurt in a clause joined to the death: not the one who died, though the story
        # later speaks of "the victim" or "the child" who died
        (
            "Police said the gunman killed a cashier and wounded a customer. The victim was"
            " pronounced dead at the store.",
            1,
            1,
        ),
        (
            "A toddler found a pistol and fired it, killing his cousin and hurting a"
            " neighbour. The child died at the hospital.",
            1,
            1,
        ),
        (
            "A 9-year-old girl has died and her uncle is in critical condition. The girl was"
            " shot in the back.",
            1,
            1,
        ),
        # people named together and shot, as many as the dead named together elsewhere,
        # are those dead
        (
            "A father and daughter were found shot dead on Sunday. Deputies said a 40-year-old"
            " man and a 9-year-old girl had been shot in the chest.",
            2,
            0,
        ),
        # one called "the second victim" is not the one who died
        (
            "Police found a teen dead in the alley. According to police, the second victim"
            " was a teenager who was shot in the arm.",
            1,
            1,
        ),
        # a clause that hangs from the death, or a pronoun's death, speaks of one person
        ("A boy died after he was shot in the yard. The boy was taken to the hospital.", 1, 0),
        (
            "The woman was taken to the hospital in critical condition, and she later died."
            " Officers found the woman in the car.",
            1,
            0,
        ),
    ],
)
def test_figures_hurt_beside_a_death(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
