""""the April-June quarter", "the October-December period": three months told as a
quarter are that calendar quarter, its year chosen as for "the second quarter" (before,
nothing was found, or "quarter of 2011" alone as the fourth quarter) (issue 18). Every
sentence is our own."""

from __future__ import annotations

import pytest
from time_reading import timexes_of, value_of


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "printed", "expression", "value"),
    [
        ("Car exports rose 5 percent in the April-June quarter.", "2021-08-10",
         "the April-June quarter", "2021-Q2"),
        ("The economy contracted in the October-December period.", "2021-02-15",
         "the October-December period", "2020-Q4"),
        ("Analysts expect growth to pick up in the July-September quarter.", "2021-06-02",
         "the July-September quarter", "2021-Q3"),
        ("Output slipped in the January–March quarter of 2019.", "2021-06-02",
         "the January–March quarter of 2019", "2019-Q1"),
    ],
)
def test_time_month_range_quarter(text: str, printed: str, expression: str,
                                  value: str) -> None:
    assert value_of(text, printed, expression) == value


@pytest.mark.issue(18)
def test_time_months_that_are_no_quarter() -> None:
    """Three months across two quarters are no quarter."""
    found = [t.value for t in timexes_of("Rainfall was low in the May-July period.",
                                         "2021-09-01")]
    assert not any("Q" in value for value in found), found
