"""A clock time written right after a date is on that date ("Posted: Monday, March 2, 2020
4:10 PM EST Updated: Wednesday, March 4, 2020 ..."), not on the next date that follows it
closely; a clock time before its day ("10 a.m. (0700 GMT) Friday") still takes that day
(issue 18). Every sentence is our own."""

from __future__ import annotations

import pytest
from time_reading import timexes_of

PRINTED = "2020-03-04"


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted: Monday, March 2, 2020 4:10 PM EST Updated: Wednesday, March 4, 2020 "
         "9:05 AM EST. A bridge was closed.",
         [("Monday, March 2, 2020", "2020-03-02"), ("4:10 PM EST", "2020-03-02T16:10"),
          ("Wednesday, March 4, 2020", "2020-03-04"), ("9:05 AM EST", "2020-03-04T09:05")]),
        ("Filed March 2, 2020 at 4:10 PM, updated March 3 at noon. A bridge was closed.",
         [("March 2, 2020", "2020-03-02"), ("4:10 PM", "2020-03-02T16:10"),
          ("March 3", "2020-03-03"), ("noon", "2020-03-03T12:00")]),
        ("The talks open at 10 a.m. (0700 GMT) Friday.",
         [("10 a.m.", "2020-03-06T10:00"), ("0700 GMT", "2020-03-06T07:00"),
          ("Friday", "2020-03-06")]),
    ],
)
def test_time_clock_after_its_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in timexes_of(text, PRINTED)] == expected
