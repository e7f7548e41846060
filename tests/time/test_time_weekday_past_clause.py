"""A bare weekday in a clause told in the past is the latest such day on or before print,
however far back in the week, not the coming one; a clause that looks ahead keeps it ahead."""

from __future__ import annotations

import pytest
from time_reading import value_of

PRINTED = "2016-03-11"  # a Friday


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # five days back, on a noun of a past clause
        ("A man charged over the fire at the warehouse Sunday told the court he was asleep "
         "at home.", "Sunday", "2016-03-06"),
        ("The crowd at the rally Saturday was larger than the organisers had hoped.",
         "Saturday", "2016-03-05"),
        # ahead: a future clause
        ("The council will vote on the plan Monday.", "Monday", "2016-03-14"),
    ],
)
def test_time_a_past_clause_takes_the_weekday_behind(
    text: str, expression: str, value: str
) -> None:
    assert value_of(text, PRINTED, expression) == value
