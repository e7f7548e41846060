"""A weapon is no actor: it names the forces of the owner the text gives, else no one.

Invented sentences in the project's own words (issue 15)."""

from __future__ import annotations

import pytest

from newscoder.actors.stage import code_phrase
from newscoder.model import Event

WHEN = "2024-03-04"


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Syrian warplanes", "SYRMIL"),
        ("Russian drones", "RUSMIL"),
        ("Israeli tanks", "ISRMIL"),
        ("Turkish artillery", "TURMIL"),
        ("the Iraqi army's helicopters", "IRQMIL"),
    ],
)
def test_an_owned_weapon_codes_its_owners_forces(phrase: str, code: str) -> None:
    found = code_phrase(phrase, WHEN)
    assert found is not None and found.code == code, found


@pytest.mark.parametrize("phrase", ["warplanes", "the artillery", "tanks", "drones", "a gunship"])
def test_a_bare_weapon_codes_no_one(phrase: str) -> None:
    assert code_phrase(phrase, WHEN) is None


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, WHEN).events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ukrainian drones hit an oil depot near Belgorod.", "UKRMIL"),
        ("Jordanian warplanes struck a convoy on the border.", "JORMIL"),
    ],
)
def test_the_owner_of_the_weapon_does_the_act(text: str, source: str) -> None:
    sources = {a.code for e in events_of(text) for a in e.source}
    assert source in sources, sources


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Drones attacked a wedding party in the mountains.",
        "Artillery pounded the hills all night.",
    ],
)
def test_a_bare_weapon_is_no_doer(text: str) -> None:
    events = events_of(text)
    names = [a.name.lower() for e in events for a in e.source]
    assert not any(n in ("drones", "artillery") for n in names), names


# (sentence, the country of the place, which the unnamed owner of the weapon is not taken for)
@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Warplanes bombed a clinic in Aleppo.", "SYR"),
        ("Drones hit a fuel depot near Kherson.", "UKR"),
    ],
)
def test_a_weapons_owner_is_not_guessed_from_the_place(text: str, place: str) -> None:
    events = [e for e in events_of(text) if e.cameo.startswith(("18", "19"))]
    sources = {a.country for e in events for a in e.source}
    assert events and place not in sources, sources
