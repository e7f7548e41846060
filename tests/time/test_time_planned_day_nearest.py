"""The day of a plan told in a past clause ("approved a rise planned for Oct. 15") may lie on
either side of the publication date: it is the nearest such day, not last year's by the
past tense of "approved" (issue 18). Every sentence is our own."""

from __future__ import annotations

import pytest
from time_reading import value_of

PRINTED = "2019-05-20"


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # ahead: five months away rather than seven back
        ("The council approved a fee increase planned for Oct. 15.", "Oct. 15", "2019-10-15"),
        ("The board backed a merger scheduled for Sept. 30.", "Sept. 30", "2019-09-30"),
        # behind: the nearest is the one just gone
        ("The league postponed a final scheduled for March 30.", "March 30", "2019-03-30"),
    ],
)
def test_time_day_of_a_plan_is_the_nearest(text: str, expression: str, value: str) -> None:
    assert value_of(text, PRINTED, expression) == value
