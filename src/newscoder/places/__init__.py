"""The ``places`` stage: toponyms resolved to GeoNames entries, and the offline gazetteer they are
looked up in.

Reads: the parse, the entities and the document's datelines.
Adds: ``analysis.places`` with coordinates and country; ``place_for_span`` answers later stages.
The gazetteer (``gazetteer.py``) is built by ``newscoder build --only gazetteer``.

``run(ctx)`` is the stage (:mod:`newscoder.places.stage`); it is imported on first use, so that
importing a module of this package does not load the whole stage.
"""

from __future__ import annotations

from newscoder.lazystage import stage_attribute

__all__ = ["run"]

__getattr__ = stage_attribute(__name__)
