"""A time written as a hyphenated modifier ("the second-quarter profit", "the year-ago
figures") leaves the article to the noun it qualifies; a time that is itself the noun
phrase ("the second quarter") keeps it."""

from __future__ import annotations

import pytest
from time_reading import timexes_of

PRINTED = "2015-08-05"


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Analysts had expected the second-quarter profit to fall.", "second-quarter"),
        ("The year-ago figures were restated.", "year-ago"),
        ("Costs rose in the second quarter.", "the second quarter"),
    ],
)
def test_time_modifier_extent(text: str, expression: str) -> None:
    found = [t.text for t in timexes_of(text, PRINTED)]
    assert expression in found, found
