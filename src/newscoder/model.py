"""The data model every stage shares: plain, typed records that point back into the text.

All offsets are Python ``str`` indices into ``Document.text`` (end exclusive). Records are
dataclasses with plain values so they pickle cheaply between worker processes and turn into
JSON with :func:`as_plain` (what :func:`dataclasses.asdict` gives, at a fifth of the cost).
``Analysis.to_dict`` gives the output contract record (see ``CONTRACT.md`` in the
development data); extra keys sit beside the contract ones.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields, is_dataclass
from functools import cache
from typing import Any, Literal

from newscoder.coder import coder

QuoteKind = Literal["direct", "indirect", "mixed"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Modality = Literal["asserted", "negated", "planned", "hypothetical", "reported", "historical"]
StanceLabel = Literal["reported_fact", "attributed_claim", "opinion"]


@dataclass(frozen=True, slots=True)
class Span:
    """A character range of the document text."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(slots=True)
class Author:
    """One person a byline names, with the role and outlet it gives them, if any."""

    name: str
    role: str | None = None
    outlet: str | None = None


@dataclass(slots=True)
class Document:
    """One article as read: the text is never rewritten; metadata is what the reader found."""

    id: str
    text: str
    published: str | None = None  # YYYY-MM-DD
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    source_path: str | None = None
    body_start: int = 0  # where the body starts after title/byline lines, if any
    title_span: Span | None = None
    byline_span: Span | None = None
    datelines: list[Span] | None = None  # opening place names of a wire story; see read/
    language: str | None = None  # ISO 639-1 code the reader detected; "und": undetermined
    authors: list[Author] = field(default_factory=list)  # the byline split into people
    credits: list[str] = field(default_factory=list)  # outlets and agencies the byline credits


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    paragraph_breaks: list[int] = field(default_factory=list)  # broken-paragraph joins inside


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    label: str  # PERSON, ORG, GPE, LOC, NORP, FAC, ...
    entity_id: int | None = None  # index into Analysis.entities
    is_pronoun: bool = False


@dataclass(slots=True)
class Entity:
    """A document-level identity that several mentions refer to."""

    id: int
    name: str  # the fullest form seen ("John Kerry")
    label: str  # PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, ...
    mentions: list[int] = field(default_factory=list)  # indices into Analysis.mentions
    titles: list[str] = field(default_factory=list)  # "US Secretary of State"
    aliases: list[str] = field(default_factory=list)  # "Kerry", "ISIS"
    country: str | None = None  # ISO alpha-3 when the entity is (of) a country


@dataclass(slots=True)
class Speaker:
    name: str
    start: int
    end: int
    entity_id: int | None = None
    kind: str = "person"  # person, organisation, document, anonymous, media


@dataclass(slots=True)
class Quote:
    kind: QuoteKind
    content: list[Span]
    speaker: Speaker | None
    cue: Span | None
    medium: str | None = None  # "AFP" in "told AFP"; the outlet a quote is relayed through
    medium_span: Span | None = None
    sentence: int | None = None

    def to_contract(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "content": [{"start": s.start, "end": s.end} for s in self.content],
            "speaker": (
                {"name": self.speaker.name, "start": self.speaker.start, "end": self.speaker.end}
                if self.speaker
                else None
            ),
            "cue": {"start": self.cue.start, "end": self.cue.end} if self.cue else None,
        }


@dataclass(slots=True)
class TimeExpression:
    start: int
    end: int
    type: TimexType
    value: str  # TIMEX3 value: 2014-01-12, 2013-09, XXXX-09, P4M, PRESENT_REF, ...
    text: str = ""
    anchor: str | None = None  # the date the value was resolved against
    mod: str | None = None  # TIMEX3 mod: APPROX, START, END, ...

    def to_contract(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "type": self.type, "value": self.value}


@dataclass(slots=True)
class Place:
    start: int
    end: int
    name: str
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO alpha-3
    feature_code: str | None = None
    admin1: str | None = None
    text: str = ""
    coords_from: str | None = None  # "point", "capital", "centroid"
    metonym: bool = False  # "Washington" standing for the US government
    demonym: bool = False  # "Turkish" in "Turkish forces", standing for the country
    # how fine the point is: point, city, admin2, admin1, country or region (a country's or
    # region's point is a centroid: coords_from says so)
    precision: str | None = None
    admin2: str | None = None  # the second-level region (county, district) it lies in

    def to_contract(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "name": self.name,
            "geonameid": self.geonameid,
            "lat": self.lat,
            "lon": self.lon,
            "country": self.country,
        }


