"""The ``incidents`` stage: one record per real-world occurrence (an attack, a shooting, a
protest, an arrest, a crash), however many sentences, events and figures report it.

Reads: the parse, the places, the timexes, the quotes, the actors, the events (with their
ACLED types) and the figures.
Adds: ``analysis.incidents``, each with its events and figures, lead mark, date, place
(with admin1 and precision), fatalities and injured, ACLED type, perpetrators, victims and
reporters, and the evidence spans.

``run(ctx)`` is the stage (:mod:`newscoder.incidents.stage`); it is imported on first use, so
that importing a module of this package does not load the whole stage.
"""

from __future__ import annotations

from newscoder.lazystage import stage_attribute

__all__ = ["run"]

__getattr__ = stage_attribute(__name__)
