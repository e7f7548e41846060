""""said Wednesday that the library would reopen Thursday": a future told from a past day is
the first such weekday after that day, not the one after print; "an inquiry is underway
Thursday", "the driver is in stable condition Thursday": a present state is of now, not a
day set ahead as "the vote is on Sunday" is (issue 18). Every sentence is our own."""

from __future__ import annotations

import pytest
from time_reading import value_of

PRINTED = "2022-03-11"  # a Friday


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The dean said Wednesday that the library would reopen Thursday.", "Thursday",
         "2022-03-10"),
        ("On Tuesday the coach said the team would train again Wednesday.", "Wednesday",
         "2022-03-09"),
        # no past day told: the nearest such weekday
        ("She said she would be back Monday.", "Monday", "2022-03-14"),
        # "will" keeps looking ahead of print
        ("The dean said Wednesday that the library will reopen Thursday.", "Thursday",
         "2022-03-17"),
    ],
)
def test_time_future_told_from_a_past_day(text: str, expression: str, value: str) -> None:
    assert value_of(text, PRINTED, expression) == value


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("An inquiry into the fire is underway Thursday.", "2022-03-10"),
        ("The driver is in stable condition Thursday.", "2022-03-10"),
        ("The suspect is in custody Thursday, police said.", "2022-03-10"),
        # a day a present "is" sets ahead stays ahead
        ("The final is on Thursday.", "2022-03-17"),
    ],
)
def test_time_present_state_is_of_now(text: str, value: str) -> None:
    assert value_of(text, PRINTED, "Thursday") == value
