"""Attacks made with words (issue 15): invented sentences.

An "attack" or "fire" from lawmakers, the press, judges or rights groups alone is criticism,
not violence; with an armed doer or a weapon named it stays violence.
"""

from __future__ import annotations

import pytest

from newscoder.events.sense import is_violent
from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-02-02").events


CRITICISM = [
    "The central bank governor came under fire from critics over interest rates.",
    "The finance minister came under attack from senators over the tax plan.",
    "The prime minister came under fierce attack from newspapers over the scandal.",
    "The judge's ruling drew an attack from rights groups in Geneva.",
]


@pytest.mark.parametrize("text", CRITICISM)
def test_words_are_no_violence(text: str) -> None:
    violent = [e for e in events_of(text) if is_violent(e.cameo)]
    assert not violent, [(e.cameo, e.source, e.target) for e in violent]


VIOLENCE = [
    "A Thai border patrol came under fire from Cambodian troops.",
    "Journalists were attacked by soldiers in Bamako.",
    "Gunmen attacked a group of lawmakers in Mogadishu.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", VIOLENCE)
def test_armed_doers_still_attack(text: str) -> None:
    assert [e for e in events_of(text) if is_violent(e.cameo)]


@pytest.mark.slow
def test_fire_from_troops_comes_from_them() -> None:
    found = [e for e in events_of("A Thai border patrol came under fire from Cambodian troops.")]
    assert any(
        any(a.code.startswith("KHM") for a in e.source)
        and any(a.code.startswith("THA") for a in e.target)
        for e in found
        if is_violent(e.cameo)
    ), [(e.cameo, e.source, e.target) for e in found]
