""""The vote is on Sunday", "the deadline is Oct. 31": a date that a present "is" gives
its subject is set ahead (a past one would be told with "was"); before, such a weekday was
last week's and such a month last year's. A date on another word of the clause keeps its
reading (issue 18). Every sentence is our own."""

from __future__ import annotations

import pytest
from time_reading import value_of


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "printed", "expression", "value"),
    [
        # printed on Wednesday 2024-04-10
        ("The runoff is on Sunday.", "2024-04-10", "Sunday", "2024-04-14"),
        ("The cup final is Saturday.", "2024-04-10", "Saturday", "2024-04-13"),
        ("The general election is in November.", "2024-04-10", "November", "2024-11"),
        ("The filing deadline is Feb. 2.", "2024-04-10", "Feb. 2", "2025-02-02"),
        # guards: a past copula, a date on a comparison, a date after "since"
        ("The runoff was on Sunday.", "2024-04-10", "Sunday", "2024-04-07"),
        ("Fuel is dearer than on Monday.", "2024-04-10", "Monday", "2024-04-08"),
        ("It is the first rain since Sunday.", "2024-04-10", "Sunday", "2024-04-07"),
    ],
)
def test_time_copula_date_ahead(text: str, printed: str, expression: str, value: str) -> None:
    assert value_of(text, printed, expression) == value
