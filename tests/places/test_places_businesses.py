"""Issue 25 item 2: a town's name opening a business's name is not the town.

"Springfield Plumbing" or "a Riverside Kia lot" names a firm; the firm's town is not said.
Words of institutions and places after the name ("police", "County", "Beach") keep it.
Invented sentences, one case each.
"""

from __future__ import annotations

import pytest
from places_reading import places_of

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A clerk was hurt when a car hit the front of Springfield Plumbing and Heating "
         "on Monday.", "Springfield"),
        ("Two men stole a pickup truck from the Central City Toyota dealership overnight.",
         "Central City"),
        ("The suspect fled on foot toward Lakewood Auto Body, witnesses said.", "Lakewood"),
        ("Shots were fired in the parking lot of Madison Chevrolet late Friday.", "Madison"),
        ("A security guard found the broken window at a Riverside Kia lot.", "Riverside"),
        ("An employee of Fairview Hardware was treated for cuts after the robbery.",
         "Fairview"),
    ],
)
def test_places_businesses_a_firm_named_after_a_town(text: str, word: str) -> None:
    assert word not in places_of(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Springfield police arrested a man after the robbery on Monday.", "Springfield"),
        ("Deputies in Dallas County are looking for the driver.", "Dallas County"),
        ("A tourist was robbed near the pier in Miami Beach on Sunday.", "Miami Beach"),
        ("Crews from the Tulsa Fire Department put out the blaze before dawn.", "Tulsa"),
        ("Police are investigating a Dallas bank robbery from last week.", "Dallas"),
    ],
)
def test_places_businesses_the_town_kept(text: str, word: str) -> None:
    place = places_of(text).get(word)
    assert place is not None and place.geonameid is not None
