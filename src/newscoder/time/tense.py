"""The tense of the clause a time expression sits in, read from the dependency parse.

"The US announced December 11" (past) points back, "talks will open on Sunday" (future)
forward. When the expression modifies a noun ("the January 22 talks") its governing verb says
little about it, and the caller picks the nearest date instead; :func:`clause_tense` returns
whether the verb governs the expression directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Token

from newscoder.time.lexicon import load_lexicon

Tense = Literal["PAST", "PRESENT", "FUTURE"]
NOUNISH = frozenset({"NOUN", "PROPN", "PRON"})


@dataclass(frozen=True, slots=True)
class ClauseTense:
    tense: Tense | None
    direct: bool  # the verb governs the expression, not through a noun
    scheduled: bool = False  # a present tense that announces: "polls close on Tuesday"


def head_token(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def governing_verb(token: Token) -> tuple[Token | None, bool]:
    """The first verb above ``token``, and whether the path to it avoids other nouns."""
    direct = True
    current = token
    for _ in range(12):
        head = current.head
        if head.i == current.i:
            return None, direct
        if head.pos_ in {"VERB", "AUX"}:
            return head, direct
        if head.pos_ in NOUNISH and head.i != token.i:
            direct = False
        current = head
    return None, direct


def verb_tense(verb: Token) -> Tense:
    """Past, present or future, from the verb's tag and its auxiliaries."""
    lex = load_lexicon()
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    for aux in auxes:
        if aux.lower_ in lex.future_lemmas or aux.lemma_.lower() in lex.future_lemmas:
            return "FUTURE"
    if verb.lemma_.lower() in lex.future_lemmas and verb.tag_ != "VBD":
        return "FUTURE"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "PAST"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        return "PAST"  # present perfect: the event lies before the publication date
    if verb.tag_ == "VB" and any(a.tag_ == "TO" or a.lower_ == "to" for a in auxes):
        # An infinitive looks ahead only under a verb of intent: "plans to meet on Friday".
        head = verb.head
        intent = head.lemma_.lower() in lex.future_lemmas or head.lower_ in lex.future_lemmas
        intent = intent or (head.lemma_ == "be" and head.i < verb.i)  # "is to resume"
        return "FUTURE" if intent else "PRESENT"
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in {"VBZ", "VBP"} for a in auxes):
        return "FUTURE"  # "is meeting on Friday"
    if verb.tag_ == "VBN" and verb.dep_ in {"acl", "amod"}:
        return "PAST"  # "the talks held on Sunday"
    return "PRESENT"


def clause_tense(doc: Doc, start: int, end: int) -> ClauseTense:
    token = head_token(doc, start, end)
    if token is None:
        return ClauseTense(None, False)
    verb, direct = governing_verb(token)
    if verb is None:
        return ClauseTense(None, False)
    tense = verb_tense(verb)
    return ClauseTense(tense, direct, tense == "PRESENT" and is_scheduled(verb))


def is_scheduled(verb: Token) -> bool:
    """A simple present that is no report or state: "the talks open on Friday"."""
    lex = load_lexicon()
    if verb.tag_ not in {"VBZ", "VBP"} or verb.lemma_.lower() in lex.present_states:
        return False
    return not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def clause_verb(doc: Doc, start: int, end: int) -> int | None:
    """The token index of the verb whose clause holds the expression."""
    token = head_token(doc, start, end)
    if token is None:
        return None
    verb, _ = governing_verb(token)
    while verb is not None and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "began in March and fired on April 22": one narrative clause
    return verb.i if verb is not None else None
