""""profits fell in the second half" in a spring report is last year's second half, as "the
fourth quarter" in a February report is last year's quarter; a clause that looks ahead, a
year told with it, or a report from the second half keep the year of print (issue 18).
Every sentence is our own."""

from __future__ import annotations

import pytest
from time_reading import value_of


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "printed", "expression", "value"),
    [
        ("The brewer's sales shrank in the second half.", "2022-02-17", "the second half",
         "2021-H2"),
        ("Freight volumes dipped in the second half of the year.", "2022-04-05",
         "the second half of the year", "2021-H2"),
        # guards
        ("The brewer hopes sales will recover in the second half.", "2022-02-17",
         "the second half", "2022-H2"),
        ("Freight volumes dipped in the second half of 2020.", "2022-04-05",
         "the second half of 2020", "2020-H2"),
        ("The brewer's sales shrank in the first half.", "2022-08-17", "the first half",
         "2022-H1"),
    ],
)
def test_time_second_half_behind(text: str, printed: str, expression: str, value: str) -> None:
    assert value_of(text, printed, expression) == value
