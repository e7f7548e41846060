"""Issue 25 item 2: a big US city against its namesakes abroad and at home.

Invented sentences, one case each: the bare name of a big city means that city, unless the
story names a namesake's state or country, or is set on that namesake's continent.
"""

from __future__ import annotations

import pytest
from places_reading import place_in, places_of

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("text", "word", "country", "admin1"),
    [
        # a town lifted as the seat of a region of its name does not outrank a more populous
        # town of that name in another country
        ("A man was shot in St. Louis on Friday night, police said.",
         "St. Louis", "USA", "Missouri"),
        ("Two women were wounded near a bus stop in St. Louis. St. Louis police have made no "
         "arrests.", "St. Louis", "USA", "Missouri"),
        ("A ferry left St. Louis with forty tourists aboard on Tuesday.",
         "St. Louis", "USA", "Missouri"),
        # the namesake's country, or its continent, named in the story
        ("A music festival in St. Louis drew singers from all over Senegal.",
         "St. Louis", "SEN", None),
        ("Fishermen in St. Louis say the catch is down; boats from Dakar and Nouakchott crowd "
         "the same waters.", "St. Louis", "SEN", None),
        ("Fishermen in St. Louis, close to the border with Mauritania, said the sea was rising.",
         "St. Louis", "SEN", None),
    ],
)
def test_places_big_namesakes_a_seat_of_a_region_abroad(
    text: str, word: str, country: str, admin1: str | None
) -> None:
    place_in(text, word, country=country, admin1=admin1)


@pytest.mark.parametrize(
    ("text", "word", "admin1"),
    [
        # the bare name alone: the big city
        ("A cyclist was struck by a taxi in Manhattan on Monday morning.", "Manhattan",
         "New York"),
        # the namesake's state named, in a place or inside an institution's name
        ("A man was shot in Manhattan late Friday. Kansas police said the suspect fled on "
         "foot.", "Manhattan", "Kansas"),
        ("A student at Kansas State University was hurt in a shooting in Manhattan on "
         "Friday.", "Manhattan", "Kansas"),
        # one of the namesake state's counties
        ("A man was wounded in Manhattan on Friday, the Riley County Police Department said.",
         "Manhattan", "Kansas"),
        # two other towns of the namesake's state
        ("A man was shot in Manhattan on Saturday. He lived in Wamego and worked in Junction "
         "City.", "Manhattan", "Kansas"),
        ("Two people were hurt in a shooting in Lancaster on Friday. The victims were taken to "
         "a hospital in Columbus, Ohio.", "Lancaster", "Ohio"),
        ("A woman was shot in Lancaster on Friday, Fairfield County deputies said.",
         "Lancaster", "Ohio"),
        ("Two people were hurt in a shooting in Lancaster. The gunman fled toward Palmdale and "
         "was caught in Los Angeles County.", "Lancaster", "California"),
    ],
)
def test_places_big_namesakes_a_state_named_in_the_story(
    text: str, word: str, admin1: str
) -> None:
    assert places_of(text)[word].admin1 == admin1


@pytest.mark.parametrize(
    ("text", "word", "admin1"),
    [
        # towns that could as well lie in the big city's state are no evidence against it
        ("A man was shot in Decatur on Friday and died at a hospital in Atlanta, DeKalb "
         "police said.", "Atlanta", "Georgia"),
        # a county after the comma is no state qualifier: "Delaware County" is not Delaware
        ("A teenager was shot in Chester, Delaware County, on Sunday. Officers from Chester "
         "County helped.", "Chester", "Pennsylvania"),
    ],
)
def test_places_big_namesakes_weak_or_misread_clues(text: str, word: str, admin1: str) -> None:
    assert places_of(text)[word].admin1 == admin1
