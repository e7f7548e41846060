"""The ``figures`` stage: the figures an article claims: killed, injured, displaced and the rest.

Reads: the parse, the quotes, the timexes, the places and the events.
Adds: ``analysis.figures`` with bounds, nesting, sources and headline marks, and
``analysis.checks``.

``run(ctx)`` is the stage (:mod:`newscoder.figures.stage`); it is imported on first use, so that
importing a module of this package does not load the whole stage.
"""

from __future__ import annotations

from newscoder.lazystage import stage_attribute

__all__ = ["run"]

__getattr__ = stage_attribute(__name__)
