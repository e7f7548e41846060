"""A plural unit with no amount before "ago", "later" or "earlier" ("years ago", "hours
later") is read as "a few years ago" is: some time in the past, or a vague length after a
day the story told."""

from __future__ import annotations

import pytest
from time_reading import timexes_of

PRINTED = "2016-08-24"


@pytest.mark.parametrize(
    ("text", "expression", "kind", "value"),
    [
        ("Years ago, the quarry fed the whole valley.", "Years ago", "DATE", "PAST_REF"),
        ("The club, which only months ago was near ruin, won the cup.", "months ago", "DATE",
         "PAST_REF"),
        ("Decades ago the harbour froze each winter.", "Decades ago", "DATE", "PAST_REF"),
        ("The levee failed on May 3, 2015. Hours later, the town was under water.",
         "Hours later", "DURATION", "PTXH"),
        ("The strike began on June 1, 2016. Weeks later, the mine shut.", "Weeks later",
         "DURATION", "PXW"),
    ],
)
def test_time_bare_plural_before_ago(text: str, expression: str, kind: str, value: str) -> None:
    found = {t.text: (t.type, t.value) for t in timexes_of(text, PRINTED)}
    assert found.get(expression) == (kind, value), found


def test_time_counted_ago_keeps_its_amount() -> None:
    found = {t.text: t.value for t in timexes_of("Three years ago the mill shut.", PRINTED)}
    assert found == {"Three years ago": "2013"}
