"""Issue 15: a country named only as a whole does not pull a world city's name home.

Invented sentences. A story that names the United States as a party to talks or a country of
origin, and nothing inside it, means the capital or leading regional town abroad by a bare
name many times the size of its American namesakes; a state, county, qualifier or local
station the text names still brings the name home.
"""

from __future__ import annotations

import pytest
from places_reading import place_in

pytestmark = [pytest.mark.slow, pytest.mark.issue(15)]


@pytest.mark.parametrize(
    ("text", "word", "country", "admin1"),
    [
        # the seat abroad: the US is named only as one of the parties
        ("Delegates from Iran and the United States met at Geneva on Monday to discuss the "
         "nuclear programme.", "Geneva", "CHE", None),
        ("Envoys of Russia and the United States sat down in Geneva for a second round of arms "
         "talks.", "Geneva", "CHE", None),
        ("Police in Paris said the United States embassy had received a threatening letter.",
         "Paris", "FRA", None),
        ("Tourists from the United States and Japan flocked to Athens for the summer.",
         "Athens", "GRC", None),
        # at home: a qualifier, a county or a local station places the name in its state
        ("A man was shot in Paris, Texas, on Sunday, the United States Marshals said.",
         "Paris", "USA", "Texas"),
        ("A truck crashed in Paris on Saturday, KXII reported, and an airman from a United "
         "States Air Force base was hurt.", "Paris", "USA", "Texas"),
        ("A fire destroyed a barn near Springfield on Tuesday; the owner, who served in the "
         "United States Army, was away. Sangamon County deputies said no one was hurt.",
         "Springfield", "USA", "Illinois"),
        ("Jacksonville police arrested two men on Friday after a chase through Duval County, "
         "and a United States attorney will weigh charges.", "Jacksonville", "USA", "Florida"),
        ("The mayor of Athens, Georgia, said the United States flag would fly at half-staff.",
         "Athens", "USA", "Georgia"),
    ],
)
def test_places_seat_abroad_against_a_country_named_whole(
    text: str, word: str, country: str, admin1: str | None
) -> None:
    place_in(text, word, country=country, admin1=admin1)
