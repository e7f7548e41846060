"""'as X put it', 'as X pointed out' (issue 16): its 'it' is the words of the clause it
hangs on, not its content; 'put it on the table' says nothing."""

from __future__ import annotations

import pytest

from newscoder.eval.quotes import STAGES
from newscoder.model import Document
from newscoder.pipeline import analyze_document


def reported(text: str) -> list[tuple[list[str], str | None]]:
    quotes = analyze_document(Document(id="t", text=text), stages=STAGES).quotes
    return [
        ([text[c.start : c.end] for c in q.content], q.speaker and q.speaker.name) for q in quotes
    ]


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "As Lind put it, the town cannot pay for two bridges.",
            ["the town cannot pay for two bridges"],
            "Lind",
        ),
        (
            "The town cannot pay for two bridges, as one council member put it bluntly.",
            ["The town cannot pay for two bridges"],
            "one council member",
        ),
        (
            "The plan, as Ortiz put it, was dead on arrival.",
            ["The plan", "was dead on arrival"],
            "Ortiz",
        ),
    ],
)
def test_quotes_as_x_put_it_reports_its_clause(text: str, content: list[str], speaker: str) -> None:
    assert (content, speaker) in reported(text)


@pytest.mark.slow
@pytest.mark.issue(16)
def test_quotes_putting_a_thing_somewhere_is_no_report() -> None:
    assert reported("She put it on the table before the vote began.") == []


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The valley, as one of the mayor's aides pointed out, rarely floods twice in a year.",
            ["The valley", "rarely floods twice in a year"],
        ),
        (
            "As the engineers pointed out, the bridge was never built for trucks.",
            ["the bridge was never built for trucks"],
        ),
    ],
)
def test_quotes_as_clause_reports_the_sentence_around_it(text: str, content: list[str]) -> None:
    """Also when the parser takes the 'as' clause's verb for the sentence's own."""
    assert content in [parts for parts, _ in reported(text)]
