"""Both days of "Nov. 28-30, 2017" take the year written after the range; "on the 31st" told
in a month after a 30-day month is of the last month that has a 31st (issue 18). Every
sentence is our own."""

from __future__ import annotations

import pytest
from time_reading import value_of


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "printed", "expression", "value"),
    [
        ("The talks, held Nov. 28-30, 2017, broke down.", "2021-05-10", "Nov. 28",
         "2017-11-28"),
        ("The talks, held Nov. 28-30, 2017, broke down.", "2021-05-10", "30", "2017-11-30"),
        ("The fair ran Aug. 12-14 2016 on the green.", "2021-05-10", "Aug. 12", "2016-08-12"),
        # no year after the range: print's year as before
        ("Envoys met March 3-4 in Vienna.", "2021-05-10", "March 3", "2021-03-03"),
    ],
)
def test_time_range_takes_its_year(text: str, printed: str, expression: str,
                                   value: str) -> None:
    assert value_of(text, printed, expression) == value


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "printed", "expression", "value"),
    [
        # June has no 31st: the past one is May's, the coming one July's
        ("The trustees met on the 31st.", "2021-07-10", "the 31st", "2021-05-31"),
        ("The trustees will meet on the 31st.", "2021-06-10", "the 31st", "2021-07-31"),
        # February has no 30th
        ("The trustees met on the 30th.", "2021-03-10", "the 30th", "2021-01-30"),
        ("The trustees met on the 25th.", "2021-07-10", "the 25th", "2021-06-25"),
    ],
)
def test_time_ordinal_day_skips_short_months(text: str, printed: str, expression: str,
                                             value: str) -> None:
    assert value_of(text, printed, expression) == value
