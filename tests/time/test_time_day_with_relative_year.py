"""A month and day followed by "next year", "last year" or "this year" take that year, as
"June last year" does; a year with a possessive ("2016's harvest") is still a year, while
"the 1990's" stays a decade."""

from __future__ import annotations

import pytest
from time_reading import timexes_of, value_of

PRINTED = "2017-11-08"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The new tariff applies from March 1 next year.", "March 1 next year", "2018-03-01"),
        ("The dyke gave way on 12 February last year.", "12 February last year", "2016-02-12"),
        ("On Sept. 9 this year, the museum opened a wing.", "Sept. 9 this year", "2017-09-09"),
    ],
)
def test_time_month_day_takes_the_relative_year(text: str, expression: str, value: str) -> None:
    assert value_of(text, PRINTED, expression) == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("2016's harvest was the best in a decade.", "2016", "2016"),
        ("The storm was stronger than 2015’s.", "2015", "2015"),
        ("Fashion from the 1970's is back.", "the 1970's", "197"),
    ],
)
def test_time_year_with_possessive(text: str, expression: str, value: str) -> None:
    found = {t.text: t.value for t in timexes_of(text, PRINTED)}
    assert found.get(expression) == value, found
