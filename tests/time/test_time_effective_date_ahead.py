""""named a new chief, effective Feb. 1": the date a change takes effect on is announced
ahead, whatever the tense of the announcing verb (it was placed in the past by "named");
a date weeks behind print stays this year's (issue 18). Every sentence is our own."""

from __future__ import annotations

import pytest
from time_reading import value_of


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "printed", "expression", "value"),
    [
        ("The museum appointed a new director, effective March 1.", "2021-11-03", "March 1",
         "2022-03-01"),
        ("The airline said it cut ticket fees effective Jan. 15.", "2021-11-03", "Jan. 15",
         "2022-01-15"),
        ("The coach stepped down on Tuesday, effective Saturday.", "2021-11-03", "Saturday",
         "2021-11-06"),
        # guard: a date just behind print is the one that has taken effect
        ("The regulator approved the takeover, effective Oct. 20.", "2021-11-03", "Oct. 20",
         "2021-10-20"),
        # guard: took effect, no cue word: the past
        ("The tax took effect on March 1.", "2021-11-03", "March 1", "2021-03-01"),
    ],
)
def test_time_effective_date_ahead(text: str, printed: str, expression: str,
                                   value: str) -> None:
    assert value_of(text, printed, expression) == value
