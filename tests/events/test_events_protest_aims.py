"""Strikes gone on, prisoners' riots and what crowds call for (issue 15): invented sentences.

"Went *on strike*", "remained on hunger strike": entering or staying in an act named after
"on" reports it. Prisoners and inmates are people who act. A demand or appeal voiced in the
course of a protest ("marched *demanding* ...", "blocked roads *calling for* ...") is the
protest's aim: the protest is coded, with the demand's target where it has none, and the
demand is not a second event; a demand that heads its own clause stays one.
"""

from __future__ import annotations

import pytest

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-11-12").events


# (sentence, the strikers' country)
STRIKES = [
    ("Zambian nurses went on strike on Tuesday over unpaid wages.", "ZMB"),
    ("Jailed activists in Egypt went on hunger strike.", "EGY"),
    ("Dock workers in Chile remained on strike for a second week.", "CHL"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "country"), STRIKES)
def test_going_on_strike_is_a_strike(text: str, country: str) -> None:
    found = [e for e in events_of(text) if e.cameo.startswith("14")]
    described = [(e.cameo, [a.code for a in e.source]) for e in found]
    assert any(any(a.code.startswith(country) for a in e.source) for e in found), described


PRISONERS = [
    ("Inmates rioted at a prison near Quito on Sunday.", "ECU"),
    ("Prisoners set fire to their cells at a jail in Tegucigalpa.", "HND"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "country"), PRISONERS)
def test_prisoners_are_people_who_act(text: str, country: str) -> None:
    found = events_of(text)
    described = [(e.cameo, [a.code for a in e.source]) for e in found]
    assert any(any(a.code.startswith(country) for a in e.source) for e in found), described


# (sentence, the protesters' country)
AIMS = [
    ("Thousands of Serbs rallied in Novi Sad demanding the government resign.", "SRB"),
    ("Farmers blocked motorways near Brussels calling for lower fuel taxes.", "BEL"),
    ("Students marched in Dhaka, joining teachers in demanding higher school budgets.", "BGD"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "country"), AIMS)
def test_a_demand_voiced_in_a_protest_is_its_aim(text: str, country: str) -> None:
    found = events_of(text)
    described = [(e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in found]
    protests = [e for e in found if e.cameo.startswith("14")]
    assert any(any(a.code.startswith(country) for a in e.source) for e in protests), described
    assert not [e for e in found if e.cameo[:2] in ("02", "10")], described


@pytest.mark.slow
def test_a_demand_heading_its_own_clause_stays_one() -> None:
    found = events_of("Protesters in Lima demanded the resignation of the Peruvian president.")
    assert any(e.cameo.startswith("10") for e in found), [(e.cameo, e.source) for e in found]
