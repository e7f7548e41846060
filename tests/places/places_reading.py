"""What the place tests read of an invented text: its places by the words that name them."""

from __future__ import annotations

from newscoder.model import Document, Place


def places_of(text: str) -> dict[str, Place]:
    """The places the entities and places stages find in ``text``, keyed by their words."""
    from newscoder.parse import parse
    from newscoder.pipeline import load_stage

    ctx = parse(Document(id="t", text=text))
    load_stage("entities")(ctx)
    load_stage("places")(ctx)
    return {p.text: p for p in ctx.analysis.places}
