"""The quotes evaluation: pairing by overlap, source judgement and the figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import shared_file
from newscoder.eval.quotes import Gold, evaluate, figures, iou, pair, prf, source_right
from newscoder.model import Quote, Span, Speaker


def gold(
    start: int,
    end: int,
    speaker: tuple[int, int] | None = (0, 5),
    text: str = "Smith",
    pronoun: bool = False,
    kind: str = "direct",
) -> Gold:
    return Gold(start, end, kind, speaker, text, pronoun)


def quote(start: int, end: int, name: str = "Ann Smith", at: tuple[int, int] = (0, 5)) -> Quote:
    return Quote("direct", [Span(start, end)], Speaker(name, *at), Span(6, 10))


def test_eval_quotes_pairs_one_to_one_by_largest_overlap() -> None:
    golds = [gold(10, 30), gold(40, 60)]
    quotes = [quote(12, 45), quote(41, 59)]
    pairs = pair(golds, quotes)
    assert {(g.start, q.content[0].start) for g, q in pairs} == {(10, 12), (40, 41)}


@pytest.mark.parametrize(
    ("g", "q", "right"),
    [
        (gold(10, 30), quote(10, 30), True),  # same speaker span
        (gold(10, 30), quote(10, 30, "Ann Smith", (70, 75)), True),  # same name elsewhere
        (gold(10, 30), quote(10, 30, "Bob Jones", (70, 75)), False),
        (gold(10, 30, (0, 2), "he", True), quote(10, 30, "Ann Smith", (70, 75)), False),
        (gold(10, 30, None), quote(10, 30), False),  # no source in the gold
    ],
)
def test_eval_quotes_source_right(g: Gold, q: Quote, right: bool) -> None:
    assert source_right(g, q) is right


def test_eval_quotes_figures() -> None:
    assert prf(1, 2, 4) == pytest.approx((0.5, 0.25, 1 / 3))
    counts = {
        "gold": 4,
        "predicted": 2,
        "content": 2,
        "attribution": 1,
        "direct": 2,
        "direct_found": 2,
        "direct_speaker": 1,
    }
    result = figures(counts)
    assert result["content_precision"] == 1.0 and result["attribution_recall"] == 0.25
    assert result["direct_speaker_accuracy"] == 0.5


@pytest.mark.slow
def test_eval_quotes_on_an_invented_file(tmp_path: Path) -> None:
    text = 'Mayor Ana Ruiz said, "The new bridge opens in May." Traffic was light.'
    start = text.index("The new")
    record = {
        "text": text,
        "quotes": [
            {
                "start": start - 1,
                "end": text.index(" Traffic"),
                "type": "direct",
                "speaker_start": 6,
                "speaker_end": 14,
                "speaker_is_pronoun": False,
                "speaker": "Ana Ruiz",
                "cue_start": 15,
                "cue_end": 19,
            }
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = evaluate(path, None)
    assert result["attribution_recall"] == 1.0 and result["direct_recall"] == 1.0


@pytest.mark.slow
def test_eval_quotes_dev_sample_floor() -> None:
    path = shared_file("data/quotes/polnear_dev.jsonl")
    result = evaluate(path, 6)
    assert result["content_precision"] >= 0.6
    assert result["direct_recall"] >= 0.8
    assert result["attribution_f1"] >= 0.35


@pytest.mark.parametrize(
    ("gold_span", "content", "expected"),
    [
        ((0, 10), [(0, 10)], 1.0),
        ((0, 10), [(0, 5)], 0.5),
        ((0, 10), [(0, 20)], 0.5),
        ((0, 10), [(0, 4), (6, 10)], 0.8),
        ((0, 10), [(20, 30)], 0.0),
    ],
)
def test_eval_quotes_iou(
    gold_span: tuple[int, int], content: list[tuple[int, int]], expected: float
) -> None:
    gold = Gold(gold_span[0], gold_span[1], "indirect", None, "", False)
    quote = Quote("indirect", [Span(s, e) for s, e in content], None, None)
    assert iou(gold, quote) == pytest.approx(expected)
