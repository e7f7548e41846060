"""A right double mark that begins a line opens a quotation (issue 16, item 2): pages that
set every mark as ” ('”We deserve better.” ― A reader') still have their quotations, and a
right mark anywhere else still only closes."""

from __future__ import annotations

import pytest

from newscoder import analyze
from newscoder.quotes.marks import find_quoted


@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "passages"),
    [
        (
            "Letters came in.\n\n”The bridge is a disgrace.” ― Ana Ruiz.\n",
            ["The bridge is a disgrace."],
        ),
        (
            "Letters came in.\n\n” … and then the lights went out.”\n",
            ["… and then the lights went out."],
        ),
        ("He left.” The door shut.\n", []),  # a stray closing mark inside a line opens nothing
        ("The end.\n\n” \n", []),  # no words after it
    ],
)
def test_quotes_right_mark_at_line_start_opens(text: str, passages: list[str]) -> None:
    found = [" ".join(text[s.start : s.end] for s in q.fragments) for q in find_quoted(text)]
    assert found == passages


@pytest.mark.slow
@pytest.mark.issue(16)
def test_quotes_reader_letters_set_with_right_marks_are_quoted() -> None:
    text = (
        "Readers wrote to us after the debate.\n\n"
        "”The mayor is open about his plans. Many people will still back him.” ― Lena Holt.\n\n"
        "”The debate proved nothing at all. We deserve better.” ― Sam Reyes.\n"
    )
    quotes = analyze(text).quotes
    said = {q.speaker.name if q.speaker else None: q.kind for q in quotes}
    assert said == {"Lena Holt": "direct", "Sam Reyes": "direct"}
