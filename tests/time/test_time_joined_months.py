"""A month joined to the month just told lies beside it (issue 18): the end of a stretch
after its start ("from October through May" is next May in a March paper), a month joined
by "and" or "or" on the nearer side ("in December and January"). Every sentence is our own."""

from __future__ import annotations

import pytest
from time_reading import value_of

PRINTED = "2021-03-10"


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The ski lifts run from November through April.", "April", "2022-04"),
        ("Prices climbed between October and February.", "February", "2021-02"),
        ("Snow fell in December and January.", "January", "2021-01"),
        ("The ferry will be refitted in June or July.", "July", "2021-07"),
        ("Sales dipped in January and February.", "February", "2021-02"),
    ],
)
def test_time_a_month_joined_to_the_one_before(text: str, expression: str, value: str) -> None:
    assert value_of(text, PRINTED, expression) == value
