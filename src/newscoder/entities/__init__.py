"""The ``entities`` stage: named entities made consistent across the document.

Reads: the parse (``ctx.doc``).
Adds: ``analysis.entities``: one type and one identity per name, titles kept.

``run(ctx)`` is the stage (:mod:`newscoder.entities.stage`); it is imported on first use, so
that importing a module of this package does not load the whole stage.
"""

from __future__ import annotations

from newscoder.lazystage import stage_attribute

__all__ = ["run"]

__getattr__ = stage_attribute(__name__)
