"""Arrests told in the passive (issue 15): invented sentences.

"Two Dutch cyclists were arrested *in Iran*" names no one arresting, yet the state where
people are arrested or detained holds them; repression ("protesters were arrested in
Algiers", 175) is the state's by definition, never ordinary crime.
"""

from __future__ import annotations

import pytest
from events_reading import coded, has_dyad

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-07-30").events


# (sentence, holder's country, held's country)
ARRESTS = [
    ("Two Dutch cyclists were arrested in Iran on Sunday.", "IRN", "NLD"),
    ("A Canadian businessman was detained in China last month.", "CHN", "CAN"),
    ("Dozens of protesters were arrested in Algiers on Friday.", "DZA", "DZA"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "target"), ARRESTS)
def test_the_state_where_people_are_arrested_holds_them(
    text: str, source: str, target: str
) -> None:
    found = [e for e in events_of(text) if e.cameo.startswith("17")]
    assert has_dyad(found, source, target), coded(found)


@pytest.mark.slow
def test_an_arrest_by_someone_named_keeps_them() -> None:
    found = events_of("Ten students were detained by police in Tbilisi.")
    sources = [a for e in found for a in e.source]
    assert any(a.sector == "COP" for a in sources), [(a.code, a.name) for a in sources]
