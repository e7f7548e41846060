"""Two readings of a unit beside another word (issue 18): "the week of April 8" is the week
that holds the day, one expression, and "the first week of August" the week the ordinal
counts; "two months later than the law requires" compares two times and is a length, not a
date two months after the last one told. Every sentence is our own."""

from __future__ import annotations

import pytest
from time_reading import timexes_of

PRINTED = "2017-05-10"


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor will unveil the plan in the week of June 12.",
         [("the week of June 12", "DATE", "2017-W24")]),
        ("Crews worked through the weekend of April 22.",
         [("the weekend of April 22", "DATE", "2017-W16-WE")]),
        ("Talks are pencilled in for the week of Jan. 9, 2018.",
         [("the week of Jan. 9, 2018", "DATE", "2018-W02")]),
        # an ordinal counts the weeks of a month; "the last week" is no week of print's
        ("The clinic will reopen in the first week of August.",
         [("the first week of August", "DATE", "2017-W31")]),
        ("The hearing is set for the last week of June.",
         [("the last week of June", "DATE", "2017-W26")]),
        ("The crates arrived in the second week of March 2016.",
         [("the second week of March 2016", "DATE", "2016-W10")]),
    ],
)
def test_time_the_week_that_holds_a_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in timexes_of(text, PRINTED)] == expected


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The school opened on May 1. The report came three weeks later than promised.",
         [("May 1", "DATE", "2017-05-01"), ("three weeks", "DURATION", "P3W")]),
        ("The ferry docked an hour earlier than its timetable said.",
         [("an hour", "DURATION", "PT1H")]),
        # without "than", a date counted from the last one told
        ("The school opened on May 1. Three weeks later, it shut.",
         [("May 1", "DATE", "2017-05-01"), ("Three weeks later", "DATE", "2017-W21")]),
    ],
)
def test_time_later_than_compares(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in timexes_of(text, PRINTED)] == expected