@dataclass(slots=True)
class Actor:
    """An actor mention coded in CAMEO: ``USAGOV`` for "US officials"."""

    code: str
    name: str
    start: int
    end: int
    country: str | None = None  # ISO alpha-3 / CAMEO country code
    sector: str | None = None  # GOV, MIL, REB, OPP, ...
    entity_id: int | None = None
    kb_id: str | None = None  # the knowledge-base entry ("JOHN_KERRY")

    def to_contract(self) -> dict[str, str]:
        return {"code": self.code, "name": self.name}


@dataclass(frozen=True, slots=True)
class AcledType:
    """An event's type in ACLED's typology, spelled as ACLED's codebook spells it."""

    event_type: str  # Battles, Explosions/Remote violence, Violence against civilians, ...
    sub_event_type: str  # Armed clash, Air/drone strike, Suicide bomb, Peaceful protest, ...

    def to_contract(self) -> dict[str, str]:
        return {"event_type": self.event_type, "sub_event_type": self.sub_event_type}


@dataclass(slots=True)
class Event:
    plover: str
    cameo: str
    source: list[Actor]
    target: list[Actor]
    evidence: Span
    modality: Modality = "asserted"
    date: str | None = None
    place: Place | None = None
    goldstein: float | None = None
    trigger: Span | None = None
    quote: int | None = None  # index into Analysis.quotes when reported in a quote
    attribution: str | None = None  # who the event rests on: a speaker's name or "narrator"
    acled: AcledType | None = None  # None where ACLED would not code the event
    fatalities: int | None = None  # killed in this event as the text reports it
    date_precision: str | None = None  # day, week, month or year: how finely ``date`` is known

    def to_contract(self) -> dict[str, Any]:
        return {
            "plover": self.plover,
            "cameo": self.cameo,
            "source": [a.to_contract() for a in self.source],
            "target": [a.to_contract() for a in self.target],
            "date": self.date,
            "modality": self.modality,
            "evidence": {"start": self.evidence.start, "end": self.evidence.end},
            "acled": self.acled.to_contract() if self.acled else None,
            "fatalities": self.fatalities,
        }


@dataclass(slots=True)
class Figure:
    start: int
    end: int
    value: float
    category: str  # killed, injured, displaced, refugees, population, ...
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None  # exact, at_least, at_most, about, range
    who: str | None = None  # civilians, children, fighters, people
    text: str = ""
    source: str | None = None  # who claims it; None for the article's own voice
    quote: int | None = None
    date: str | None = None
    place: str | None = None
    event: int | None = None
    parent: int | None = None  # index of the figure this one is a subset of
    headline: bool = False
    updates: int | None = None  # index of an earlier toll this one revises ("rose to")
    # asserted; threatened, planned or hypothetical ("threatening to kill"); historical
    # ("in 1967", "the Black Death"): only asserted figures of the story's time are headlines
    modality: str = "asserted"
    sources: list[str] = field(default_factory=list)  # every source stating this same toll
    # read from the document's title, a field apart from ``text``: no offsets (start = end = 0)
    from_title: bool = False

    def to_contract(self) -> dict[str, Any]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        record: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "value": value,
            "category": self.category,
        }
        if self.headline:
            record["headline"] = True
        if self.from_title:  # beside the contract's keys: the offsets point at nothing
            record["from_title"] = True
        return record


PlacePrecision = Literal["point", "city", "admin2", "admin1", "country", "region"]
IncidentRole = Literal["perpetrator", "victim", "other"]


@dataclass(slots=True)
class IncidentPlace:
    """Where an incident happened, at the finest precision the text gives."""

    name: str
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO alpha-3
    admin1: str | None = None  # the state or province, as GeoNames spells it
    precision: PlacePrecision = "city"
    place: int | None = None  # index into Analysis.places
    source: str = "clause"  # clause, sentence, paragraph, dateline, document, story or title

    def to_contract(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "lat": self.lat,
            "lon": self.lon,
            "country": self.country,
            "admin1": self.admin1,
            "precision": self.precision,
        }


@dataclass(slots=True)
class IncidentActor:
    name: str
    code: str | None
    role: IncidentRole
    claimed: bool = False  # a perpetrator by its own claim of responsibility, not by the report

    def to_contract(self) -> dict[str, Any]:
        return {"name": self.name, "code": self.code, "role": self.role}


