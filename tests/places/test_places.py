"""Stage `places`: detection, disambiguation, metonymy and place_for_span."""

from __future__ import annotations

import pytest
from places_reading import check_place

from newscoder.model import Document, Place
from newscoder.places.gazetteer import distance_km
from newscoder.places.stage import place_for_span

pytestmark = pytest.mark.slow


def analyse(text: str):  # type: ignore[no-untyped-def]
    from newscoder.parse import parse
    from newscoder.pipeline import load_stage

    ctx = parse(Document(id="t", text=text))
    load_stage("places")(ctx)
    return ctx


def places_of(text: str) -> dict[str, Place]:
    return {p.text: p for p in analyse(text).analysis.places}


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        ("Protesters gathered in Paris on Sunday after talks in Damascus.", "Paris", "FRA", None),
        ("Talks in Damascus collapsed on Sunday.", "Damascus", "SYR", None),
        ("The mayor of Paris, Texas, said the storm hit the town hard.", "Paris", "USA", "Texas"),
        ("Shops in Springfield, Ill., closed early because of the storm.", "Springfield", "USA",
         "Illinois"),
        ("A car bomb exploded in Tuz Khurmato, north of Baghdad.", "Tuz Khurmato", "IRQ", None),
        ("Rebels said they had taken a base in Idlib province.", "Idlib", "SYR", None),
        ("Heavy rain flooded roads across Britain on Friday.", "Britain", "GBR", None),
        # a town named like the region it is the seat of, not the region abroad
        ("Israeli jets struck targets in Gaza overnight.", "Gaza", "PSE", None),
        # the tagger splits the name at "of the"
        ("Polio cases rose in Chad and Democratic Republic of the Congo this year.",
         "Democratic Republic of the Congo", "COD", None),
        # ... or at a hyphen
        ("Cholera cases were reported in Guinea-Bissau and Senegal last week.",
         "Guinea-Bissau", "GNB", None),
    ],
)
def test_places_resolves(text: str, name: str, country: str, admin1: str | None) -> None:
    check_place(places_of(text).get(name), name, country=country, admin1=admin1, known=True)


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    ("text", "found", "name", "country"),
    [
        # the tagger's span holds an institution named after the place
        ("Two men were held in the Boone County Jail in Missouri overnight.", "Boone County",
         "Boone County", "USA"),
        ("A new clinic opened in the City of Santa Ana last week.", "Santa Ana", "Santa Ana",
         "USA"),
        # a direction and a hyphen before the name
        ("Horses were tested in North-Western Sydney on Monday.", "Sydney", "Sydney", "AUS"),
        # names joined by a hyphen are two places
        ("Ministers from across Asia-Pacific met in Bangkok.", "Asia", "Asia", None),
        # a former or informal country name
        ("Refugees crossed from Zaire into Uganda in 1994.", "Zaire",
         "Democratic Republic of the Congo", "COD"),
        ("Exports to America fell sharply this year.", "America", "United States", "USA"),
        ("Aid reached the Republic of Congo by road.", "Republic of Congo",
         "Republic of the Congo", "COG"),
    ],
)
def test_places_inner_and_informal_names(
    text: str, found: str, name: str, country: str | None
) -> None:
    place = places_of(text)[found]
    assert place.name == name and place.country == country
    assert place.lat is not None


@pytest.mark.issue(5)
def test_places_state_in_a_list_of_states() -> None:
    text = "Cases were reported in Utah, Montana, Washington, West Virginia and Wyoming."
    found = places_of(text)
    # a list of states is no "Town, State" qualifier, and Montana is the state
    assert found["Washington"].feature_code == "ADM1"
    assert found["Montana"].feature_code == "ADM1" and found["Montana"].country == "USA"


@pytest.mark.issue(5)
def test_places_capital_is_the_big_namesake() -> None:
    place = places_of("Officials in Washington declined to comment.")["Washington"]
    assert place.admin1 == "District of Columbia" or distance_km(
        place.lat or 0, place.lon or 0, 38.9, -77.04) < 30


@pytest.mark.issue(5)
def test_places_tagger_cut_name_is_completed() -> None:
    found = places_of("Thousands sheltered near Goz Beida, in eastern Chad, last month.")
    assert "Goz Beida" in found and found["Goz Beida"].country == "TCD"


def test_places_feature_word_prefers_region() -> None:
    assert places_of("Fighting spread in Idlib province.")["Idlib"].feature_code == "ADM1"


def test_places_qualifier_is_a_place_too() -> None:
    found = places_of("He grew up in Charleston, W.Va., and moved away.")
    assert found["Charleston"].admin1 == "West Virginia"
    assert found["W.Va."].feature_code == "ADM1"


def test_places_document_context_picks_namesake() -> None:
    text = (
        "Storms hit Texas on Monday. In Paris, the fire department said two barns burned; "
        "officials in Dallas and Tyler reported power cuts."
    )
    assert places_of(text)["Paris"].admin1 == "Texas"


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Turkish forces shelled positions across the border.", "Turkish", "TUR"),
        ("Two American soldiers were wounded.", "American", "USA"),
    ],
)
def test_places_demonym_stands_for_country(text: str, word: str, country: str) -> None:
    place = places_of(text)[word]
    assert place.demonym and place.country == country


