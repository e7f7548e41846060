"""Subjects the parser split off one coordination: "a man of 70 and his wife were wounded".

A list of people before one verb is one subject, but the parser often hangs each of its
members on the verb as a subject of its own ("man" and "wife" both nsubjpass of
"wounded"; "Two children, a woman and a man" as two subjects). Read as they are parsed,
the verb's victim is only the nearest of them. Subjects of one verb that follow each
other, with nothing between them but commas and "and", are one list again.
"""

from __future__ import annotations

from spacy.tokens import Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
JOINERS = frozenset({",", "and"})


def split_subjects(token: Token) -> list[Token]:
    """The other subjects of ``token``'s verb that were one list with it, in text order."""
    if token.dep_ not in SUBJECT_DEPS or token.head is token:
        return []
    siblings = sorted((c for c in token.head.children if c.dep_ == token.dep_),
                      key=lambda t: t.i)
    index = siblings.index(token)
    chain = [token]
    for earlier in reversed(siblings[:index]):
        if not _next_to(earlier, chain[0]):
            break
        chain.insert(0, earlier)
    for later in siblings[index + 1 :]:
        if not _next_to(chain[-1], later):
            break
        chain.append(later)
    if len(chain) == 1 or not _has_and(chain):
        return []  # "Police, a man ...": a list of people is joined by "and" somewhere
    return [t for t in chain if t is not token]


def _next_to(left: Token, right: Token) -> bool:
    """Only a comma or "and" between the two phrases (a dash sets off a dateline); the
    parser may hang the "and" on the first ("man" -> "and") with no conjunct after it."""
    aside = {t.i for c in left.children if _set_off(c) for t in c.subtree}
    if any(t.pos_ in ("VERB", "AUX") and t.i not in aside for t in left.subtree):
        return False  # "a man injured in a shooting at 22nd and Bragg": "and" goes on the clause
    doc, end = left.doc, left.right_edge.i
    while end > left.i and doc[end].lower_ in JOINERS:
        end -= 1
    gap = doc[end + 1 : right.left_edge.i]
    return 1 <= len(gap) <= 2 and all(t.lower_ in JOINERS for t in gap)


def _set_off(clause: Token) -> bool:
    """ "a woman, who was getting ready for bed, and three men": a relative clause set off by
    commas says something of its person and ends before the list goes on."""
    if clause.dep_ != "relcl" or clause.left_edge.i < 1:
        return False
    doc = clause.doc
    after = clause.right_edge.i + 1
    return doc[clause.left_edge.i - 1].text == "," and after < len(doc) and doc[after].text == ","


def _has_and(chain: list[Token]) -> bool:
    doc = chain[0].doc
    words = doc[chain[0].left_edge.i : chain[-1].right_edge.i + 1]
    return any(t.lower_ == "and" for t in words)
