"""A unit told from the date the story is at, not from print: "the previous year" as "the
following year" is, and "the day before" / "the week after" that close a clause."""

from __future__ import annotations

import pytest
from time_reading import timexes_of, value_of

PRINTED = "2021-09-15"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # "previous" counts back from the year the story named, not from print
        ("The dam was finished in 2011. The previous year, floods had cut the valley off.",
         "The previous year", "2010"),
        ("The museum reopened in May 2016 after the previous month's storm.",
         "the previous month", "2016-04"),
        # nothing named before it: the year before print
        ("Exports fell by a fifth compared with the previous year.",
         "the previous year", "2020"),
        # a unit before or after a day, at a clause end
        ("The bridge closed on March 9, 2019. The day before, engineers had found a crack.",
         "The day before", "2019-03-08"),
        ("The ferry sank on July 2, 2017, and divers reached it the day after.",
         "the day after", "2017-07-03"),
        ("The plant shut in 2015; it had lost money the year before.",
         "the year before", "2014"),
        ("The rally was held on June 6, 2020. The week before, organisers had sold out.",
         "The week before", "2020-W22"),
        ("Rebels entered the port on April 11, 2018. The night before, the guards had left.",
         "The night before", "2018-04-10TNI"),
    ],
)
def test_time_unit_is_counted_from_the_date_the_story_is_at(
    text: str, expression: str, value: str
) -> None:
    assert value_of(text, PRINTED, expression) == value


@pytest.mark.parametrize(
    "text",
    [
        # placed by an event, not by a date: no date can be given to it
        "Traders sold shares the day before the vote on the budget.",
        "The firm hired guards the week after the break-in at its depot.",
    ],
)
def test_time_unit_before_an_event_is_not_a_date(text: str) -> None:
    assert not any(t.text.startswith("the day") or t.text.startswith("the week")
                   for t in timexes_of(text, PRINTED))