def test_places_people_stand_for_their_country_but_are_no_location() -> None:
    """Toponym corpora count "Syrians" as naming Syria; it is marked a demonym, so no later
    stage takes it for where something happened."""
    ctx = analyse("Thousands of Syrians fled the fighting.")
    syrians = {p.text: p for p in ctx.analysis.places}["Syrians"]
    assert syrians.demonym and syrians.country == "SYR"
    assert place_for_span(ctx, 0, len(ctx.text)) is None


def test_places_metonymy() -> None:
    found = places_of("Washington said it would send more aid to the region.")
    assert found["Washington"].metonym
    assert found["Washington"].feature_code == "PPLC"
    assert not places_of("The aid was flown from Washington.")["Washington"].metonym


def test_places_people_stay_people() -> None:
    found = places_of("Secretary of State John Kerry met Ahmad Jarba. Jarba said little.")
    assert "Jarba" not in found and "Kerry" not in found


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("A spokesman for the Ohio Department of Health said schools would close.", "Ohio", "Ohio"),
        ("She teaches at the University of Georgia in Athens.", "Georgia", "Georgia"),
        ("The S.C. Highway Patrol closed the road.", "S.C.", "South Carolina"),
    ],
)
def test_places_inside_organisation_names(text: str, name: str, admin1: str) -> None:
    assert places_of(text)[name].admin1 == admin1


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("DUBLIN -- The city council voted on Tuesday to widen the bridge.", "DUBLIN", "IRL"),
        ("News in brief. LAGOS: Fuel prices rose again on Monday.", "LAGOS", "NGA"),
    ],
)
def test_places_dateline(text: str, word: str, country: str) -> None:
    assert places_of(text)[word].country == country


def test_places_capital_the_tagger_calls_a_person() -> None:
    text = ("Georgian troops moved north. Tbilisi says the separatists attacked first, and "
            "Georgia asked Russia to withdraw.")
    assert places_of(text)["Tbilisi"].country == "GEO"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The Ebola virus has spread to a third province. Ebola kills half of those it "
         "infects, and health workers in Congo asked for more vaccine.", "Ebola"),
        ("Poultry farms in Vietnam culled birds after H5N1 was found in ducks.", "H5N1"),
    ],
)
def test_places_named_things_are_not_places_elsewhere(text: str, absent: str) -> None:
    assert absent not in places_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Doctors confirmed a case of Marburg virus in the capital.",
        "The patient had Lyme disease, officials said.",
        "Crowds marched on St. Patrick's Day.",
    ],
)
def test_places_disease_names_are_not_places(text: str) -> None:
    names = {p.text for p in analyse(text).analysis.places}
    assert not names & {"Marburg", "Lyme", "St. Patrick"}


def test_places_capital_letters_codes_are_not_towns() -> None:
    found = places_of("HIV rates fell in Kenya, the EU said.")
    assert "HIV" not in found and "EU" not in found and found["Kenya"].country == "KEN"


def test_places_world_regions_have_coordinates_without_id() -> None:
    found = places_of("Tension rose across the Middle East as tankers left the Persian Gulf.")
    region = found["Middle East"]
    assert region.geonameid is None and region.lat is not None
    assert found["Persian Gulf"].lon is not None and found["Persian Gulf"].lon > 45


def test_places_region_without_point_is_flagged() -> None:
    place = places_of("Aid reached Syria on Tuesday.")["Syria"]
    assert place.coords_from == "centroid"


def test_places_contract_record() -> None:
    place = places_of("Talks in Geneva resumed.")["Geneva"]
    record = place.to_contract()
    assert set(record) == {"start", "end", "name", "geonameid", "lat", "lon", "country"}
    assert record["country"] == "CHE"


def test_place_for_span_prefers_introduced_place() -> None:
    text = "The minister, speaking in London, said a convoy was attacked near Homs."
    ctx = analyse(text)
    clause = text.index("a convoy")
    assert place_for_span(ctx, clause, len(text)).name == "Homs"
    found = place_for_span(ctx, 0, len(text))
    assert found is not None and found.name == "London"
    assert place_for_span(ctx, 0, text.index(",")) is None


def test_place_for_span_skips_metonyms_and_demonyms() -> None:
    text = "Washington said Turkish troops had crossed the border."
    ctx = analyse(text)
    assert place_for_span(ctx, 0, len(text)) is None


# True coordinates of the places the seed article names (facts: GeoNames points).
SEED_PLACES = {
    "Paris": (48.8534, 2.3488),
    "Damascus": (33.5102, 36.2913),
    "Geneva": (46.2022, 6.1457),
    "Aleppo": (36.2021, 37.1343),
    "Idlib": (35.9306, 36.6339),
    "Raqqa": (35.9528, 39.0079),
    "Baghdad": (33.3406, 44.4009),
    "Tuz Khurmato": (34.8881, 44.6326),
    "Fallujah": (33.3491, 43.7860),
    "Beirut": (33.8933, 35.5016),
    "Salaheddin": (34.5337, 43.4837),
}


@pytest.mark.shared
@pytest.mark.parametrize("name", sorted(SEED_PLACES))
def test_places_seed_within_161_km(seed_analysis, name: str) -> None:  # type: ignore[no-untyped-def]
    found = [p for p in seed_analysis.places if p.text == name]
    assert found, f"{name} not detected"
    lat, lon = SEED_PLACES[name]
    for place in found:
        assert place.lat is not None and place.lon is not None
        assert distance_km(place.lat, place.lon, lat, lon) <= 161
