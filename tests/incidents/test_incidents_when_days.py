"""The day of the incident a local report is about (issue 25, item 3): the occurrence's own
day, not the day of an arrest, a hearing, an identification or a statement told about it,
nor the date a dateline or a page stamp carries.

Every report here is our own, written for the purpose.
"""

from __future__ import annotations

import pytest
from incidents_reading import lead_day

from newscoder.incidents.when import own_date
from newscoder.model import Document
from newscoder.pipeline import load_stage, parse


@pytest.mark.slow
@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # a follow-up story: the charge is recent, the shooting weeks older
        ("2015-11-18",
         "Teen charged in fatal shooting of Dayton man\n\n"
         "A 19-year-old was charged Monday with murder in the fatal shooting of a Dayton "
         "man.\n\nThe victim was shot on Oct. 3 outside a bar on Main Street.",
         "2015-10-03"),
        ("2016-12-09",
         "Father charged after daughter wounded\n\n"
         "A father faces charges in the accidental shooting of his 6-year-old daughter.\n\n"
         "The incident occurred on Nov. 13 at the family's home.",
         "2016-11-13"),
        # a hearing set for a day this week is not the day of the killing
        ("2015-07-09",
         "A man will be arraigned Thursday on a murder charge for the death of a neighbour."
         "\n\nThe neighbour was shot in the chest at about 6 p.m. on June 27.",
         "2015-06-27"),
    ],
)
def test_incidents_a_follow_up_story_keeps_the_occurrences_own_day(
    published: str, text: str, day: str
) -> None:
    assert lead_day(text, published) == day


@pytest.mark.slow
@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # published on a Thursday: the arrest is Wednesday's, the shooting Saturday's
        ("2016-09-22",
         "Three teens were arrested on Wednesday in connection with the shooting at a "
         "birthday party.\n\nAround 10 p.m. Saturday, guests were dancing in a rented hall "
         "when shots were fired. Two guests were wounded.",
         "2016-09-17"),
        # the identification is Friday's; the day told just after is the shooting's
        ("2015-10-18",
         "The coroner on Friday identified the hunter who was shot by a companion in the "
         "woods. It happened Thursday evening near the lake.",
         "2015-10-15"),
    ],
)
def test_incidents_a_later_act_does_not_date_the_incident(
    published: str, text: str, day: str
) -> None:
    assert lead_day(text, published) == day


@pytest.mark.slow
@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        ("2016-03-04",
         "SPRINGFIELD, Ill. (March 4, 2016) – A man was shot in the leg outside a "
         "laundromat just after 9 p.m. Thursday, police said.",
         "2016-03-03"),
        ("2015-11-18",
         "PORTLAND, Ind. (Nov. 18, 2015)— A boy was accidentally shot by a friend while "
         "they were hunting. Deputies were called just after 4:30 p.m. Tuesday.",
         "2015-11-17"),
    ],
)
def test_incidents_a_datelines_date_is_not_the_incidents(
    published: str, text: str, day: str
) -> None:
    assert lead_day(text, published) == day


@pytest.mark.slow
@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # a night that the story's clock times put past midnight: the day after it
        ("2017-03-25",
         "An overnight shooting in a parked car left a man wounded.\n\n"
         "Officers were sent to Ridge Street at about 3 a.m. after neighbours heard shots.",
         "2017-03-25"),
        ("2017-01-22",
         "A 16-year-old was shot in a nightclub parking lot Saturday night.\n\n"
         "Police say an argument inside spilled outside and someone fired at about "
         "1:45 a.m.",
         "2017-01-22"),
        # no clock time after midnight: the night's own day
        ("2017-01-22",
         "A 16-year-old was shot in a nightclub parking lot Saturday night.\n\n"
         "Police say an argument inside spilled outside at about 11:30 p.m.",
         "2017-01-21"),
    ],
)
def test_incidents_a_night_past_midnight_is_dated_by_its_small_hours(
    published: str, text: str, day: str
) -> None:
    assert lead_day(text, published) == day


@pytest.mark.slow
@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # the evening hour the story gives keeps the shooting on the night's own day
        ("2016-04-25",
         "Two men were killed in a shooting Sunday night on a front porch.\n\n"
         "The men were sitting outside at about 11:10 p.m. when a car pulled up. One of them "
         "was pronounced dead at 12:40 a.m. Monday.",
         "2016-04-24"),
        # a death in hospital after midnight does not move the shooting
        ("2016-04-25",
         "A woman was shot Sunday night outside her apartment.\n\n"
         "She was pronounced dead at 1:20 a.m. Monday at a hospital.",
         "2016-04-24"),
    ],
)
def test_incidents_a_late_death_or_an_evening_hour_keeps_the_nights_day(
    published: str, text: str, day: str
) -> None:
    assert lead_day(text, published) == day


