"""Issue 25 item 2: an address's street is no town.

US police and papers give where a shooting happened as "the 3000 block of <street>", often
without the street's kind: the name there is a street's, whatever town shares it.
Invented sentences, one case each.
"""

from __future__ import annotations

import pytest
from places_reading import place_in, places_of

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("text", "street", "town"),
    [
        ("Two men were shot in the 3000 block of West Flournoy in Chicago on Sunday.",
         "West Flournoy", "Chicago"),
        ("Officers were called to the 13000 block of Kilbourne in Detroit late Friday.",
         "Kilbourne", "Detroit"),
        ("A woman was wounded in the 400 block of S. Ridgeland in Oak Park, Illinois.",
         "S. Ridgeland", "Oak Park"),
    ],
)
def test_places_streets_after_block_of(text: str, street: str, town: str) -> None:
    places = places_of(text)
    assert not any(street in key or key in street for key in places if key != town)
    assert town in places


@pytest.mark.parametrize(
    ("text", "town", "admin1"),
    [
        # "blocks from" is no address: the town after it stays
        ("The house is two blocks from the river in Dayton, Ohio.", "Dayton", "Ohio"),
    ],
)
def test_places_streets_a_town_near_a_block(text: str, town: str, admin1: str) -> None:
    place_in(text, town, admin1=admin1)
