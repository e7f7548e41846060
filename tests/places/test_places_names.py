"""Issue 17: names in lists, generic words of longer names, close spellings of other towns.

Invented sentences, one case each.
"""

from __future__ import annotations

import pytest
from places_reading import places_of

pytestmark = [pytest.mark.slow, pytest.mark.issue(17)]


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # the preposition before the first name of a list introduces them all
        ("Inspectors visited farms at Malolos and Talavera on Monday.", "Talavera", "PHL"),
        ("Dead coots were found near Temryuk and Anapa on the coast.", "Anapa", "RUS"),
        ("Officials sampled pigs from Tacloban and Babatngon last week.", "Babatngon", "PHL"),
    ],
)
def test_places_names_listed_after_a_place(text: str, word: str, country: str) -> None:
    assert places_of(text)[word].country == country


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the list is of people, not of places
        ("A lecture on the lynching of Roger and George Dorsey was held.", "George"),
        ("Gifts came from Paris and George Smith sent a letter.", "George"),
        ("Awards went to Ann Lee of Dover and Donald L. Shaw of Milford.", "Donald"),
    ],
)
def test_places_names_people_listed_are_no_places(text: str, word: str) -> None:
    assert word not in places_of(text)


@pytest.mark.parametrize(
    ("text", "word", "admin1"),
    [
        # "Town, State" is a qualifier, unless more states are listed after it
        ("Cases were confirmed in Washington, Oregon and Idaho.", "Washington", "Washington"),
        ("Outbreaks were reported in Georgia, Alabama and Florida this spring.", "Georgia",
         "Georgia"),
    ],
)
def test_places_names_first_of_a_list_of_states(text: str, word: str, admin1: str) -> None:
    place = places_of(text)[word]
    assert place.admin1 == admin1 and place.feature_code == "ADM1"


@pytest.mark.parametrize(
    ("text", "whole", "part"),
    [
        # one generic word of a longer name does not stand for it
        ("Aid resumed in the Abu Shok camp outside the city.", "Abu Shok", "Abu"),
        ("Pelicans nest in the Danube Delta every spring.", "Danube Delta", "Delta"),
        ("Farmers met in West Prince on the island.", "West Prince", "Prince"),
    ],
)
def test_places_names_generic_word_is_not_the_place(text: str, whole: str, part: str) -> None:
    places = places_of(text)
    assert part not in places
    assert whole not in places or places[whole].lat is None  # known as a name, not placed


@pytest.mark.parametrize(
    ("text", "word", "not_country"),
    [
        # a close spelling of a town in a country the story never mentions
        ("Volunteers cleaned the beach at Greenlane in Auckland.", "Greenlane", "USA"),
        # a close spelling of another country's region
        ("The firm said its Mangala field in Rajasthan would start pumping.", "Mangala", "COD"),
    ],
)
def test_places_names_close_spelling_elsewhere(text: str, word: str, not_country: str) -> None:
    place = places_of(text).get(word)
    assert place is None or place.country != not_country


def test_places_names_close_spelling_in_the_story() -> None:
    place = places_of("Clashes continued near Tuz Khurmatu in Iraq on Sunday.")["Tuz Khurmatu"]
    assert place.country == "IRQ"


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # a tagger's entity run on into lower-case words and a dash
        ("Deaths were still being counted: Sri Lanka - about 300, India - about 120.",
         "Sri Lanka", "LKA"),
        # a capitalised run of a place, then a person's name
        ("The envoy for South Sudan David Shearer condemned the attack.", "South Sudan", "SSD"),
        ("Funding is welcome, Tillsonburg Mayor Stephen Molnar said on Monday.", "Tillsonburg",
         "CAN"),
    ],
)
def test_places_names_cut_from_longer_runs(text: str, word: str, country: str) -> None:
    assert places_of(text)[word].country == country


def test_places_names_title_is_no_place() -> None:
    assert places_of("The motion passed with only Vice Mayor Ray Melton opposed.") == {}


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # a name opening its sentence, where the part of speech is a guess, with a place word
        ("Heze city has reported more than a thousand cases.", "Heze", "CHN"),
        ("Esperance residents found dead birds in their gardens.", "Esperance", "AUS"),
        # a particle inside a name the tagger cut short
        ("Two new cases were found in Rio Grande do Sul last week.", "Rio Grande do Sul", "BRA"),
        # a town the tagger took for a nationality, with a place word after it
        ("Refugees in Kenya's crowded Dadaab camps braced for the rains.", "Dadaab", "KEN"),
    ],
)
def test_places_names_read_by_their_place_words(text: str, word: str, country: str) -> None:
    assert places_of(text)[word].country == country


@pytest.mark.parametrize(
    "text",
    ["Many residents stayed indoors on Sunday.", "Local officials closed the schools."],
)
def test_places_names_common_first_word_is_no_place(text: str) -> None:
    assert places_of(text) == {}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an agency the lexicon knows, whatever town shares its name
        ("According to Xinhua News Agency, the patient died in Hebei province.", "Xinhua"),
        # a virus named after a place
        ("Farm workers were infected with Reston ebolavirus last year.", "Reston"),
        # seasons, common words and generic parts of organisations' names
        ("Five children fell ill in Spring 2002, the report said.", "Spring"),
        ("The singer, called the Godfather of Soul, died in Atlanta.", "Soul"),
        ("The lab at the Sunnybrook Health Sciences Centre closed its doors.", "Centre"),
    ],
)
def test_places_names_things_named_like_places(text: str, word: str) -> None:
    assert word not in places_of(text)


