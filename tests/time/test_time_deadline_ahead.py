""""faces a Friday deadline": a day word before a deadline noun in a present clause looks
ahead, as "by Friday" does; a missed deadline stays behind (issue 18). Every sentence is our
own."""

from __future__ import annotations

import pytest
from time_reading import value_of


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "printed", "expression", "value"),
    [
        # printed on a Tuesday
        ("The carrier faces a Friday deadline to answer the regulator.", "2021-05-04",
         "Friday", "2021-05-07"),
        # printed on a Thursday
        ("Councillors have a Tuesday deadline to agree the budget.", "2021-05-06", "Tuesday",
         "2021-05-11"),
        ("Monday's cutoff worries the growers.", "2021-05-06", "Monday", "2021-05-10"),
        # a past clause keeps the day behind
        ("The club missed a Monday deadline to pay its players.", "2021-05-06", "Monday",
         "2021-05-03"),
        ("The league ignored a Friday deadline.", "2021-05-10", "Friday", "2021-05-07"),
    ],
)
def test_time_deadline_day_ahead(text: str, printed: str, expression: str, value: str) -> None:
    assert value_of(text, printed, expression) == value
