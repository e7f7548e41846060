"""A rough amount ("a week or so ago", "a month or so") is one expression: the date or the
length it names, marked approximate, not a bare length cut before "or so"."""

from __future__ import annotations

import pytest
from time_reading import timexes_of

PRINTED = "2023-05-17"  # a Wednesday, in ISO week 20


@pytest.mark.parametrize(
    ("text", "expression", "kind", "value"),
    [
        ("A week or so ago, the ferry line cut its timetable.", "A week or so ago", "DATE",
         "2023-W19"),
        ("The bakery changed hands a year or so ago.", "a year or so ago", "DATE", "2022"),
        ("Repairs should take a month or so, the council said.", "a month or so", "DURATION",
         "P1M"),
    ],
)
def test_time_rough_amount_is_one_expression(
    text: str, expression: str, kind: str, value: str
) -> None:
    found = {t.text: t for t in timexes_of(text, PRINTED)}
    assert expression in found, list(found)
    assert (found[expression].type, found[expression].value, found[expression].mod) == (
        kind, value, "APPROX")
