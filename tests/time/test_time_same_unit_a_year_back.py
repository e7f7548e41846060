""""rose in March from the same month last year": a month, week or day told "the same ... a
year earlier / last year / the year before" is the unit the story is at, a year back, and one
expression (before, "the same month" was the story's month itself and "last year" a second
expression) (issue 18). Every sentence is our own."""

from __future__ import annotations

import pytest
from time_reading import value_of


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "printed", "expression", "value"),
    [
        ("Car sales climbed 6 percent in March from the same month last year.", "2022-04-20",
         "the same month last year", "2021-03"),
        ("Rents rose again last month compared with the same month a year earlier.",
         "2022-04-20", "the same month a year earlier", "2021-03"),
        ("Takings on Dec. 24 were well below the same day a year ago.", "2022-01-10",
         "the same day a year ago", "2020-12-24"),
        ("Rail journeys in the week to Sept. 4 fell short of the same week the year before.",
         "2022-09-12", "the same week the year before", "2021-W35"),
        ("Wheat exports in June were twice those of the same month of the previous year.",
         "2022-08-01", "the same month of the previous year", "2021-06"),
        # guard: the report's quarter a year back, as before
        ("Profit grew in the second quarter from the same quarter last year.", "2022-08-01",
         "the same quarter last year", "2021-Q2"),
    ],
)
def test_time_same_unit_a_year_back(text: str, printed: str, expression: str,
                                    value: str) -> None:
    assert value_of(text, printed, expression) == value
