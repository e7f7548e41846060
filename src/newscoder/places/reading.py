"""What a document says each name is, decided once per name before the gazetteer is asked.

A name is a place when its reading says so, not because a town somewhere is called so
("CNN" is no Angolan province, "Sondland" no town in Kent, "Mobile" of T-Mobile no port in
Alabama). The reading of a name gathers, over all its mentions in the document:

* the tagger's and the entities stage's types (votes: GPE/LOC against PERSON/ORG);
* what the actor knowledge base knows the name as (a person, a company, a news outlet, an
  armed group) and what ``lexicons/en/places/organisations.txt`` lists (brands, agencies);
* titles before it (``Mr.``, ``Rep.``, ``Ambassador``): a person;
* place cues around a mention: "in X", "X, Texas", "X residents", or a list of places.

``Readings.not_place(key)`` is true when the name is known as something else and no mention
reads as a place; ``Readings.place(key)`` when its mentions read as a place more than not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span

from newscoder.context import Context
from newscoder.lexicon import read_lexicon
from newscoder.places import gazetteer

PLACE_LABELS = frozenset({"GPE", "LOC"})
OTHER_LABELS = frozenset({"PERSON", "ORG"})
# Sectors of actor codes that name organisations, never places: media, companies, NGOs,
# international bodies (CAMEO codes such as MED, MNCUSA, NGOHLH, IGOUNO).
ORG_SECTORS = ("MED", "MNC", "NGO", "IGO", "BUS")
NON_PLACE_KINDS = frozenset({"person", "group", "igo"})


# A name the tagger never types a place, types a person or an organisation this many times
# as often as cues read it as a place, and that the knowledge base knows as one, is that: the
# few "place cues" are misread ("identifying Bennett as the man": Bennett typed a person 27
# times).
OUTVOTED = 3
MIN_OTHER_VOTES = 6


def _outvoted(reading: Reading) -> bool:
    """Never typed a place, and typed otherwise far more often than cues read it as one."""
    read_as_place = reading.place_cues + reading.list_cues
    return reading.place_votes == 0 and reading.other_votes >= max(
        MIN_OTHER_VOTES, OUTVOTED * read_as_place
    )


@dataclass(frozen=True)
class Words:
    titles: frozenset[str]
    common: frozenset[str]
    organisations: tuple[str, ...]


@lru_cache(maxsize=1)
def words() -> Words:
    """The word lists of readings (loaded once)."""
    rows = [
        line.strip() for line in read_lexicon("places", "organisations.txt").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    tables: dict[str, list[str]] = {}
    section = ""
    for row in rows:
        if row.startswith("[") and row.endswith("]"):
            section = row[1:-1]
            continue
        tables.setdefault(section, []).append(row)
    return Words(
        titles=frozenset(t.lower() for t in tables.get("titles", [])),
        common=frozenset(w.lower() for w in tables.get("common words", [])),
        organisations=tuple(tables.get("organisations", [])),
    )


@lru_cache(maxsize=1)
def _organisation_pattern() -> re.Pattern[str]:
    names = sorted(words().organisations, key=len, reverse=True)
    alternation = "|".join(re.escape(name) for name in names if name)
    if not alternation:  # an empty alternation would match everywhere
        raise ValueError("organisations.txt lists no organisations")
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w])")


def organisation_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names an organisation or brand of the lexicon ("Mayo Clinic")."""
    return [match.span() for match in _organisation_pattern().finditer(text)]


@dataclass
class Reading:
    """What the mentions of one name say about it."""

    place_votes: int = 0
    other_votes: int = 0
    place_cues: int = 0  # "in X", "X, Texas", "X residents", a dateline
    list_cues: int = 0  # listed with places: not enough to undo what the KB knows
    person_cues: int = 0
    known_other: bool = False  # the actor KB or the organisation lexicon knows it as no place


@dataclass
class Readings:
    by_key: dict[str, Reading] = field(default_factory=dict)
    organisations: list[tuple[int, int]] = field(default_factory=list)

    def get(self, key: str) -> Reading:
        return self.by_key.get(key, Reading())

    def not_place(self, key: str) -> bool:
        """Known or read as something else, and no mention reads as a place, or few against
        many that read otherwise."""
        reading = self.get(key)
        if reading.place_cues and not (_outvoted(reading) and reading.known_other):
            return False
        if reading.known_other or reading.person_cues:
            return True
        unread = reading.place_votes == 0 and not reading.list_cues
        return reading.other_votes > 0 and unread and is_common(key)

    def place(self, key: str) -> bool:
        """The mentions read as a place: more place types than others, or a place cue."""
        reading = self.get(key)
        if self.not_place(key):
            return False
        cued = reading.place_cues > 0 or reading.list_cues > 0
        return cued or reading.place_votes > reading.other_votes

    def inside_organisation(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.organisations)


