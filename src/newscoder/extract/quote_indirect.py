"""Reported speech: a reporting verb with a reported clause, and "according to X".

``X said (that) ...``, ``X told AFP ...``, ``X reports that ...``, ``X announced December 11
that ...``: the content is the verb's clausal complement. ``according to X, ...``: the content
is the rest of the clause the phrase sits in. Clauses that are a quotation in marks already
found are left to the direct quotation; verbs inside quotations are the quoted speaker's.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newscoder.extract.quote_lexicon import QuoteLexicon
from newscoder.model import QuoteKind, Span

COMPLEMENT_DEPS = frozenset({"ccomp"})
MIN_CONTENT_CHARS = 8


@dataclass(slots=True)
class IndirectCandidate:
    cue: Token
    source: Token | None
    content: Span
    kind: QuoteKind = "indirect"


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The source of a cue: its subject, or its governing clause's ("Asserting ..., the
    statement addressed ..."), or the noun a relative clause hangs on ("Caillet, who said")."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                return verb.head
            return child
    if verb.dep_ == "relcl":
        return verb.head
    if (
        depth < 3
        and verb.dep_ in ("advcl", "xcomp", "conj", "pcomp", "ccomp")
        and verb.head.i != verb.i
    ):
        if verb.dep_ == "ccomp" and verb.head.lemma_ not in ("be",):
            return None
        return subject_of(verb.head, depth + 1)
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head  # "a statement saying ..."
    return None


def prepositional_source(cue: Token) -> Token | None:
    """'according to X': X, the object of 'to'."""
    nxt = cue.nbor() if cue.i + 1 < len(cue.doc) else None
    if nxt is None:
        return None
    for child in list(nxt.children) + list(cue.children):
        if child.dep_ == "pobj":
            return child
    return None


def trimmed(doc: Doc, start: int, end: int) -> Span:
    text = doc.text
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    return Span(start, end)


def find_indirect(
    doc: Doc, lex: QuoteLexicon, in_quote: callable[[int], bool], thought: bool = False
) -> list[IndirectCandidate]:
    """Every reporting verb with a clausal complement, and every 'according to X'."""
    cues = lex.indirect_cues | (lex.thought_cues if thought else frozenset())
    found = []
    for tok in doc:
        if in_quote(tok.idx):
            continue
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and tok.nbor().lower_ == "to":
            candidate = according_to(doc, tok)
        elif tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in cues:
            candidate = complement(doc, tok)
        else:
            continue
        if (
            candidate is not None
            and candidate.content.end - candidate.content.start >= MIN_CONTENT_CHARS
        ):
            found.append(candidate)
    return found


def complement(doc: Doc, verb: Token) -> IndirectCandidate | None:
    comp = next((c for c in verb.children if c.dep_ in COMPLEMENT_DEPS), None)
    if comp is None:
        return None
    span = trimmed(doc, comp.left_edge.idx, comp.right_edge.idx + len(comp.right_edge))
    return IndirectCandidate(verb, subject_of(verb), span)


def according_to(doc: Doc, cue: Token) -> IndirectCandidate | None:
    source = prepositional_source(cue)
    if source is None:
        return None
    phrase_start = cue.idx
    phrase_end = source.right_edge.idx + len(source.right_edge)
    sent = cue.sent
    if phrase_start - sent.start_char < 3:
        span = trimmed(doc, phrase_end, sent.end_char)
    else:
        span = trimmed(doc, sent.start_char, phrase_start)
    return IndirectCandidate(cue, source, span)
