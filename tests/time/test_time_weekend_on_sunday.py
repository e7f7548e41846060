""""this weekend" in a paper printed on a Sunday is the weekend that Sunday ends, and
"last" and "next weekend" are counted from it (before, a Sunday's weekend was taken to start
on the Saturday after it, a week late) (issue 18). Every sentence is our own."""

from __future__ import annotations

import pytest
from time_reading import value_of


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "printed", "expression", "value"),
    [
        # 2024-06-16 is a Sunday, in ISO week 24
        ("Storms lashed the coast this weekend.", "2024-06-16", "this weekend", "2024-W24-WE"),
        ("The fete drew crowds last weekend.", "2024-06-16", "last weekend", "2024-W23-WE"),
        ("The fete returns next weekend.", "2024-06-16", "next weekend", "2024-W25-WE"),
        # guards: a Saturday and a Friday
        ("Storms lashed the coast this weekend.", "2024-06-15", "this weekend", "2024-W24-WE"),
        ("The fete opens this weekend.", "2024-06-14", "this weekend", "2024-W24-WE"),
    ],
)
def test_time_weekend_on_sunday(text: str, printed: str, expression: str, value: str) -> None:
    assert value_of(text, printed, expression) == value