def is_common(key: str) -> bool:
    """A capitalised common word ("Man", "Mobile", "Congress"): a place only when read so."""
    return key in words().common


def is_organisation(key: str) -> bool:
    """The organisation and brand lexicon lists the name ("Xinhua", "CNN")."""
    return key in _organisation_keys()


def is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 5 and "." not in text


def _trimmed(span: Span) -> Span | None:
    start, end = span.start, span.end
    while start < end and span.doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    while end > start and span.doc[end - 1].text in {"'s", "’s", "'", "’"}:
        end -= 1
    return span.doc[start:end] if start < end else None


def _titled(span: Span) -> bool:
    """A title just before the name: "Rep. Smith", "Ambassador Sondland"."""
    i = span.start - 1
    doc = span.doc
    if i >= 0 and doc[i].text == ".":
        i -= 1
    return i >= 0 and doc[i].lower_.rstrip(".") in words().titles


def known_other(text: str, date: str | None) -> bool:
    """The actor KB knows the name as a person, group or organisation and never as a
    country or town ("Obama" is filed as a person and as a named actor: a person), or the
    peoples' table lists it as a people without a state."""
    from newscoder.actors import kb
    from newscoder.actors.normalize import name_key

    key = name_key(text)
    if key in kb.peoples() and not any(c.kind == gazetteer.DEMONYM for c in gazetteer.lookup(text)):
        return True  # a people's name ("Roma") is no town, whatever towns share it; an
        # adjective the gazetteer reads ("Kurdish") keeps its reading
    base = kb.load()
    if key in base.places or key in base.capitals:
        return False
    entries = base.entries_for(key, date)
    if not entries or any(e.kind == "country" for e in entries):
        return False
    return any(_organisation_entry(e) for e in entries)


def _organisation_entry(entry: object) -> bool:
    kind = getattr(entry, "kind", "")
    if kind in NON_PLACE_KINDS:
        return True
    roles = getattr(entry, "roles", ())
    return kind == "named" and bool(roles) and all(
        any(sector in r.code for sector in ORG_SECTORS) for r in roles
    )


def read_names(ctx: Context, cue: Callable[[Span], bool],
               listed: Callable[[Span], bool]) -> Readings:
    """The reading of every name the tagger or the entities stage found: ``cue`` says a
    mention's surroundings read as a place, ``listed`` that it is listed with places."""
    readings = Readings(organisations=organisation_spans(ctx.text))
    doc, date = ctx.doc, ctx.analysis.document.published
    for ent in doc.ents:
        span = _trimmed(ent)
        if span is None or not span.text[:1].isupper():
            continue
        reading = readings.by_key.setdefault(gazetteer.normalize(span.text), Reading())
        if ent.label_ in PLACE_LABELS:
            reading.place_votes += 1
        elif ent.label_ in OTHER_LABELS:
            reading.other_votes += 1
        reading.person_cues += _titled(span)
        reading.place_cues += cue(span)
        reading.list_cues += listed(span)
    labels = token_labels(doc)
    for mention in ctx.analysis.mentions:
        key = gazetteer.normalize(ctx.text[mention.start : mention.end])
        if key in readings.by_key:
            reading = readings.by_key[key]
            # a mention linked to a place where the tagger sees a person ("Jason Terrell
            # Jones" linked to a town Jones) is no place vote
            tagged = _tagger_labels(doc, labels, mention.start, mention.end)
            place = mention.label in PLACE_LABELS and not tagged & OTHER_LABELS
            reading.place_votes += place
            reading.other_votes += mention.label in OTHER_LABELS
    for key, reading in readings.by_key.items():
        reading.known_other = key in _organisation_keys() or _kb_other(key, date)
    return readings


def _tagger_labels(doc: Doc, labels: list[str], start: int, end: int) -> set[str]:
    """The tagger's types over a character range."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return {labels[i] for i in range(span.start, span.end)} if span is not None else set()


def _kb_other(key: str, date: str | None) -> bool:
    try:
        return known_other(key, date)
    except FileNotFoundError:  # the actor KB is not built: no knowledge, no veto
        return False


@lru_cache(maxsize=1)
def _organisation_keys() -> frozenset[str]:
    return frozenset(gazetteer.normalize(name) for name in words().organisations)


def token_labels(doc: Doc) -> list[str]:
    """The tagger's entity type of every token ("" outside entities)."""
    labels = [""] * len(doc)
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            labels[i] = ent.label_
    return labels
