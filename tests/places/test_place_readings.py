"""Issue 17: a name is a place only when its reading says so, and every real place is found.

Invented sentences: organisations, people, brands and common words that share a name with a
town somewhere; landmarks; places named inside organisations; transliteration variants;
places the tagger types as people or organisations.
"""

from __future__ import annotations

import pytest
from places_reading import places_of

from newscoder.places.reading import is_acronym, is_common, organisation_spans

pytestmark = [pytest.mark.slow, pytest.mark.issue(17)]


NOT_PLACES = [
    # news outlets, agencies and companies
    ("CNN reported on Tuesday that the talks had stalled.", "CNN"),
    ("The IOM said more migrants had crossed the sea this month.", "IOM"),
    ("Investigators asked whether Burisma had paid the consultants.", "Burisma"),
    ("Shares of T-Mobile rose after the merger was approved.", "Mobile"),
    ("She was treated at the Mayo Clinic for several weeks.", "Mayo"),
    ("Brexit has weighed on the pound since the referendum.", "Brexit"),
    ("Reuters could not verify the footage independently.", "Reuters"),
    ("Xinhua said the delegation would arrive on Friday.", "Xinhua"),
    ("The Department of Homeland Security issued a warning.", "Homeland"),
    ("Goldman Sachs cut its growth forecast for the year.", "Goldman"),
    ("Boeing delivered fewer jets than analysts expected.", "Boeing"),
    ("Toyota recalled thousands of cars over a brake fault.", "Toyota"),
    # people: titles, the knowledge base, possessives
    ("Ambassador Sondland told the committee he had followed orders.", "Sondland"),
    ("Mr. Morales thanked his supporters at the rally.", "Morales"),
    ("Biden signed the bill on Thursday evening.", "Biden"),
    ("Macron met union leaders at the palace.", "Macron"),
    ("Rep. Jordan questioned the witness for an hour.", "Jordan"),
    ("Sen. Warren called the proposal a giveaway.", "Warren"),
    ("Dr. Lincoln said the vaccine trial would resume.", "Lincoln"),
    ("The Obama administration expanded the programme.", "Obama"),
    ("Gov. Newsom announced new limits on gatherings.", "Newsom"),
    # capitalised common words
    ("Man charged after a break-in at a pharmacy.", "Man"),
    ("Congress passed the spending bill late on Friday.", "Congress"),
    ("Mobile phone sales fell for the third quarter running.", "Mobile"),
    ("Hope faded for the missing climbers on Sunday.", "Hope"),
    ("Liberty was the theme of the president's speech.", "Liberty"),
    # a disease named after a place
    ("Eastern Equine Encephalitis was found in a horse last week.", "Eastern"),
    # a part of a place the gazetteer has only elsewhere
    ("He was charged in the Western District of New York last year.", "Western District"),
    # a place's name joined to a word that is none ("Wal-Mart", "News-Leader")
    ("The store manager at Wal-Mart called the police.", "Mart"),
    ("Photo by Dana Curtis / News-Leader", "Leader"),
    # the surname of a person named in full
    ("Police arrested Darnell Lee Jones, 23, on Friday. Jones was charged with theft. "
     "Officers said Jones had fled on foot.", "Jones"),
    ("Guests cheered for Scott West at the arena. West won the final bout.", "West"),
]


@pytest.mark.parametrize(("text", "word"), NOT_PLACES)
def test_readings_name_is_no_place(text: str, word: str) -> None:
    assert word not in places_of(text)


