"""Fighting for or protecting a budget, a law, jobs or rights is an effort, not violence nor
military protection: a violent or guarding code needs something that can be harmed.
Invented sentences."""

from __future__ import annotations

import pytest
from events_reading import events_of

VIOLENT_OR_GUARD = ("18", "19", "20", "138", "145", "074", "0334", "0234", "1034", "1224")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The Welsh party said it would fight to protect Scotland's budget from cuts.",
        "Dock workers vowed to fight to protect their jobs at the harbour.",
        "The Dutch government will protect Ireland's pension law, its leader said.",
        "The French government said it would protect Mali's constitution.",
        "Campaigners pledged to fight to protect the rights of tenants.",
    ],
)
def test_effort_for_a_thing_is_no_violence(text: str) -> None:
    assert not [e.cameo for e in events_of(text) if e.cameo.startswith(VIOLENT_OR_GUARD)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, code",
    [
        ("The rebels vowed to fight to defend the city.", "138"),
        ("Insurgents attacked the base to seize its weapons.", "19"),
        ("France will protect Mali.", "0334"),
    ],
)
def test_fighting_for_a_place_stays(text: str, code: str) -> None:
    assert any(e.cameo.startswith(code) for e in events_of(text))
