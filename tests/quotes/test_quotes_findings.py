"""What a poll or survey finds is attributed to it (issue 16), but not a description inside
a relative clause ('candidates who trail in the polls') nor what someone does in their own
statement or post ('In a statement, the mayor shot back'), which is told of the doer."""

from __future__ import annotations

import pytest

from newscoder import analyze


def findings(text: str) -> list[str]:
    return [
        " || ".join(text[s.start : s.end] for s in q.content)
        for q in analyze(text).quotes
        if q.cue is not None and text[q.cue.start : q.cue.end].lower() == "in"
    ]


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "In the latest Quinnipiac poll, the governor leads her rival by six points.",
            ["the governor leads her rival by six points"],
        ),
        ("The senator, who lagged in the polls, withdrew from the race.", []),
        ("Voters rarely back candidates who trail in the polls.", []),
        ("In a statement, the mayor shot back at her critics.", []),
        ("In a long post on Sunday, the coach thanked his players.", []),
    ],
)
def test_quotes_findings_of_a_poll_not_of_a_statement(text: str, found: list[str]) -> None:
    assert findings(text) == found
