"""Number words that make no one number ("two five-year terms") are a count of things and
then the length of each: the length is the time, not a sum of the two words (issue 18).
Every sentence is our own."""

from __future__ import annotations

import pytest
from time_reading import timexes_of

PRINTED = "2016-06-01"


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor served two four-year terms.", [("four-year", "P4Y")]),
        ("She took three ten-day trips to the coast.", [("ten-day", "P10D")]),
        ("The firm signed four two-year leases.", [("two-year", "P2Y")]),
        # numbers that do make one number stay whole
        ("The trek took twenty five days.", [("twenty five days", "P25D")]),
        ("The siege lasted one hundred twenty days.", [("one hundred twenty days", "P120D")]),
        ("It should take a couple of years.", [("a couple of years", "P2Y")]),
    ],
)
def test_time_a_count_of_things_before_their_length(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in timexes_of(text, PRINTED)] == expected
