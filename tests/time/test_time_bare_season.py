"""A season word with no article after a time preposition is the season ("in spring",
"until summer"), placed by tense as "in the spring" is; "fall" alone, and a season that
qualifies a noun ("summer school"), are not times."""

from __future__ import annotations

import pytest
from time_reading import timexes_of

PRINTED = "2022-10-12"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The new wing will open in spring.", "spring", "2023-SP"),
        ("Flights to the island stop until summer.", "summer", "2023-SU"),
        ("The pass was closed during winter.", "winter", "2021-WI"),
        ("Since summer, the reservoir has dropped by half.", "summer", "2022-SU"),
    ],
)
def test_time_bare_season_after_a_preposition(text: str, expression: str, value: str) -> None:
    found = {t.text: t.value for t in timexes_of(text, PRINTED)}
    assert found.get(expression) == value, found


@pytest.mark.parametrize(
    "text",
    [
        "Shares could fall in the next session.",
        "The pupils stayed on for summer school.",
        "Pitchers report for spring training.",
        "The well gives clean spring water.",
    ],
)
def test_time_season_word_that_is_no_time(text: str) -> None:
    found = [t.text for t in timexes_of(text, PRINTED)]
    assert not any(word in f for f in found for word in ("fall", "summer", "spring")), found
