"""The ``actors`` stage: CAMEO actor codes for the phrases that name political actors, and the
knowledge base they come from.

Reads: the parse, the entities, the places and the publication date.
Adds: ``analysis.actors``. The knowledge base (``kb.py``) is built from the Phoenix dictionaries
by ``newscoder build --only actors`` (``kb_build.py``).

``run(ctx)`` is the stage (:mod:`newscoder.actors.stage`); it is imported on first use, so that
importing a module of this package does not load the whole stage.
"""

from __future__ import annotations

from typing import Any

__all__ = ["run"]


def __getattr__(name: str) -> Any:
    if name == "run":
        from newscoder.actors.stage import run

        return run
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
