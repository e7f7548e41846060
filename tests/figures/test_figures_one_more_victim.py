"""One more person hurt, told as "another" victim or by the next ordinal ("a fourth victim")
after a count of the hurt (issue 18).

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
        # "another" victim hurt, told next after a count of the hurt, is one more of them
        (
            "One man died at the scene, and two others were taken to a hospital. Another"
            " victim, who ran from the house, was found nearby with minor injuries.",
            1,
            3,
        ),
        ("Four people were shot at the party. Deputies later found another man who was"
         " shot in the leg.", 0, 5),
        # a person brought in by the next ordinal, though no wound is told of them
        ("Three men walked into a store with gunshot wounds. A fourth victim was found a"
         " mile away.", 0, 4),
        ("Three men walked into a store with gunshot wounds as a fourth shooting victim was"
         " found a mile away.", 0, 4),
        # where the count it adds to tells again a count told before, it revises that one
        ("One man was killed and six others were wounded in a shooting at a house party on"
         " Sunday. While first reports said six people had been shot, deputies later found"
         " a seventh victim.", 1, 7),
        # ... not an ordinal that does not follow the count, nor one told dead
        ("Two people were wounded. A fourth victim was found.", 0, 2),
        ("Three men were hurt in the crash. A fourth victim was found dead.", 1, 3),
        # ... not "another" after a single person (it may be the shooter) nor after a
        # share of the count that starts a list of its people
        ("A boy was struck by a stray bullet. Police arrested another boy on Monday.", 0, 1),
        ("Three victims were taken to a hospital. One is in good condition and another"
         " victim is in serious condition.", 0, 3),
    ],
)
def test_figures_one_more_victim(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
