"""Quote attribution against PolNeAR-style data: ``newscoder eval quotes FILE``.

Each line holds ``text`` and ``quotes[]`` with content ``start/end``, ``speaker_start/_end``,
``speaker_is_pronoun`` and ``type``. Predicted and gold quotes are paired one to one by the
largest content overlap. Figures:

- content P/R/F1: a pair counts when the contents overlap;
- attribution P/R/F1: the pair's source is right too — the speaker spans overlap, or (for a
  named gold source) the resolved name holds the gold source's last word; no gold source
  needs no predicted one;
- direct recall: share of gold direct quotes paired; speaker accuracy: share of the paired
  gold direct quotes whose source is right;
- indirect content recall: share of gold indirect quotes paired with a predicted content
  that covers them well (intersection over union of the characters at least ``IOU_BAR``):
  overlap alone rewards a content that runs far past its clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newscoder.eval import gold_records
from newscoder.model import Document, Quote

STAGES = ("entities", "quotes")  # the stages the quotes stage reads from, and itself
WORD = re.compile(r"[\w'’-]+")
IOU_BAR = 0.5


@dataclass(slots=True)
class Gold:
    start: int
    end: int
    kind: str
    speaker: tuple[int, int] | None
    speaker_text: str
    pronoun: bool


def read_gold(path: Path, limit: int | None) -> Iterator[tuple[Document, list[Gold]]]:
    for n, record in gold_records(path, limit, ("text",)):
        document = Document(
            id=str(record.get("id", n)),
            text=record["text"],
            published=record.get("publication_date"),
        )
        yield document, [gold_quote(q) for q in record.get("quotes", [])]


def gold_quote(q: dict[str, Any]) -> Gold:
    speaker = None
    if q.get("speaker_start") is not None:
        speaker = (int(q["speaker_start"]), int(q["speaker_end"]))
    return Gold(
        int(q["start"]),
        int(q["end"]),
        str(q.get("type", "")),
        speaker,
        str(q.get("speaker") or ""),
        bool(q.get("speaker_is_pronoun")),
    )


def overlap(gold: Gold, quote: Quote) -> int:
    return sum(max(0, min(gold.end, s.end) - max(gold.start, s.start)) for s in quote.content)


def iou(gold: Gold, quote: Quote) -> float:
    """Characters shared by the gold and predicted content over the characters of either."""
    shared = overlap(gold, quote)
    union = gold.end - gold.start + sum(s.end - s.start for s in quote.content) - shared
    return shared / union if union > 0 else 0.0


def pair(golds: list[Gold], quotes: list[Quote]) -> list[tuple[Gold, Quote]]:
    """One-to-one pairs, largest content overlap first."""
    scored = [
        (size, gi, pi)
        for gi, gold in enumerate(golds)
        for pi, quote in enumerate(quotes)
        if (size := overlap(gold, quote)) > 0
    ]
    scored.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in scored:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((golds[gi], quotes[pi]))
    return pairs


def source_right(gold: Gold, quote: Quote) -> bool:
    speaker = quote.speaker
    if gold.speaker is None:
        return speaker is None
    if speaker is None:
        return False
    if speaker.start < gold.speaker[1] and gold.speaker[0] < speaker.end:
        return True
    if gold.pronoun:
        return False
    gold_words = WORD.findall(gold.speaker_text.lower())
    return bool(gold_words) and gold_words[-1] in WORD.findall(speaker.name.lower())


def prf(right: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = right / predicted if predicted else 0.0
    r = right / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(path: Path, limit: int | None = None) -> dict[str, float]:
    from newscoder.pipeline import analyze_document

    counts = dict.fromkeys(
        (
            "gold",
            "predicted",
            "content",
            "attribution",
            "direct",
            "direct_found",
            "direct_speaker",
            "indirect",
            "indirect_covered",
        ),
        0,
    )
    for document, golds in read_gold(path, limit):
        quotes = analyze_document(document, stages=STAGES).quotes
        pairs = pair(golds, quotes)
        counts["gold"] += len(golds)
        counts["predicted"] += len(quotes)
        counts["content"] += len(pairs)
        counts["attribution"] += sum(source_right(g, q) for g, q in pairs)
        counts["direct"] += sum(g.kind == "direct" for g in golds)
        direct_pairs = [(g, q) for g, q in pairs if g.kind == "direct"]
        counts["direct_found"] += len(direct_pairs)
        counts["direct_speaker"] += sum(source_right(g, q) for g, q in direct_pairs)
        counts["indirect"] += sum(g.kind == "indirect" for g in golds)
        counts["indirect_covered"] += sum(
            g.kind == "indirect" and iou(g, q) >= IOU_BAR for g, q in pairs
        )
    return figures(counts)


def figures(counts: dict[str, int]) -> dict[str, float]:
    result: dict[str, float] = {}
    for name in ("content", "attribution"):
        p, r, f = prf(counts[name], counts["predicted"], counts["gold"])
        result |= {f"{name}_precision": p, f"{name}_recall": r, f"{name}_f1": f}
    result["direct_recall"] = counts["direct_found"] / counts["direct"] if counts["direct"] else 0.0
    found = counts["direct_found"]
    result["direct_speaker_accuracy"] = counts["direct_speaker"] / found if found else 0.0
    indirect = counts.get("indirect", 0)
    result["indirect_content_recall"] = (
        counts.get("indirect_covered", 0) / indirect if indirect else 0.0
    )
    result |= {f"n_{k}": float(v) for k, v in counts.items()}
    return result
