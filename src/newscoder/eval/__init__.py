"""Evaluation against annotated data: ``newscoder eval KIND FILE``.

Each kind is a module here with ``evaluate(path: Path, limit: int | None) -> dict[str, float]``
returning named figures; the CLI prints them as a table (or JSON with ``--json``).
"""

from __future__ import annotations

import importlib
import json
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from newscoder.errors import EvalDataError

EVALUATORS: dict[str, str] = {
    "quotes": "newscoder.eval.quotes",
    "time": "newscoder.eval.time",
    "places": "newscoder.eval.places",
    "events": "newscoder.eval.events",
    "actors": "newscoder.eval.actors",
    "casualties": "newscoder.eval.casualties",
    "acled": "newscoder.eval.acled",
    "incidents": "newscoder.eval.incidents",
}

Evaluator = Callable[[Path, int | None], dict[str, float]]


def load_evaluator(kind: str) -> Evaluator:
    if kind not in EVALUATORS:
        raise EvalDataError(f"unknown evaluation {kind!r}; known: {', '.join(EVALUATORS)}")
    evaluate: Evaluator = importlib.import_module(EVALUATORS[kind]).evaluate
    return evaluate


def gold_records(
    path: Path, limit: int | None = None, required: tuple[str, ...] = ()
) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, record) of an annotated JSONL file, at most ``limit`` records.

    A line that is not a JSON object holding the ``required`` keys stops the evaluation with
    a message naming the file and line: a score over a damaged file would mislead.
    """
    if not path.exists():
        raise EvalDataError(f"{path}: no such file")
    count = 0
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            if limit is not None and count >= limit:
                return
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise EvalDataError(f"{path}:{number}: invalid JSON ({error})") from None
            missing = [key for key in required if key not in record]
            if not isinstance(record, dict) or missing:
                raise EvalDataError(f"{path}:{number}: needs {', '.join(map(repr, required))}")
            count += 1
            yield number, record


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


POOL_MIN_DOCUMENTS = 20  # fewer documents are analysed in-process: no model loads per worker
Row = TypeVar("Row")
Result = TypeVar("Result")


def in_workers(
    analyse: Callable[[Row], Result], rows: list[Row], max_workers: int = 4
) -> Iterator[Result]:
    """``analyse`` over the gold records, in order, in one worker process per core (at most
    ``max_workers``); small files stay in this process."""
    workers = max(1, min(os.cpu_count() or 1, max_workers))
    if workers == 1 or len(rows) < POOL_MIN_DOCUMENTS:
        yield from map(analyse, rows)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(analyse, rows, chunksize=8)
