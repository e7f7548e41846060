"""A month told after a dated event with "and" comes after it ("raised in November 2012 and
cut in January" is January 2013); the second day of "Feb. 24-25" is a day too; "Saturday
Night Live" is a name (issue 18). Every sentence is our own."""

from __future__ import annotations

import pytest
from time_reading import assert_no_time_in, timexes_of, value_of


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "printed", "expression", "value"),
    [
        ("The mill was sold in March 2019 and shut in February.", "2021-05-04", "February",
         "2020-02"),
        ("Fares went up in October 2015 and came down again in March.", "2021-05-04",
         "March", "2016-03"),
        ("The dam was finished in December 2010, and it flooded on April 2.", "2021-05-04",
         "April 2", "2011-04-02"),
        # told out of order, or in the same month's order: the year told stands
        ("The mill shut in March 2019 after a strike in February.", "2021-05-04", "February",
         "2019-02"),
        ("The mill was sold in March 2019 and shut in June.", "2021-05-04", "June", "2019-06"),
    ],
)
def test_time_next_event_in_order(text: str, printed: str, expression: str, value: str) -> None:
    assert value_of(text, printed, expression) == value


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "printed", "expression", "value"),
    [
        ("The summit on Feb. 24-25 ended without a deal.", "2021-03-10", "25", "2021-02-25"),
        ("The county show runs Aug. 12-14 on the old airfield.", "2021-07-10", "14",
         "2021-08-14"),
        ("Envoys met March 3–4 in Vienna.", "2021-05-10", "4", "2021-03-04"),
    ],
)
def test_time_second_day_of_a_range(text: str, printed: str, expression: str,
                                     value: str) -> None:
    assert value_of(text, printed, expression) == value


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "not_time"),
    [
        ("The vote went 9-3 on May 9-3 grounds on Tuesday.", "3"),
        ("The index fell March 3-4.5 percent on Tuesday.", "4"),
    ],
)
def test_time_no_second_day_that_is_no_day(text: str, not_time: str) -> None:
    assert not [t for t in timexes_of(text, "2021-05-10") if t.text == not_time]


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "not_time"),
    [
        ("A host of Saturday Night Live joked about the vote on Tuesday.", "Saturday"),
        ("Fans tuned in to Monday Night Football on Tuesday.", "Monday"),
    ],
)
def test_time_shows_named_for_a_night(text: str, not_time: str) -> None:
    assert_no_time_in(text, "2021-05-06", not_time, kept="Tuesday")
