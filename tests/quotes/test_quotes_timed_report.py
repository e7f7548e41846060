"""Another speaker's report in a clause of time at the end of a report (issue 16): in
'Okafor assured parents the school was safe after an inspector told them she doubted it',
what the inspector told them is no part of what Okafor said, comma or not. A clause of time
with no verb of saying ('would resign after the vote') stays in what was said."""

import pytest
from quotes_reading import reported

CASES = [
    (
        "Councillor Okafor is assuring parents the school is safe after an inspector in Leeds "
        "told them she fears the roof is too old to last the winter.",
        ("assuring", "the school is safe"),
    ),
    (
        "The coach promised fans the team would win the cup before a rival manager told "
        "reporters he doubts the squad can even reach the final.",
        ("promised", "fans the team would win the cup"),
    ),
    (  # guard: no report in the clause of time
        "The minister said she would resign after the vote on the budget.",
        ("said", "she would resign after the vote on the budget"),
    ),
]


@pytest.mark.parametrize(("text", "first"), CASES)
def test_quotes_timed_report(text: str, first: tuple[str, str]) -> None:
    found = reported(text)
    assert found and found[0] == first, found
