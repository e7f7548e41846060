"""The ``actors`` stage: CAMEO actor codes for the phrases that name political actors, and the
knowledge base they come from.

Reads: the parse, the entities, the places, the time expressions (the date of each clause:
``dating.py``) and the publication date.
Adds: ``analysis.actors``, one code per actor per document unless its role changed
(``consistency.py``). The knowledge base (``kb.py``) is built from the Phoenix dictionaries
by ``newscoder build --only actors`` (``kb_build.py``), then read with the project's tables
(``lexicons/en/actors/``) and a user's overlay over it. ``newscoder actors --uncoded``
(``commands.py``, ``uncoded.py``) lists what a store left uncoded.

``run(ctx)`` is the stage (:mod:`newscoder.actors.stage`); it is imported on first use, so that
importing a module of this package does not load the whole stage.
"""

from __future__ import annotations

from newscoder.lazystage import stage_attribute

__all__ = ["run"]

__getattr__ = stage_attribute(__name__)
