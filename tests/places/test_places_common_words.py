"""Issue 25: capitalised common words that are towns somewhere ("Side" in Turkey, "Bar" in
Montenegro) are no places when a business, a street or an agency's name holds them; a
mention that reads as a place still is one. Invented sentences."""

from __future__ import annotations

import pytest
from places_reading import place_in, places_of

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A woman was shot near the Coast Guard station in Port Lavaca.", "Coast"),
        ("A man was shot Friday at the Mud Hole Tavern in Elmira, police said.", "Mud"),
        ("Two men were hurt outside the Corner Bar in Dubuque on Saturday.", "Bar"),
        ("A man was shot on Junction Avenue in Toledo on Friday.", "Junction"),
        ("The victim was taken to Mercy Hospital after the shooting in Elmira.", "Mercy"),
        ("Officers patrolled the East Side of Dayton after the shooting.", "Side"),
    ],
)
def test_places_common_word_in_a_name_is_no_place(text: str, word: str) -> None:
    assert word not in places_of(text)


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("She grew up in Grand Junction and moved to Side, Turkey, in 2010.", "Side", "TUR"),
    ],
)
def test_places_common_word_read_as_a_place_stays(text: str, word: str, country: str) -> None:
    place_in(text, word, country=country)
