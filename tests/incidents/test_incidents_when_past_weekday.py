"""A weekday of a reported incident is never after the report (issue 25, item 3): a bare
weekday the time stage reads forward ("Sunday" in a Friday paper) is the one before.

Every report here is our own, written for the purpose.
"""

from __future__ import annotations

import pytest
from incidents_reading import lead_day


@pytest.mark.slow
@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # Monday 2016-04-11: a release whose headline reads "expected to recover" (a
        # future) made the time stage read "Sunday evening" forward, to the 17th
        ("2016-04-11",
         "Press Release\n\nPolice Department\n\n"
         "Boy, 6, Wounds Himself With Father's Pistol, Expected to Recover\n\n"
         "On Sunday evening at about 7:10pm officers received a call that a boy had shot "
         "himself in the leg at a home on Pine Street.",
         "2016-04-10"),
        ("2016-04-11",
         "Teen shot outside school, expected to live\n\n"
         "On Saturday night at around 9pm deputies got a call that a teen had been shot in "
         "a parking lot on Oak Avenue.",
         "2016-04-09"),
        # Friday 2016-03-11: the bar shooting is the Sunday before, not the coming one
        ("2016-03-11",
         "Suspect denies role in bar shooting\n\n"
         "A man accused in the shootings at the Blue Lantern tavern Sunday told a judge "
         "at his bond hearing that he was not there.\n\n"
         "Two men were wounded in the gunfire.",
         "2016-03-06"),
        # Saturday 2017-06-10: "Friday afternoon" is the day before
        ("2017-06-10",
         "Boy hurt by gun he found\n\n"
         "On Friday afternoon at about 3pm officers were sent to a house on Elm Street "
         "where a boy had shot himself in the hand.",
         "2017-06-09"),
    ],
)
def test_incidents_a_reported_weekday_is_not_after_the_report(
    published: str, text: str, day: str
) -> None:
    assert lead_day(text, published) == day


@pytest.mark.slow
@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # a weekday with its month keeps the calendar's date, even a day after publication
        ("2018-04-02",
         "A woman was shot on Tuesday, April 3 outside a store in Akron, police said.",
         "2018-04-03"),
        # a weekday already before the report is kept
        ("2018-04-05",
         "A man was shot and killed Monday night outside a store in Akron, police said.",
         "2018-04-02"),
    ],
)
def test_incidents_a_weekday_with_a_date_or_in_the_past_is_kept(
    published: str, text: str, day: str
) -> None:
    assert lead_day(text, published) == day


@pytest.mark.slow
@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("published", "text", "not_day"),
    [
        # Tuesday 2018-05-08: the court day and the release are still to come, not last week
        ("2018-05-08",
         "A man was shot and killed outside a bar in Toledo, police said.\n\n"
         "The suspect is due in court on Friday.",
         "2018-05-04"),
        ("2018-05-08",
         "A woman was wounded in a shooting at her home in Toledo, police said.\n\n"
         "She could be released from the hospital by Friday.",
         "2018-05-04"),
    ],
)
def test_incidents_a_weekday_still_to_come_is_not_moved_back(
    published: str, text: str, not_day: str
) -> None:
    assert lead_day(text, published) not in (not_day, None)


@pytest.mark.slow
@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # the small hours are of the hospital's call; the bare "10 p.m." puts the shooting
        # in the evening of the night named, so the night's own day is kept
        ("2019-03-14",
         "A girl of four was shot in the arm on Wednesday night, police said.\n\n"
         "Officers got a call from a hospital at about 2:15 a.m. Thursday that a wounded "
         "child had been brought in. The girl had been shot around 10 p.m. outside a "
         "laundromat on Ridge Road.",
         "2019-03-13"),
    ],
)
def test_incidents_a_bare_evening_clock_keeps_the_nights_day(
    published: str, text: str, day: str
) -> None:
    assert lead_day(text, published) == day
