"""Incidents: one record per real-world occurrence, with where, when, how many and who.

Each case is a short report written for these tests, the publication date it is read
against, and one thing an analyst would check on the result.
"""

from __future__ import annotations

from typing import Any

import pytest

from newscoder.model import Analysis, Incident

pytestmark = pytest.mark.slow

MOGADISHU = (
    "Car bomb kills 14 in Mogadishu\n\n"
    "MOGADISHU (Reuters) — A car bomb exploded outside a busy hotel in Mogadishu on Friday "
    "evening, killing at least 14 people and wounding 20 others, police said.\n\n"
    "The militant group al Shabaab claimed responsibility for the attack in a statement.\n\n"
    "Dozens of people were killed in a similar attack on a hotel in the city in March.\n\n"
    "Friday's bombing, which killed 14, was the deadliest in the capital this year, "
    "residents said."
)


def analyse(text: str, published: str) -> Analysis:
    from newscoder.pipeline import analyze

    return analyze(text, published=published)


def lead(analysis: Analysis) -> Incident:
    leads = [i for i in analysis.incidents if i.lead]
    assert len(leads) == 1, analysis.incidents
    return leads[0]


def actors(incident: Incident, role: str) -> list[str]:
    return [a.name for a in incident.actors if a.role == role]


# (report, publication date, what the lead incident must say)
LEAD_CASES: list[tuple[str, str, dict[str, Any]]] = [
    # one bombing told in a headline, a lead and a recap
    (MOGADISHU, "2019-07-13", {"fatalities": 14, "injured": 20, "date": "2019-07-12"}),
    (MOGADISHU, "2019-07-13", {"place": "Mogadishu", "country": "SOM"}),
    (MOGADISHU, "2019-07-13", {"perpetrator": "al Shabaab"}),
    (MOGADISHU, "2019-07-13", {"reported_by": "police"}),
    # a shooting is an incident without a CAMEO event, and ACLED does not code it
    (
        "Two men were shot outside a bar on Main Street in Dayton, Ohio, late Saturday, "
        "police said. One of them died at the hospital.",
        "2016-05-09",
        {"place": "Dayton", "admin1": "Ohio", "date": "2016-05-07"},
    ),
    (
        "A woman was stabbed to death in her apartment in Tulsa, Oklahoma, on Tuesday, "
        "police said.",
        "2018-02-08",
        {"fatalities": 1, "date": "2018-02-06", "acled": None},
    ),
    (
        "Three people were wounded when a gunman opened fire at a party in Jackson, "
        "Mississippi, on Sunday night, authorities said.",
        "2017-06-12",
        {"injured": 3, "place": "Jackson", "admin1": "Mississippi"},
    ),
    (
        "Four teenagers were shot on a basketball court in Rocky Mount, North Carolina, on "
        "Monday evening. All four survived.",
        "2014-01-28",
        {"injured": 4, "date": "2014-01-27"},
    ),
    # informants report; they do not act
    (
        "Gunmen stormed the village of Kadisau in Zamfara state on Tuesday. They killed at "
        "least 12 farmers and abducted dozens of women, residents said.",
        "2021-02-17",
        {"reported_by": "residents", "not_perpetrator": "residents"},
    ),
    (
        "Gunmen stormed the village of Kadisau in Zamfara state on Tuesday. They killed at "
        "least 12 farmers and abducted dozens of women, residents said.",
        "2021-02-17",
        {"country": "NGA", "fatalities": 12},
    ),
    (
        "According to activists, government aircraft bombed a market in the town of Maarat "
        "al-Numan on Monday, killing nine civilians.",
        "2019-07-23",
        {"fatalities": 9, "reported_by": "activists"},
    ),
    # vague counts follow ACLED's conventions, marked as estimates
    (
        "Dozens of people were killed when militants attacked a police post near Kidal on "
        "Sunday, officials said.",
        "2020-03-02",
        {"fatalities": 12, "estimate": True},
    ),
    (
        "Several soldiers were killed in an ambush near the border town of Diffa on "
        "Thursday, the army said.",
        "2020-06-05",
        {"fatalities": 10, "estimate": True},
    ),
    # a later toll replaces an earlier one
    (
        "A blast at a checkpoint in Kabul on Wednesday killed five people. Hours later the "
        "death toll rose to eight, the health ministry said.",
        "2018-09-06",
        {"fatalities": 8},
    ),
    # the day: from the text, else the publication day when the tense allows
    (
        "Police in Memphis, Tennessee, said a man was shot and killed outside a gas station "
        "early Friday.",
        "2015-10-10",
        {"date": "2015-10-09", "fatalities": 1},
    ),
    (
        "A man was shot dead in Baltimore, Maryland, police said.",
        "2015-04-02",
        {"date": "2015-04-02", "place": "Baltimore"},
    ),
    # protests and arrests
    (
        "Thousands of demonstrators marched through central Khartoum on Thursday to demand "
        "civilian rule.",
        "2019-06-14",
        {"place": "Khartoum", "date": "2019-06-13"},
    ),
    (
        "Police in Lagos arrested 20 protesters on Saturday during a rally against fuel "
        "prices.",
        "2022-01-10",
        {"place": "Lagos", "country": "NGA"},
    ),
    # the place: the village inside the state it is named with
    (
        "Unknown gunmen killed four people in the village of Kwaga in Borno state on Monday, "
        "a local official said.",
        "2020-08-12",
        {"country": "NGA", "fatalities": 4},
    ),
    (
        "An explosion at a fuel depot in Aden killed three workers on Sunday, port officials "
        "said.",
        "2019-11-04",
        {"place": "Aden", "country": "YEM", "fatalities": 3},
    ),
    # claims of responsibility
    (
        "A roadside bomb struck a military convoy near Gao on Monday, killing two soldiers. "
        "The Islamic State in the Greater Sahara claimed responsibility for the attack.",
        "2021-05-11",
        {"fatalities": 2, "claimed_by": "Islamic State"},
    ),
    (
        "Two rockets hit a base housing foreign troops near Erbil late on Wednesday. No group "
        "claimed responsibility, a security official said.",
        "2021-02-18",
        {"no_perpetrator": True, "date": "2021-02-17"},
    ),
    # informants of several kinds
    (
        "Witnesses said security forces fired on a crowd in the market town of Bawku on "
        "Friday, killing three people.",
        "2022-05-21",
        {"reported_by": "witnesses", "fatalities": 3},
    ),
    (
        "Four people were killed in a shootout between police and suspected smugglers in "
        "Ciudad Juarez on Saturday, according to prosecutors.",
        "2018-11-05",
        {"fatalities": 4, "country": "MEX"},
    ),
    # recaps add nothing to the toll
    (
        "A gunman killed three people at a shopping centre in Perth on Sunday. Monday's "
        "papers were full of the shooting, which killed three people and shocked the city.",
        "2019-06-03",
        {"fatalities": 3, "date": "2019-06-02"},
    ),
    # an update replaces the first toll
    (
        "An airstrike on a wedding party in Hajjah province killed at least 20 people on "
        "Saturday, health officials said. By Sunday the death toll had risen to 33.",
        "2018-04-23",
        {"fatalities": 33},
    ),
    # a threat is no toll
    (
        "Gunmen shot dead two guards at a bank in Kandahar on Monday. The group threatened to "
        "kill fifty more people if its demands were not met.",
        "2016-03-08",
        {"fatalities": 2},
    ),
    # a death told with no word of what happened is still an incident
    (
        "A 23-year-old man was pronounced dead at the scene on Elm Street in Gary, Indiana, "
        "late Friday, police said.",
        "2015-06-14",
        {"fatalities": 1, "place": "Gary", "admin1": "Indiana"},
    ),
    # the informant is a hospital, and the day is the one the report names
    (
        "Three protesters were wounded when police fired rubber bullets in Nairobi on "
        "Tuesday, a hospital spokesman said.",
        "2023-07-13",
        {"injured": 3, "date": "2023-07-11", "country": "KEN"},
    ),
    # a recap in a later paragraph keeps the first report's toll and place
    (
        "A landmine killed four soldiers near the border town of Tal Abyad on Sunday.\n\n"
        "The mine blast, the second this month, was blamed on retreating fighters.",
        "2019-11-12",
        {"fatalities": 4, "date": "2019-11-10"},
    ),
    # the day is told in the sentence after the one that says what happened
    (
        "A teenager was hurt in an accidental shooting outside a pharmacy. It happened "
        "Thursday night around 9:40, officers said.",
        "2021-03-05",
        {"injured": 1, "date": "2021-03-04"},
    ),
    # a killer who dies by their own hand is one of the dead
    (
        "Detectives said a man shot and killed his wife and two sons before killing himself "
        "at their home in Tulsa on Monday.",
        "2017-02-14",
        {"fatalities": 4},
    ),
    # a village tied to its own state in a story told from another state stays in its state
    (
        "MAIDUGURI, Nigeria — Soldiers in Maiduguri and Bama said the roads in Borno were calm "
        "on Monday.\n\nSeparately, gunmen killed 12 farmers in the village of Kadisau in "
        "Zamfara state on Sunday, residents said.",
        "2020-06-10",
        {"admin1": "Zamfara", "fatalities": 12},
    ),
    # a neighbourhood named like a town of another state is in the story's own state
    (
        "PITTSBURGH (Channel 7) — One man was killed and two were hurt when gunfire broke "
        "out at a bar in Homewood early Saturday, Pittsburgh police said.\n\n"
        "Officers in Pittsburgh are asking anyone with video to call them.",
        "2016-05-22",
        {"admin1": "Pennsylvania", "fatalities": 1, "injured": 2},
    ),
    # a neighbourhood of the city the story is told from is recorded as that city
    (
        "PHILADELPHIA — A man was shot and killed in Germantown on Friday night, police said.",
        "2016-07-11",
        {"place": "Philadelphia", "admin1": "Pennsylvania", "fatalities": 1},
    ),
    # a story that does not date the shooting in its own sentences dates it further on
    (
        "A man is in critical condition after a shooting in Tulsa, police said.\n\n"
        "The victim, 24, was taken to a hospital. His family asked for privacy.\n\n"
        "Officers were called to the apartment complex on Saturday night and found him in "
        "the parking lot.",
        "2016-05-10",
        {"date": "2016-05-07", "place": "Tulsa", "injured": 1},
    ),
    # a clause that dates the naming of a victim and the shooting: the shooting's day
    (
        "Detectives on Friday named the 17-year-old who was killed in a shooting on the "
        "east side Thursday night.",
        "2017-01-14",
        {"date": "2017-01-12", "fatalities": 1},
    ),
    # a follow-up story dates its news; the shooting it refers back to keeps its own day
    (
        "A Jackson man was sentenced to life in prison on Wednesday for killing a woman "
        "outside a store.\n\nPolice said the shooting happened on March 7, 2013, on "
        "Greenwood Avenue. Two other people were wounded.",
        "2014-09-17",
        {"date": "2013-03-07", "fatalities": 1, "injured": 2},
    ),
    # a page's time stamp dates the page, not the shooting
    (
        "Boy, 4, hurt in accidental shooting Posted: Tuesday, August 18, 2015 1:37 PM EDT\n\n"
        "A four-year-old boy was hurt when a handgun he found went off on Sunday evening, "
        "deputies said.",
        "2015-08-18",
        {"date": "2015-08-16", "injured": 1},
    ),
    # a vague toll at ACLED's convention
    (
        "Hundreds of people were killed when fighters overran the town of Tawila last week, "
        "aid groups said.",
        "2024-05-20",
        {"fatalities": 100, "estimate": True},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), LEAD_CASES)
