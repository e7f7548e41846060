""""The first hours of the siege", "the final days of the campaign", "in the past weeks": a
stretch of some units with no amount is a vague length, as "recent weeks" is; "the early
hours" of a day are its small hours, not a length."""

from __future__ import annotations

import pytest
from time_reading import timexes_of

PRINTED = "2021-06-30"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Most of the harm was done in the first hours of the siege.", "the first hours",
         "PTXH"),
        ("In the final days of the campaign, both parties spent heavily.", "the final days",
         "PXD"),
        ("The orchestra toured little in the early years.", "the early years", "PXY"),
        ("Prices have climbed in the past weeks.", "the past weeks", "PXW"),
        ("He painted nothing in the last months of his life.", "the last months", "PXM"),
    ],
)
def test_time_stretch_of_units_is_a_vague_length(text: str, expression: str, value: str) -> None:
    found = {t.text: (t.type, t.value) for t in timexes_of(text, PRINTED)}
    assert found.get(expression) == ("DURATION", value), found


def test_time_early_hours_are_no_length() -> None:
    found = [t.text for t in timexes_of("Thieves broke in during the early hours of Monday.",
                                        PRINTED)]
    assert "the early hours" not in found and "Monday" in found, found
