"""Issue 25 item 1: an incident needs a harmful occurrence. An attack noun whose object
cannot be harmed (a record, a plan, a rival's words) is a figure of speech, and an arrest
said not to have happened ("No arrests have been made") is no arrest; neither is an
incident. A real attack on people or places, told the same way, stays one. Reports written
for these tests."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]

# (report, publication date, the kinds of the incidents found, in text order)
CASES = [
    (
        "The opposition leader launched a blistering attack on the minister's budget plan "
        "in parliament on Tuesday.",
        "2022-05-11", [],
    ),
    (
        "The senator mounted a sharp attack on her rival's remarks about taxes during a "
        "debate in Denver.",
        "2022-05-11", [],
    ),
    (
        "Union leaders renewed their assault on the new pension rules at a rally in Leeds.",
        "2022-05-11", ["protest"],
    ),
    (
        "A woman was shot and wounded outside a bar in Dayton on Friday night, police said. "
        "No arrests have been made.",
        "2022-05-14", ["violence"],
    ),
    (
        "Two men were stabbed near a bus stop in Toledo on Sunday. No arrest has been made "
        "in the case.",
        "2022-05-16", ["violence"],
    ),
    # the same words about people or places are harm
    (
        "Gunmen launched an attack on a village in Zamfara state on Monday, killing nine "
        "farmers.",
        "2022-05-11", ["violence"],
    ),
    (
        "Police arrested two men at a house in Akron on Tuesday.",
        "2022-05-11", ["arrest"],
    ),
]


@pytest.mark.parametrize(("text", "published", "kinds"), CASES)
def test_no_incident_without_harm(text: str, published: str, kinds: list[str]) -> None:
    from newscoder.pipeline import analyze

    incidents = analyze(text, published=published).incidents
    assert [i.kind for i in incidents] == kinds, incidents


# Issue 25 item 3: "fire" after those who shoot is their shooting ("police fire tear gas",
# a headline's verb the tagger may read as a noun), not a blaze; a blaze stays one.
# (report, publication date, whether a disaster incident is found)
BLAZES = [
    (
        "Students rally in Nairobi over fees; police fire tear gas\n\nHundreds of students "
        "marched to parliament in Nairobi on Monday, and police fired tear gas to break up "
        "the crowd.",
        "2022-05-10", False,
    ),
    (
        "Troops fire tear gas at traders in Harare market\n\nSoldiers fired tear gas at "
        "street traders in central Harare on Thursday, witnesses said.",
        "2022-05-13", False,
    ),
    (
        "Warehouse fire kills two in Cork\n\nA fire broke out in a warehouse in Cork on "
        "Friday night, killing two workers.",
        "2022-05-14", True,
    ),
]


@pytest.mark.parametrize(("text", "published", "blaze"), BLAZES)
def test_shooting_is_no_blaze(text: str, published: str, blaze: bool) -> None:
    from newscoder.pipeline import analyze

    incidents = analyze(text, published=published).incidents
    assert any(i.kind == "disaster" for i in incidents) == blaze, incidents


# Issue 25 item 4: a sentence opened by "Meanwhile" or "In a separate incident" turns to
# another occurrence, which does not join the lead one.
# (report, publication date, incidents in all, the lead incident's event count)
APART = [
    (
        "Gunmen killed four villagers in an attack near Jos on Sunday, officials said. "
        "Meanwhile, in Abuja, police arrested two men at a checkpoint.",
        "2022-05-16", 2,
    ),
    (
        "A man was shot dead outside a shop in Memphis on Saturday. In a separate incident, "
        "a woman was stabbed in a parking lot on Sunday.",
        "2022-05-16", 2,
    ),
    (
        "A bomb exploded at a bus station in Kabul on Monday, killing six people. "
        "Separately, gunmen attacked a police post in Kunduz.",
        "2022-05-17", 2,
    ),
    # a sentence placed in another named town
    (
        "Thousands marched in Lagos on Wednesday against fuel prices, and police fired tear "
        "gas at the crowd. In the northern city of Kano, a smaller march went ahead without "
        "trouble.",
        "2022-05-19", 2,
    ),
    (
        "A man was shot dead in Dayton on Friday night, police said. In Toledo, a woman was "
        "wounded in a shooting on Saturday.",
        "2022-05-16", 2,
    ),
    # the same town, or a town the incident's sentences named, stays the same occurrence
    (
        "A man was shot dead in Dayton on Friday night, police said. In Dayton, officers "
        "found the victim's car near a park.",
        "2022-05-16", 1,
    ),
    # a recap of the same attack still joins it
    (
        "A bomb exploded at a bus station in Kabul on Monday, killing six people. The attack "
        "was the deadliest in the city this year.",
        "2022-05-17", 1,
    ),
]


@pytest.mark.parametrize(("text", "published", "count"), APART)
def test_separate_occurrence(text: str, published: str, count: int) -> None:
    from newscoder.pipeline import analyze

    incidents = analyze(text, published=published).incidents
    assert len(incidents) == count, incidents


# A big city of another state told as the place of another occurrence is that city, not a
# namesake the gazetteer chose: the occurrence is placed there, not in the story's state.
# (report, publication date, the places of the incidents, in order)
OTHER_CITY = [
    (
        "Thousands marched in Lagos on Wednesday against fuel prices, and police in Lagos "
        "fired tear gas at the crowd. In the northern city of Kano, a smaller march went "
        "ahead without trouble.",
        "2022-05-19", ["Lagos", "Kano"],
    ),
    (
        "MARIB, Yemen - A drone strike killed nine people at a market in Marib province on "
        "Thursday, officials said.\n\nMeanwhile, in Aden, police arrested two men at the port.",
        "2022-05-20", ["Ma'rib", "Aden"],
    ),
]


@pytest.mark.parametrize(("text", "published", "places"), OTHER_CITY)
def test_other_city_placed(text: str, published: str, places: list[str]) -> None:
    from newscoder.pipeline import analyze

    incidents = analyze(text, published=published).incidents
    assert [i.place.name if i.place else None for i in incidents] == places, incidents
