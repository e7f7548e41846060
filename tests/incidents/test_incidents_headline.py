"""Issue 25: the headline as the lead incident's first clue — its counts, its town, and the
incident itself where the text tells none. Cases written for these tests."""

from __future__ import annotations

import pytest

from newscoder.incidents.headline import headline_toll

pytestmark = pytest.mark.issue(25)


@pytest.mark.parametrize(
    ("headline", "killed", "hurt"),
    [
        ("3 dead, 2 wounded in shooting at county fair", 3, 2),
        ("Five shot, one fatally, outside Elm Street bar", 1, 4),
        ("6 shot, 2 killed at house party", 2, 4),
        ("Gunman kills 2, wounds 4 at car wash", 2, 4),
        ("Girl killed, 3 others hurt in drive-by", None, 3),
        ("Woman killed, 4 others shot after card game", None, 4),
        ("Two men, three women shot near bus stop", None, 5),
        ("Four people, including two teens, injured in mall shooting", None, 4),
        ("Seven shot dead at farmhouse", 7, None),
        # the worst hurt counted beside everyone hit is a part of them
        ("Three shot, one critically, outside Maple Lanes bowling alley", None, 3),
        ("6 shot, 2 seriously, 1 dead at block party", 1, 5),
        ("2 critically wounded in Oakmere shooting", None, 2),
        # ages, years, times and "of" counts are no tolls
        ("Boy, 12, shot in backyard", None, None),
        ("One of two sisters, 9 and 6, critically hurt in crossfire has died", None, None),
        ("Man charged in 2014 killing", None, None),
        ("Father of 4 shot dead on porch", None, None),
        ("Man shot 3 times outside store", None, None),
        ("Police seek driver after crash", None, None),
    ],
)
def test_headline_counts(headline: str, killed: int | None, hurt: int | None) -> None:
    toll = headline_toll(headline)
    assert (toll.killed, toll.hurt()) == (killed, hurt)


@pytest.mark.parametrize(
    ("headline", "least_killed", "shot"),
    [
        ("Police name victim of fatal bar shooting", 1, None),
        ("Teen dies after backyard accident with rifle", 1, None),
        ("Couple found dead in apparent murder-suicide", 2, None),
        ("Detectives probe triple shooting near school", None, 3),
        ("Double homicide leaves neighbours shaken", 2, None),
        # a charge is no death told
        ("Man charged with attempted murder after bar fight", None, None),
        ("Woman hurt in road rage shooting", None, None),
    ],
)
def test_headline_tells_deaths_without_a_number(headline: str, least_killed: int | None,
                                                shot: int | None) -> None:
    toll = headline_toll(headline)
    assert (toll.least_killed, toll.shot) == (least_killed, shot)


@pytest.mark.parametrize(
    ("headline", "least_hurt"),
    [
        ("Girl shot in arm outside corner store", 1),
        ("Cyclist critical after drive-by on Elm Street", 1),
        # a death told, or a count given: no guess of one hurt
        ("Man shot dead outside corner store", None),
        ("Three wounded outside corner store", None),
        ("Police look for driver after crash", None),
    ],
)
def test_headline_tells_one_hurt(headline: str, least_hurt: int | None) -> None:
    assert headline_toll(headline).least_hurt == least_hurt


def test_the_hurt_are_the_shot_less_the_dead_the_text_counts() -> None:
    assert headline_toll("Four shot after basketball game").hurt(killed=1) == 3


def lead_of(text: str, title: str, published: str = "2016-07-11"):  # noqa: ANN201
    from newscoder.pipeline import analyze

    analysis = analyze(text, published=published, title=title)
    leads = [i for i in analysis.incidents if i.lead]
    assert len(leads) == 1, analysis.incidents
    return leads[0], analysis


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "town", "state", "killed", "injured"),
    [
        # a page whose text is a sign-in form: the headline tells the incident
        ("2 dead, 3 hurt in Rocky Mount shooting :: WXYZ.com",
         "Sign in to your account. Enter your e-mail address and password. Forgot your "
         "password? Create an account.", "Rocky Mount", "North Carolina", 2, 3),
        # the text places it only in its county; the headline names the town
        ("Four injured in Tulare shooting",
         "Four people were injured in a shooting in Tulare County on Saturday night, the "
         "sheriff's office said. None of the wounds were thought to be life-threatening.",
         "Tulare", "California", None, 4),
        # a stub that names no toll; the headline tells one death without a number
        ("Victim named in fatal Hammond shooting",
         "Log in or subscribe to read this story.", "Hammond", "Indiana", 1, None),
        # the text counts one of the dead; the headline all of them
        ("3 dead in Flint house shooting",
         "A woman was killed when gunfire broke out inside a house in Flint, Michigan, on "
         "Sunday, police said. Officers found two more bodies upstairs.",
         "Flint", "Michigan", 3, None),
        # the text counts no hurt; the headline does
        ("Man killed, 2 others wounded at Gary party",
         "A man died after gunfire broke out at a party in Gary, Indiana, early Sunday, "
         "police said. The shooter ran from the house.", "Gary", "Indiana", 1, 2),
    ],
)
def test_headline_fills_the_lead(title: str, text: str, town: str, state: str,
                                 killed: int | None, injured: int | None) -> None:
    lead, analysis = lead_of(text, title)
    assert lead.place is not None
    assert (lead.place.name, lead.place.admin1) == (town, state)
    assert (lead.fatalities, lead.injured) == (killed, injured)
    record = lead.to_contract()
    assert record["from_title"]["from"] == "title"
    # nothing read from the title gets offsets into the text
    assert all(p.start < len(text) and text[p.start : p.end] == p.text for p in analysis.places)
    assert all(e["end"] <= len(text) for e in record["evidence"])


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Dayton man wounded in Springfield shooting",
         "A man from Dayton was shot in the leg in Springfield, Ohio, on Friday night, "
         "police said."),
        ("Lakewood teen hurt in Denver shooting",
         "A Lakewood teenager was shot in Denver on Monday and is expected to recover, "
         "Denver police said."),
    ],
)
def test_a_town_the_text_gives_stands(title: str, text: str) -> None:
    """Where the text places the incident in a town, the headline does not move it."""
    from newscoder.pipeline import analyze

    alone = next(i for i in analyze(text, published="2016-07-11").incidents if i.lead)
    lead, _ = lead_of(text, title)
    assert alone.place is not None and lead.place is not None
    assert lead.place.name == alone.place.name
    assert "place" not in lead.from_title


@pytest.mark.slow
def test_no_title_no_change() -> None:
    from newscoder.pipeline import analyze

    text = "Three people were wounded in a shooting in Flint, Michigan, on Friday, police said."
    record = analyze(text, published="2016-07-11").incidents[0].to_contract()
    assert "from_title" not in record
