""""Bloody Sunday", "Super Tuesday", "the Mail on Sunday" are names, no day of the story;
"Black Friday" and "Cyber Monday" are days of the shopping calendar, the Friday after
Thanksgiving and the Monday after that; "Palm Sunday" and "Ash Wednesday" are counted from
Easter (before, each was read as a weekday near print) (issue 18). Every sentence is our
own."""

from __future__ import annotations

import pytest
from time_reading import assert_no_time_in, value_of


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "not_time"),
    [
        ("Families marched to remember Bloody Sunday.", "Sunday"),
        ("The senator hopes to win big on Super Tuesday.", "Tuesday"),
        ("The minister gave an interview to the Mail on Sunday.", "Sunday"),
    ],
)
def test_time_day_word_in_a_name(text: str, not_time: str) -> None:
    assert_no_time_in(text, "2023-05-10", not_time)


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "printed", "expression", "value"),
    [
        ("Black Friday sales disappointed the chain.", "2023-12-05", "Black Friday",
         "2023-11-24"),
        ("Cyber Monday orders swamped the couriers.", "2023-12-05", "Cyber Monday",
         "2023-11-27"),
        ("Pilgrims gathered on Palm Sunday.", "2023-04-12", "Palm Sunday", "2023-04-02"),
        # guard: a plain weekday after a capitalised word stays a day
        ("Police said on Sunday that the road was shut.", "2023-05-10", "Sunday", "2023-05-07"),
    ],
)
def test_time_shopping_and_church_days(text: str, printed: str, expression: str,
                                       value: str) -> None:
    assert value_of(text, printed, expression) == value
