"""A cue set inside the words it reports (issue 16): right after the clause's subject ('The
bigger risk, the agency warned, was ...'), or between two clauses joined by 'but' or 'and'
('Rents rose, said Ortiz, but wages did not'): the report is the whole, in two fragments."""

from __future__ import annotations

import pytest

from newscoder.eval.quotes import STAGES
from newscoder.model import Document
from newscoder.pipeline import analyze_document


def fragments(text: str) -> list[tuple[list[str], str | None]]:
    quotes = analyze_document(Document(id="t", text=text), stages=STAGES).quotes
    return [
        ([text[c.start : c.end].rstrip(".") for c in q.content], q.speaker and q.speaker.name)
        for q in quotes
    ]


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Rents also rose in the north, said Ortiz, but wages did not keep up.",
            ["Rents also rose in the north", "but wages did not keep up"],
            "Ortiz",
        ),
        (
            "Prices fell in May, the central bank said, and they will fall again in June.",
            ["Prices fell in May", "and they will fall again in June"],
            "the central bank",
        ),
        (
            "The town has enough water for now, said Mayor Lind, but the wells are running low.",
            ["The town has enough water for now", "but the wells are running low"],
            "Lind",
        ),
        (
            "The bigger risk, the agency warned, was a second flood in spring.",
            ["The bigger risk", "was a second flood in spring"],
            "the agency",
        ),
        (
            "Most of the money, Mayor Lind said, had gone to repairs.",
            ["Most of the money", "had gone to repairs"],
            "Lind",
        ),
    ],
)
def test_quotes_inserted_cue_reports_both_sides(
    text: str, content: list[str], speaker: str
) -> None:
    assert (content, speaker) in fragments(text)


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "not_content"),
    [
        # the speaker's own next act is narration, not part of what was said
        ("The roads are safe again, said Lind, and she drove off.", "The roads are safe again"),
        # a cue with a clause of its own after it reports that clause only
        (
            "She met three lawyers, one suggested she wait a year, and another told her to go.",
            "She met three lawyers",
        ),
    ],
)
def test_quotes_inserted_cue_keeps_narration_out(text: str, not_content: str) -> None:
    for parts, _ in fragments(text):
        assert not (not_content in parts and len(parts) == 2)
