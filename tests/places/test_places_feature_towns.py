"""Issue 25 item 2: a town named for a lake, bay, river or park.

The tagger types such a name LOC for its feature word; the town is meant where the mention
reads as a place and the story names the town's state. Invented sentences, one case each.
"""

from __future__ import annotations

import pytest
from places_reading import place_in, places_of

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("text", "word", "admin1"),
    [
        ("OLYMPIA, Wash. - A Lake Stevens woman was arrested on Tuesday after her neighbor "
         "was shot in the arm.", "Lake Stevens", "Washington"),
        ("BILOXI, Miss. - Two people were wounded on Saturday night in Bay St. Louis, "
         "police said.", "Bay St. Louis", "Mississippi"),
        ("SEBRING, Fla. - A man was wounded late Monday in Avon Park, deputies said.",
         "Avon Park", "Florida"),
    ],
)
def test_places_feature_towns_a_town_named_for_a_feature(
    text: str, word: str, admin1: str
) -> None:
    place_in(text, word, admin1=admin1, known=True)


@pytest.mark.parametrize(
    ("text", "word", "admin1"),
    [
        # a park of a story from another state is no town of the name elsewhere
        ("NEW YORK - Hundreds of runners gathered in Central Park on Sunday morning.",
         "Central Park", "Washington"),
        ("LONDON - Thousands marched through Hyde Park on Saturday.", "Hyde Park",
         "Massachusetts"),
    ],
)
def test_places_feature_towns_not_a_town_of_another_state(
    text: str, word: str, admin1: str
) -> None:
    place = places_of(text).get(word)
    assert place is None or place.admin1 != admin1


@pytest.mark.parametrize(
    ("text", "word", "admin1"),
    [
        # the state is named only after the town, by its full name
        ("Two men were hurt in a shooting in Haw River early Sunday. Deputies in Alamance "
         "County, North Carolina, are looking for the gunman.", "Haw River", "North Carolina"),
        # the state is named only after the town, as another town's abbreviated state
        ("Police say a teenager was shot outside a store in Bay St. Louis on Friday night. "
         "He is in stable condition at a hospital in Gulfport, Miss.", "Bay St. Louis",
         "Mississippi"),
    ],
)
def test_places_feature_towns_state_named_after_the_town(
    text: str, word: str, admin1: str
) -> None:
    place_in(text, word, admin1=admin1, known=True)


def test_places_feature_towns_a_later_state_of_another_town() -> None:
    text = ("Runners gathered in Central Park on Sunday. The race raised money for a "
            "children's hospital in Boston, Mass.")
    place = places_of(text).get("Central Park")
    assert place is None or place.admin1 != "Washington"
