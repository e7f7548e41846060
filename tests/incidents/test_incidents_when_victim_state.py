"""Issue 25 item 3: a day said of a victim's state or care ("was in serious condition
Sunday", "were hospitalized today", "was discharged Thursday") is after the harm, like a
later act's: a day the story says of the harm or the call beats it, and it dates the
incident only when nothing else does. Reports written for these tests."""

from __future__ import annotations

import pytest
from incidents_reading import lead_day

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # Monday paper: the state is Sunday's, the call Saturday evening's
        ("2015-02-23",
         "A toddler was in serious condition Sunday at a hospital in Toledo. The boy found "
         "a pistol in a closet and shot himself in the chest, police said. Officers were "
         "called to the house on Saturday evening.", "2015-02-21"),
        # the patients' day is print day; the wounds are of the night before
        ("2014-11-08",
         "Three men were hospitalized today with gunshot wounds they got late Friday outside "
         "a bar, deputies said.", "2014-11-07"),
        # discharged Thursday; the shooting was told on Wednesday
        ("2016-08-04",
         "A girl who was shot in the leg was discharged Thursday evening, the hospital said.\n\n"
         "Deputies went to a home on Birch Road on Wednesday, where they found the girl "
         "wounded.", "2016-08-03"),
    ],
)
def test_a_victims_state_does_not_date_the_harm(published: str, text: str, day: str) -> None:
    assert lead_day(text, published) == day


@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # nothing else is said: the state's day is all there is
        ("2015-12-30",
         "A 16-year-old boy was in critical condition Wednesday after he shot himself by "
         "accident while cleaning a rifle, deputies said.", "2015-12-30"),
        # a gun that discharged is the harm itself, not a patient let go
        ("2016-02-03",
         "A boy was hurt when a gun discharged in a flat above his own Tuesday night, "
         "police said. He was in good condition Wednesday.", "2016-02-02"),
    ],
)
def test_a_victims_state_dates_only_what_nothing_else_dates(
    published: str, text: str, day: str
) -> None:
    assert lead_day(text, published) == day
