"""A place inside a group's name is no place of the act (issue 15).

"The Islamic State in Iraq and Syria" names where a group began, not where a fight it takes
part in happens: the other side, of no stated country, is not placed in Iraq for it. A place
that the sentence gives as where the act happened still places it. Invented sentences."""

from __future__ import annotations

import pytest
from events_reading import coded

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2014-01-13").events


def countries(text: str, name: str) -> set[str | None]:
    return {a.country for e in events_of(text) for a in e.source + e.target if a.name == name}


# (sentence, the nationless side, the countries it may be given)
NAMED_PLACES = [
    ("Rival Islamist brigades clashed with the Islamic State in Iraq and Syria.",
     "Rival Islamist brigades", {None}),
    ("Rival Islamist brigades clashed with the Islamic State in Iraq and Syria near Idlib.",
     "Rival Islamist brigades", {"SYR"}),
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "side", "allowed"), NAMED_PLACES)
def test_a_place_in_a_groups_name_places_no_one(text: str, side: str, allowed: set) -> None:
    found = countries(text, side)
    assert found and found <= allowed, coded(events_of(text))
