""""The past decade" and "the past century" are the ten or hundred years up to print (a
length), not the calendar decade before this one; "high noon" is an idiom, not a clock."""

from __future__ import annotations

import pytest
from time_reading import timexes_of, value_of

PRINTED = "2019-04-03"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Bus fares have tripled over the past decade.", "the past decade", "P10Y"),
        ("Few inventions of the past century changed farming more.", "the past century",
         "P100Y"),
        ("The coast lost a third of its dunes in the last decade.", "the last decade", "P10Y"),
        # without "the", the calendar decade before this one
        ("Last decade was the warmest on record.", "Last decade", "200"),
    ],
)
def test_time_past_decade_is_a_length(text: str, expression: str, value: str) -> None:
    assert value_of(text, PRINTED, expression) == value


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The western High Noon was shown in the square on Friday.", "Friday"),
        ("For the two rivals, it is high noon this week.", "this week"),
    ],
)
def test_time_high_noon_is_not_a_clock(text: str, kept: str) -> None:
    found = [t.text for t in timexes_of(text, PRINTED)]
    assert found == [kept]
