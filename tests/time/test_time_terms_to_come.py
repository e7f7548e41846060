""""in the short term", "in the long term", "at a later date": a time to come, TIMEX3
FUTURE_REF, as "the near future" is (before, none was found); the hyphened adjectives
("a short-term loan") are no time expressions (issue 18). Every sentence is our own."""

from __future__ import annotations

import pytest
from time_reading import assert_no_time_in, value_of


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Fares could fall in the short term.", "the short term"),
        ("The dam will pay for itself in the long term.", "the long term"),
        ("The court adjourned the case to a later date.", "a later date"),
        ("Rates should stay low over the medium term.", "the medium term"),
    ],
)
def test_time_terms_to_come(text: str, expression: str) -> None:
    assert value_of(text, "2022-03-03", expression) == "FUTURE_REF"


@pytest.mark.issue(18)
def test_time_term_adjective_is_no_time() -> None:
    assert_no_time_in("The bank offered him a short-term loan.", "2022-03-03", "term")
