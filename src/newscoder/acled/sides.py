"""Who acts and who is acted against, as ACLED's typology needs it: the state, a non-state
armed group, or civilians.

An actor's side is read from the words of its name first ("Taliban fighters" are armed
whatever role the knowledge base gives the movement on the article's date), then from its
CAMEO sector. Where the events give no actors, the parse says which actor of the sentence is
the doer (subject, "by" agent) and which the done-to (object).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newscoder.acled.rules import SIDES, Sides
from newscoder.model import Actor, Event

SOURCE_DEPS = frozenset({"nsubj", "csubj"})
TARGET_DEPS = frozenset({"dobj", "nsubjpass", "dative", "attr"})
INSIDE_PHRASE = frozenset({"pobj", "prep", "conj", "appos", "compound", "amod", "poss"})
FIGHTERS = frozenset({"state", "armed"})


def actor_side(actor: Actor, sides: Sides) -> str | None:
    name = actor.name.lower()
    for side, pattern in sides.names:
        if pattern.search(name):
            return side
    sector = actor.sector or ""
    if actor.code.startswith("IMG") or sector in sides.armed_sectors:
        return "armed"
    if sector in sides.state_sectors:
        return "state"
    if sector in sides.civilian_sectors:
        return "civilian"
    return None


def role(doc: Doc, actor: Actor) -> str | None:
    """ "source" or "target" by the actor's place in the parse, None when it says neither.
    A name inside a noun phrase takes the phrase's place ("dozens *of militants* opened
    fire" are doers); the object of a preposition on a verb is acted on ("fired *on
    soldiers*"), unless it is the agent of a passive."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return None
    token: Token = span.root
    while token.dep_ in INSIDE_PHRASE and token.head.i != token.i:
        if token.dep_ == "pobj" and token.head.dep_ == "agent":
            return "source"
        if token.dep_ == "pobj" and token.head.head.pos_ in ("VERB", "AUX"):
            return "target"
        token = token.head
    if token.dep_ in SOURCE_DEPS:
        return "source"
    if token.dep_ in TARGET_DEPS:
        return "target"
    return None


def source_side(events: list[Event], actors: list[Actor], doc: Doc, sides: Sides) -> str | None:
    """The side of the first doer the events name, else of a subject of the sentences."""
    named = [a for event in events for a in event.source]
    named += [a for a in actors if role(doc, a) == "source"]
    for actor in named:
        side = actor_side(actor, sides)
        if side in SIDES:
            return side
    return None


def target_side(events: list[Event], actors: list[Actor], doc: Doc, sides: Sides) -> str | None:
    """ "fighters" where state forces or an armed group are hit, "civilian" where only
    civilians are, None where the actors do not say."""
    named = [a for event in events for a in event.target]
    named += [a for a in actors if role(doc, a) == "target"]
    found = {actor_side(a, sides) for a in named}
    if found & FIGHTERS:
        return "fighters"
    if "civilian" in found:
        return "civilian"
    return None
