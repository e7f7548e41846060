""""12:20 Sunday morning" is twenty past midnight, not past noon; "just after midnight
Saturday" is the midnight that opens Saturday, while "just before midnight Friday" and
"midnight Friday" stay the one that ends Friday (issue 18). Every sentence is our own."""

from __future__ import annotations

import pytest
from time_reading import value_of

PRINTED = "2019-10-14"  # a Monday


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("A taxi was stolen at 12:20 Sunday morning.", "12:20 Sunday morning",
         "2019-10-13T00:20"),
        ("The alarm sounded around 12:05 Saturday morning.", "12:05 Saturday morning",
         "2019-10-12T00:05"),
        # a written a.m. or an afternoon keeps its reading
        ("The alarm sounded around 12:05 a.m. Saturday.", "12:05 a.m. Saturday",
         "2019-10-12T00:05"),
        ("The market closed at 12:30 Saturday afternoon.", "12:30 Saturday afternoon",
         "2019-10-12T12:30"),
    ],
)
def test_time_twelve_of_a_morning(text: str, expression: str, value: str) -> None:
    assert value_of(text, PRINTED, expression) == value


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A window was smashed just after midnight Saturday.", "2019-10-12T00:00"),
        ("Firefighters arrived shortly past midnight Sunday.", "2019-10-13T00:00"),
        ("A window was smashed just before midnight Friday.", "2019-10-11T24:00"),
        ("The bars closed at midnight Friday.", "2019-10-11T24:00"),
    ],
)
def test_time_midnight_beside_a_weekday(text: str, value: str) -> None:
    expression = next(w for w in ("midnight Saturday", "midnight Sunday", "midnight Friday")
                      if w in text)
    assert value_of(text, PRINTED, expression) == value


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "value"),
    [
        # no day told: "after midnight" is the small hours of the publication day, not the
        # midnight that ends it
        ("Officers found the van just after midnight.", "2019-10-14T00:00"),
        ("Officers found the van shortly before midnight.", "2019-10-13T24:00"),
    ],
)
def test_time_midnight_of_print_day(text: str, value: str) -> None:
    assert value_of(text, PRINTED, "midnight") == value
