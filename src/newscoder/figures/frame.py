"""Whether a figure reports the story's own outcome: asserted, in the article's time frame.

A toll can be threatened ("threatening to kill the congresswoman", "a plot to kill"),
planned ("plans to deploy 900 troops"), hypothetical ("the storm could kill thousands",
"if the army attacks"), or history ("in 1967 the war killed 800", "the Black Death killed
25 million"). Such figures are kept, with their modality, but never head a category.
The words are in the ``[frame]`` table of the figures lexicon.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from newscoder.figures.lexicon import lexicon
from newscoder.lexicon import read_lexicon

ASSERTED = "asserted"
YEAR_RANGE = (1000, 2100)


@dataclass(frozen=True)
class FrameLexicon:
    threat_verbs: frozenset[str]
    plan_verbs: frozenset[str]
    threat_nouns: frozenset[str]
    hypothetical_auxes: frozenset[str]
    future_auxes: frozenset[str]
    conditional_marks: frozenset[str]
    historical_events: tuple[str, ...]
    historical_years: int
    earlier_units: frozenset[str]
    earlier_marks: frozenset[str]
    earlier_events: frozenset[str]
    earlier_event_words: frozenset[str]


@lru_cache(maxsize=1)
def frame_lexicon() -> FrameLexicon:
    import tomllib

    raw: dict[str, Any] = tomllib.loads(read_lexicon("figures", "figures.toml"))["frame"]
    return FrameLexicon(
        threat_verbs=frozenset(raw["threat_verbs"]),
        plan_verbs=frozenset(raw["plan_verbs"]),
        threat_nouns=frozenset(raw["threat_nouns"]),
        hypothetical_auxes=frozenset(raw["hypothetical_auxes"]),
        future_auxes=frozenset(raw["future_auxes"]),
        conditional_marks=frozenset(raw["conditional_marks"]),
        historical_events=tuple(raw["historical_events"]),
        historical_years=int(raw["historical_years"]),
        earlier_units=frozenset(raw["earlier_units"]),
        earlier_marks=frozenset(raw["earlier_marks"]),
        earlier_events=frozenset(raw["earlier_events"]),
        earlier_event_words=frozenset(raw["earlier_event_words"]),
    )


def modality(doc: Doc, predicate: int | None, published: str | None) -> str:
    """asserted, threatened, planned, hypothetical or historical, for the figure whose
    predicate (casualty verb, event noun or toll noun) is token ``predicate``."""
    if predicate is None:
        return ASSERTED
    verb = _clause_verb(doc[predicate])
    if _outcome_foreseen(verb):
        return ASSERTED
    return _mood(verb) or _history(verb, published) or ASSERTED


def _outcome_foreseen(verb: Token) -> bool:
    """ "should recover", "is expected to survive": the harm is done, only whether the
    person lives is foreseen, so the hurt count is no prediction."""
    survival = lexicon().survival_verbs
    return _lemma(verb) in survival or any(
        c.dep_ == "xcomp" and _lemma(c) in survival for c in verb.children
    )


def _clause_verb(token: Token) -> Token:
    """The verb a toll noun or an adjective hangs from ("the death toll rose", "80 wounded")."""
    current = token
    for _ in range(3):
        if current.pos_ in ("VERB", "AUX") or current.head is current:
            return current
        current = current.head
    return token


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _semicolon_between(verb: Token, head: Token) -> bool:
    """A clause the parser hangs on a verb after a semicolon is a sentence of its own, not
    that verb's complement."""
    if verb.dep_ != "ccomp" or verb.i > head.i:
        return False
    return any(t.text == ";" for t in verb.doc[verb.i : head.i])


def _mood(verb: Token) -> str | None:
    """Threatened, planned or hypothetical, from the verb's own auxiliaries and marks, the
    verb or noun it is the complement of, and an "attempted" on an event noun."""
    lex = frame_lexicon()
    words = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass", "mark")}
    if words & lex.conditional_marks or words & lex.hypothetical_auxes:
        return "hypothetical"
    if words & lex.future_auxes:
        return "planned"
    if any(_lemma(c) in lex.threat_nouns for c in verb.children if c.dep_ == "amod"):
        return "threatened"  # "attempted murder", "a planned killing"
    head = verb.head
    if _semicolon_between(verb, head):
        return None  # "three were shot; all are expected to survive": two clauses
    if verb.dep_ in ("xcomp", "acl", "advcl", "ccomp") and head is not verb:
        lemma = _lemma(head)
        if lemma in lex.threat_verbs or (head.pos_ == "NOUN" and lemma in lex.threat_nouns):
            return "threatened"
        if lemma in lex.plan_verbs or _going_to(verb, head):
            return "planned"
        if verb.dep_ == "xcomp" and head.dep_ == "xcomp":
            return _mood(head)  # "vowed to try to kill"
    return None


def _going_to(verb: Token, head: Token) -> bool:
    """ "he's going to kill me": the future told with "going to", not a trip."""
    return verb.dep_ == "xcomp" and _lemma(head) == "go" and head.tag_ == "VBG"


def _history(verb: Token, published: str | None) -> str | None:
    """A year long before publication that the verb governs, or a named event of the past
    in the verb's clause."""
    lex = frame_lexicon()
    clause = " ".join(t.lower_ for t in verb.subtree)
    if any(name in clause for name in lex.historical_events) or _told_as_earlier(verb):
        return "historical"
    if not published or not published[:4].isdigit():
        return None
    before = int(published[:4]) - lex.historical_years
    for token in verb.subtree:
        if _year(token) and int(token.text) <= before and _governed_by(token, verb):
            return "historical"
    return None


def _told_as_earlier(verb: Token) -> bool:
    """ "was killed two months ago", "died a year earlier", "killed in a previous shooting": the
    clause, not one inside it ("the town rebels seized two years ago"), places the death
    long before the story's own event."""
    lex = frame_lexicon()
    for token in verb.subtree:
        word = token.lower_
        if not _governed_by(token, verb):
            continue
        if word in lex.earlier_marks and token.i > 0 and token.nbor(-1).lower_ in lex.earlier_units:
            return True
        if word in lex.earlier_event_words and token.head.lemma_.lower() in lex.earlier_events:
            return token.dep_ == "amod"
    return False


def _year(token: Token) -> bool:
    if not (len(token.text) == 4 and token.text.isdigit()):
        return False
    if token.i > 0 and token.nbor(-1).lower_ == "at":
        return False  # "at 1459": a time of day
    return YEAR_RANGE[0] <= int(token.text) <= YEAR_RANGE[1] and token.ent_type_ == "DATE"


def _governed_by(token: Token, verb: Token) -> bool:
    """Whether the first verb above ``token`` is ``verb`` ("in 1967, the war killed 800"),
    not one of a clause inside it ("the deadliest since 2014")."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor == verb
    return False
