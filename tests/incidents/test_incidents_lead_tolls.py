"""Issue 25, item 4: which killed and injured counts the lead incident carries when the text
and the headline both count the hurt. Cases written for these tests."""

from __future__ import annotations

import pytest
from incidents_reading import lead_incident

from newscoder.incidents.headline import headline_toll
from newscoder.incidents.titled import _tolls
from newscoder.model import Incident

pytestmark = pytest.mark.issue(25)


@pytest.mark.parametrize(
    ("headline", "text_killed", "text_hurt", "killed", "hurt"),
    [
        # the headline counts everyone hit; the text names fewer of the hurt: the total stands
        ("Four people shot outside Main Street tavern", None, 2, None, 4),
        ("5 shot, 1 dead at backyard cookout", 1, 1, 1, 4),
        ("Police: 3 shot near river park", None, 1, None, 3),
        # fewer hit than the text counts: the headline may count a victim apart
        ("1 dead, 3 shot in east side shooting", 1, 3, 1, 3),
        ("Six shot at block party", None, 7, None, 7),
        # several shootings in one headline: no one incident's count
        ("Two boys shot in separate incidents over the weekend", None, 1, None, 1),
        ("Three teens shot in two shootings on Friday", None, 1, None, 1),
        # the headline says "injured": its count stands for the text's
        ("Two injured in parking lot shooting", None, 3, None, 2),
        ("1 dead, 4 wounded at motel shooting", 1, 2, 1, 4),
        # ... unless it counts several shootings, or only the worst hurt of more
        ("3 dead, 9 wounded in weekend shootings across the city", 1, 2, 1, 2),
        ("3 dead, 9 wounded in weekend shootings across the city", None, None, 3, 9),
        ("Man shot dead, 5 hurt in two shootings downtown", 1, 2, 1, 2),
        ("2 critically wounded in shooting of six at bus stop", None, 6, None, 6),
        ("Four seriously injured after gunfire at party", None, 2, None, 4),
    ],
)
def test_headline_count_of_those_hit(headline: str, text_killed: int | None,
                                     text_hurt: int | None, killed: int | None,
                                     hurt: int | None) -> None:
    lead = Incident(kind="violence", lead=True, fatalities=text_killed, injured=text_hurt)
    _tolls(lead, headline_toll(headline))
    assert (lead.fatalities, lead.injured) == (killed, hurt)


@pytest.mark.parametrize(
    ("headline", "several"),
    [
        ("Two teens shot in separate shootings on South Side", True),
        ("Four shot over weekend in Elm Park", True),
        ("Four shot outside Elm Park bar", False),
        ("Baby, 3 others hurt in two overnight shooting incidents", True),
    ],
)
def test_headline_of_several_shootings(headline: str, several: bool) -> None:
    assert headline_toll(headline).several is several


@pytest.mark.parametrize(
    ("text", "killed", "hurt"),
    [
        # the wounded told in a sentence of their own are the lead incident's hurt
        ("A 17-year-old boy was shot and killed late Saturday outside a corner store on Pine "
         "Avenue, police said. Officers found him on the sidewalk. Another teenager, 15, was "
         "wounded in the leg and is expected to recover, according to police. No arrests have "
         "been made.", 1, 1),
        ("Police are looking for the gunman who opened fire at a birthday party early Sunday. "
         "Marcus Green, 24, died at the scene. Two other guests were wounded and taken to Mercy "
         "Hospital. Detectives have not named a suspect.", 1, 2),
        # the wounded of an older shooting recalled as history are not
        ("A 19-year-old man was shot and killed Saturday night in a parking lot on Grove Street, "
         "police said. In March 2015, four people were wounded in a drive-by shooting on the "
         "same block. No arrests have been made in Saturday's killing.", 1, None),
        # nor the wounded of another occurrence told in another country the same day
        ("Government troops and rebels clashed near the Syrian city of Homs on Sunday, "
         "and 43 fighters were killed in the clashes, a monitoring group said. In Kabul on "
         "Sunday, a suicide bomber blew himself up outside a ministry, wounding 31 people, "
         "officials said.", 43, None),
    ],
)
def test_lead_takes_the_hurt_told_apart(text: str, killed: int, hurt: int | None) -> None:
    lead = lead_incident(text, "2016-05-02")
    assert (lead.fatalities, lead.injured) == (killed, hurt)


@pytest.mark.parametrize(
    ("headline", "hurt"),
    [
        # those hit listed after the dead are the others: the dead are not among them
        ("1 dead, 3 shot near downtown bus station", 3),
        ("Teen dead, 5 shot after backyard party", 5),
        ("2 killed, 4 shot outside nightclub", 4),
        # counted first, those hit include the dead
        ("6 shot, 2 dead at house party", 4),
        ("2 dead after 5 shot at gas station", 3),
    ],
)
def test_hit_listed_after_the_dead(headline: str, hurt: int) -> None:
    toll = headline_toll(headline)
    assert toll.hurt(toll.killed or 1) == hurt


@pytest.mark.parametrize(
    ("headline", "hurt"),
    [
        # ages after "ages" or "aged" are no counts of people
        ("3 kids, ages 4 and 7, hurt in accidental shooting", 3),
        ("Two teens aged 15 wounded near school", 2),
        ("1 dead, 2 hurt at age 30 birthday party", 2),
    ],
)
def test_ages_are_no_counts(headline: str, hurt: int) -> None:
    assert headline_toll(headline).hurt() == hurt