def test_the_lead_incident_says_what_an_analyst_would_code(
    text: str, published: str, expected: dict[str, Any]
) -> None:
    incident = lead(analyse(text, published))
    place = incident.place
    for key, value in expected.items():
        if key in ("fatalities", "injured", "date", "estimate"):
            assert getattr(incident, key) == value, (key, incident)
        elif key == "acled":
            assert incident.acled is value, incident
        elif key == "place":
            assert place is not None and place.name == value, incident
        elif key == "admin1":
            assert place is not None and place.admin1 == value, incident
        elif key == "country":
            assert place is not None and place.country == value, incident
        elif key == "perpetrator":
            assert value in actors(incident, "perpetrator"), incident
        elif key == "not_perpetrator":
            assert all(value not in name.lower() for name in actors(incident, "perpetrator"))
        elif key == "reported_by":
            assert value in [r.lower() for r in incident.reported_by], incident
        elif key == "claimed_by":
            claimed = [a.name for a in incident.actors if a.claimed]
            assert any(value in name for name in claimed), incident
        elif key == "no_perpetrator":
            assert actors(incident, "perpetrator") == [], incident
        else:
            raise AssertionError(f"unknown check {key}")


# (report, publication date, how many incidents it tells)
COUNT_CASES: list[tuple[str, str, int]] = [
    (MOGADISHU, "2019-07-13", 2),  # Friday's bombing and March's, apart
    (
        "A suicide bomber killed six people at a mosque in Kano on Friday. The blast tore "
        "through the building during prayers. The attack was the third this month.",
        "2014-11-29",
        1,
    ),
    (
        "Rebels attacked an army base in Beni on Monday, killing four soldiers. In a "
        "separate attack on Tuesday, gunmen killed seven villagers near Butembo.",
        "2019-09-05",
        2,
    ),
    (
        "A man robbed a bank in Omaha, Nebraska, on Friday and shot a guard, who was "
        "wounded. Police said the robbery lasted two minutes.",
        "2016-08-14",
        1,
    ),
    (
        "Gunmen opened fire on a bus in Peshawar on Monday, killing three passengers. In "
        "2014, a school attack in the same city killed more than 140 people.",
        "2019-04-09",
        2,
    ),
    (
        "The minister said the government would never negotiate with the rebels.",
        "2019-04-09",
        0,
    ),
    (
        "The team beat its rivals 3-1 on Saturday to win the cup final in Madrid.",
        "2019-04-09",
        0,
    ),
    (
        "The senator warned that the bill would kill thousands of jobs.",
        "2019-04-09",
        0,
    ),
    (
        "Rebels threatened to attack the capital if the talks failed.",
        "2019-04-09",
        0,
    ),
    (
        "Protesters gathered outside parliament in Tbilisi on Sunday. Police later detained "
        "15 of them.",
        "2019-06-24",
        2,  # the protest, and the arrests ACLED codes apart
    ),
    (
        "A car bomb exploded in Kabul on Tuesday. A second bomb went off an hour later near "
        "the same square, wounding rescuers.",
        "2017-05-31",
        2,
    ),
    (
        "Militants attacked a police station in Mardan on Monday. Another attack hit a "
        "checkpoint in Swat on Tuesday.",
        "2013-07-24",
        2,
    ),
    (
        "The director said the final scenes of the film were shot in Morocco last summer.",
        "2019-04-09",
        0,
    ),
    (
        "A fire swept through a textile factory in Dhaka on Thursday, killing 11 workers. "
        "Firefighters said the blaze started in a storeroom.",
        "2021-07-10",
        1,
    ),
    (
        "Two cars collided on the highway outside Leeds on Friday, killing one driver.",
        "2019-04-09",
        1,  # an accident is an incident too, with no ACLED type
    ),
]


