"""Whom a report was made to and when are no part of it (issue 16): in 'The treasurer told
the council on Monday that the levy would "pay for itself" within a year' the mixed report
starts at 'that', not at 'the council on Monday'. With nothing between the cue and its clause
the content still starts right after the cue."""

import pytest
from quotes_reading import reported

CASES = [
    (
        'The treasurer told the council on Monday that the levy would "pay for itself" within '
        "a year.",
        'that the levy would "pay for itself" within a year',
    ),
    (
        'The head teacher assured parents last week that the new timetable was "a fresh '
        'start" for the school.',
        'that the new timetable was "a fresh start" for the school',
    ),
    (  # guard: the clause right after the cue
        'The coach said the team had played "like champions" all season.',
        'the team had played "like champions" all season',
    ),
]


@pytest.mark.parametrize(("text", "content"), CASES)
def test_mixed_report_starts_at_its_clause(text: str, content: str) -> None:
    found = reported(text)
    assert found and found[0][1] == content, found
