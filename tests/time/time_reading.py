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


def assert_no_time_in(text: str, published: str, not_time: str, kept: str | None = None) -> None:
    """No time expression holds ``not_time``; ``kept``, the sentence's real time, is still found."""
    texts = [t.text for t in timexes_of(text, published)]
    assert not any(not_time in found for found in texts), texts
    if kept is not None:
        assert kept in texts, texts
