"""Issue 25 item 3: when a story ties no day to the harm itself, the earliest recent day it
names is the incident's, not the first: a lead opens on the day of what it reports (a
quiet street, a clean-up, a family's grief) and the act came before. Reports written for
these tests."""

from __future__ import annotations

import pytest
from incidents_reading import lead_day

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # Thursday paper: the street today, the ambulance two nights before
        ("2016-08-25",
         "Cedar Lane was quiet on Thursday afternoon. A neighbor said an ambulance stood "
         "outside a house there on Tuesday night.\n\n"
         "A 7-year-old boy had accidentally shot himself in the hand with his father's "
         "pistol, police said.", "2016-08-23"),
        # Sunday paper: the clean-up is the day after the night it followed
        ("2015-09-06",
         "Shop owners swept up glass on Sunday along Second Street. They said a crowd of "
         "teenagers broke their windows late Saturday night.\n\n"
         "A man was stabbed in the arm in the melee, police said.", "2015-09-05"),
    ],
)
def test_the_earliest_recent_day_dates_an_undated_incident(
    published: str, text: str, day: str
) -> None:
    assert lead_day(text, published) == day


@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # a day said of the harm itself still wins over an earlier one said of nothing
        ("2016-08-25",
         "The block party had started on Monday evening. A man was shot Wednesday night "
         "near the stage, police said.", "2016-08-24"),
    ],
)
def test_a_day_said_of_the_harm_beats_an_earlier_one(published: str, text: str, day: str) -> None:
    assert lead_day(text, published) == day


@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # "overnight" told after Friday's evening is Friday's night, not Thursday's
        ("2018-10-06",
         "Police were called to Lake Street at about 8 p.m. Friday.\n\n"
         "A man was shot in the leg there overnight, and a second man was wounded nearby, "
         "police said.", "2018-10-05"),
    ],
)
def test_overnight_after_an_evening_is_that_night(published: str, text: str, day: str) -> None:
    assert lead_day(text, published) == day
