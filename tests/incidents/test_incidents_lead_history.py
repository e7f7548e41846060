"""Issue 25 items 1 and 3: the lead incident is the story's news, not the history it recalls
("Last year, two men were killed at the same festival"), and a victim's day of death
("she died Saturday") does not date the shooting it follows. Reports written for these
tests."""

from __future__ import annotations

import pytest
from incidents_reading import lead_incident

from newscoder.incidents.when import after_harm, background

pytestmark = [pytest.mark.issue(25)]


def lead_of(text: str, published: str) -> tuple[str | None, int | None, int | None]:
    lead = lead_incident(text, published)
    return (lead.date or "")[:10] or None, lead.fatalities, lead.injured


@pytest.mark.parametrize(
    ("value", "published", "expected"),
    [
        ("2015", "2016-09-05", True),  # "last year"
        ("2016-02", "2016-09-05", True),  # "in February"
        ("2016-09", "2016-09-05", False),  # "this month": the story's own time
        ("2016", "2016-09-05", False),
        ("2016-08-30", "2016-09-05", False),  # a day is news or a follow-up, never history
        ("2016-W35", "2016-09-05", False),
        (None, "2016-09-05", None),
        ("2015", None, None),
    ],
)
def test_incidents_background_dates(value, published, expected):
    assert background(value, published) is expected


@pytest.mark.parametrize(
    ("harm", "death", "expected"),
    [
        ("2017-02-12", "2017-02-14", True),  # shot Sunday, died Tuesday
        ("2017-02-12", "2017-02-12", True),
        ("2017-02-12", "2017-02-11", True),  # a night's shooting, a death told the day before
        ("2017-02-01", "2017-02-14", False),  # two weeks apart: another occurrence
        ("2017-02-14", "2017-02-12", False),  # no one dies before being shot
        ("2017-02", "2017-02-14", True),
    ],
)
def test_incidents_death_after_harm(harm, death, expected):
    assert after_harm(harm, death) is expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # the festival's shooting of this year leads, not last year's recalled deaths
        ("2016-09-05",
         "Two wounded in shooting at street festival\n\n"
         "Two men were wounded when gunfire broke out at the harvest festival on Sunday "
         "night, police said.\n\n"
         "Last year, three people were killed at the same festival.",
         ("2016-09-04", None, 2)),
        # a city's yearly toll is a statistic, not the story's incident
        ("2016-07-12",
         "Woman shot on porch\n\n"
         "A woman was shot in the leg on her porch on Monday evening, police said.\n\n"
         "In 2015, 280 people were killed in the city.",
         ("2016-07-11", None, 1)),
    ],
)
def test_incidents_lead_is_news_not_history(published, text, expected):
    day, killed, injured = lead_of(text, published)
    assert (day, killed, injured) == expected


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        # last year's deaths beside this week's shooting: history
        (["2016-09-04", "2015"], {1}),
        # "in 2014" and "on March 4, 2014" may tell one occurrence: neither is history
        (["2014", "2014-03-04"], set()),
        # a story of history alone keeps it
        (["2015", "2014"], set()),
        # a day resolved after the publication is no news to set history against
        (["2016-10-29", "2015"], set()),
    ],
)
def test_incidents_history_among_incidents(dates, expected):
    from newscoder.incidents.grouping import Group
    from newscoder.incidents.stage import _history
    from newscoder.model import Incident

    incidents = [Incident(kind="violence", date=d) for d in dates]
    groups = [Group("harm") for _ in dates]
    assert _history(incidents, groups, "2016-09-05") == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        ("2015-09-12",
         "Police say they were called to a shooting at an apartment at 12:30 a.m. Friday. "
         "They found a 16-year-old girl shot in the chest.\n\n"
         "She died Saturday morning at the hospital.",
         "2015-09-11"),
        ("2017-02-14",
         "A teenager wounded in a shooting at his home died Tuesday, the medical examiner "
         "said.\n\n"
         "He was shot about 10 a.m. Sunday at a house on 89th Street.",
         "2017-02-12"),
    ],
)
def test_incidents_death_day_is_not_the_shooting_day(published, text, day):
    assert lead_of(text, published)[0] == day


@pytest.mark.slow
@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # the identification's day dates the first clause; "the shooting occurred ... on
        # Friday" refers back with the shooting's own day
        ("2014-06-29",
         "Authorities on Sunday named a man who was killed in a shooting at a trailer park "
         "in the north of the city.\n\n"
         "The shooting occurred at 9:45 p.m. on Friday, near the park's entrance.",
         "2014-06-27"),
        ("2014-06-29",
         "Police on Sunday released the name of a man who was killed in a shooting at a "
         "trailer park.\n\n"
         "The shooting happened about 9:45 p.m. Friday near the park's entrance.",
         "2014-06-27"),
        # a later day said of the shooting is no correction of an earlier one
        ("2013-01-25",
         "Hundreds gathered to mourn a family of five who were shot on Saturday at their "
         "home.\n\n"
         "The teen spent much of the day at a church after the early morning shootings.",
         "2013-01-19"),
    ],
)
def test_incidents_shooting_referred_back_with_its_day(published, text, day):
    assert lead_of(text, published)[0] == day


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("early morning", True),
        ("the early-morning", True),
        ("late night", True),
        ("morning", True),
        ("6 p.m.", True),
        ("Sunday morning", False),  # names its day
        ("tonight", False),  # the evening of the day the story is told
        ("overnight", False),
        ("July 31", False),
    ],
)
def test_incidents_words_that_name_no_day(text, bare):
    from newscoder.incidents.when import _names_no_day

    assert _names_no_day(text) is bare


@pytest.mark.slow
@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # a follow-up: "early morning" alone is resolved to the story's day; the date it
        # is the morning of is the shooting's
        ("2016-08-18",
         "A man was booked into the county jail on Thursday evening.\n\n"
         "He is accused of fatally shooting a woman on a downtown street in the early "
         "morning hours of July 31.",
         "2016-07-31"),
    ],
)
def test_incidents_part_of_a_named_day(published, text, day):
    assert lead_of(text, published)[0] == day


@pytest.mark.parametrize(
    ("dates", "families", "expected"),
    [
        # "Sunday" read forward past a Friday publication: below the story's own harm
        (["2016-09-11", "2016-09-08"], ["harm", "harm"], {0}),
        # the only harm is misdated: it stays a candidate over an arrest
        (["2016-09-11", "2016-09-08"], ["harm", "arrest"], set()),
        (["2016-09-08", None], ["harm", "harm"], set()),
        (["2016-W36", "2016-09-08"], ["harm", "harm"], set()),
    ],
)
def test_incidents_dated_after_publication(dates, families, expected):
    from newscoder.incidents.grouping import Group
    from newscoder.incidents.stage import _ahead
    from newscoder.model import Incident

    incidents = [Incident(kind="violence", date=d) for d in dates]
    groups = [Group(f) for f in families]
    assert _ahead(incidents, groups, "2016-09-09") == expected
