"""Evaluation against annotated data: ``newscoder eval KIND FILE``.

Each kind is a module here with ``evaluate(path: Path, limit: int | None) -> dict[str, float]``
returning named figures; the CLI prints them as a table (or JSON with ``--json``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from newscoder.errors import EvalDataError

EVALUATORS: dict[str, str] = {
    "quotes": "newscoder.eval.quotes",
    "time": "newscoder.eval.time",
    "places": "newscoder.eval.places",
    "events": "newscoder.eval.events",
    "actors": "newscoder.eval.actors",
    "casualties": "newscoder.eval.casualties",
}

Evaluator = Callable[[Path, int | None], dict[str, float]]


def load_evaluator(kind: str) -> Evaluator:
    if kind not in EVALUATORS:
        raise EvalDataError(f"unknown evaluation {kind!r}; known: {', '.join(EVALUATORS)}")
    evaluate: Evaluator = importlib.import_module(EVALUATORS[kind]).evaluate
    return evaluate
