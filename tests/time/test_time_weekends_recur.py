""""every weekend", "on weekends" recur: a SET of weekends (issue 18). Every sentence is
our own."""

from __future__ import annotations

import pytest
from time_reading import timexes_of


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The flea market is held every weekend.", [("every weekend", "SET", "XXXX-WXX-WE")]),
        ("The library shuts on weekends.", [("weekends", "SET", "XXXX-WXX-WE")]),
        # one weekend stays a date
        ("The library shut over the weekend.", [("the weekend", "DATE", "2020-W06-WE")]),
    ],
)
def test_time_weekends_recur(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in timexes_of(text, "2020-02-13")] == expected