@pytest.mark.slow
@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # the statement's day comes after the shooting's, whichever verb the parser picks
        ("2015-09-14",
         "A teenager was accidentally shot in the arm Saturday, the sheriff's office "
         "announced in a statement Monday.",
         "2015-09-12"),
        # the shooting is the subject of the report: its reported hour is its own
        ("2013-04-03",
         "Two teens will be tried as adults in the death of a young man last month.\n\n"
         "The shooting was reported around 9 p.m. March 4 outside a garage.",
         "2013-03-04"),
        # the weapon held at the moment of the shooting is no later act
        ("2016-03-30",
         "A teen faces a homicide charge in the death of a friend.\n\n"
         "Police said the teen was holding a handgun in an apartment on March 20 when it "
         "went off, killing the friend.",
         "2016-03-20"),
    ],
)
def test_incidents_the_occurrences_day_beside_a_statement_or_a_report(
    published: str, text: str, day: str
) -> None:
    assert lead_day(text, published) == day


@pytest.mark.slow
@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # the day between the speakers and their verb is the saying's
        ("2013-09-21",
         "Authorities Saturday said two men were wounded when a gunman opened fire on a "
         "porch.\n\nShots were fired on Rose Avenue just before 10 p.m. Friday.",
         "2013-09-20"),
        # a time that opens the reported clause is the clause's, not the saying's
        ("2014-03-02",
         "One man was killed and two were hurt when gunfire erupted at a tavern.\n\n"
         "Detectives say around 11:40 p.m. Saturday, a man walked in and started shooting.",
         "2014-03-01"),
        ("2014-10-18",
         "A 15-year-old boy has died from a gunshot wound.\n\n"
         "The sheriff says the incident happened at the boy's home around 5:30 p.m. "
         "Friday. Classes resume on Monday.",
         "2014-10-17"),
    ],
)
def test_incidents_a_verb_of_saying_keeps_its_own_day(
    published: str, text: str, day: str
) -> None:
    assert lead_day(text, published) == day


@pytest.mark.slow
@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # the day of the death in hospital is not the shooting's
        ("2016-12-21",
         "A woman died Monday, a week after she was shot on Dec. 12 in an apartment on "
         "Myrtle Avenue.",
         "2016-12-12"),
        ("2017-03-26",
         "A 15-year-old boy died at a hospital Sunday, March 26, after being shot several "
         "times Saturday night.",
         "2017-03-25"),
        # a fronted day before "it was confirmed" is the confirmation's, not the shooting's
        ("2016-08-31",
         "An 8-year-old girl was shot in the head outside a store on Sunday.\n\n"
         "Tuesday evening, it was confirmed the girl had died.",
         "2016-08-28"),
    ],
)
def test_incidents_a_death_days_later_does_not_date_the_shooting(
    published: str, text: str, day: str
) -> None:
    assert lead_day(text, published) == day


@pytest.mark.slow
@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # a death in the shooting itself dates it
        ("2016-10-26",
         "A toddler, who turned two on Sunday, died Tuesday in a shooting on a quiet "
         "street.",
         "2016-10-25"),
        # a clock time opening the sentence belongs to what the police report
        ("2015-05-26",
         "Two men were killed in an overnight shooting in the east of the city.\n\n"
         "Shortly before 1:30 a.m., police said, the wounded were driven to a hospital.",
         "2015-05-26"),
    ],
)
def test_incidents_a_death_in_the_shooting_and_a_reported_clock_time(
    published: str, text: str, day: str
) -> None:
    assert lead_day(text, published) == day


@pytest.mark.slow
@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("text", "day"),
    [
        # published on a Tuesday: a part of a day said of the occurrence word is its day
        ("The overnight shooting left a cashier hurt.", "2015-03-02"),
        ("Sunday night's shooting left a cashier hurt.", "2015-03-01"),
        ("The shooting left a cashier hurt.", None),
    ],
)
def test_incidents_a_part_of_a_day_said_of_the_occurrence_word(
    text: str, day: str | None
) -> None:
    ctx = parse(Document(id="t", text=text, published="2015-03-03"))
    load_stage("time")(ctx)
    shooting = next(t.i for t in ctx.doc if t.text == "shooting")
    assert own_date(ctx, shooting) == day
