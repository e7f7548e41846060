"""Crowds in the street (issue 15): invented sentences.

A people with no state of its own named by its plural ("Kurds") is a crowd of civilians,
placed in the homeland the sentence names; a crowd on the march demonstrates, as does "a
march against" something or "a protest march", while forces marching and the month of
March code no protest.
"""

from __future__ import annotations

import pytest
from events_reading import coded, has_dyad

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
    # a hyphenated modifier read whole, and the march no actor of its own
    ("Thousands of Bulgarians joined an anti-government march in Sofia.", "BGR"),
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


# (sentence, who shows force, to whom)
SHOWS_OF_FORCE = [
    ("China held live-fire drills near Taiwan on Tuesday.", "CHN", "TWN"),
    ("Iran staged naval exercises near the Omani coast.", "IRN", "OMN"),
    ("Russia held military drills near the border with Finland.", "RUS", "FIN"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "target"), SHOWS_OF_FORCE)
def test_drills_near_a_state_show_it_force(text: str, source: str, target: str) -> None:
    found = [e for e in events_of(text) if e.cameo == "150"]
    assert has_dyad(found, source, target), coded(found)


@pytest.mark.slow
def test_a_fire_drill_is_no_show_of_force() -> None:
    found = events_of("Pupils took part in a fire drill at a school in Oslo.")
    assert not [e for e in found if e.cameo.startswith("15")], [(e.cameo, e.source) for e in found]


@pytest.mark.slow
def test_an_anti_government_march_is_the_crowds() -> None:
    found = protests("Thousands of Romanians joined an anti-government march in Bucharest.")
    sources = [a for e in found for a in e.source]
    assert sources and all(a.sector != "GOV" for a in sources), [(a.code, a.name) for a in sources]
