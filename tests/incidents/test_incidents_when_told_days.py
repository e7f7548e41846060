"""Issue 25 item 3: the day said of the harm, however the sentence hangs it — on a word
inside the noun phrase ("the May 2 drive-by shooting"), on the injuries a victim sustained,
or on the occasion the shooting happened at ("at a birthday party on June 5") — dates the
incident, and a follow-up's nearby days of court news do not. Reports written for these
tests."""

from __future__ import annotations

import pytest
from incidents_reading import lead_day

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # the date sits on "drive" in "drive-by", which belongs to the shooting
        ("2016-11-14",
         "A jury on Monday convicted a man of second-degree murder for the May 2 drive-by "
         "shooting that killed a teenager on Elm Avenue.\n\n"
         "Sentencing was set for January.", "2016-05-02"),
        # the victim died this week of injuries from a shooting weeks before
        ("2015-03-04",
         "A woman wounded in a shooting at her home died Tuesday of the injuries she "
         "sustained Feb. 9, deputies said.\n\n"
         "Her husband was arrested the same night.", "2015-02-09"),
        # the occasion of the shooting carries its date
        ("2016-09-21",
         "A man pleaded guilty Wednesday to reckless endangerment.\n\n"
         "His nephew was shot at a birthday party near Dover on June 5. Officers arrived "
         "within minutes.", "2016-06-05"),
    ],
)
def test_the_day_said_of_the_harm_dates_the_incident(published: str, text: str, day: str) -> None:
    assert lead_day(text, published) == day


@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # the day is of the search, but the "when" clause after it tells the shooting
        ("2016-08-03",
         "Deputies arrested a 30-year-old on Tuesday in the killing of a store clerk, the "
         "sheriff said.\n\nThey had been hunting for the suspect since late Friday, when "
         "shots were fired inside the shop.", "2016-07-29"),
        # what the victim was doing just before the shooting carries its day
        ("2016-12-31",
         "A man was fatally shot after attending a basketball game at the civic arena on "
         "Thursday night, police said. Officers made no arrests on Saturday.", "2016-12-29"),
    ],
)
def test_a_day_of_what_led_to_the_harm_dates_it(published: str, text: str, day: str) -> None:
    assert lead_day(text, published) == day


@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # a recent shooting with its own day; the next paragraph names other days
        ("2016-07-12",
         "Two men were wounded in a shooting outside a bar early Sunday, police said.\n\n"
         "Officers spoke to witnesses on Monday.", "2016-07-10"),
    ],
)
def test_a_recent_report_keeps_its_own_day(published: str, text: str, day: str) -> None:
    assert lead_day(text, published) == day
