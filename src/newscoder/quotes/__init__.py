"""The ``quotes`` stage: who said what: direct, indirect and mixed speech.

Reads: the parse, the entities and the document's datelines and byline.
Adds: ``analysis.quotes`` with content, cue, speaker (pronouns resolved) and medium;
``quote_at`` answers later stages.

``run(ctx)`` is the stage (:mod:`newscoder.quotes.stage`); it is imported on first use, so that
importing a module of this package does not load the whole stage.
"""

from __future__ import annotations

from newscoder.lazystage import stage_attribute

__all__ = ["run"]

__getattr__ = stage_attribute(__name__)
