"""A holiday's weekend ("the Labor Day weekend", "Thanksgiving weekend") is one expression,
the weekend nearest the holiday: before a Monday holiday, after a Thursday one (issue 18).
Every sentence is our own."""

from __future__ import annotations

import pytest
from time_reading import timexes_of

PRINTED = "2015-12-01"


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Labor Day 2015 was Monday 7 September: the weekend of the 5th and 6th
        ("Beaches were packed over the Labor Day weekend.",
         [("Labor Day weekend", "DATE", "2015-W36-WE")]),
        # Thanksgiving 2015 was Thursday 26 November: the weekend of the 28th and 29th
        ("Malls were crowded over Thanksgiving weekend.",
         [("Thanksgiving weekend", "DATE", "2015-W48-WE")]),
        # "Easter week" stays the week
        ("Hotels filled up in Easter week.", [("Easter week", "DATE", "2015-W14")]),
    ],
)
def test_time_the_weekend_of_a_holiday(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in timexes_of(text, PRINTED)] == expected
