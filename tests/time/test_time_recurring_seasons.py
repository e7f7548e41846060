"""A season after "every" or "each" recurs, as a month or a weekday does; "every other"
unit is one in two."""

from __future__ import annotations

import pytest
from time_reading import timexes_of, value_of

PRINTED = "2022-03-02"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The lake freezes each winter, and anglers cut holes in it.", "each winter", "XXXX-WI"),
        ("Every summer the village hosts a fair.", "Every summer", "XXXX-SU"),
        ("The orchard is pruned every autumn.", "every autumn", "XXXX-FA"),
        ("Tickets for the spring show, staged every spring, sold out.", "every spring",
         "XXXX-SP"),
        ("The clinic opens every other week.", "every other week", "P2W"),
        ("She waters the ferns every other day.", "every other day", "P2D"),
        ("The ferry leaves every two hours.", "every two hours", "PT2H"),
    ],
)
def test_time_recurring_units_and_seasons(text: str, expression: str, value: str) -> None:
    assert value_of(text, PRINTED, expression) == value


def test_time_recurring_season_is_a_set() -> None:
    found = {t.text: t.type for t in timexes_of("Snow closes the pass each winter.", PRINTED)}
    assert found == {"each winter": "SET"}