def test_places_names_ayn_written_as_a_mark() -> None:
    place = places_of("Fighting continued in Tall Afar, west of Mosul.").get("Tall Afar")
    assert place is not None and place.country == "IRQ"


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # the object of a verb whose object is a place, however the tagger typed it
        ("Russian troops shelled Bakhmut and Avdiivka in the Donetsk region.", "Avdiivka",
         "UKR"),
        ("Russian troops shelled Bakhmut and Avdiivka in the Donetsk region.", "Bakhmut", "UKR"),
        ("Jihadists attacked Djibo and Arbinda in northern Burkina Faso on Sunday.", "Arbinda",
         "BFA"),
        ("Flooding hit Jowhar and Beledweyne after the river burst its banks.", "Jowhar", "SOM"),
        # a town's other spelling listed after one
        ("Fighters briefly seized Marka and Afgoye in southern Somalia.", "Afgoye", "SOM"),
        # a large city of two words after a preposition
        ("Hamas said the strike on Khan Younis killed 12 people.", "Khan Younis", "PSE"),
    ],
)
def test_places_names_objects_of_place_verbs(text: str, word: str, country: str) -> None:
    assert places_of(text)[word].country == country


@pytest.mark.parametrize(
    "text",
    ["Police captured Johnson after a chase.", "The mob attacked Johnson outside the bar."],
)
def test_places_names_person_as_object_is_no_place(text: str) -> None:
    assert places_of(text) == {}


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # a name typed a person or organisation after a preposition, known by a variant
        ("Two of the patients came from Daqahliya, the health ministry in Cairo said.",
         "Daqahliya", "EGY"),
        ("The boy was from Dogu Beyazit, a town in eastern Turkey.", "Dogu Beyazit", "TUR"),
    ],
)
def test_places_names_variant_after_a_preposition(text: str, word: str, country: str) -> None:
    assert places_of(text)[word].country == country


def test_places_names_surname_near_a_town_spelling_is_no_place() -> None:
    assert places_of("The report was sent to Clemons by the board.") == {}


def test_places_names_region_before_a_minister() -> None:
    place = places_of("The NSW Minister for Primary Industries said the ban would stay.")["NSW"]
    assert place.country == "AUS" and place.feature_code == "ADM1"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Federal Minister for Agriculture flew to Canberra.", "Federal"),
        ("Officials at the Justice Ministry declined to comment.", "Justice"),
    ],
)
def test_places_names_ministry_words_are_no_places(text: str, word: str) -> None:
    assert word not in places_of(text)


@pytest.mark.parametrize(
    ("text", "word", "country", "feature"),
    [
        # an Arabic article joined to the next word stays inside the name
        ("Kurdish forces pushed into Raqqa and Deir ez-Zor as the militants fled.",
         "Deir ez-Zor", "SYR", "PPL"),
        # a city holding most of its governorate's people, known by an other name
        ("Kurdish forces pushed into Raqqa as the militants fled.", "Raqqa", "SYR", "PPL"),
        # a variant spelling of a town as the object of a verb of places
        ("Syrian troops shelled Jisr al-Shughur overnight.", "Jisr al-Shughur", "SYR", "PPL"),
        # a site named after its place, the name typed a person by the tagger
        ("Drones struck the al-Tanf base near the border on Sunday.", "al-Tanf", "SYR", "LCTY"),
        # a name opening with its lower-case article, no capital before it
        ("Militias regrouped in el-Fasher and al-Qaim before the assault.", "al-Qaim", "IRQ",
         "PPL"),
        # a sea, not the province named after it
        ("The coalition struck the port on the Red Sea coast.", "Red Sea", None, "SEA"),
    ],
)
def test_places_names_arabic_names_and_seas(text: str, word: str, country: str | None,
                                            feature: str) -> None:
    place = places_of(text)[word]
    assert place.country == country and place.feature_code == feature


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a region's letter code in a story about another country
        ("NTL said its broadband customers in the UK had doubled.", "NTL"),
        # brands and clubs named like towns
        ("Sales of Mercedes cars rose in the US last year.", "Mercedes"),
        ("Arsenal beat Leicester at home on Saturday.", "Arsenal"),
    ],
)
def test_places_names_codes_and_brands_elsewhere(text: str, word: str) -> None:
    assert word not in places_of(text)


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Voters in the North East will decide on a regional assembly, said the mayor of "
         "Sunderland.", "North East", "GBR"),
    ],
)
def test_places_names_region_of_the_story(text: str, word: str, country: str) -> None:
    assert places_of(text)[word].country == country


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Liberal Democrats gained seats in Wales and Scotland.", "Liberal"),
        ("The case will be heard by the Santa Barbara County Superior Court.", "Superior"),
    ],
)
def test_places_names_party_and_court_words(text: str, word: str) -> None:
    assert word not in places_of(text)


def test_places_names_first_name_alone_is_the_person() -> None:
    text = "Nigel Farage said Britain should leave. Nigel added that Germany led the union."
    assert "Nigel" not in places_of(text)


def test_places_names_city_after_an_organisation() -> None:
    place = places_of("The samples were sent to CDC Atlanta for testing.")["Atlanta"]
    assert place.country == "USA" and place.admin1 == "Georgia"


def test_places_names_slash_between_names() -> None:
    place = places_of("Zaire/Congo has had the largest number of outbreaks.")["Congo"]
    assert place.country == "COD"
