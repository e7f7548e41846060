"""Issue 25 item 4: a count of occurrences over a stretch of time up to now ("there have
been 45 people shot this year", "so far this year, 31 were wounded") or a trend ("stabbings
have risen in recent months", "a surge in attacks"), or a kind of occurrence counted over a
whole year or month in any tense ("road accidents killed 3,000 people last year"), is no
occurrence and no incident's toll; another occurrence's toll never leaks into the lead. A
present perfect about today, or a relative clause about someone's past, leaves the story's
own toll alone. Reports written for these tests."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]

# (report, publication date, the lead incident's (killed, injured), incidents in all)
CASES = [
    # a year's tally after the story's own shooting
    (
        "A man was shot and killed outside a bar in Dayton on Friday night, police said. "
        "There have been 45 people shot in the city this year, and 12 of them died.",
        "2015-06-13", (1, None), 1,
    ),
    # "so far this year" opens the tally
    (
        "Two women were wounded when gunfire hit a bus stop in Akron on Tuesday. So far "
        "this year, 31 people have been wounded by gunfire in the city.",
        "2016-08-11", (None, 2), 1,
    ),
    # a tally since a month
    (
        "A 19-year-old was killed in a drive-by shooting in Fresno on Sunday. Since "
        "January, 23 people have been killed in shootings across the county.",
        "2017-05-15", (1, None), 1,
    ),
    # a trend is no second incident
    (
        "A teenager was stabbed to death at a skate park in Leeds on Saturday night. "
        "Stabbings have risen sharply in recent months, police said.",
        "2019-03-04", (1, None), 1,
    ),
    # a present perfect of the story's own day is the story's toll
    (
        "Three people have been shot outside a nightclub in Tulsa this morning, police "
        "said.",
        "2018-07-22", (None, 3), 1,
    ),
    # a present perfect with "since" in a relative clause tallies nothing of the shooting
    (
        "Two women were shot and hurt near a diner in Saginaw on Sunday, said the manager, "
        "who has worked there since 2011.",
        "2018-07-23", (None, 2), 1,
    ),
    # a kind of occurrence counted over a past year, in the simple past
    (
        "A lorry overturned on a highway near Cuenca on Monday, killing two drivers. "
        "Road accidents killed more than 2,500 people in Ecuador last year, officials said.",
        "2021-04-13", (2, None), 1,
    ),
    (
        "A man was stabbed to death outside a shop in Leicester on Sunday, police said. "
        "Stabbings left 240 people dead across England in 2018.",
        "2019-09-02", (1, None), 1,
    ),
    (
        "A bomb wounded six soldiers at a checkpoint in Kandahar on Thursday. "
        "Roadside attacks killed 900 civilians in the country last year.",
        "2016-02-05", (None, 6), 1,
    ),
]


@pytest.mark.parametrize(("text", "published", "tolls", "count"), CASES)
def test_tallies_are_no_toll(
    text: str, published: str, tolls: tuple[int | None, int | None], count: int
) -> None:
    from newscoder.pipeline import analyze

    incidents = [i for i in analyze(text, published=published).incidents if i.kind != "arrest"]
    lead = next(i for i in incidents if i.lead)
    assert (lead.fatalities, lead.injured) == tolls, incidents
    assert len(incidents) == count, incidents
