"""Coming to a country is one way (issue 15): invented sentences.

A meeting or talks are coded back from the target, as CAMEO does ("Putin met Xi"). A
minister who arrives in a country, for a summit or not, consults it; the country did not
come to him (sentence.arriving): coding it back doubled the event with a dyad no coder
writes. Talks *with* someone named after the arrival stay two-sided.
"""

from __future__ import annotations

import pytest
from events_reading import coded, has_dyad

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    found = analyse(text, "2024-03-05").events
    return [e for e in found if e.modality in ("asserted", "reported")]


ONE_WAY = [
    ("The Japanese foreign minister arrived in Indonesia for a summit.", "JPN", "IDN"),
    ("The Brazilian president arrived in Angola on Tuesday.", "BRA", "AGO"),
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "source", "target"), ONE_WAY)
def test_an_arrival_is_not_coded_back(text: str, source: str, target: str) -> None:
    found = events_of(text)
    assert has_dyad(found, source, target), coded(found)
    assert not has_dyad(found, target, source), coded(found)


TWO_WAY = [
    ("The Iranian foreign minister arrived in Moscow for talks with Lavrov.", "IRN", "RUS"),
    ("The Turkish president met the Egyptian president in Cairo.", "TUR", "EGY"),
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "source", "target"), TWO_WAY)
def test_talks_with_someone_stay_two_sided(text: str, source: str, target: str) -> None:
    found = events_of(text)
    assert has_dyad(found, source, target) and has_dyad(found, target, source), coded(found)
