"""Issue 25 item 2: an unknown town written with its state's abbreviation.

"Zorbville, N.C." names a town of North Carolina: when the gazetteer has the name only in
another state or country, the place is recorded at the state's level, not as that namesake;
a state or country written out in full after a comma may be a list ("Kiev, Minsk") and
leaves the reading alone. Invented names and sentences.
"""

from __future__ import annotations

import pytest
from places_reading import place_in, places_of

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("text", "word", "admin1"),
    [
        # Durban is a city of South Africa; here it is written with Georgia's abbreviation
        ("A man was shot on Friday in Durban, Ga., deputies said.", "Durban", "Georgia"),
        ("Police in Leamington, Mo., said a teenager was wounded.", "Leamington", "Missouri"),
    ],
)
def test_places_unknown_town_takes_its_written_state(text: str, word: str, admin1: str) -> None:
    place = place_in(text, word, admin1=admin1)
    assert place.precision in ("admin1", "city")


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Flights will link Moscow, Kiev, Minsk and Riga next year.", "Kiev", "UKR"),
    ],
)
def test_places_unknown_town_a_list_is_no_qualifier(text: str, word: str, country: str) -> None:
    place_in(text, word, country=country)


@pytest.mark.parametrize(
    ("text", "word", "name", "admin1"),
    [
        ("ST. LOUIS, Mo. — Two brothers were hurt in a shooting on Monday night.",
         "ST. LOUIS", "St. Louis", "Missouri"),
        ("ST. JOSEPH, Mich. — A deputy was wounded during a traffic stop.", "ST. JOSEPH",
         "Saint Joseph", "Michigan"),
    ],
)
def test_places_unknown_town_a_dateline_saint_in_capitals(
    text: str, word: str, name: str, admin1: str
) -> None:
    place = places_of(text).get(word)
    assert place is not None and place.name == name and place.admin1 == admin1


@pytest.mark.parametrize(
    ("text", "word", "name", "admin1"),
    [
        ("Deputies said a man was shot on a county road east of Durban, Ga., late Friday.",
         "Durban", "Durban", "Georgia"),
        ("LEAMINGTON, Mo. — A teenager was wounded in a drive-by, police said.",
         "LEAMINGTON", "Leamington", "Missouri"),
    ],
)
def test_places_unknown_town_is_a_town_of_its_state(text: str, word: str, name: str,
                                                    admin1: str) -> None:
    """The town is kept as a town under the name written, so the incident's place is the
    town (of the written state), not only the state."""
    place = places_of(text).get(word)
    assert place is not None
    assert (place.name, place.admin1, place.precision) == (name, admin1, "city")
    assert place.geonameid is None  # no gazetteer entry is claimed for it
