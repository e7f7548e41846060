"""Unions and the strikes they call (issue 15): invented sentences.

A bare "union" is a workers' union (the unions of states, "European Union", keep their own
code); a strike or rally *called* is organised by who calls it, and calling one off is a
concession to the state the strikers press.
"""

from __future__ import annotations

import pytest

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-05-21").events


# (sentence, CAMEO root, source's code prefix)
CALLED = [
    ("Portugal's largest union called a general strike over pension cuts.", "14", "PRT"),
    ("The Zambian Union of Miners called off its week-long strike.", "08", "ZMB"),
    ("The Chilean opposition called a rally in Santiago against the reform.", "14", "CHL"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root", "source"), CALLED)
def test_a_strike_called_is_the_callers(text: str, root: str, source: str) -> None:
    found = [e for e in events_of(text) if e.cameo.startswith(root)]
    described = [(e.cameo, [a.code for a in e.source]) for e in found]
    assert any(any(a.code.startswith(source) for a in e.source) for e in found), described


@pytest.mark.slow
def test_a_union_of_workers_is_labour() -> None:
    found = events_of("A Portuguese dockers' union called a strike at Lisbon port.")
    sectors = {a.sector for e in found for a in e.source}
    assert "LAB" in sectors, [(e.cameo, e.source) for e in found]


@pytest.mark.slow
def test_a_union_of_states_keeps_its_code() -> None:
    found = events_of("The European Union imposed new sanctions on Belarus.")
    codes = {a.code for e in found for a in e.source}
    assert any(c.startswith("IGO") for c in codes), [(e.cameo, e.source) for e in found]
