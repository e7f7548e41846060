""""profits for the year to 31 December", "turnover in the year to March" in British
copy: a year told up to a date is a length, as "the year ended Sept. 30" is (before, "the
year" was the year of print) (issue 18). Every sentence is our own."""

from __future__ import annotations

import pytest
from time_reading import value_of


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The grocer's profit for the year to 28 February doubled.", "the year", "P1Y"),
        ("Turnover in the year to March slipped 2%.", "the year", "P1Y"),
        # guards
        ("The grocer's profit for the year ended Feb. 28 doubled.", "the year", "P1Y"),
        ("Turnover rose for the year to date.", "the year", "2023"),
    ],
)
def test_time_year_to_a_date(text: str, expression: str, value: str) -> None:
    assert value_of(text, "2023-05-02", expression) == value
