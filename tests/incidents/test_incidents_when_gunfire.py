"""Issue 25 item 3: gunfire told as breaking out or heard ("shots rang out", "gunfire
erupted") or as the object of its verb ("opened fire") carries the occurrence's own day,
as a day said of "shot" does; a verb with another object ("opened an inquiry") does not.
Reports written for these tests."""

from __future__ import annotations

import pytest
from incidents_reading import lead_day

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # the day the shots rang out, not the day told just before it of the school
        ("2016-06-10",
         "A teenager died and three other people were hurt in a shooting near a high "
         "school in Boston.\n\n"
         "The school was closed on Thursday. Shots rang out Wednesday afternoon outside its "
         "main entrance.", "2016-06-08"),
        # gunfire erupting late Saturday, not the bar's Sunday
        ("2015-07-13",
         "Two men were wounded in a shooting outside a bar in Millbrook, police said.\n\n"
         "The bar stayed shut on Sunday. Gunfire erupted late Saturday in its parking lot "
         "as it was closing.", "2015-07-11"),
        # a gunman opened fire on Friday night; the pumps' Sunday is after it
        ("2017-01-23",
         "A man was killed in a shooting at a gas station on Route 9.\n\n"
         "Pumps were still taped off on Sunday. A gunman opened fire there on Friday night "
         "as the victim was filling his tank.", "2017-01-20"),
    ],
)
def test_a_day_said_of_gunfire_dates_the_incident(published: str, text: str, day: str) -> None:
    assert lead_day(text, published) == day


@pytest.mark.parametrize(
    ("published", "text", "day"),
    [
        # "opened" takes an inquiry here, not fire: Tuesday is the detectives' day
        ("2016-03-02",
         "A woman was shot in her car on Oak Street on Sunday night.\n\n"
         "Detectives opened an inquiry on Tuesday and asked neighbours for camera "
         "footage.", "2016-02-28"),
    ],
)
def test_a_verb_with_another_object_keeps_its_own_day(
    published: str, text: str, day: str
) -> None:
    assert lead_day(text, published) == day
