"""When an incident happened: which dates may be one occurrence's, and which are not dates of
anything that happened."""

from __future__ import annotations

import pytest

from newscoder.incidents.when import _page_stamp, compatible, precision, recent


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("2019-07-12", "2019-07-12", True),
        ("2019-07-12", "2019-07-13", True),  # "late Friday", reported on Saturday
        ("2019-07-12", "2019-07-15", False),
        ("2019-07-12", "2019-07", True),  # a month that holds the day
        ("2019-07-12", "2019-03", False),  # "a similar attack in March"
        ("2014-03-11", "2014-W11", True),  # "last week" ... "on March 11"
        ("2014-03-11", "2014-W20", False),
        ("2003", "2014-01-13", False),  # "the 2003 invasion" is not today's fighting
        (None, "2014-01-13", True),  # an undated mention fits any date
    ],
)
def test_dates_that_may_be_one_occurrence(first: str | None, second: str, same: bool) -> None:
    assert compatible(first, second) is same


@pytest.mark.parametrize(
    ("published", "date", "assumed"),
    [
        ("2014-01-13", "2014-01-10", "2014-01-10"),  # within the story's own week
        ("2014-01-13", "2013-11-02", "2014-01-13"),  # older: the undated story is newer
        ("2014-01-13", "2003", "2014"),  # compared at the precision of the other date
        (None, "2003", None),
    ],
)
def test_an_undated_incident_is_taken_to_be_recent(
    published: str | None, date: str, assumed: str | None
) -> None:
    assert recent(published, date) == assumed


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2016-09-27", "day"), ("2016-W39", "week"), ("2016-09", "month"), ("2016", "year")],
)
def test_the_precision_of_a_date(value: str, expected: str) -> None:
    assert precision(value) == expected


@pytest.mark.parametrize(
    ("text", "timex", "stamp"),
    [
        ("Posted: Wednesday, March 12, 2014 8:04 AM EST", "Wednesday, March 12, 2014", True),
        ("Updated on March 12, 2014", "March 12, 2014", True),
        ("Shooting suspect held. 5:25 PM EDT", "5:25 PM", True),
        ("The boy was shot on March 12, 2014 at his home.", "March 12, 2014", False),
    ],
)
def test_a_page_stamp_is_not_when_anything_happened(text: str, timex: str, stamp: bool) -> None:
    start = text.index(timex)
    assert _page_stamp(text, start, start + len(timex)) is stamp
