"""The ``stance`` stage: each sentence as reported fact, attributed claim or opinion.

Reads: the parse and the quotes.
Adds: ``analysis.stance`` and the document's tone.

``run(ctx)`` is the stage (:mod:`newscoder.stance.stage`); it is imported on first use, so that
importing a module of this package does not load the whole stage.
"""

from __future__ import annotations

from newscoder.lazystage import stage_attribute

__all__ = ["run"]

__getattr__ = stage_attribute(__name__)
