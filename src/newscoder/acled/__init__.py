"""The ``acled`` stage: each event's type in ACLED's typology, and its fatalities.

Reads: the parse, the places, the actors, the events and the figures.
Adds: ``Event.acled`` (event type and sub-event type, spelled as ACLED's codebook spells them,
or None where ACLED would not code the event) and ``Event.fatalities`` (the killed figure
linked to the same event); events for sentences whose words alone report an occurrence ACLED
codes but where the events stage found none ("an IED exploded near the market").

``run(ctx)`` is the stage (:mod:`newscoder.acled.stage`); it is imported on first use, so that
importing a module of this package does not load the whole stage.
"""

from __future__ import annotations

from newscoder.lazystage import stage_attribute

__all__ = ["run"]

__getattr__ = stage_attribute(__name__)
