"""The time evaluation: TempEval-3 style matching and figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import shared_file
from newscoder.errors import EvalDataError
from newscoder.eval.time import Counts, evaluate, figures, match
from newscoder.model import TimeExpression


def timex(start: int, end: int, value: str, kind: str = "DATE") -> TimeExpression:
    return TimeExpression(start=start, end=end, type=kind, value=value)  # type: ignore[arg-type]


def gold(start: int, end: int, value: str, kind: str = "DATE") -> dict[str, object]:
    return {"start": start, "end": end, "type": kind, "value": value}


@pytest.mark.parametrize(
    ("system", "gold_items", "expected"),
    [
        # same span, same value
        ([timex(0, 6, "2014-01-12")], [gold(0, 6, "2014-01-12")], (1, 1, 1, 1)),
        # overlapping span ("on Sunday" vs "Sunday"): relaxed, not strict
        ([timex(0, 9, "2014-01-12")], [gold(3, 9, "2014-01-12")], (0, 1, 1, 1)),
        # right span, wrong value and type
        ([timex(0, 6, "P4M", "DURATION")], [gold(0, 6, "2013-09")], (1, 1, 0, 0)),
        # no overlap at all
        ([timex(0, 6, "2014")], [gold(10, 14, "2014")], (0, 0, 0, 0)),
        # one gold timex matches one system timex only
        ([timex(0, 4, "2014"), timex(2, 6, "2014")], [gold(0, 6, "2014")], (0, 1, 1, 1)),
    ],
)
def test_eval_time_match(
    system: list[TimeExpression], gold_items: list[dict[str, object]],
    expected: tuple[int, int, int, int],
) -> None:
    counts = match(system, gold_items)  # type: ignore[arg-type]
    assert (counts.strict, counts.relaxed, counts.value, counts.type) == expected


def test_eval_time_figures() -> None:
    out = figures(Counts(system=4, gold=5, strict=2, relaxed=4, value=3, type=4))
    assert out["relaxed_precision"] == 1.0
    assert out["relaxed_recall"] == pytest.approx(0.8)
    assert out["value_f1"] == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert out["type_accuracy"] == 1.0


def test_eval_time_rejects_bad_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"no_text": 1}\n', encoding="utf-8")
    with pytest.raises(EvalDataError):
        evaluate(path)


@pytest.mark.slow
def test_eval_time_own_example(tmp_path: Path) -> None:
    text = "The minister resigned on Friday after four months in office."
    record = {
        "dct": "2014-01-13",
        "text": text,
        "timexes": [
            gold(text.index("Friday"), text.index("Friday") + 6, "2014-01-10"),
            gold(text.index("four"), text.index("four") + 11, "P4M", "DURATION"),
        ],
    }
    path = tmp_path / "own.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    out = evaluate(path)
    assert out["strict_f1"] == 1.0
    assert out["value_f1"] == 1.0


@pytest.mark.slow
def test_eval_time_timebank_sample_floor() -> None:
    """A small sample of TimeBank+AQUAINT stays above a floor (the full run is in the note)."""
    out = evaluate(shared_file("data/time/tbaq_train.jsonl"), limit=25)
    assert out["relaxed_f1"] >= 0.8
    assert out["value_f1"] >= 0.6
