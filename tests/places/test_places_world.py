"""Stage `places` on short international news articles written for this test: what a user
expects to be found, and in which country. A small held-out check, not tuned on."""

from __future__ import annotations

import pytest

from newscoder.model import Document

pytestmark = pytest.mark.slow


def places_of(text: str) -> dict[str, str | None]:
    from newscoder.parse import parse
    from newscoder.pipeline import load_stage

    ctx = parse(Document(id="world", text=text))
    load_stage("places")(ctx)
    return {p.text: p.country for p in ctx.analysis.places}


ARTICLES = [
    (
        "Floods in Bangladesh have forced thousands from their homes. Rivers burst their "
        "banks near Sylhet, and officials in Dhaka said roads to Sunamganj were cut off. "
        "Aid agencies warned that rain in the hills of Assam would push more water south.",
        {"Bangladesh": "BGD", "Sylhet": "BGD", "Dhaka": "BGD", "Sunamganj": "BGD",
         "Assam": "IND"},
    ),
    (
        "Kenyans queued from dawn to vote in a close presidential election. Turnout was high "
        "in Nairobi and Mombasa, while in Kisumu polling stations opened late. Observers "
        "from the African Union praised the calm in Eldoret.",
        {"Nairobi": "KEN", "Mombasa": "KEN", "Kisumu": "KEN", "Eldoret": "KEN"},
    ),
    (
        "Leaders of South-East Asian nations met in Jakarta for a two-day summit. The "
        "Indonesian president welcomed delegations from Vietnam, Thailand and the "
        "Philippines, and talks covered shipping lanes near Borneo and the South China Sea.",
        {"Jakarta": "IDN", "Vietnam": "VNM", "Thailand": "THA", "Philippines": "PHL"},
    ),
    (
        "Georgia's prime minister met protesters in Tbilisi on Monday. Crowds also gathered "
        "in Batumi on the Black Sea coast, and opposition leaders called for a march from "
        "Kutaisi to the capital.",
        {"Georgia": "GEO", "Tbilisi": "GEO", "Batumi": "GEO", "Kutaisi": "GEO"},
    ),
    (
        "Wildfires spread across the hills north of Athens as temperatures passed 40C. "
        "Firefighters from Cyprus and Italy joined Greek crews, and residents of Marathon "
        "and Varnavas were told to leave.",
        {"Athens": "GRC", "Cyprus": "CYP", "Italy": "ITA", "Marathon": "GRC"},
    ),
    (
        "A strong earthquake struck off the coast of Peru, shaking buildings in Lima and "
        "Arequipa. Chile's emergency service said no damage had been reported in Arica, "
        "near the border.",
        {"Peru": "PER", "Lima": "PER", "Arequipa": "PER", "Arica": "CHL"},
    ),
    (
        "Farmers in Punjab blocked highways into Delhi to protest against new crop prices. "
        "Police in Haryana set up barricades near Ambala, and talks in Chandigarh ended "
        "without a deal.",
        {"Punjab": "IND", "Delhi": "IND", "Haryana": "IND", "Ambala": "IND",
         "Chandigarh": "IND"},
    ),
    (
        "Cyclone warnings were issued for Queensland as the storm moved towards Cairns and "
        "Townsville. Schools in Mackay closed, and flights out of Brisbane were delayed.",
        {"Queensland": "AUS", "Cairns": "AUS", "Townsville": "AUS", "Mackay": "AUS",
         "Brisbane": "AUS"},
    ),
    (
        "Ukraine said drones hit an oil depot in Russia's Belgorod region overnight. "
        "Officials in Kharkiv reported shelling, and air-raid sirens sounded in Kyiv and "
        "Odesa before dawn.",
        {"Ukraine": "UKR", "Belgorod": "RUS", "Kharkiv": "UKR", "Kyiv": "UKR",
         "Odesa": "UKR"},
    ),
    (
        "Talks on the Nile dam resumed in Addis Ababa. Egypt sent its water minister from "
        "Cairo, and Sudan's delegation arrived from Khartoum; the next round will be held in "
        "Kinshasa.",
        {"Addis Ababa": "ETH", "Egypt": "EGY", "Cairo": "EGY", "Sudan": "SDN",
         "Khartoum": "SDN", "Kinshasa": "COD"},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), ARTICLES, ids=[f"article{i}" for i in range(len(ARTICLES))]
)
def test_places_world_news_countries(text: str, expected: dict[str, str]) -> None:
    found = places_of(text)
    assert {name: found.get(name, "missing") for name in expected} == expected
