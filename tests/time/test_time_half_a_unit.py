""""half an hour", "a half-hour", "half a century": half of the unit (before, "half" was
left out and the whole unit read: "an hour" PT1H, "a century" P100Y) (issue 18). Every
sentence is our own."""

from __future__ import annotations

import pytest
from time_reading import value_of


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The ferry crossing takes half an hour.", "half an hour", "PT30M"),
        ("The square stayed silent for a half-hour.", "a half-hour", "PT30M"),
        ("The two clans have feuded for half a century.", "half a century", "P50Y"),
        ("The reactor stood idle for half a year.", "half a year", "P6M"),
        ("Half an hour later, the alarm stopped.", "Half an hour later", "PT30M"),
        ("Roughly half an hour passed before the lights came back.",
         "Roughly half an hour", "PT30M"),
        # guard: the half after the unit, as before
        ("The hearing ran for an hour and a half.", "an hour and a half", "PT1H30M"),
    ],
)
def test_time_half_a_unit(text: str, expression: str, value: str) -> None:
    assert value_of(text, "2022-06-15", expression) == value
