""""was shot this weekend" told on a weekday is the weekend just gone, "opens this weekend"
the coming one; "the early morning hours of Sunday" is one expression, the morning of that
Sunday, not a morning of the publication day beside a weekday (issue 18). Every sentence
is our own."""

from __future__ import annotations

import pytest
from time_reading import timexes_of, value_of

PRINTED = "2021-03-09"  # a Tuesday; the weekend before it is that of 6-7 March (week 9)


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A cyclist was struck by a van this weekend.", "2021-W09-WE"),
        ("Two shops were burgled this weekend, the owners said.", "2021-W09-WE"),
        ("The fair opens this weekend.", "2021-W10-WE"),
        ("Rain is expected this weekend.", "2021-W10-WE"),
    ],
)
def test_time_this_weekend_by_tense(text: str, value: str) -> None:
    assert value_of(text, PRINTED, "this weekend") == value


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("A garage burned down in the early morning hours of Sunday.",
         "the early morning hours of Sunday", "2021-03-07TMO"),
        ("The alarm went off during the early-morning hours Saturday.",
         "the early-morning hours Saturday", "2021-03-06TMO"),
        ("Neighbours heard shouting in the late night hours on Friday.",
         "the late night hours on Friday", "2021-03-05TNI"),
    ],
)
def test_time_small_hours_of_a_weekday(text: str, expression: str, value: str) -> None:
    found = [(t.text, t.type, t.value) for t in timexes_of(text, PRINTED)]
    assert found == [(expression, "TIME", value)]
