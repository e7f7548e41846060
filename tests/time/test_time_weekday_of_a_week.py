""""arrested on Tuesday last week", "resume on Wednesday next week": a weekday told with
the week it falls in is that week's day, one expression (before, the weekday alone was this
week's and "last week" a second expression) (issue 18). Every sentence is our own."""

from __future__ import annotations

import pytest
from time_reading import value_of


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # printed on Thursday 2023-06-15
        ("The harbour master was questioned on Tuesday last week.", "Tuesday last week",
         "2023-06-06"),
        ("The jury will return on Monday next week.", "Monday next week", "2023-06-19"),
        ("Ballots go out on Friday of next week.", "Friday of next week", "2023-06-23"),
        ("Pickets formed on Monday this week.", "Monday this week", "2023-06-12"),
        ("The lorry overturned on Sunday night last week.", "Sunday night last week",
         "2023-06-11TNI"),
    ],
)
def test_time_weekday_of_a_week(text: str, expression: str, value: str) -> None:
    assert value_of(text, "2023-06-15", expression) == value