@dataclass(slots=True)
class Incident:
    """One real-world occurrence, however many sentences, events and figures report it."""

    kind: str  # violence, protest, arrest, crime, accident, disaster
    events: list[int] = field(default_factory=list)  # indexes into Analysis.events
    figures: list[int] = field(default_factory=list)  # indexes into Analysis.figures
    lead: bool = False
    date: str | None = None  # TIMEX3 value of when it happened
    date_precision: str | None = None  # day, week, month, year
    place: IncidentPlace | None = None
    fatalities: int | None = None
    injured: int | None = None
    estimate: bool = False  # a toll from a vague count ("dozens"), by ACLED's conventions
    acled: AcledType | None = None
    actors: list[IncidentActor] = field(default_factory=list)
    reported_by: list[str] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)
    denials: list[Span] = field(default_factory=list)  # "the army denied killing civilians"
    # what the document's title (its headline, no part of ``text``) told of it: "place",
    # "fatalities", "injured"; with the headline read, as evidence beside the text's spans
    from_title: list[str] = field(default_factory=list)
    headline: str | None = None

    def to_contract(self) -> dict[str, Any]:
        record = self._contract()
        if self.from_title:  # beside the contract's keys: the title has no offsets in text
            record["from_title"] = {"from": "title", "fields": list(self.from_title),
                                    "headline": self.headline}
        return record

    def _contract(self) -> dict[str, Any]:
        return {
            "events": list(self.events),
            "lead": self.lead,
            "date": self.date,
            "place": self.place.to_contract() if self.place else None,
            "fatalities": self.fatalities,
            "injured": self.injured,
            "acled": self.acled.to_contract() if self.acled else None,
            "actors": [a.to_contract() for a in self.actors],
            "reported_by": list(self.reported_by),
            "evidence": [{"start": s.start, "end": s.end} for s in self.evidence],
        }


@dataclass(slots=True)
class Check:
    """A consistency check the text invites, with its verdict and evidence."""

    kind: str  # "share", "sum", "contradiction"
    verdict: str  # "consistent", "inconsistent", "contradiction"
    figures: list[int]
    detail: str
    evidence: Span | None = None


@dataclass(slots=True)
class SentenceStance:
    start: int
    end: int
    label: StanceLabel
    loaded_terms: list[Span] = field(default_factory=list)
    sentiment: float = 0.0


@dataclass(slots=True)
class Analysis:
    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timexes: list[TimeExpression] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    stance: list[SentenceStance] = field(default_factory=list)
    tone: float | None = None

    @property
    def text(self) -> str:
        return self.document.text

    def to_dict(self) -> dict[str, Any]:
        """The contract record, with the project's extra keys beside it."""
        doc = self.document
        return {
            "id": doc.id,
            "text": doc.text,
            "published": doc.published,
            "quotes": [q.to_contract() for q in self.quotes],
            "timexes": [t.to_contract() for t in self.timexes],
            "places": [p.to_contract() for p in self.places],
            "figures": [f.to_contract() for f in self.figures],
            "events": [e.to_contract() for e in self.events],
            "incidents": [i.to_contract() for i in self.incidents],
            "coder": coder(),
            "meta": {
                "title": doc.title,
                "author": doc.author,
                "authors": [as_plain(a) for a in doc.authors],
                "credits": list(doc.credits),
                "language": doc.language,
                "outlet": doc.outlet,
                "url": doc.url,
                "source_path": doc.source_path,
            },
            "details": self.details(),
        }

    def details(self) -> dict[str, Any]:
        """Full records of every kind, beyond what the contract fixes."""
        return {
            "entities": [as_plain(e) for e in self.entities],
            "mentions": [as_plain(m) for m in self.mentions],
            "quotes": [as_plain(q) for q in self.quotes],
            "timexes": [as_plain(t) for t in self.timexes],
            "places": [as_plain(p) for p in self.places],
            "actors": [as_plain(a) for a in self.actors],
            "events": [as_plain(e) for e in self.events],
            "figures": [as_plain(f) for f in self.figures],
            "incidents": [as_plain(i) for i in self.incidents],
            "checks": [as_plain(c) for c in self.checks],
            "stance": [as_plain(s) for s in self.stance],
            "tone": self.tone,
            "sentences": [as_plain(s) for s in self.sentences],
        }


ATOMS = (str, int, float, bool, type(None))


@cache
def field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def as_plain(value: Any) -> Any:
    """``dataclasses.asdict`` for the model's records: dicts, lists and tuples rebuilt,
    atoms shared. asdict deep-copies every leaf in a generic way, which made writing the
    records cost as much as a stage."""
    if isinstance(value, ATOMS):
        return value
    if is_dataclass(value) and not isinstance(value, type):
        return {name: as_plain(getattr(value, name)) for name in field_names(type(value))}
    if isinstance(value, list):
        return [as_plain(item) for item in value]
    if isinstance(value, tuple):
        return tuple(as_plain(item) for item in value)
    if isinstance(value, dict):
        return {as_plain(key): as_plain(item) for key, item in value.items()}
    return copy.deepcopy(value)
