"""A party attacked as a body is criticised, not assaulted (issue 15): invented sentences.

Politicians "attack" parties in words; arms harm a party's people, offices and rallies.
A violent verb whose only patient is a party itself (the word "party", or a name coded as a
party) with no armed doer is turned down (sense.a_party). Armed doers, and a party's offices
or members, keep the assault.
"""

from __future__ import annotations

import pytest
from events_reading import coded

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    found = analyse(text, "2024-03-05").events
    return [e for e in found if e.modality in ("asserted", "reported")]


def violent(found: list[Event]) -> list[Event]:
    return [e for e in found if e.cameo[:2] in ("18", "19", "20")]


WORDS = [
    "The rebel MP spent the whole campaign attacking the party that had expelled him.",
    "The ex-minister began attacking the party within days of his resignation.",
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize("text", WORDS)
def test_a_party_attacked_in_words_is_no_assault(text: str) -> None:
    assert violent(events_of(text)) == [], coded(events_of(text))


ARMS = [
    "Militants attacked the ruling party in Kabul, killing four of its members.",
    "Rebels attacked the army near Goma.",
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize("text", ARMS)
def test_an_armed_attack_stays_an_assault(text: str) -> None:
    assert violent(events_of(text)), coded(events_of(text))
