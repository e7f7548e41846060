"""Issue 25 item 2: a quarter of a city and a small town the tagger typed LOC.

A name the text calls a neighbourhood lies in the story's city, not in a namesake town of a
state the story never mentions; a small town typed LOC is the town where the story names its
state. Invented sentences, one case each.
"""

from __future__ import annotations

import pytest
from places_reading import place_in, places_of

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("text", "word", "city"),
    [
        ("CHICAGO — Two men were wounded outside a store in the Austin neighborhood on "
         "Friday, Chicago police said.", "Austin", "Chicago"),
        ("Memphis police are looking for a driver who fired into a car on Tuesday in the "
         "Whitehaven neighborhood, officers of the Memphis police said.", "Whitehaven",
         "Memphis"),
        ("Officers in Chicago answered calls from the neighborhoods of Roseland and Pullman "
         "after a night of gunfire, a Chicago police spokesman said.", "Roseland", "Chicago"),
    ],
)
def test_places_quarters_lie_in_the_story_city(text: str, word: str, city: str) -> None:
    place = places_of(text).get(word)
    assert place is not None and place.name == city


@pytest.mark.parametrize(
    ("text", "word", "admin1"),
    [
        # the namesake lies in a state the story names: a town, not a quarter
        ("DES MOINES, Iowa — A farmer was hurt near Waterloo on Friday. The Waterloo community "
         "gathered on Sunday, Des Moines officials said.", "Waterloo", "Iowa"),
        # "a Stockton neighborhood" is one in Stockton, not a quarter named Stockton
        ("Two boys were hurt on Monday in a Stockton neighborhood, Fresno and Stockton "
         "police said.", "Stockton", "California"),
        # no city large enough to have quarters is named: the reading is left alone
        ("A man was shot in the Madisonville neighborhood late Friday, police said.",
         "Madisonville", None),
    ],
)
def test_places_quarters_keep_a_town_the_story_is_about(
    text: str, word: str, admin1: str | None
) -> None:
    place = places_of(text).get(word)
    home = places_of(text)
    assert place is not None
    if admin1 is not None:
        assert place.admin1 == admin1
    else:  # a namesake town stays what the gazetteer reads, not some other city
        assert place.name == word and word in home


@pytest.mark.parametrize(
    ("text", "word", "admin1"),
    [
        ("SALEM, Mass. — A Beverly man was held without bail on Monday after a shooting at "
         "a party.", "Beverly", "Massachusetts"),
        ("Deputies in Gwinnett County, Georgia, said two people were hurt in Suwanee late "
         "on Saturday.", "Suwanee", "Georgia"),
    ],
)
def test_places_quarters_a_small_town_typed_loc(text: str, word: str, admin1: str) -> None:
    place_in(text, word, admin1=admin1, known=True)
