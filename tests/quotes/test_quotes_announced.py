"""A verb of saying that closes its line with a colon announces the words set off below it
without marks (issue 16): 'The ministry said:' / 'The roads will reopen ...', the whole
paragraph below the colon and no further."""

from __future__ import annotations

import pytest

from newscoder.eval.quotes import STAGES
from newscoder.model import Document
from newscoder.pipeline import analyze_document


def reported(text: str) -> list[tuple[str, str, str | None]]:
    quotes = analyze_document(Document(id="t", text=text), stages=STAGES).quotes
    return [
        (q.kind, text[q.content[0].start : q.content[-1].end], q.speaker and q.speaker.name)
        for q in quotes
    ]


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The ministry said:\n\nThe roads will reopen on Monday after the repairs.",
            "The roads will reopen on Monday after the repairs",
            "The ministry",
        ),
        (
            "The ministry said:\n\nThe roads will reopen on Monday. Buses will run again too."
            "\n\nDrivers were relieved.",
            "The roads will reopen on Monday. Buses will run again too",
            "The ministry",
        ),
        (
            "Later that evening the harbour board added:\n\nNo ship will leave before Friday.",
            "No ship will leave before Friday",
            "harbour board",
        ),
    ],
)
def test_quotes_announced_words_below_the_colon(text: str, content: str, speaker: str) -> None:
    assert ("indirect", content, speaker) in reported(text)


@pytest.mark.slow
@pytest.mark.issue(16)
def test_quotes_announced_marks_stay_direct() -> None:
    text = 'The ministry said:\n\n"The roads will reopen on Monday."'
    kinds = [kind for kind, _, _ in reported(text)]
    assert kinds == ["direct"]
