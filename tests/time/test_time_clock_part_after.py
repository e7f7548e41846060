"""A clock time without a.m. or p.m. takes the afternoon, evening or night told just after it
("10:30 Monday night" is 22:30), as it takes one told just before it."""

from __future__ import annotations

import pytest
from time_reading import value_of

PRINTED = "2014-02-04"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("A clerk was shot at 10:30 Monday night, deputies said.", "10:30 Monday night",
         "2014-02-03T22:30"),
        ("Neighbours heard the shots at 9:15 last night.", "9:15 last night",
         "2014-02-03T21:15"),
        # the morning keeps its hour, as does a clock that says a.m.
        ("The gunman was caught at 7:45 Monday morning.", "7:45 Monday morning",
         "2014-02-03T07:45"),
        ("The gunman was caught at 9 a.m. Monday.", "9 a.m. Monday", "2014-02-03T09:00"),
    ],
)
def test_time_a_bare_clock_takes_the_part_of_day_after_it(
    text: str, expression: str, value: str
) -> None:
    assert value_of(text, PRINTED, expression) == value
