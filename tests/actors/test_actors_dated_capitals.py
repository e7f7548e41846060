"""A capital of a state that did not yet exist (issue 15): invented phrases.

Before South Sudan's independence Juba was a town of Sudan: on such a date it names a place
of the state it was in, not the government of a state yet to be; after it, it is the seat."""

from __future__ import annotations

import pytest

from newscoder.actors.stage import code_phrase


@pytest.mark.parametrize(
    ("phrase", "date", "country", "government"),
    [
        ("Juba", "1992-06-01", "SDN", False),
        ("Juba", "2016-03-01", "SSD", True),
        ("Khartoum", "1992-06-01", "SDN", True),
    ],
)
def test_a_capital_is_read_on_the_day(
    phrase: str, date: str, country: str, government: bool
) -> None:
    found = code_phrase(phrase, date)
    assert found is not None and found.country == country, found
    assert (found.sector == "GOV") == government, found
