"""Suicide bombers and races won (issue 15): invented sentences.

A suicide bomber is a person of an armed group (Phoenix codes it REB), placed in the
country it strikes, not the aircraft "bomber" that codes no one alone. Verbs of violence
in a race or a cup run ("battled past X *to win* the race", "shot Spain into the
semi-finals") are results, not attacks.
"""

from __future__ import annotations

import pytest
from events_reading import coded, has_dyad

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-07-02").events


# (sentence, source, target)
BOMBERS = [
    ("A suicide bomber killed nine worshippers at a mosque in Peshawar.", "PAK", "PAK"),
    ("Two suicide bombers attacked an army base in Somalia.", "SOM", "SOM"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "target"), BOMBERS)
def test_a_suicide_bomber_is_a_doer(text: str, source: str, target: str) -> None:
    found = events_of(text)
    assert has_dyad(found, source, target), coded(found)


RACES = [
    "Leclerc battled past Norris to win the race in Monaco.",
    "Two late goals shot Spain into the semi-finals.",
    "The Kenyan fought off the Ethiopian in the last lap to win the title.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", RACES)
def test_races_and_cups_are_no_violence(text: str) -> None:
    found = events_of(text)
    assert not any(e.cameo[:2] in ("18", "19", "20") for e in found), coded(found)


def test_warplanes_are_still_no_armed_group() -> None:
    found = events_of("Bombers struck the town overnight.")
    assert not any(a.code.endswith("REB") for e in found for a in e.source), coded(found)
