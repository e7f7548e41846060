"""``newscoder eval casualties FILE``: the headline death toll (and injured) against gold counts.

The death toll is the headline of the killed or the executed, whichever the article states
first (:func:`newscoder.figures.headline.death_toll`).

Reads FA-KES-style lines (``fatalities``) or Gun Violence Archive lines (``fatalities`` and
``injured``), analyses each text with the parse and the figures stage only (the quotes stage
too when it is configured, for sources), with the line's ``title`` as its headline, as
``analyze`` reads a record, and reports per count: the share exact, the share
within 10 %, and the confusion on zero-casualty articles (a missing headline predicts 0).
Documents are analysed in worker processes, one per core.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newscoder.eval import gold_records, in_workers
from newscoder.figures.headline import death_toll
from newscoder.model import Analysis, Document, Figure

STAGES = ["figures"]
COUNTS = {"fatalities": "killed", "injured": "injured"}


def read_gold(path: Path, limit: int | None) -> list[dict[str, Any]]:
    return [row for _, row in gold_records(path, limit, ("text", "fatalities"))]


def headline_value(figures: list[Figure], category: str) -> float:
    """The headline count of a category; 0 when the article states none."""
    for figure in figures:
        if figure.headline and figure.category == category:
            return figure.value
    return 0.0


def predicted_counts(analysis: Analysis) -> dict[str, float]:
    """The death toll (killed or executed, :func:`death_toll`) and the headline injured."""
    counts = {gold: headline_value(analysis.figures, cat) for gold, cat in COUNTS.items()}
    toll = death_toll(analysis.figures)
    counts["fatalities"] = toll.value if toll is not None else 0.0
    return counts


def _analyse(row: dict[str, Any]) -> dict[str, float]:
    from newscoder.pipeline import analyze_document

    # GVA rows carry the incident's day in "date" and the article's in "document_date"
    published = row.get("document_date") or row.get("date")
    title = row.get("title") if isinstance(row.get("title"), str) else None
    # the record is read as `analyze` reads it: its title is the headline, apart from the text
    document = Document(id=str(row.get("id", "")), text=row["text"], published=published,
                        title=title)
    return predicted_counts(analyze_document(document, stages=STAGES))


def predictions(rows: list[dict[str, Any]]) -> Iterator[dict[str, float]]:
    return in_workers(_analyse, rows)


def score(pairs: list[tuple[float, float]], name: str) -> dict[str, float]:
    """Exact, within 10 %, and the zero/non-zero confusion for (gold, predicted) pairs."""
    total = len(pairs) or 1
    exact = sum(1 for gold, pred in pairs if gold == pred)
    close = sum(1 for gold, pred in pairs if abs(pred - gold) <= 0.1 * gold or gold == pred)
    return {
        f"{name}_exact": exact / total,
        f"{name}_within_10pct": close / total,
        f"{name}_zero_gold_zero_pred": sum(1 for g, p in pairs if g == 0 and p == 0),
        f"{name}_zero_gold_nonzero_pred": sum(1 for g, p in pairs if g == 0 and p != 0),
        f"{name}_nonzero_gold_zero_pred": sum(1 for g, p in pairs if g != 0 and p == 0),
        f"{name}_nonzero_gold_nonzero_pred": sum(1 for g, p in pairs if g != 0 and p != 0),
    }


def evaluate(path: Path, limit: int | None = None) -> dict[str, float]:
    rows = read_gold(path, limit)
    predicted = list(predictions(rows))
    result: dict[str, float] = {"documents": len(rows)}
    for gold_key, name in COUNTS.items():
        pairs = [
            (float(row[gold_key]), pred[gold_key])
            for row, pred in zip(rows, predicted, strict=True)
            if isinstance(row.get(gold_key), int | float)
        ]
        if pairs:
            result.update(score(pairs, name))
    return result
