""""on the 24th": a day of the month told just before, else of print's month (the month
before for a later day in a past clause); ranks of units and regiments are no days
(issue 18). Every sentence is our own."""

from __future__ import annotations

import pytest
from time_reading import assert_no_time_in, value_of

PRINTED = "2019-07-16"


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The fair opened on 9 June and closed on the 14th.", "the 14th", "2019-06-14"),
        ("The siege began on May 3, 2015, and was lifted on the 20th.", "the 20th",
         "2015-05-20"),
        ("The board met on the 8th.", "the 8th", "2019-07-08"),
        ("The board will meet on the 29th, the chair said.", "the 29th", "2019-07-29"),
        # a later day in a past clause is last month's
        ("The board met on the 25th.", "the 25th", "2019-06-25"),
    ],
)
def test_time_a_day_of_the_month_told(text: str, expression: str, value: str) -> None:
    assert value_of(text, PRINTED, expression) == value


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "not_time"),
    [
        ("Soldiers of the 82nd Airborne landed on Tuesday.", "82nd"),
        ("She finished the race on the 3rd lap on Tuesday.", "3rd"),
    ],
)
def test_time_ranks_are_no_days(text: str, not_time: str) -> None:
    assert_no_time_in(text, PRINTED, not_time, kept="Tuesday")
