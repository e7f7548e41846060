"""Crowds in the street (issue 15): invented sentences.

A people with no state of its own named by its plural ("Kurds") is a crowd of civilians,
placed in the homeland the sentence names; a crowd on the march demonstrates, as does "a
march against" something or "a protest march", while forces marching and the month of
March code no protest.
"""

from __future__ import annotations

import pytest

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-03-05").events


def protests(text: str) -> list[Event]:
    return [e for e in events_of(text) if e.plover == "PROTEST" and e.cameo.startswith("14")]


# (sentence, country the protesters must be given)
PEOPLES = [
    ("Hundreds of Kurds demonstrated in Ankara against the ban on their party.", "TUR"),
    ("Several thousand Kurds rallied in Erbil on Friday.", "IRQ"),
    ("Kurds protested outside the courthouse in Diyarbakir.", "TUR"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "country"), PEOPLES)
def test_a_stateless_people_protesting_is_of_the_homeland_named(text: str, country: str) -> None:
    found = protests(text)
    described = [(e.cameo, [a.code for a in e.source]) for e in found]
    assert any(any(a.code.startswith(country) for a in e.source) for e in found), described


# (sentence, protesters' country)
MARCHES = [
    ("Thousands of Hungarians marched through Budapest on Saturday.", "HUN"),
    ("Students marched on the parliament in Seoul.", "KOR"),
    ("Nurses gathered in Madrid for a march against hospital closures.", "ESP"),
    ("Opposition supporters held a silent march in Lome.", "TGO"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "country"), MARCHES)
def test_a_crowd_on_the_march_demonstrates(text: str, country: str) -> None:
    found = protests(text)
    described = [(e.cameo, [a.code for a in e.source]) for e in found]
    assert any(any(a.code.startswith(country) for a in e.source) for e in found), described


NOT_PROTESTS = [
    "Government troops marched into the northern town of Gao.",
    "Thousands of soldiers marched past the president at the parade in Hanoi.",
    "The election will be held in March, the Kenyan commission said.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", NOT_PROTESTS)
def test_forces_marching_and_the_month_are_no_protest(text: str) -> None:
    assert not protests(text), [(e.cameo, e.source) for e in protests(text)]
