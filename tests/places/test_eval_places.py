"""The geoparsing scorer: matching, distances, and a small sample of LGL with a floor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import shared_file
from newscoder.errors import EvalDataError
from newscoder.eval.places import Tally, evaluate, read_gold
from newscoder.model import Place

GOLD = [
    {"start": 0, "end": 5, "geonameid": 2988507, "lat": 48.85, "lon": 2.35},  # Paris
    {"start": 10, "end": 16, "geonameid": 2643743, "lat": 51.51, "lon": -0.13},  # London
    {"start": 20, "end": 26, "geonameid": None, "lat": 52.52, "lon": 13.40},  # Berlin
]


def place(start: int, end: int, lat: float | None, lon: float | None, gid: int | None) -> Place:
    return Place(start, end, "x", geonameid=gid, lat=lat, lon=lon)


def test_eval_places_tally_counts() -> None:
    tally = Tally()
    predicted = [
        place(0, 5, 48.86, 2.34, 2988507),  # right
        place(10, 16, 48.86, 2.34, 1),  # detected, wrong place
        place(30, 35, 0.0, 0.0, 2),  # spurious
    ]
    tally.add(GOLD, predicted)
    figures = tally.figures()
    assert figures["detection_precision"] == pytest.approx(2 / 3, abs=1e-3)
    assert figures["detection_recall"] == pytest.approx(2 / 3, abs=1e-3)
    assert figures["acc161_matched"] == pytest.approx(0.5)
    assert figures["acc161_end_to_end"] == pytest.approx(1 / 3, abs=1e-3)
    assert figures["geonameid_accuracy_matched"] == pytest.approx(0.5)


def test_eval_places_unresolved_counts_wrong() -> None:
    tally = Tally()
    tally.add(GOLD[:1], [place(0, 5, None, None, None)])
    assert tally.figures()["acc161_matched"] == 0.0
    assert tally.figures()["detection_recall"] == 1.0


def test_eval_places_bad_file(tmp_path: Path) -> None:
    with pytest.raises(EvalDataError):
        list(read_gold(tmp_path / "missing.jsonl"))
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"text": "no toponyms key"}) + "\n", encoding="utf-8")
    with pytest.raises(EvalDataError):
        list(read_gold(bad))


@pytest.mark.slow
@pytest.mark.shared
def test_eval_places_lgl_sample_floor() -> None:
    figures = evaluate(shared_file("data/geo/lgl.jsonl"), limit=25)
    assert figures["detection_f1"] >= 0.6
    assert figures["acc161_matched"] >= 0.7
