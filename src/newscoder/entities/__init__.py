"""The ``entities`` stage: named entities made consistent across the document.

Reads: the parse (``ctx.doc``).
Adds: ``analysis.entities``: one type and one identity per name, titles kept.

``run(ctx)`` is the stage (:mod:`newscoder.entities.stage`); it is imported on first use, so
that importing a module of this package does not load the whole stage.
"""

from __future__ import annotations

from typing import Any

__all__ = ["run"]


def __getattr__(name: str) -> Any:
    if name == "run":
        from newscoder.entities.stage import run

        return run
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
