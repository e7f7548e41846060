"""Policies announced are acts, threats stay threats (issue 15): invented sentences.

A government that announces or declares it will cut aid, trade or ties makes the measure public:
the announcement is the sanction (CAMEO 16x, PLOVER SANCTION), not a threat of one (1312). The
same cut said with a condition ("unless", "if") stays a threat, and so does a withdrawal of
one's own people or missions announced ahead.
"""

from __future__ import annotations

import pytest

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-03-05").events


def codes(events: list[Event]) -> list[tuple[str, list[str], list[str]]]:
    return [(e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in events]


# (sentence, source code, target code)
ENACTED = [
    ("Canada announced on Monday it would suspend all aid to the Malian junta.", "CAN", "MLI"),
    ("Japan announced it would halt economic aid to Myanmar.", "JPN", "MMR"),
    ("The European Union declared it would halt all aid to Belarus.", "IGO", "BLR"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "target"), ENACTED)
def test_an_announced_cut_is_a_sanction(text: str, source: str, target: str) -> None:
    events = events_of(text)
    found = [
        e
        for e in events
        if e.plover == "SANCTION"
        and any(a.code.startswith(source) for a in e.source)
        and any(a.code.startswith(target) for a in e.target)
    ]
    assert found, codes(events)
    assert not any(e.cameo.startswith("13") for e in events), codes(events)


THREATS = [
    "Japan said it would halt economic aid to Myanmar unless the army frees its prisoners.",
    "Canada announced it would suspend aid to Mali if the junta delays the elections.",
    # withdrawing one's own people is a move still to be made, announced as a warning
    "The UN envoy announced that he will withdraw the monitors from Yemen.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", THREATS)
def test_a_conditional_cut_stays_a_threat(text: str) -> None:
    events = events_of(text)
    assert any(e.plover == "THREATEN" for e in events), codes(events)
    assert not any(e.plover == "SANCTION" for e in events), codes(events)
