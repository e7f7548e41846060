""""on 2 and 3 April", "22-23 February", "14 and 15 January 2011": in day-first writing
the first day of a pair takes the month (and year) told after the second, and the second
day after a dash is a day too (before, the first day was lost, and "22-23 February" was
the month alone) (issue 18). Every sentence is our own."""

from __future__ import annotations

import pytest
from time_reading import timexes_of, value_of


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "printed", "expression", "value"),
    [
        ("Nurses will walk out on 6 and 7 June.", "2023-05-20", "6", "2023-06-06"),
        ("The regatta was sailed on 19-20 August.", "2023-09-02", "19", "2023-08-19"),
        ("The regatta was sailed on 19-20 August.", "2023-09-02", "20 August", "2023-08-20"),
        ("Talks were held on 4 and 5 October 2019 in Oslo.", "2023-09-02", "4",
         "2019-10-04"),
        ("Polls open on the 8th and 9th of July.", "2023-06-02", "the 8th", "2023-07-08"),
    ],
)
def test_time_joined_days_month_after(text: str, printed: str, expression: str,
                                      value: str) -> None:
    assert value_of(text, printed, expression) == value


@pytest.mark.issue(18)
def test_time_score_is_no_day() -> None:
    """A score before "in June" is no pair of days."""
    found = [t.text for t in timexes_of("The visitors won 2-1 in June.", "2023-09-02")]
    assert found == ["June"], found
