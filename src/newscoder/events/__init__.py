"""The ``events`` stage: who did what to whom, coded in CAMEO and PLOVER.

Reads: the parse, the actors, the quotes, the timexes and the places.
Adds: ``analysis.events`` with actors, modality, date, place, evidence and Goldstein score.

``run(ctx)`` is the stage (:mod:`newscoder.events.stage`); it is imported on first use, so that
importing a module of this package does not load the whole stage.
"""

from __future__ import annotations

from newscoder.lazystage import stage_attribute

__all__ = ["run"]

__getattr__ = stage_attribute(__name__)
