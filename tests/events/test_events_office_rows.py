"""A row among office-holders is no fight (issue 15): invented sentences.

Political and business news calls a quarrel a "fight", a "clash", a "battle" or a "war":
two ministers at odds, a chairman against his chief executive. With every side an
office-holder, a party or a firm and no crowd, weapon, state or harm in the sentence, the
violent reading (CAMEO 18, 19, 20; 145 a riot) is turned down. Armed sides, crowds and states still
fight.
"""

from __future__ import annotations

import pytest

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-10-14").events


def violent(text: str) -> list[Event]:
    # (145 is a riot: a violent protest)
    return [e for e in events_of(text) if e.cameo[:2] in ("18", "19", "20") or e.cameo == "145"]


ROWS = [
    "The finance minister and the foreign minister are fighting each other over the budget.",
    "Fighting between Mrs Okafor and Mr Lindqvist has left the board divided.",
    "The party leader told reporters: we have fought a clean and honest campaign.",
    "The premier and his deputy have declared war on each other.",
    "Senator Ruiz clashed with the speaker of the assembly on Tuesday.",
]

FIGHTS = [
    "Rebels fought government troops near the northern border.",
    "Government supporters clashed with opposition supporters in the capital.",
    "Fighting between the army and separatists has forced thousands from their homes.",
    "Two ministers were injured when they clashed with gunmen outside the ministry.",
    "Exile leaders have little sway over the opposition groups fighting in the mountains.",
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize("text", ROWS)
def test_a_row_among_office_holders_is_no_fight(text: str) -> None:
    assert violent(text) == [], [(e.cameo, e.source, e.target) for e in violent(text)]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize("text", FIGHTS)
def test_armed_sides_and_crowds_still_fight(text: str) -> None:
    assert violent(text), [(e.cameo, e.source, e.target) for e in events_of(text)]
