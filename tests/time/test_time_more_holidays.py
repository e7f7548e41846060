"""Holidays that news dates events by: Mother's Day and Father's Day (the second Sunday of
May, the third Sunday of June), the Fourth of July and Juneteenth (issue 18). Every
sentence is our own."""

from __future__ import annotations

import pytest
from time_reading import value_of

PRINTED = "2016-07-06"


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Two brothers were hurt in a fight on Mother's Day.", "Mother's Day", "2016-05-08"),
        ("The diner gave free meals on Mother’s Day.", "Mother’s Day", "2016-05-08"),
        ("A picnic on Father's Day ended in an argument.", "Father's Day", "2016-06-19"),
        ("A crowd gathered downtown for Juneteenth.", "Juneteenth", "2016-06-19"),
        ("Sparklers set a shed alight on the Fourth of July.", "the Fourth of July",
         "2016-07-04"),
    ],
)
def test_time_holiday_by_name(text: str, expression: str, value: str) -> None:
    assert value_of(text, PRINTED, expression) == value
