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
    object is responsibility or credit; "X said it carried out the attack" alike."""
    found = []
    for sent in sentences:
        for token in sent:
            if not (_claims_responsibility(token) or _says_it_did(token)):
                continue
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                found.append(_claimant(ctx, subjects))
    unique: dict[str, IncidentActor] = {}
    for actor in found:  # one claimant however often its claim is told
        unique.setdefault(actor.name.lower(), actor)
    return list(unique.values())


def _claims_responsibility(token: Token) -> bool:
    lex = lexicon()
    if token.lemma_.lower() not in lex.claim_verbs:
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return any(o.lemma_.lower() in lex.claim_objects for o in objects)


def _says_it_did(token: Token) -> bool:
    """ "Al-Shabaab said it had carried out the attack", "the group said it was behind the
    bombing": a verb of saying whose clause has the speaker (it, they, we) do, or be behind,
    an occurrence, not negated."""
    lex = lexicon()
    if token.lemma_.lower() not in lex.claim_speech:
        return False
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        deps = {c.dep_ for c in clause.children}
        selves = [c for c in clause.children if c.dep_ == "nsubj" and c.lower_ in lex.claim_selves]
        if not selves or "neg" in deps:
            continue
        if clause.lemma_.lower() in lex.claim_acts or clause.lower_ in lex.claim_acts:
            heads = [c for c in clause.children if c.dep_ == "dobj"]
        elif clause.lemma_.lower() in lex.claim_behind:
            heads = [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "behind"
                     for g in c.children if g.dep_ == "pobj"]
        else:
            continue
        if any(h.lemma_.lower() in lex.noun_kinds for h in heads):
            return True
    return False


def _claimant(ctx: Context, subjects: list[Token]) -> IncidentActor:
    """The group a claim's subject names: its coded actor, else the name the subject is part
    of ("the al Qaeda-linked group al Shabaab"; a hyphenated name the parser cut into several
    subjects, "Jamaat-ul-Ahrar"), else the phrase."""
    first, last = subjects[0], subjects[-1]
    start = first.left_edge.idx
    end = last.right_edge.idx + len(last.right_edge)
    actors = [a for a in ctx.analysis.actors if start <= a.start and a.end <= end]
    coded = [a for a in actors if _code(a)]
    if coded:
        return IncidentActor(coded[-1].name, _code(coded[-1]), "perpetrator", claimed=True)
    names = [e for e in first.doc.ents if e.start_char < end and start < e.end_char
             and e.label_ in ("ORG", "PERSON", "NORP")]
    name = names[-1].text if names else first.doc[first.left_edge.i : last.i + 1].text
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


