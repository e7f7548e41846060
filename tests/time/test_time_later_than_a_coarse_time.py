""""A month later" after a season, "two weeks later" after a month: a unit finer than the
time the story is at has no day to count from, so the length is what is known; it is never
counted from print (a date years away from the story)."""

from __future__ import annotations

import pytest
from time_reading import timexes_of

PRINTED = "2020-11-18"


@pytest.mark.parametrize(
    ("text", "expression", "kind", "value"),
    [
        ("The mill flooded in the spring of 2014; a month later it reopened.", "a month later",
         "DURATION", "P1M"),
        ("The strike began in May 2011. Two weeks later, the owners gave in.",
         "Two weeks later", "DURATION", "P2W"),
        # a unit as coarse as the story's time is counted from it
        ("The mill opened in 2003 and closed two years later.", "two years later", "DATE",
         "2005"),
        # and a day the story told is counted from exactly
        ("The mill flooded on April 2, 2014, and reopened three days later.", "three days later",
         "DATE", "2014-04-05"),
    ],
)
def test_time_later_than_a_coarse_time(text: str, expression: str, kind: str, value: str) -> None:
    found = {t.text: (t.type, t.value) for t in timexes_of(text, PRINTED)}
    assert found.get(expression) == (kind, value), found
