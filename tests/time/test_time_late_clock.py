"""A late clock time told as past, with no day named before it, is the evening before print."""

from __future__ import annotations

import pytest
from time_reading import value_of

PRINTED = "2019-05-14"


@pytest.mark.parametrize(
    ("text", "clock", "value"),
    [
        # past acts at a late hour: the story is read the morning after
        (
            "A driver was hit by gunfire around 11:15 p.m. near the park.",
            "11:15 p.m.",
            "2019-05-13T23:15",
        ),
        (
            "Deputies were sent to the farm at about 10 p.m. after a neighbour called.",
            "10 p.m.",
            "2019-05-13T22:00",
        ),
        (
            "The boy was wounded shortly before midnight, officers said.",
            "midnight",
            "2019-05-13T24:00",
        ),
        # an early hour may be the publication day's own
        ("A driver was hit by gunfire around 3 p.m. near the park.", "3 p.m.", "2019-05-14T15:00"),
        # a day named before the clock keeps it
        (
            "On Sunday a driver was hit by gunfire around 11 p.m. near the park.",
            "11 p.m.",
            "2019-05-12T23:00",
        ),
        # what is still ahead is the publication day's evening
        ("The council will meet at 10 p.m. to vote on the budget.", "10 p.m.", "2019-05-14T22:00"),
    ],
)
def test_time_a_late_past_clock_without_a_day_is_the_evening_before(
    text: str, clock: str, value: str
) -> None:
    assert value_of(text, PRINTED, clock) == value


def test_time_midnight_without_before_stays_on_the_publication_day() -> None:
    # "just after midnight" may be the small hours of the day of print: not moved a day back
    value = value_of("The fight broke out just after midnight, officers said.", PRINTED, "midnight")
    assert value.startswith(PRINTED), value
