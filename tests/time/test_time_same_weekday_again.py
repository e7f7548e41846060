"""A weekday the story has already placed within a week of print is that day again
("on Friday morning ... later Friday"), whatever the tense of the later clause; "ahead of
Monday" looks ahead as "until Monday" does (issue 18). Every sentence is our own."""

from __future__ import annotations

import pytest
from time_reading import timexes_of

PRINTED = "2016-04-09"  # a Saturday


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("A gas main burst on Friday morning. The road, closed since 1987 for repairs, was "
         "due to reopen later Friday.", "later Friday", "2016-04-08"),
        ("Crews said on Friday they had fixed the pipe. The mayor was to visit Friday.",
         "Friday", "2016-04-08"),
        # a weekday not yet told keeps the tense's side
        ("Crews said on Friday they had fixed the pipe. The mayor will visit Monday.",
         "Monday", "2016-04-11"),
        ("Workers cleared the desks ahead of Monday, when the office reopens.", "Monday",
         "2016-04-11"),
    ],
)
def test_time_a_weekday_told_again(text: str, expression: str, value: str) -> None:
    found = [t.value for t in timexes_of(text, PRINTED) if t.text == expression]
    assert found[-1:] == [value]
