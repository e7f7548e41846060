"""The ``time`` stage: time expressions normalised to TIMEX3.

Reads: the parse and the publication date.
Adds: ``analysis.timexes`` (dates, times, durations, sets with their values); ``date_for_span``
answers later stages.

``run(ctx)`` is the stage (:mod:`newscoder.time.stage`); it is imported on first use, so that
importing a module of this package does not load the whole stage.
"""

from __future__ import annotations

from newscoder.lazystage import stage_attribute

__all__ = ["run"]

__getattr__ = stage_attribute(__name__)
