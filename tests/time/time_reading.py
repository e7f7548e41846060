"""What the time tests read of an invented sentence: its time expressions and their values."""

from __future__ import annotations

from newscoder.model import Document, TimeExpression
from newscoder.pipeline import analyze_document


def timexes_of(text: str, published: str) -> list[TimeExpression]:
    document = Document(id="t", text=text, published=published)
    return analyze_document(document, stages=["time"]).timexes


def value_of(text: str, published: str, expression: str) -> str:
    """The value of the time expression that reads ``expression``; it must be found."""
    found = [t.value for t in timexes_of(text, published) if t.text == expression]
    assert found, f"{expression!r} not found in {[t.text for t in timexes_of(text, published)]}"
    return found[0]
