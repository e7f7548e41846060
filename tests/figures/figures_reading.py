"""What the figure tests read of an invented sentence: its figures and headline tolls."""

from __future__ import annotations

from newscoder.model import Document, Figure
from newscoder.pipeline import analyze_document


def figures_of(text: str) -> list[Figure]:
    document = Document(id="t", text=text, published="2016-05-02")
    return analyze_document(document, stages=["figures"]).figures


def tolls(text: str) -> tuple[float, float]:
    """The headline (killed, injured) of the text; 0 where there is none."""
    heads = {f.category: f.value for f in figures_of(text) if f.headline}
    return heads.get("killed", 0), heads.get("injured", 0)
