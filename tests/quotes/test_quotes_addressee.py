"""Whom the words were for is never what was said (issue 16): 'wrote to us' reports nothing."""

from __future__ import annotations

import pytest

from newscoder.eval.quotes import STAGES
from newscoder.model import Document
from newscoder.pipeline import analyze_document


def contents(text: str) -> list[str]:
    quotes = analyze_document(Document(id="t", text=text), stages=STAGES).quotes
    return [text[c.start : c.end] for q in quotes for c in q.content]


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        ("Readers wrote to us after the debate.", "us"),
        ("Several parents wrote to her about the closure.", "her"),
    ],
)
def test_quotes_addressee_is_no_content(text: str, addressee: str) -> None:
    assert not any(
        content.endswith(" " + addressee) or content == addressee for content in contents(text)
    )
