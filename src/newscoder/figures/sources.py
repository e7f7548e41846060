"""Who claims a figure, and when and where it applies: a quote's speaker (quotes stage), an
attribution in the sentence ("the Observatory reports that ...", "according to police",
"..., a monitor said"), or None for the article's own voice. Dates and places come from the
time and places stages through their span lookups; those stages may not have run, so every
lookup is guarded.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newscoder.context import Context
from newscoder.figures.lexicon import lexicon

SOURCE_ENTITY_LABELS = ("ORG", "PERSON", "NORP", "GPE")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr", "oprd"})


@lru_cache(maxsize=8)
def _function(module: str, name: str) -> Callable[..., Any] | None:
    """A later-landing interface (``date_for_span``, ``place_for_span``, ``quote_at``)."""
    try:
        found = getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None
    return found if callable(found) else None


def date_for(ctx: Context, start: int, end: int) -> str | None:
    lookup = _function("newscoder.time.stage", "date_for_span")
    return lookup(ctx, start, end) if lookup else None


def place_for(ctx: Context, start: int, end: int) -> str | None:
    lookup = _function("newscoder.places.stage", "place_for_span")
    place = lookup(ctx, start, end) if lookup else None
    return getattr(place, "name", None) if place is not None else None


def quote_for(ctx: Context, start: int, end: int) -> tuple[int | None, str | None]:
    """The quote containing the span and its speaker's name."""
    lookup = _function("newscoder.quotes.stage", "quote_at")
    if lookup is None or not ctx.analysis.quotes:
        return None, None
    index = lookup(ctx.analysis, start, end)
    if index is None:
        return None, None
    speaker = ctx.analysis.quotes[index].speaker
    return index, speaker.name if speaker else None


def _proper_name(head: Token) -> str | None:
    """ "Syrian Observatory for Human Rights": the proper-noun run around a head, across
    "for"/"of" joins, for names the model's NER misses."""
    if head.pos_ != "PROPN":
        return None
    doc, left, right = head.doc, head.i, head.i + 1
    while left > 0 and doc[left - 1].pos_ == "PROPN" and doc[left - 1].whitespace_:
        left -= 1
    while right < len(doc):
        if doc[right].pos_ == "PROPN":
            right += 1
        elif (
            doc[right].lower_ in ("for", "of", "and")
            and right + 1 < len(doc)
            and doc[right + 1].pos_ == "PROPN"
        ):
            right += 2
        else:
            break
    return doc[left:right].text


def _entity_name(ctx: Context | None, subject: Token) -> str | None:
    lookup = _function("newscoder.entities.stage", "entity_at")
    if ctx is None or lookup is None or not ctx.analysis.entities:
        return None
    entity = lookup(ctx.analysis, subject.idx, subject.idx + len(subject.text))
    return getattr(entity, "name", None)


def _subject_name(subject: Token, ctx: Context | None = None) -> str:
    """The name of a subject phrase: its entity, the named entity in it, a proper-noun run,
    else the phrase itself."""
    known = _entity_name(ctx, subject) or _proper_name(subject)
    if known:
        return known
    doc = subject.doc
    left, right = subject.left_edge.i, subject.right_edge.i + 1
    names = [  # the entity must be the subject's head, not "Syrian" of "Syrian army"
        e
        for e in doc.ents
        if e.start <= subject.i < e.end and e.start >= left and e.label_ in SOURCE_ENTITY_LABELS
    ]
    if names:
        best = max(names, key=lambda e: (e.label_ in ("ORG", "PERSON"), len(e)))
        return _trim(best)
    words = [
        t for t in doc[left:right] if t.dep_ not in ("det", "punct", "poss") and not t.is_punct
    ]
    return " ".join(t.text for t in words) if words else subject.text


def _trim(span: SpacySpan) -> str:
    tokens = list(span)
    while tokens and (tokens[0].lower_ in ("the", "a", "an") or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].tag_ == "POS"):
        tokens = tokens[:-1]
    return " ".join(t.text for t in tokens) if tokens else span.text


def _attributing_verb(token: Token) -> Token | None:
    """The reporting verb above ``token`` whose complement holds it ("X said ...")."""
    verbs = lexicon().attribution_verbs
    path = token
    for ancestor in token.ancestors:
        reporting = ancestor.lemma_.lower() in verbs and ancestor.pos_ in ("VERB", "AUX")
        if reporting and path.dep_ not in ARGUMENT_DEPS:  # "claimed 697 lives" is no report
            return ancestor
        path = ancestor
    root = token.sent.root
    closing = [root, *(c for c in root.children if c.dep_ in ("conj", "parataxis"))]
    for verb in closing:  # "... 20 were killed, the monitor said": the report follows
        if verb.lemma_.lower() in verbs and verb.pos_ == "VERB" and verb.i > token.i:
            return verb
    return None


def _according_to(sentence: SpacySpan) -> Token | None:
    for token in sentence:
        if token.lower_ == "according" and token.i + 1 < sentence.end:
            to = token.doc[token.i + 1]
            objects = [c for c in to.children if c.dep_ == "pobj"]
            if to.lower_ == "to" and objects:
                return objects[0]
    return None


def _reporter(verb: Token, figure: Token) -> Token | None:
    """The subject of a reporting verb; after a report that closes its sentence ("..., said
    the Observatory") the noun right after the verb, which unpunctuated text often leaves
    unattached or parsed as the object."""
    following = verb.doc[verb.i + 1 : min(verb.i + 4, verb.sent.end)]
    after = [t for t in following if _may_name_reporter(t)][:1]
    closing = verb.i > figure.i and after and after[0].i <= verb.i + 4
    # a subject that holds the figure is the parser taking the report's content for its
    # subject ("Floods ... killed 34 people, the office said"): the other one reports
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    subjects = [c for c in subjects if figure not in c.subtree] or subjects
    inverted = not subjects or figure in subjects[0].subtree or subjects[0].i < figure.i
    if closing and not (subjects and subjects[0].i > verb.i) and inverted:
        return after[0]
    return subjects[0] if subjects else None


def _may_name_reporter(token: Token) -> bool:
    """A noun after a closing report verb that may be who reports ("..., said the monitor"),
    not a day or a phrase after a preposition ("said on Tuesday")."""
    return (
        token.pos_ in ("PROPN", "NOUN")
        and token.dep_ not in ("npadvmod", "pobj")
        and token.ent_type_ not in ("DATE", "TIME")
    )


def attributed_source(token: Token, ctx: Context | None = None) -> tuple[str | None, bool]:
    """The source an attribution in ``token``'s sentence names, and whether it is a pronoun
    (whose referent the caller resolves)."""
    subject: Token | None = _according_to(token.sent)
    if subject is None:
        verb = _attributing_verb(token)
        subject = _reporter(verb, token) if verb is not None else None
    if subject is None:
        return None, False
    if subject.pos_ == "PRON":
        return subject.text, True
    return _subject_name(subject, ctx), False


def event_for(ctx: Context, start: int, end: int) -> int | None:
    """The event whose evidence covers the figure (the innermost, when clauses nest: "police
    said a blast killed 12" is the blast's toll, not the statement's), else the first in its
    sentence. The ACLED stage fills ``events[].fatalities`` from this link."""
    events = ctx.analysis.events
    covering = [
        (event.evidence.end - event.evidence.start, index)
        for index, event in enumerate(events)
        if event.evidence.start <= start and end <= event.evidence.end
    ]
    if covering:
        return min(covering)[1]
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    sentence = span.sent
    for index, event in enumerate(events):
        if sentence.start_char <= event.evidence.start < sentence.end_char:
            return index
    return None
