"""Arrests for ordinary crime are no political event (issue 15): invented sentences.

CAMEO 173 (arrest, detain) is coded when a state holds someone in a political matter; the
police holding a private person for a stabbing or a burglary is local crime news, which the
issue says must give no event. An arrest of an official, an opponent, a journalist or a
protester, or one on a political charge, stays an event.
"""

from __future__ import annotations

import pytest

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-10-14").events


def arrests(text: str) -> list[Event]:
    return [e for e in events_of(text) if e.cameo.startswith("17")]


ORDINARY = [
    "A man was arrested after stabbing his neighbour in Leeds on Saturday.",
    "Police arrested a 34-year-old man on suspicion of burglary in Manchester.",
    "Two teenagers were detained over the robbery of a petrol station in Cork.",
    "Officers in Ohio arrested a woman on drunk-driving charges after the crash.",
]

POLITICAL = [
    "Turkish police detained a journalist on terrorism charges.",
    "Russian police arrested an opposition activist accused of fraud.",
    "Police in Minsk arrested dozens of protesters on Sunday.",
    "Ten students were detained by police in Tbilisi.",
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize("text", ORDINARY)
def test_arrest_for_ordinary_crime_is_no_event(text: str) -> None:
    assert arrests(text) == []


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize("text", POLITICAL)
def test_political_arrest_is_coded(text: str) -> None:
    assert arrests(text), [(e.cameo, e.source, e.target) for e in events_of(text)]


@pytest.mark.slow
@pytest.mark.issue(15)
def test_a_person_named_and_held_for_a_killing_is_no_state() -> None:
    text = "Denver police arrested Jon Reyes, 31, on Friday for the killing of his cousin."
    assert arrests(text) == []