PLACES = [
    # places the tagger may type as a person or organisation
    ("Thousands fled Goma as the rebels advanced.", "Goma", "COD"),
    ("Aid workers reached El Geneina on Monday.", "El Geneina", "SDN"),
    ("Fighters loyal to the government held Misrata.", "Misrata", "LBY"),
    ("Cholera spread to Mali, Niger and Senegal this year.", "Niger", "NER"),
    ("Cases were reported in Kenya, Uganda and Burkina Faso.", "Burkina Faso", "BFA"),
    ("Floods hit Alexandria, Virginia, on Saturday.", "Alexandria", "USA"),
    ("Residents of Mobile, Alabama, braced for the storm.", "Mobile", "USA"),
    ("Police in Nice closed the seafront promenade.", "Nice", "FRA"),
    ("The bridge in Jordan, Minnesota, was closed for repairs.", "Jordan", "USA"),
    ("He grew up in Jordan before moving to Cairo.", "Jordan", "JOR"),
    # transliteration variants and article prefixes
    ("Clashes continued in Salahuddin province overnight.", "Salahuddin", "IRQ"),
    ("Clashes continued in Salaheddin province overnight.", "Salaheddin", "IRQ"),
    ("Troops moved north of Misurata along the coast road.", "Misurata", "LBY"),
    ("An air strike hit a market in al-Raqqa on Sunday.", "al-Raqqa", "SYR"),
    ("The convoy left Tikrit for Baiji at dawn.", "Baiji", "IRQ"),
    ("Shelling was reported near Deir el-Zor airport.", "Deir el-Zor", "SYR"),
    ("Drones struck near the al-Tanf garrison on Sunday.", "al-Tanf", "SYR"),
    ("Convoys arrived in Al Tanf after a week on the road.", "Al Tanf", "SYR"),
    # places inside organisations' names
    ("The case was heard at Westminster Magistrates' Court in London.", "Westminster", "GBR"),
    ("Officers from the Carthage Police Department in Missouri searched it.", "Carthage", "USA"),
    ("She teaches at Southport High School in Indiana.", "Southport", "USA"),
    ("The US Army tested the equipment in Utah.", "US", "USA"),
    ("The Alachua County Sheriff's Office asked for help.", "Alachua County", "USA"),
    # containment and agreement with the document's other places
    ("Rebels in eastern Congo seized a town near Goma.", "Congo", "COD"),
    ("Fighting in Congo forced families out of Goma and Bukavu.", "Congo", "COD"),
    ("The Chinese embassy in Brazzaville said Congo had agreed.", "Congo", "COG"),
    ("Schools in Butler, Clark and Warren counties in Ohio closed.", "Clark", "USA"),
    # peoples name their country
    ("Many Palestinians crossed the checkpoint before dawn.", "Palestinians", "PSE"),
    ("Turkish troops crossed the border on Monday.", "Turkish", "TUR"),
    # a dateline after a headline on the same line
    ("Council approves budget. MANASSAS -- The city council voted.", "MANASSAS", "USA"),
    ("Board cuts bus routes. CHATTANOOGA - The school board voted on Monday.", "CHATTANOOGA",
     "USA"),
    # a party and state after a lawmaker's name
    ("Sen. Bob Casey, D-Pa., called for a hearing.", "Pa.", "USA"),
    # a lawmaker's home town or county after the party letter
    ("The bill was backed by Rep. Ann Lowry, D-Charleston, and two others.", "Charleston",
     "USA"),
    ("Sen. Carl Mott, R-Raleigh, voted against the measure.", "Raleigh", "USA"),
    # places inside longer names, after "of", "in" or a hyphen between places
    ("Tickets were sold out, said Marta Diaz of Southlake, who runs the club.", "Southlake",
     "USA"),
    ("Prizes were handed out at the Peck Homestead in Lombard on Sunday.", "Lombard", "USA"),
    ("He was flown to St. Cloud Hospital with a broken leg.", "St. Cloud", "USA"),
    # a country or province closing an organisation's name
    ("Taco Bell Canada pulled green onions from its menus.", "Canada", "CAN"),
    ("SOS Children's Villages Sudan opened a new clinic.", "Sudan", "SDN"),
    # a feature word before the name
    ("A concert was held in the province Gauteng near Johannesburg.", "Gauteng", "ZAF"),
    ("Toads were found dead in a town called Silkeborg in Denmark.", "Silkeborg", "DNK"),
    # letters without a decomposition
    ("Samples were sent to the laboratory in Pulawy, Poland.", "Pulawy", "POL"),
    # regions news still names that the gazetteer lacks
    ("Forty people have died of cholera in Nyanza Province since March.", "Nyanza Province",
     "KEN"),
    ("Flooding closed schools across the West Midlands on Tuesday.", "West Midlands", "GBR"),
    # a region's abbreviation
    ("Horse movements were banned across regional NSW on Friday.", "NSW", "AUS"),
    ("Sweden is the ninth country in the European Union to report the virus.",
     "European Union", "RGN"),
]


