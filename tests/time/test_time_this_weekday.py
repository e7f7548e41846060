""""this Sunday" is the coming Sunday unless its clause tells of the past; "last" and
"next" keep their own sides (issue 18). Every sentence is our own."""

from __future__ import annotations

import pytest
from time_reading import value_of

PRINTED = "2018-09-06"  # a Thursday


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The parade is this Sunday.", "this Sunday", "2018-09-09"),
        ("She will fly home this Monday.", "this Monday", "2018-09-10"),
        ("The market opens this Thursday.", "this Thursday", "2018-09-06"),
        # a past clause keeps it behind
        ("The club announced this Monday that its coach had quit.", "this Monday",
         "2018-09-03"),
    ],
)
def test_time_this_weekday_is_the_coming_one(text: str, expression: str, value: str) -> None:
    assert value_of(text, PRINTED, expression) == value


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # "this past Monday" is one expression, the Monday just gone
        ("A van was stolen this past Monday.", "this past Monday", "2018-09-03"),
        ("The library reopens this coming Monday.", "this coming Monday", "2018-09-10"),
    ],
)
def test_time_this_past_weekday(text: str, expression: str, value: str) -> None:
    assert value_of(text, PRINTED, expression) == value
