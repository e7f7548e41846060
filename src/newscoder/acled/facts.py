"""What the parse says about tokens that changes the meaning of a cue found on them.

- **Modifiers.** A participle or adjective that only describes a noun ("the occupied West
  Bank", "a rebel-held town") names no act of taking or giving up territory.
- **Doers.** The side (state, non-state armed, civilian) of the subject of each verb, so a
  cue is read with who did it ("soldiers marched into the town" is no demonstration).
- **Framed.** A token governed by a word of accusation, denial, sanction, condemnation or
  claimed responsibility ("accused the army *of bombing* the town", "sanctions over the
  *missile* test") is what the statement is about: ACLED codes the statement as nothing and
  the occurrence only from a report of it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newscoder.parse import doc_syntax, doc_words

MODIFIER_DEPS = frozenset({"amod", "compound"})
CLAUSE_DEPS = frozenset({"relcl", "acl", "appos"})
CONDITIONS = frozenset({"if", "unless"})


def modifier_tokens(doc: Doc) -> frozenset[int]:
    """Tokens that are adjectives or noun modifiers of a noun."""
    return frozenset(
        token.i
        for token in doc
        if token.dep_ in MODIFIER_DEPS and token.head.pos_ in ("NOUN", "PROPN")
    )


@dataclass(frozen=True)
class Framing:
    """The words that frame what depends on them, and the time words that stop them."""

    words: frozenset[str]
    nouns: frozenset[str] = frozenset()  # frame only where they are nouns
    time_words: frozenset[str] = frozenset()


def _framed_indexes(doc: Doc, framing: Framing) -> set[int]:
    """The tokens a governing word frames; a conjunct is a sibling, not what it is about
    ("demonstrations and clashes": the clashes happened), and a time phrase says when, not
    what about ("demanded a ransom after the kidnapping"). Read over plain lists: climbing
    spaCy tokens makes a new object at every step."""
    words, syntax = doc_words(doc), doc_syntax(doc)
    heads = syntax.head
    conj = [dep == "conj" for dep in syntax.dep]
    frames = [
        lemma in framing.words or (lemma in framing.nouns and pos == "NOUN")
        for lemma, pos in zip(words.lemma, syntax.pos, strict=True)
    ]

    def framed(i: int) -> bool:
        current = i
        while heads[current] != current:
            if words.lower[current] in framing.time_words:
                return False
            if conj[current]:
                current = heads[current]  # the sibling's own governor governs this token too
                continue
            current = heads[current]
            if frames[current]:
                return True
        return False

    return {i for i in range(len(doc)) if framed(i)}


def framed_tokens(doc: Doc, framing: Framing) -> frozenset[int]:
    """Tokens inside what an accusation, denial, sanction, demand or claim is about, inside
    a condition ("if the group really disappeared ..."), or negated: none reports an
    occurrence."""
    framed = _framed_indexes(doc, framing)
    return frozenset(framed | conditional_tokens(doc) | negated_tokens(doc))


def negated_tokens(doc: Doc) -> set[int]:
    """Negated words and the words coordinated with them ("who were not killed, captured
    or wounded"): what did not happen."""
    syntax = doc_syntax(doc)
    negated = {h for i, (h, dep) in enumerate(zip(syntax.head, syntax.dep, strict=True))
               if dep == "neg" and h != i}
    conjuncts = {i for i, (h, dep) in enumerate(zip(syntax.head, syntax.dep, strict=True))
                 if dep == "conj" and h in negated and h != i}
    return negated | conjuncts


def conditional_tokens(doc: Doc) -> set[int]:
    """The tokens of clauses opened by "if" or "unless"."""
    found: set[int] = set()
    for token in doc:
        if token.dep_ == "mark" and token.lower_ in CONDITIONS:
            found.update(t.i for t in token.head.subtree)
    return found


def subject_of(verb: Token) -> Token | None:
    """The verb's subject ("by" agent of a passive), or that of the verb it is conjoined to
    ("forces captured the town and marched on")."""
    for _ in range(3):
        for child in verb.children:
            if child.dep_ in ("nsubj", "csubj"):
                return child
            if child.dep_ == "agent":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
        if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def doer_sides(doc: Doc, side_of: Callable[[str], str | None]) -> dict[int, str]:
    """Each verb's doer side ("state", "armed", "civilian") where its subject's words say it."""
    sides: dict[int, str] = {}
    for token in doc:
        if token.pos_ not in ("VERB", "AUX") and token.dep_ != "ROOT":
            continue
        subject = subject_of(token)
        side = side_of(_words(subject)) if subject is not None else None
        if side is not None:
            sides[token.i] = side
    return sides


def _attachment(child: Token) -> bool:
    return child.dep_ == "prep" and child.lower_ != "of"


def _words(subject: Token) -> str:
    """The words that say who a subject is; for "they" in a reported clause, those of the
    reporter ("sources close to the militants said they had ...")."""
    if subject.pos_ != "PRON":
        return _phrase(subject)
    clause = subject.head
    if clause.dep_ == "ccomp" and (reporter := subject_of(clause.head)) is not None:
        return " ".join(t.text for t in reporter.subtree).lower()
    return ""


def _phrase(head: Token) -> str:
    """A subject's own words, without its clauses and attachments ("militants who fled",
    "forces in a crackdown on militants"); "forces of the regime" keeps its "of"."""
    clauses = [c for c in head.children if c.dep_ in CLAUSE_DEPS or _attachment(c)]
    inside = {t.i for clause in clauses for t in clause.subtree}
    return " ".join(t.text for t in head.subtree if t.i not in inside).lower()
