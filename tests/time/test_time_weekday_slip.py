"""Issue 25 item 3: a weekday that does not fit its month-day in the year near publication
chooses no year a year away ("Wednesday, November 11" in a late-November 2016 story is that
November, where the 11th was a Friday); a weekday that fits a year within months of
publication still chooses it. Sentences written for these tests."""

from __future__ import annotations

import pytest
from time_reading import value_of

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]


@pytest.mark.parametrize(
    ("published", "text", "expression", "value"),
    [
        # Nov. 11 2016 was a Friday; Nov. 11 2015 a Wednesday, a year before the story
        ("2016-11-23", "The store was robbed on Wednesday, November 11, police said.",
         "Wednesday, November 11", "2016-11-11"),
        # Aug. 3 2017 was a Thursday; Aug. 3 2016 a Wednesday
        ("2017-08-20", "He was shot on Wednesday, Aug. 3, outside his home.",
         "Wednesday, Aug. 3", "2017-08-03"),
    ],
)
def test_a_weekday_slip_does_not_move_the_year(
    published: str, text: str, expression: str, value: str
) -> None:
    assert value_of(text, published, expression) == value


@pytest.mark.parametrize(
    ("published", "text", "expression", "value"),
    [
        # a January story of a Saturday in December: last year's, which fits the weekday
        ("2016-01-10", "The fire broke out on Saturday, Dec. 26, at the plant.",
         "Saturday, Dec. 26", "2015-12-26"),
    ],
)
def test_a_weekday_near_publication_still_chooses_the_year(
    published: str, text: str, expression: str, value: str
) -> None:
    assert value_of(text, published, expression) == value
