"""Issue 18 item 1: a month-day without its year that dates a harm ("the May 2 drive-by
shooting") lies before the day the sentence tells beside it ("convicted on Monday"), and a
word the tagger calls a verb inside the noun phrase ("drive" in "drive-by", a "shooting"
with its article) gives it no tense. Sentences written for these tests."""

from __future__ import annotations

import pytest
from time_reading import value_of

pytestmark = [pytest.mark.slow, pytest.mark.issue(18)]


@pytest.mark.parametrize(
    ("published", "text", "expression", "value"),
    [
        # November: the shooting is this May's, not next May's, though next May is nearer
        ("2016-11-14",
         "A jury on Monday convicted a man of second-degree murder for the May 2 drive-by "
         "shooting that killed a teenager.", "May 2", "2016-05-02"),
        ("2016-11-14",
         "The judge on Monday sentenced a woman for the June 9 stabbing of her neighbour.",
         "June 9", "2016-06-09"),
        # the day beside it is January: the December robbery is last year's
        ("2016-01-08",
         "He was arrested on Jan. 4 for the Dec. 30 robbery of a pharmacy.", "Dec. 30",
         "2015-12-30"),
    ],
)
def test_a_harm_lies_before_the_day_told_beside_it(
    published: str, text: str, expression: str, value: str
) -> None:
    assert value_of(text, published, expression) == value


@pytest.mark.parametrize(
    ("published", "text", "expression", "value"),
    [
        # a range told forward from a day beside it still runs forward
        ("1990-10-26",
         "Tickets sell at the early rate from today through Nov. 17.", "Nov. 17",
         "1990-11-17"),
        # a plan on a day beside it is ahead of the publication
        ("2016-11-14",
         "The council said on Monday it will vote on the budget on Dec. 5.", "Dec. 5",
         "2016-12-05"),
    ],
)
def test_dates_that_are_no_harm_keep_their_reading(
    published: str, text: str, expression: str, value: str
) -> None:
    assert value_of(text, published, expression) == value
