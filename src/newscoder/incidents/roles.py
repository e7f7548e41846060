"""Who: perpetrators, victims and the reporters of an incident, kept apart.

An event's source is its perpetrator and its target the victim; a claim of responsibility
makes the claimant the suspected perpetrator; whoever the text says reported the incident
(a figure's source, the speaker of the quote that tells it, "police said") is a reporter and
never a perpetrator.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newscoder.context import Context
from newscoder.incidents.lexicon import lexicon
from newscoder.model import Actor, Event, IncidentActor


def incident_actors(
    ctx: Context, events: list[Event], reporters: list[str]
) -> list[IncidentActor]:
    found: list[IncidentActor] = []
    seen: set[tuple[str, str]] = set()
    reported = {r.lower() for r in reporters}
    places = {(p.start, p.end) for p in ctx.analysis.places if not p.metonym}
    for event in events:
        for role, actors in (("perpetrator", event.source), ("victim", event.target)):
            for actor in actors:
                key = (actor.name.lower(), role)
                if key in seen or actor.name.lower() in reported:
                    continue
                if (actor.start, actor.end) in places:
                    continue  # where it happened, not who took part ("a bomb hit Mogadishu")
                seen.add(key)
                found.append(IncidentActor(actor.name, _code(actor), role))  # type: ignore[arg-type]
    return found


def _code(actor: Actor) -> str | None:
    return actor.code if actor.code and actor.code != "---" else None


def claimants(ctx: Context, sentences: list[SpacySpan]) -> list[IncidentActor]:
    """ "Al-Shabaab claimed responsibility for the attack": the subject of a claim verb whose
    object is responsibility or credit."""
    lex = lexicon()
    found = []
    for sent in sentences:
        for token in sent:
            if token.lemma_.lower() not in lex.claim_verbs:
                continue
            objects = [c for c in token.children if c.dep_ == "dobj"]
            if not any(o.lemma_.lower() in lex.claim_objects for o in objects):
                continue
            for subject in (c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")):
                found.append(_claimant(ctx, subject))
    return found


def _claimant(ctx: Context, subject: Token) -> IncidentActor:
    """The group a claim's subject names: its coded actor, else the name inside the phrase
    ("the al Qaeda-linked group al Shabaab"), else the phrase."""
    start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    actors = [a for a in ctx.analysis.actors if start <= a.start and a.end <= end]
    coded = [a for a in actors if _code(a)]
    if coded:
        return IncidentActor(coded[-1].name, _code(coded[-1]), "perpetrator", claimed=True)
    names = [e for e in subject.doc.ents if start <= e.start_char and e.end_char <= end
             and e.label_ in ("ORG", "PERSON", "NORP")]
    name = names[-1].text if names else subject.doc[subject.left_edge.i : subject.i + 1].text
    return IncidentActor(name, None, "perpetrator", claimed=True)


def reporters_of(ctx: Context, sentences: list[SpacySpan], figure_sources: list[str]) -> list[str]:
    """Who the text says reported the incident: the sources of its figures, the speakers of
    quotes in its sentences, and reporting nouns ("police said", "according to residents")."""
    found = [s for s in figure_sources if s]
    bounds = [(s.start_char, s.end_char) for s in sentences]
    for quote in ctx.analysis.quotes:
        speaker = quote.speaker
        if speaker is None:
            continue
        inside = any(s <= part.start < e for part in quote.content for s, e in bounds)
        if inside:
            found.append(speaker.name)
    words, verbs = lexicon().reporters, lexicon().reporting_verbs
    for sent in sentences:
        for token in sent:
            if token.lemma_.lower() in words and token.dep_ in ("nsubj", "pobj") and (
                token.head.lemma_ in verbs or token.head.head.lower_ == "according"
            ):
                found.append(token.lower_)
    unique: dict[str, str] = {}
    for name in found:
        unique.setdefault(name.lower(), name)
    return list(unique.values())


