"""Actors whose adjective is not their state (issue 15): invented sentences.

Settlers named by their religion are the settling state's civilians; Northern Ireland's
nationalists and the IRA are of the United Kingdom, where they live and fight; "Jewish" and
"Irish" alone keep their own reading (a religion with no country; Ireland); Algeria's banned
Islamist party and its army are Algerian.
"""

from __future__ import annotations

import pytest

from newscoder.model import Actor


def actors_of(text: str) -> list[Actor]:
    from newscoder.eval.events import analyse

    analysis = analyse(text, "2024-05-14")
    return [a for e in analysis.events for a in (*e.source, *e.target)]


# (sentence, actor's name as told, code it must start with)
CASES = [
    ("Jewish settlers attacked Palestinian shepherds near Ramallah.", "Jewish settlers", "ISR"),
    ("A Jewish settler shot a Palestinian teenager.", "Jewish settler", "ISR"),
    ("Irish nationalist guerrillas ambushed a British army patrol.", "guerrillas", "GBRREB"),
    ("The Provisional IRA bombed a police station in Belfast.", "Provisional IRA", "GBRREB"),
    ("Irish diplomats criticised Britain over the border plan.", "Irish diplomats", "IRL"),
    # an Islamist party and its armed wing are of the state they fought in, not transnational
    ("Algeria's president lifted the ban on the Islamic Salvation Front.", "Salvation", "DZA"),
    ("Algerian troops attacked the Islamic Salvation Army near Blida.", "Salvation", "DZAREB"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "code"), CASES)
def test_actor_is_coded_by_where_it_lives(text: str, name: str, code: str) -> None:
    actors = actors_of(text)
    named = [a for a in actors if name in a.name]
    assert named, [(a.name, a.code) for a in actors]
    assert all(a.code.startswith(code) for a in named), [(a.name, a.code) for a in named]


@pytest.mark.slow
def test_a_religion_alone_has_no_country() -> None:
    actors = actors_of("Jewish leaders condemned the attack on the synagogue in Tunisia.")
    jewish = [a for a in actors if a.name.startswith("Jewish")]
    assert not any(a.code.startswith("ISR") for a in jewish), [(a.name, a.code) for a in jewish]
