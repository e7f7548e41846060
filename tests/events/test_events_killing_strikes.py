"""A strike that kills is an attack, not a work stoppage, and a stoppage that "hits" attacks
no one (issue 15, word sense), in invented real-news sentences: "US Predator strikes killed
six militants", "a strike that hit a wedding party" are violence whatever struck; a general
strike is still a strike, and "the nationwide strike hit Greek ports" hurts the ports, it
does not attack them.
"""

from __future__ import annotations

import pytest
from events_reading import coded

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2022-05-17").events


KILLING_STRIKES = [
    "Fresh US Predator strikes killed six militants near the border.",
    "A US strike that hit a wedding party killed 20 Afghans.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", KILLING_STRIKES)
def test_strike_that_kills_is_an_attack(text: str) -> None:
    found = events_of(text)
    strikes = [
        e for e in found if e.trigger and text[e.trigger.start : e.trigger.end].startswith("strike")
    ]
    assert strikes and all(e.cameo.startswith("19") for e in strikes), coded(found)


@pytest.mark.slow
def test_stoppage_stays_a_strike() -> None:
    found = events_of("Dock workers began a general strike in Piraeus on Monday.")
    assert not any(e.cameo.startswith(("18", "19", "20")) for e in found), coded(found)


STOPPAGES_THAT_HIT = [
    "The nationwide strike hit Greek ports.",
    "A two-day general strike hit Kenyan ports on Monday.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", STOPPAGES_THAT_HIT)
def test_stoppage_that_hits_attacks_no_one(text: str) -> None:
    found = events_of(text)
    assert not any(e.cameo.startswith(("18", "19", "20")) for e in found), coded(found)
