"""The casualties evaluation: scoring, reading gold lines, and a small floor on dev data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import shared_file
from newscoder.errors import EvalDataError
from newscoder.eval import POOL_MIN_DOCUMENTS
from newscoder.eval.casualties import (
    evaluate,
    headline_value,
    read_gold,
    score,
)
from newscoder.figures.headline import death_toll
from newscoder.model import Figure

SAMPLE = POOL_MIN_DOCUMENTS - 1  # small enough to run in the test process


def test_eval_casualties_score() -> None:
    result = score([(10, 10), (100, 95), (0, 0), (0, 3), (7, 0)], "killed")
    assert result["killed_exact"] == pytest.approx(2 / 5)
    assert result["killed_within_10pct"] == pytest.approx(3 / 5)
    assert result["killed_zero_gold_zero_pred"] == 1
    assert result["killed_zero_gold_nonzero_pred"] == 1
    assert result["killed_nonzero_gold_zero_pred"] == 1
    assert result["killed_nonzero_gold_nonzero_pred"] == 2


def test_eval_casualties_headline_value() -> None:
    figures = [
        Figure(0, 2, 12, "killed"),
        Figure(5, 7, 30, "killed", headline=True),
        Figure(9, 10, 4, "injured"),
    ]
    assert headline_value(figures, "killed") == 30
    assert headline_value(figures, "injured") == 0


def test_eval_casualties_death_toll_counts_executions() -> None:
    executed_first = [
        Figure(0, 2, 19, "executed", headline=True),
        Figure(40, 42, 5, "killed", headline=True),
    ]
    assert death_toll(executed_first) is executed_first[0]
    killed_first = [
        Figure(0, 2, 7, "killed", headline=True),
        Figure(40, 42, 3, "executed", headline=True),
        Figure(50, 52, 9, "injured", headline=True),
    ]
    assert death_toll(killed_first) is killed_first[0]
    assert death_toll([Figure(0, 2, 9, "injured", headline=True)]) is None


def test_eval_casualties_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "x"}) + "\n", encoding="utf-8")
    with pytest.raises(EvalDataError):
        read_gold(path, None)


@pytest.mark.slow
@pytest.mark.shared
def test_eval_casualties_fakes_sample_floor() -> None:
    result = evaluate(shared_file("data/casualties/fakes_dev.jsonl"), limit=SAMPLE)
    assert result["documents"] == SAMPLE
    assert result["killed_within_10pct"] >= 0.5


@pytest.mark.slow
@pytest.mark.shared
def test_eval_casualties_gva_sample_floor() -> None:
    result = evaluate(shared_file("data/casualties/gva_dev.jsonl"), limit=SAMPLE)
    assert result["killed_exact"] >= 0.5
    assert result["injured_exact"] >= 0.35


@pytest.mark.slow
@pytest.mark.issue(18)
def test_eval_casualties_reads_the_title(tmp_path: Path) -> None:
    # a record is read as `analyze` reads it: the title's toll heads where the text counts none
    path = tmp_path / "gold.jsonl"
    stub = "Sign in to keep reading this story."
    lines = [
        {"id": "a", "text": stub, "title": "3 wounded in late-night shooting",
         "fatalities": 0, "injured": 3},
        {"id": "b", "text": stub, "title": "Two dead after gunfire at motel",
         "fatalities": 2, "injured": 0},
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    result = evaluate(path)
    assert result["killed_exact"] == 1.0
    assert result["injured_exact"] == 1.0