@pytest.mark.parametrize(("text", "word", "country"), PLACES)
def test_readings_place_is_found(text: str, word: str, country: str) -> None:
    place = places_of(text)[word]
    if country == "RGN":  # a world region: in no one country
        assert place.country is None and place.precision == "region"
    else:
        assert place.country == country
    assert place.lat is not None and place.precision is not None


@pytest.mark.parametrize(
    ("text", "word", "admin1"),
    [
        # a town in a county the document names outright is that county's town
        ("Paris and Henry County have a rich history of folk art.", "Paris", "Tennessee"),
        ("The burn ban for Walker County was lifted, the Huntsville fire chief said.",
         "Huntsville", "Texas"),
        # a state listed among states, not the capital of the name
        ("Cases were confirmed in Utah, Washington and Wisconsin this week.", "Washington",
         "Washington"),
        # a county said to lie in a state
        ("Dead geese were found near a lake in Fulton County located in Illinois.",
         "Fulton County", "Illinois"),
    ],
)
def test_readings_town_agrees_with_its_county(text: str, word: str, admin1: str) -> None:
    assert places_of(text)[word].admin1 == admin1


LANDMARKS = [
    ("The White House said the president would not attend.", "White House", "USA"),
    ("The Kremlin denied any role in the attack.", "Kremlin", "RUS"),
    ("Downing Street declined to comment on the report.", "Downing Street", "GBR"),
    ("The Pentagon confirmed the strike on Tuesday.", "Pentagon", "USA"),
    ("The Vatican said the pope was recovering well.", "Vatican", "VAT"),
    ("Zhongnanhai has not responded to the proposal.", "Zhongnanhai", "CHN"),
]


@pytest.mark.parametrize(("text", "word", "country"), LANDMARKS)
def test_readings_landmark_is_a_metonym_at_its_city(text: str, word: str, country: str) -> None:
    place = places_of(text)[word]
    assert place.country == country and place.metonym
    assert place.precision == "city"


@pytest.mark.parametrize(
    ("text", "word", "precision"),
    [
        ("Protests spread across France on Saturday.", "France", "country"),
        ("Wildfires burned in California for a week.", "California", "admin1"),
        ("Snow closed roads in Henderson County on Monday.", "Henderson County", "admin2"),
        ("A fire destroyed a warehouse in Leeds.", "Leeds", "city"),
        ("Storms swept through the Middle East.", "Middle East", "region"),
    ],
)
def test_readings_precision(text: str, word: str, precision: str) -> None:
    assert places_of(text)[word].precision == precision


def test_readings_town_carries_its_county() -> None:
    place = places_of("A tornado struck Moore, Oklahoma, on Monday.")["Moore"]
    assert place.admin1 == "Oklahoma" and place.admin2 == "Cleveland County"


@pytest.mark.parametrize(
    ("key", "common"), [("man", True), ("congress", True), ("paris", False)]
)
def test_readings_common_words(key: str, common: bool) -> None:
    assert is_common(key) is common


@pytest.mark.parametrize(
    ("text", "acronym"), [("CNN", True), ("IOM", True), ("U.S.", False), ("Paris", False)]
)
def test_readings_acronyms(text: str, acronym: bool) -> None:
    assert is_acronym(text) is acronym


def test_readings_organisation_spans_are_whole_words() -> None:
    text = "T-Mobile and the Mayo Clinic, but not Mayor Smith."
    assert [text[s:e] for s, e in organisation_spans(text)] == ["T-Mobile", "Mayo Clinic"]
