"""The ``quotes`` stage: who said what: direct, indirect and mixed speech.

Reads: the parse, the entities and the document's datelines and byline.
Adds: ``analysis.quotes`` with content, cue, speaker (pronouns resolved) and medium;
``quote_at`` answers later stages.

``run(ctx)`` is the stage (:mod:`newscoder.quotes.stage`); it is imported on first use, so that
importing a module of this package does not load the whole stage.
"""

from __future__ import annotations

from typing import Any

__all__ = ["run"]


def __getattr__(name: str) -> Any:
    if name == "run":
        from newscoder.quotes.stage import run

        return run
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
