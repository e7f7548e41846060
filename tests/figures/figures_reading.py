"""What the figure tests read of an invented sentence: its figures and headline tolls."""

from __future__ import annotations

from newscoder.figures.headline import death_toll
from newscoder.model import Document, Figure
from newscoder.pipeline import analyze_document


def figures_of(text: str, published: str | None = "2016-05-02") -> list[Figure]:
    document = Document(id="t", text=text, published=published)
    return analyze_document(document, stages=["figures"]).figures


def headlines(text: str) -> dict[str, float]:
    """Category → value of the text's headline figures."""
    return {f.category: f.value for f in figures_of(text) if f.headline}


def tolls(text: str) -> tuple[float, float]:
    """The headline (killed, injured) of the text; 0 where there is none."""
    heads = headlines(text)
    return heads.get("killed", 0), heads.get("injured", 0)


def killed(text: str) -> float:
    """The text's death toll (:func:`newscoder.figures.headline.death_toll`); 0 when none."""
    toll = death_toll(figures_of(text))
    return toll.value if toll is not None else 0
