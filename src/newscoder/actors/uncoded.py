"""The actor names a store's documents left uncoded, most frequent first.

An actor name is *uncoded* when the actors stage gave it no code at all (a person or an
organisation the entities stage found, with no actor over it) or only a bare sector with no
country ("REB" for "Kuki Liberation Front fighters"). Listing them with counts and an example
sentence tells a user what to add to an actor overlay (``newscoder analyze --actors FILE``).
The store is only read, through its SQLAlchemy tables.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, and_, select

from newscoder.actors import kb
from newscoder.actors.normalize import name_key
from newscoder.store import schema

# Entity labels of names that should be actors when they are coded at all
ACTOR_LABELS = ("PERSON", "ORG")
EXAMPLE_CHARS = 300  # an example sentence longer than this is cut around the name


@dataclass(frozen=True, slots=True)
class Uncoded:
    name: str
    count: int
    code: str  # "" (no code) or the bare sector it got
    example: str
    doc_id: str


@dataclass(frozen=True, slots=True)
class Seen:
    """One uncoded mention: its name, the code it got and where it is."""

    name: str
    code: str
    doc_id: str
    start: int
    end: int


def bare(code: str) -> bool:
    """A code with no country or international root: a sector alone ("REB", "MIL")."""
    base = kb.load()
    root = code[:3]
    return not (base.is_country(root) or root in base.non_country_roots)


def sector_only(conn: Connection) -> Iterator[Seen]:
    table = schema.actor_mentions
    query = select(table.c.doc_id, table.c.start, table.c.end, table.c.name, table.c.code)
    for row in conn.execute(query):
        if bare(row.code or "") and names_someone(row.name):
            yield Seen(row.name, row.code or "", row.doc_id, row.start, row.end)


def names_someone(phrase: str) -> bool:
    """Whether a phrase holds a proper name (a capital after its first word, or an acronym):
    "Fighters of the Tawlar Brigade", "KLF rebels", not "Residents" or "police officers"."""
    words = phrase.split()
    return any(w[:1].isupper() for w in words[1:]) or (len(words[0]) > 1 and words[0].isupper())


def without_actor(conn: Connection) -> Iterator[Seen]:
    """Person and organisation mentions that no actor mention overlaps."""
    names, actors = schema.mentions, schema.actor_mentions
    overlap = (
        select(actors.c.idx)
        .where(
            and_(
                actors.c.doc_id == names.c.doc_id,
                actors.c.start < names.c.end,
                names.c.start < actors.c.end,
            )
        )
        .exists()
    )
    query = select(names.c.doc_id, names.c.start, names.c.end, names.c.text).where(
        names.c.label.in_(ACTOR_LABELS), names.c.is_pronoun.is_(False), ~overlap
    )
    for row in conn.execute(query):
        yield Seen(row.text, "", row.doc_id, row.start, row.end)


def tally(seen: Iterable[Seen]) -> tuple[Counter[str], dict[str, Seen]]:
    """Counts by normalised name, and the first mention of each as its example."""
    counts: Counter[str] = Counter()
    first: dict[str, Seen] = {}
    for mention in seen:
        key = name_key(mention.name)
        if key:
            counts[key] += 1
            first.setdefault(key, mention)
    return counts, first


def example_sentence(conn: Connection, seen: Seen) -> str:
    """The sentence of the document that holds the mention (one line, cut if long)."""
    docs, sents = schema.documents, schema.sentences
    text = conn.execute(select(docs.c.text).where(docs.c.id == seen.doc_id)).scalar() or ""
    bounds = conn.execute(
        select(sents.c.start, sents.c.end).where(
            sents.c.doc_id == seen.doc_id, sents.c.start <= seen.start, sents.c.end >= seen.end
        )
    ).first()
    start, end = (bounds.start, bounds.end) if bounds else (seen.start, seen.end)
    if end - start > EXAMPLE_CHARS:
        start = max(start, seen.start - EXAMPLE_CHARS // 2)
        end = min(end, start + EXAMPLE_CHARS)
    return " ".join(text[start:end].split())


def uncoded(conn: Connection, limit: int = 50) -> list[Uncoded]:
    """The ``limit`` most frequent uncoded actor names, each with an example sentence."""
    counts, first = tally([*sector_only(conn), *without_actor(conn)])
    found = []
    for key, count in counts.most_common(limit):
        seen = first[key]
        example = example_sentence(conn, seen)
        found.append(Uncoded(seen.name, count, seen.code, example, seen.doc_id))
    return found
