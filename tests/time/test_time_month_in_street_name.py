"""Issue 18 item 2: a month name that is part of a street's name ("March Avenue", "May
Street") is no date; the month alone and a month with its day still are. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from time_reading import assert_no_time_in, value_of

pytestmark = [pytest.mark.slow, pytest.mark.issue(18)]


@pytest.mark.parametrize(
    ("text", "not_time", "kept"),
    [
        ("The family has lived at 1600 March Avenue since the war ended.", "March", None),
        ("Officers closed May Street on Friday after the pipe burst.", "May", "Friday"),
        ("The bakery on June Road reopened on Tuesday.", "June", "Tuesday"),
    ],
)
def test_a_month_in_a_street_name_is_no_time(text: str, not_time: str, kept: str | None) -> None:
    assert_no_time_in(text, "2019-06-20", not_time, kept)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The road works on Elm Avenue began in March.", "March", "2019-03"),
        ("The parade moved down Main Street on May 4.", "May 4", "2019-05-04"),
    ],
)
def test_a_month_beside_a_street_is_still_a_date(text: str, expression: str, value: str) -> None:
    assert value_of(text, "2019-06-20", expression) == value
