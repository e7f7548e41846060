"""Issue 25 item 2: a US city named without its state, among its namesakes.

Invented sentences, one case each.
"""

from __future__ import annotations

import pytest
from places_reading import place_in, places_of

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("text", "word", "admin1"),
    [
        # a big city outnumbering its namesakes tenfold is the one a bare name means, even
        # beside a small town that happens to share a name with one in another state
        ("Two men were hurt in a shooting in Miami's Liberty City on Sunday. Miami police "
         "said the gunman fled.", "Miami", "Florida"),
        ("MEMPHIS -- Officers searched for three men after a shooting near Yale Road in "
         "Memphis.", "Memphis", "Tennessee"),
        ("A woman was shot in Dallas late Friday, and Dallas police said a suspect from "
         "Hampton was held.", "Dallas", "Texas"),
        # a city's old name for another city does not count twice
        ("SAN ANTONIO - A teenager was shot on the city's south side, San Antonio police "
         "said.", "SAN ANTONIO", "Texas"),
        ("PHILADELPHIA - A man was shot twice in North Philadelphia on Monday night.",
         "PHILADELPHIA", "Pennsylvania"),
    ],
)
def test_places_namesakes_the_big_city_of_a_bare_name(text: str, word: str, admin1: str) -> None:
    place_in(text, word, admin1=admin1)


@pytest.mark.parametrize(
    ("text", "word", "admin1"),
    [
        # the text says which namesake: a qualifier, or the state named outright
        ("Police in Miami, Oklahoma, said a man was shot. Miami police are looking for a "
         "suspect.", "Miami", "Oklahoma"),
        ("A man was shot in Memphis on Friday. The small Missouri town has two officers.",
         "Memphis", "Missouri"),
        # a dateline's state written without its dot
        ("WINCHESTER, Ky -- A woman was shot at an apartment complex on Friday night.",
         "WINCHESTER", "Kentucky"),
        ("MEMPHIS, Tenn (WMC) - Three men were hurt in a shooting near a club.", "MEMPHIS",
         "Tennessee"),
        # a namesake beside a big city the story names
        ("A charter school will open in Alexandria this fall, a short ride from Washington, "
         "D.C., its founders said. Alexandria officials approved the plan.", "Alexandria",
         "Virginia"),
    ],
)
def test_places_namesakes_the_text_names_another(text: str, word: str, admin1: str) -> None:
    place_in(text, word, admin1=admin1)


def names_of(text: str) -> dict[str, str | None]:
    return {p.name: p.admin1 for p in places_of(text).values()}


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # a town the tagger reads as an adjective before a place's word
        ("Albuquerque police named the man who died in the crash.", "Albuquerque",
         "New Mexico"),
        ("An Immokalee teenager hurt in a shooting last week has died.", "Immokalee",
         "Florida"),
        # a weekday after a town is no part of its name
        ("A boy was wounded in Enid Tuesday evening, officers said.", "Enid", "Oklahoma"),
        # an office typed as a person does not make its town a person's first name
        ("Norfolk police answered four calls overnight. The Norfolk Detective Division is "
         "handling the cases.", "Norfolk", "Virginia"),
    ],
)
def test_places_namesakes_local_towns_are_found(text: str, name: str, admin1: str) -> None:
    assert names_of(text).get(name) == admin1


@pytest.mark.parametrize(
    ("name", "office"),
    [
        ("Norfolk Detective Division", True),
        ("Dayton Homicide Unit", True),
        ("Mark Weston", False),
        ("Crystal Dunn", False),
    ],
)
def test_places_namesakes_an_office_is_no_person(name: str, office: bool) -> None:
    # the first word of an office typed PERSON is not taken for a person's first name
    from newscoder.places.detect import _office_words

    assert _office_words(name) is office


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a saint's name owning an institution is no town of the name
        ("The boy was taken to St. Mary's Hospital in Evansville.", "St. Mary"),
        ("She was treated at St. Elizabeth's Medical Center and sent home.", "St. Elizabeth"),
    ],
)
def test_places_namesakes_a_saints_hospital_is_no_place(text: str, word: str) -> None:
    assert word not in places_of(text)


def test_places_namesakes_a_saints_county_stays_a_place() -> None:
    assert places_of("Officials in St. Mary's County said the road was closed.")