@pytest.mark.parametrize(("text", "published", "count"), COUNT_CASES)
def test_each_occurrence_is_one_incident(text: str, published: str, count: int) -> None:
    assert len(analyse(text, published).incidents) == count


def test_a_denial_is_recorded_and_asserts_nothing_on_the_denier() -> None:
    text = (
        "Villagers said soldiers killed 11 civilians near Mopti on Sunday. The army denied "
        "that its soldiers had killed any civilians."
    )
    analysis = analyse(text, "2020-02-18")
    (incident,) = analysis.incidents
    assert incident.fatalities == 11
    assert "army" not in " ".join(actors(incident, "perpetrator")).lower()
    assert [text[s.start : s.end] for s in incident.denials] == [
        "The army denied that its soldiers had killed any civilians."
    ]


def test_incidents_are_in_the_contract_record() -> None:
    record = analyse(MOGADISHU, "2019-07-13").to_dict()
    (first, *_) = record["incidents"]
    assert set(first) == {
        "events", "lead", "date", "place", "fatalities", "injured", "acled", "actors",
        "reported_by", "evidence",
    }
    assert set(first["place"]) == {"name", "lat", "lon", "country", "admin1", "precision"}
    assert all(isinstance(i, int) for i in first["events"])
    assert sum(1 for i in record["incidents"] if i["lead"]) == 1
