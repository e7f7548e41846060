"""Counties and regions that ISO 3166-2 no longer lists (lexicons/en/places/counties.tsv).

Invented sentences: a metropolitan or ceremonial county of England, a preserved county of
Wales or a historic region lies in its own country, not at an American namesake; a name filed
inverted ("Durham, County") is found as it is said.
"""

from __future__ import annotations

import pytest
from places_reading import place_in

from newscoder.places import gazetteer

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("text", "word", "admin1"),
    [
        ("Two men were arrested after a stabbing in Halifax, West Yorkshire, on Sunday.",
         "West Yorkshire", "England"),
        ("Flood warnings were issued across South Yorkshire as the river rose.",
         "South Yorkshire", "England"),
        ("Trams in Greater Manchester stopped running during the strike.",
         "Greater Manchester", "England"),
        ("Officers from Merseyside police searched the house on Thursday.",
         "Merseyside", "England"),
        ("Heavy rain fell across Yorkshire on Monday and roads were closed.",
         "Yorkshire", "England"),
        ("The farmer grows barley on land near Reading, in Berkshire.", "Berkshire", "England"),
        ("Residents of County Durham were told to boil their water.", "County Durham",
         "England"),
        ("Paramedics were called to a crash on a road in Gwent late on Friday.", "Gwent",
         "Wales"),
    ],
)
def test_places_counties_lie_in_their_own_country(text: str, word: str, admin1: str) -> None:
    place = place_in(text, word, country="GBR", admin1=admin1)
    assert place.lat is not None and 49.5 < place.lat < 59.5 and -6.5 < place.lon < 2.0


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [  # the middle of the county, as atlases put it (facts, rounded)
        ("West Yorkshire", 53.75, -1.75),
        ("Greater Manchester", 53.5, -2.3),
        ("Tyne and Wear", 54.95, -1.55),
        ("Northamptonshire", 52.3, -0.85),
    ],
)
def test_places_counties_point_between_their_towns(name: str, lat: float, lon: float) -> None:
    county = next(c for c in gazetteer.lookup(name) if c.cc == "GB")
    assert county.fcode == "ADM2" and county.admin1 == "GB.ENG"
    assert gazetteer.distance_km(county.lat, county.lon, lat, lon) < 30


def test_places_counties_an_american_namesake_keeps_its_state() -> None:
    text = ("Snow closed schools in Pittsfield and across Berkshire County, Massachusetts, "
            "on Monday.")
    place_in(text, "Pittsfield", country="USA", admin1="Massachusetts")
