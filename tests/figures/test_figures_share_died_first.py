"""A death told first as a share of the victims ("one of the victims ... has died"), in the
sentence that counts them, is among that count: the rest are the hurt (issue 18).

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
        ("One of the victims of Friday's shooting, which sent six people to the hospital, has "
         "died, police said.", 1, 5),
        ("Two of the victims of the shooting that wounded seven people outside a club died on "
         "Sunday.", 2, 5),
        # "others" are people besides the dead: no one of them died
        ("One of the victims died after the gunman wounded four others.", 1, 4),
        # a share told in an earlier sentence is no share of this count
        ("One of the victims died. Three people were wounded in the shooting.", 1, 3),
    ],
)
def test_share_of_the_victims_died(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
