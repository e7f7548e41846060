"""Forces readied for violence (issue 15): invented sentences.

An armed force that "prepares to" shell or attack shows force now (CAMEO 150, PLOVER MOBILIZE)
between the same sides; violence only planned or intended stays a plan, and a denied
preparation codes no show of force.
"""

from __future__ import annotations

import pytest

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-09-03").events


def described(events: list[Event]) -> list[tuple[str, str, list[str]]]:
    return [(e.cameo, e.modality, [a.code for a in e.target]) for e in events]


# (sentence, source code prefix)
READIED = [
    ("The Sudanese army prepared to resume shelling rebel positions near El Fasher.", "SDNMIL"),
    ("Congolese rebels are preparing to attack the town of Goma.", "CODREB"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source"), READIED)
def test_readied_forces_show_force(text: str, source: str) -> None:
    events = [e for e in events_of(text) if e.plover == "MOBILIZE"]
    assert any(
        e.modality == "asserted" and any(a.code.startswith(source) for a in e.source)
        for e in events
    ), described(events_of(text))


NOT_READIED = [
    "The army plans to shell rebel positions near the border.",
    "The army did not prepare to attack the city.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", NOT_READIED)
def test_plans_and_denials_show_no_force(text: str) -> None:
    events = events_of(text)
    assert not any(e.plover == "MOBILIZE" for e in events), described(events)
