"""An amount "from today" is counted from print, as one "from now" is: one date, not a
length beside a day."""

from __future__ import annotations

import pytest
from time_reading import timexes_of

PRINTED = "2024-02-14"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Ten days from today, the ferry stops for repairs.", "Ten days from today",
         "2024-02-24"),
        ("The lease runs out a year from today.", "a year from today", "2025"),
        ("The lease runs out a year from now.", "a year from now", "2025"),
    ],
)
def test_time_amount_from_today(text: str, expression: str, value: str) -> None:
    found = {t.text: (t.type, t.value) for t in timexes_of(text, PRINTED)}
    assert found.get(expression) == ("DATE", value), found
