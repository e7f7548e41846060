"""Crowds that clash with the police (issue 15): invented sentences.

Demonstrators, students or supporters who clash with the police protest violently (CAMEO
145, PLOVER PROTEST riot), and the demand they march for is that protest's aim, not an
event of its own; armed sides that clash fight (190).
"""

from __future__ import annotations

import pytest
from events_reading import coded, has_dyad

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-12-03").events


# (sentence, source, target)
RIOTS = [
    ("Demonstrators demanding new elections clashed with police in Caracas.", "VEN", "VEN"),
    ("University students clashed with riot police in Dhaka on Monday.", "BGD", "BGD"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "target"), RIOTS)
def test_a_crowd_clashing_with_police_riots(text: str, source: str, target: str) -> None:
    found = events_of(text)
    assert has_dyad([e for e in found if e.cameo.startswith("145")], source, target), coded(found)
    assert not any(e.cameo.startswith("10") for e in found), coded(found)


def test_armed_sides_that_clash_fight() -> None:
    found = events_of("Rebels clashed with government troops near Goma.")
    assert any(e.cameo.startswith("19") for e in found), coded(found)
