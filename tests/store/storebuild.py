"""A small builder of hand-made analyses for the identity and cluster tests of the store.

An article is written as plain sentences; names are given as phrases of it, and their
offsets are found in the text, so each record is what the extractors would write.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newscoder.model import Actor, Analysis, Document, Entity, Event, Mention, Place, Span


@dataclass
class Article:
    doc_id: str
    text: str
    outlet: str | None = "Harbour Herald"
    byline: str | None = None  # a phrase of the text that is the byline
    analysis: Analysis = field(init=False)

    def __post_init__(self) -> None:
        doc = Document(id=self.doc_id, text=self.text, published="2024-05-10",
                       outlet=self.outlet, title=self.doc_id)
        if self.byline:
            doc.byline_span = self.span(self.byline)
        self.analysis = Analysis(document=doc)

    def span(self, phrase: str, nth: int = 0) -> Span:
        start = -1
        for _ in range(nth + 1):
            start = self.text.index(phrase, start + 1)
        return Span(start, start + len(phrase))

    def entity(self, name: str, label: str, *phrases: str, aliases: tuple[str, ...] = (),
               country: str | None = None) -> int:
        """An entity mentioned by each phrase (its name when none is given)."""
        idx = len(self.analysis.entities)
        entity = Entity(idx, name, label, aliases=list(aliases), country=country)
        for phrase in phrases or (name,):
            s = self.span(phrase)
            entity.mentions.append(len(self.analysis.mentions))
            self.analysis.mentions.append(Mention(s.start, s.end, phrase, label, idx))
        self.analysis.entities.append(entity)
        return idx

    def actor(self, phrase: str, code: str, entity: int | None = None,
              kb_id: str | None = None) -> Actor:
        s = self.span(phrase)
        country = code[:3] if len(code) >= 3 and code[:3].isupper() and len(code) > 3 else None
        found = Actor(code, phrase, s.start, s.end, country=country,
                      sector=code[3:6] or None, entity_id=entity, kb_id=kb_id)
        self.analysis.actors.append(found)
        return found

    def place(self, phrase: str, **where: Any) -> Place:
        s = self.span(phrase)
        found = Place(s.start, s.end, phrase, text=phrase, **where)
        self.analysis.places.append(found)
        return found

    def event(self, plover: str, cameo: str, source: list[Actor], target: list[Actor],
              date: str, place: Place | None = None, modality: str = "asserted") -> Event:
        found = Event(plover, cameo, source, target, Span(0, len(self.text)),
                      modality=modality, date=date, place=place)  # type: ignore[arg-type]
        self.analysis.events.append(found)
        return found
