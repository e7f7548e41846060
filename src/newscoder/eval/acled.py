"""``newscoder eval acled FILE``: ACLED event types against labelled snippets (CASE 2021 style).

Each line is ``{"id", "text", "case_label", "acled": {"event_type", "sub_event_type"} | null}``;
``acled`` is null for reports ACLED does not code (disasters, crime, diplomacy, claims). A
snippet's prediction is its lead event's type (:func:`newscoder.acled.incidents.lead_event`).

Reported: weighted F1 over the sub-event types (each type's F1 weighted by its number of
snippets, as the shared task scored it; a prediction on a snippet ACLED does not code counts
against the predicted type's precision), accuracy of the six event types on the ACLED
snippets, the share of snippets with any typed event, the share of disaster and crime
snippets with no violent or protest type on any event, and the most frequent confusions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newscoder.eval import f1, gold_records, in_workers
from newscoder.model import AcledType, Document

STAGES = ["entities", "time", "places", "quotes", "actors", "events", "figures", "acled"]
NOT_ACLED = frozenset({"NATURAL_DISASTER", "MAN_MADE_DISASTER", "ORG_CRIME"})
VIOLENT = frozenset(
    {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots"}
)
CONFUSIONS_SHOWN = 10
NONE = "(none)"


def _analyse(row: dict[str, Any]) -> tuple[AcledType | None, list[AcledType]]:
    """The lead event's type and the types of all events of one snippet."""
    from newscoder.acled.incidents import lead_event
    from newscoder.pipeline import analyze_document

    document = Document(id=str(row.get("id", "")), text=row["text"], published=row.get("date"))
    events = analyze_document(document, stages=STAGES).events
    lead = lead_event(events)
    return (events[lead].acled if lead is not None else None), [
        e.acled for e in events if e.acled is not None
    ]


def predictions(rows: list[dict[str, Any]]) -> Iterator[tuple[AcledType | None, list[AcledType]]]:
    return in_workers(_analyse, rows, max_workers=2)


def gold_type(row: dict[str, Any]) -> AcledType | None:
    acled = row.get("acled")
    return AcledType(acled["event_type"], acled["sub_event_type"]) if acled else None


def weighted_f1(pairs: list[tuple[str | None, str | None]]) -> float:
    """Support-weighted F1 over the gold sub-event types of (gold, predicted) pairs."""
    support = Counter(gold for gold, _ in pairs if gold is not None)
    total = sum(support.values()) or 1
    score = 0.0
    for label, count in support.items():
        hits = sum(1 for gold, pred in pairs if gold == label and pred == label)
        predicted = sum(1 for _, pred in pairs if pred == label)
        precision = hits / predicted if predicted else 0.0
        score += count * f1(precision, hits / count)
    return score / total


def confusions(pairs: list[tuple[str | None, str | None]]) -> dict[str, int]:
    errors = Counter((gold or NONE, pred or NONE) for gold, pred in pairs if gold != pred)
    return {
        f"error: {gold} → {pred}": count
        for (gold, pred), count in errors.most_common(CONFUSIONS_SHOWN)
    }


def score(rows: list[dict[str, Any]], found: list[tuple[AcledType | None, list[AcledType]]]):  # type: ignore[no-untyped-def]
    golds = [gold_type(row) for row in rows]
    leads = [lead for lead, _ in found]
    sub_pairs = [
        (g.sub_event_type if g else None, p.sub_event_type if p else None)
        for g, p in zip(golds, leads, strict=True)
    ]
    coded = [(g, p) for g, p in zip(golds, leads, strict=True) if g is not None]
    type_hits = sum(1 for g, p in coded if p is not None and p.event_type == g.event_type)
    clean = [
        not any(t.event_type in VIOLENT for t in types)
        for row, (_, types) in zip(rows, found, strict=True)
        if row.get("case_label") in NOT_ACLED
    ]
    figures: dict[str, Any] = {
        "snippets": len(rows),
        "weighted F1 (sub-event type)": weighted_f1(sub_pairs),
        "event type accuracy": type_hits / (len(coded) or 1),
        "share with a typed event": sum(1 for _, types in found if types) / (len(rows) or 1),
        "disaster/crime without a violent type": sum(clean) / (len(clean) or 1),
    }
    figures.update(confusions(sub_pairs))
    return figures


def evaluate(path: Path, limit: int | None = None) -> dict[str, float]:
    rows = [row for _, row in gold_records(path, limit, ("text", "acled"))]
    result: dict[str, float] = score(rows, list(predictions(rows)))
    return result
