""""the month", "the year" after a month or day the story has just placed in an earlier
month or year are that month or year, as "that year" is; a clause that looks ahead, or a
date of print's own month, keeps print's (issue 18). Every sentence is our own."""

from __future__ import annotations

import pytest
from time_reading import value_of

PRINTED = "2015-10-08"


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # the story is back in an earlier month or year
        ("The mill closed in May 2011. By the end of the month, most workers had left.",
         "the end of the month", "2011-05"),
        ("The dam broke on April 2, 2012. Later in the year, the valley was rebuilt.",
         "the year", "2012"),
        # ... but a clause that looks ahead is print's
        ("The mill closed in May 2011. The site will be sold by the end of the month.",
         "the end of the month", "2015-10"),
        # ... and so is a period when the date told is in print's own month
        ("The mill closed on Oct. 2. By the end of the month, it will be gone.",
         "the end of the month", "2015-10"),
        # ... and a date told two sentences back no longer holds the story
        ("The mill closed in May 2011. Its owner moved away. Prices rose. For the year, the "
         "town expects a deficit.", "the year", "2015"),
    ],
)
def test_time_the_month_the_story_is_in(text: str, expression: str, value: str) -> None:
    assert value_of(text, PRINTED, expression) == value
