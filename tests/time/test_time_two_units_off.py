""""the week before last", "the year after next": two units from print's, one expression
(issue 18). Every sentence is our own."""

from __future__ import annotations

import pytest
from time_reading import timexes_of

PRINTED = "2014-10-15"  # a Wednesday


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The levy was approved the week before last.",
         [("the week before last", "2014-W40")]),
        ("The vineyard flooded the year before last.", [("the year before last", "2012")]),
        ("The derby was run the weekend before last.",
         [("the weekend before last", "2014-W40-WE")]),
        ("The new terminal opens the year after next.", [("the year after next", "2016")]),
    ],
)
def test_time_two_units_from_print(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in timexes_of(text, PRINTED)] == expected
