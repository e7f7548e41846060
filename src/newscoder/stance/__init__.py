"""The ``stance`` stage: each sentence as reported fact, attributed claim or opinion.

Reads: the parse and the quotes.
Adds: ``analysis.stance`` and the document's tone.

``run(ctx)`` is the stage (:mod:`newscoder.stance.stage`); it is imported on first use, so that
importing a module of this package does not load the whole stage.
"""

from __future__ import annotations

from typing import Any

__all__ = ["run"]


def __getattr__(name: str) -> Any:
    if name == "run":
        from newscoder.stance.stage import run

        return run
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
