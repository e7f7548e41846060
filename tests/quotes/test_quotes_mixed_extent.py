"""Mixed speech runs to the end of what its cue reports (issue 16): words in marks inside a
reported clause do not cut the clause at the closing mark; the report's dependency subtree,
marks and all, is the content, as PolNeAR marks mixed attributions."""

from __future__ import annotations

import pytest

from newscoder import analyze


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Aides accused the council of being “duped” by “a con” in the talks.",
            "the council of being “duped” by “a con” in the talks",
        ),
        (
            "The senator said that the deal was “a disaster” for the town.",
            "that the deal was “a disaster” for the town",
        ),
    ],
)
def test_quotes_mixed_speech_runs_past_its_marks(text: str, content: str) -> None:
    quotes = analyze(text).quotes
    assert [(q.kind, [text[s.start : s.end] for s in q.content]) for q in quotes] == [
        ("mixed", [content])
    ]
