"""Evaluation of the time stage against TIMEX3-annotated news (TimeBank + AQUAINT format).

Each JSONL line holds ``text``, ``dct`` (the document creation time) and ``timexes`` with
``start``, ``end``, ``type`` and ``value``. Figures follow TempEval-3: extent precision,
recall and F1, strict (same span) and relaxed (overlapping spans, matched one to one); value
F1, where a system timex counts when it overlaps a gold one and their values are equal (the
task's ranking metric); type accuracy over the relaxed matches.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newscoder.errors import EvalDataError
from newscoder.eval import f1, gold_records
from newscoder.model import Document, TimeExpression

GOLD_KEYS = ("start", "end", "type", "value")


@dataclass
class Counts:
    system: int = 0
    gold: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def add(self, other: Counts) -> None:
        for name in ("system", "gold", "strict", "relaxed", "value", "type"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def read_gold(path: Path, limit: int | None) -> Iterator[dict[str, Any]]:
    for number, record in gold_records(path, limit, ("text", "timexes")):
        if not all(k in t for t in record["timexes"] for k in GOLD_KEYS):
            raise EvalDataError(f"{path}:{number}: not a TIMEX3 record (a timex lacks a key)")
        yield record


def match(system: list[TimeExpression], gold: list[dict[str, Any]]) -> Counts:
    """Count strict, relaxed, value and type matches; each gold timex matches once."""
    counts = Counts(system=len(system), gold=len(gold))
    used: set[int] = set()
    for timex in system:
        best = None
        for index, item in enumerate(gold):
            if index in used or not (timex.start < item["end"] and item["start"] < timex.end):
                continue
            if best is None or (item["start"], item["end"]) == (timex.start, timex.end):
                best = index
        if best is None:
            continue
        used.add(best)
        item = gold[best]
        counts.relaxed += 1
        counts.strict += (item["start"], item["end"]) == (timex.start, timex.end)
        counts.value += item["value"] == timex.value
        counts.type += item["type"] == timex.type
    return counts


def analyse(record: dict[str, Any]) -> list[TimeExpression]:
    from newscoder.pipeline import analyze_document

    dct = record.get("dct") or record.get("date")
    document = Document(
        id=str(record.get("id", "")), text=record["text"], published=dct[:10] if dct else None
    )
    return analyze_document(document, stages=["time"]).timexes


def figures(counts: Counts) -> dict[str, float]:
    def prf(hits: int) -> tuple[float, float, float]:
        p = hits / counts.system if counts.system else 0.0
        r = hits / counts.gold if counts.gold else 0.0
        return p, r, f1(p, r)

    out: dict[str, float] = {"documents": 0.0, "gold": counts.gold, "system": counts.system}
    for name, hits in (("strict", counts.strict), ("relaxed", counts.relaxed),
                       ("value", counts.value)):
        p, r, f = prf(hits)
        out |= {f"{name}_precision": p, f"{name}_recall": r, f"{name}_f1": f}
    out["type_accuracy"] = counts.type / counts.relaxed if counts.relaxed else 0.0
    return out


def evaluate(path: Path, limit: int | None = None) -> dict[str, float]:
    total = Counts()
    documents = 0
    for record in read_gold(path, limit):
        total.add(match(analyse(record), record["timexes"]))
        documents += 1
    out = figures(total)
    out["documents"] = float(documents)
    return out
