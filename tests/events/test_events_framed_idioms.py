"""A framing verb's own idiom in the verb dictionary (issue 15): invented sentences.

Aspect verbs ("launch", "continue", "carry out") are transparent: the event is their
complement ("launched an *attack*"). Where the object is no event noun of ours, the CAMEO
dictionary's pattern written for the verb names the event ("launched a military
operation": 190), and it was lost. The verb stays transparent where its object is an event
noun, carries a clause of its own, or where it only describes how ("aircraft *using*
missiles"), and where the sentence offers fewer than two actors; a violent idiom needs an
object that names armed force, and its "against" object is what it harms for the checks of
a violent reading.
"""

from __future__ import annotations

import pytest
from events_reading import coded, has_dyad

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    found = analyse(text, "2024-03-05").events
    return [e for e in found if e.modality in ("asserted", "reported")]


def trigger_words(text: str, found: list[Event]) -> list[str]:
    return [text[e.trigger.start : e.trigger.end] for e in found if e.trigger]


IDIOMS = [
    ("Russia launched a military operation against Ukraine.", "RUS", "UKR"),
    ("Israel continued its military operation in Gaza.", "ISR", "PSE"),
    ("The army carried out a military operation against rebels in Darfur.", "SDN", "SDNREB"),
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "source", "target"), IDIOMS)
def test_a_framing_verbs_idiom_is_the_event(text: str, source: str, target: str) -> None:
    found = [e for e in events_of(text) if e.cameo.startswith("19")]
    assert has_dyad(found, source, target), coded(events_of(text))


STAYS_TRANSPARENT = [
    # the object is the event: one event, on the noun
    ("The army launched an attack on the town of Bakhmut.", ["attack"]),
    # the object carries the act in a clause of its own (an aim: no asserted event)
    ("Rebels in Chad continued their effort to topple the government.", []),
    # a participle on a noun says how, not what
    ("British aircraft using guided missiles struck a depot in Basra.", ["struck"]),
    # one actor only
    ("Nigeria launched a campaign against polio.", []),
    ("Apple launched a new phone in China.", []),
    # a violent idiom needs an object that names armed force ("COMMIT * &CRIME" 180)
    ("Chad's diplomats committed violations against Sudan by meddling in its politics.", []),
    # two names no actor code knows, as teams are (the idiom's "against" object is its patient)
    ("The Yankees launched a military-style operation against the Red Sox.", []),
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "triggers"), STAYS_TRANSPARENT)
def test_a_framing_verb_stays_transparent(text: str, triggers: list[str]) -> None:
    found = events_of(text)
    assert trigger_words(text, found) == triggers, coded(found)
