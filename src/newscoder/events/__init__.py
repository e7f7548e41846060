"""The ``events`` stage: who did what to whom, coded in CAMEO and PLOVER.

Reads: the parse, the actors, the quotes, the timexes and the places.
Adds: ``analysis.events`` with actors, modality, date, place, evidence and Goldstein score.

``run(ctx)`` is the stage (:mod:`newscoder.events.stage`); it is imported on first use, so that
importing a module of this package does not load the whole stage.
"""

from __future__ import annotations

from typing import Any

__all__ = ["run"]


def __getattr__(name: str) -> Any:
    if name == "run":
        from newscoder.events.stage import run

        return run
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
