"""What the pipeline stages pass along: the parsed text and the analysis being filled in."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from newscoder.model import Analysis


@dataclass
class Context:
    """One document on its way through the stages.

    ``doc`` is spaCy's parse of ``parse_text``: the document text with the same length, in
    which breaks that cut a sentence in two are blanked out, so every token offset is an offset
    into the original text as well. Stages read what earlier stages wrote into ``analysis`` and
    add their own records; ``scratch`` holds per-document values one stage hands to a later one
    (resolved sentence dates, coreference chains) that are not part of the output.
    """

    analysis: Analysis
    doc: Doc
    parse_text: str
    scratch: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.analysis.document.text
