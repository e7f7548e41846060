"""Holding someone to blame (issue 15): invented sentences.

"Held India responsible for the bombing" blames India (CAMEO 112, ACCUSE), from the one who
holds to the one held; holding talks keeps its own reading.
"""

from __future__ import annotations

import pytest
from events_reading import coded, has_dyad

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-08-08").events


# (sentence, accuser's country, accused's country)
BLAME = [
    ("Armenia held Azerbaijan responsible for the shelling of Goris.", "ARM", "AZE"),
    ("The Libyan government held Egypt responsible for the air raid.", "LBY", "EGY"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "target"), BLAME)
def test_holding_responsible_is_blame(text: str, source: str, target: str) -> None:
    found = [e for e in events_of(text) if e.plover == "ACCUSE"]
    assert has_dyad(found, source, target), coded(found)


@pytest.mark.slow
def test_holding_talks_is_no_blame() -> None:
    found = events_of("Armenia held talks with Azerbaijan in Brussels.")
    assert not [e for e in found if e.plover == "ACCUSE"]
    assert [e for e in found if e.plover == "CONSULT"]
