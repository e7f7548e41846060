"""The country a document tells for an actor whose own words give none (issue 15).

Reads the actors the stage coded, the parse and the entities stage's people; changes the
code and country of two kinds of actor in place:

* a titled person the knowledge base does not know ("Interior Minister Kithure Kindiki"):
  the country the document plainly gives that person — a phrase naming them with a country
  ("Kenyan Interior Minister Kithure Kindiki" earlier), an apposition ("Kithure Kindiki,
  Kenya's interior minister"), "of Kenya" after the name, or the same title said with a
  country elsewhere in the sentence ("..., the Kenyan minister said"). Never the dateline
  alone: a story filed from Nairobi may quote any country's minister.
* a shadow minister whose phrase names no country ("the shadow chancellor"): the opposition
  of the country whose state the story is about (its state actors, else its places).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newscoder.actors import kb
from newscoder.context import Context
from newscoder.model import Actor

# Sectors of a state's own actors: the story's parliament is the state they serve.
_STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "OPP", "MIL", "COP"})


def state_actor(actor: Actor) -> bool:
    return bool(actor.country) and kb.load().is_country(actor.code[:3])


def with_country(actor: Actor, source: Actor) -> None:
    """Give ``actor`` the country of ``source``, keeping its own role."""
    actor.code = source.code[:3] + actor.code
    actor.country = source.country


def fill_shadow(ctx: Context, actor: Actor) -> None:
    """A shadow minister of no stated country: the opposition of the story's state."""
    states = [a for a in ctx.analysis.actors if state_actor(a)]
    ranked = [a for a in states if a.sector in _STATE_SECTORS] or states
    if ranked:
        counts = Counter(a.code[:3] for a in ranked)
        best = max(ranked, key=lambda a: (counts[a.code[:3]], -a.start))
        with_country(actor, best)
        return
    places = Counter(p.country for p in ctx.analysis.places if p.country)
    if places:
        country = places.most_common(1)[0][0]
        actor.code = country + actor.code
        actor.country = country


def fill_titled(ctx: Context, actor: Actor, span: SpacySpan) -> None:
    """A titled person the KB lacks: the country the document gives the same person."""
    source = next(iter(told_of(ctx, actor, span)), None)
    if source is not None:
        with_country(actor, source)


def told_of(ctx: Context, actor: Actor, span: SpacySpan) -> Iterable[Actor]:
    """Actors with a country that the document says the person is, best evidence first."""
    names = [t for t in span if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
    if not names:
        return
    yield from beside(ctx, span)
    yield from same_person(ctx, actor, names[-1].lower_)
    yield from same_title(ctx, actor, span, names[0].i)


def covering(ctx: Context, start: int, end: int) -> list[Actor]:
    """State actors whose phrase spans the characters ``start:end``."""
    return [a for a in ctx.analysis.actors if a.start <= start and end <= a.end and state_actor(a)]


def beside(ctx: Context, span: SpacySpan) -> Iterable[Actor]:
    """An apposition with a country ("X, Kenya's interior minister", "Kenya's interior
    minister, X") or "of Kenya" right after the name."""
    doc = span.doc
    yield from appositions(ctx, span.root, span)
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "of":
        after = doc[span.end + 1]
        yield from (a for a in covering(ctx, after.idx, after.idx + len(after)) if len(a.code) == 3)


def appositions(ctx: Context, root: Token, span: SpacySpan | None = None) -> Iterable[Actor]:
    """State actors in apposition to a name's head, outside ``span``."""
    partners = [t for t in root.children if t.dep_ == "appos"]
    if root.dep_ == "appos":
        partners.append(root.head)
    for token in partners:
        if span is None or not span.start <= token.i < span.end:
            yield from covering(ctx, token.idx, token.idx + len(token))


def same_person(ctx: Context, actor: Actor, surname: str) -> Iterable[Actor]:
    """An earlier phrase that names the same person with a country ("Kenyan Interior
    Minister Kithure Kindiki", then "Interior Minister Kindiki"; "Kithure Kindiki, Kenya's
    interior minister", then "Interior Minister Kithure Kindiki")."""
    for token in ctx.doc:
        if token.idx >= actor.start:
            break
        if token.lower_ == surname and token.ent_type_ == "PERSON":
            head = token
            while head.dep_ in ("compound", "flat") and head.head is not head:
                head = head.head
            yield from appositions(ctx, head)
    for other in ctx.analysis.actors:
        if other.start >= actor.start:
            break
        words = other.name.lower().replace("’s", "").replace("'s", "").split()
        if surname in words and state_actor(other):
            yield other


def same_title(ctx: Context, actor: Actor, span: SpacySpan, name_start: int) -> Iterable[Actor]:
    """The person's title said with a country elsewhere in the sentence ("Interior Minister
    X said ..., the Kenyan minister added"): one country only, else none."""
    title = [t.lower_ for t in span[: name_start - span.start] if t.is_alpha]
    if not title:
        return
    sent = span.sent
    found = [
        a
        for a in ctx.analysis.actors
        if a is not actor
        and sent.start_char <= a.start
        and a.end <= sent.end_char
        and state_actor(a)
        and title[-1] in a.name.lower().split()
    ]
    if len({a.code[:3] for a in found}) == 1:
        yield found[0]
