"""Counts joined into one group: "three men and two women were wounded" is five wounded.

A report often splits one toll by sex or age ("four men and two women", "3 adults and 2
juveniles"). Each number is read on its own; here the coordinated counts of one phrase are
added up into a figure that spans them all, so the parts nest under it (the stage's
container rule) and the headline reads the whole group.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newscoder.figures.candidates import Candidate, make_candidate
from newscoder.figures.categories import is_person_noun

EXACT = ("exact", None)
# A toll split by sex or age is one group; soldiers and rebels, or civilians and fighters,
# are the losses of different sides, which reports (and counts of them) keep apart.
ONE_SIDE = frozenset({"people", "children", "women"})
# Tokens allowed between one conjunct's phrase and the next noun's phrase (", and").
CONJUNCT_GAP = 3


def _noun(doc: Doc, candidate: Candidate) -> Token | None:
    index = candidate.reading.noun
    return doc[index] if index is not None else None


def _joined(doc: Doc, first: Candidate, found: list[Candidate]) -> list[Candidate]:
    """The later counts whose nouns are conjuncts of the first count's noun."""
    noun = _noun(doc, first)
    if noun is None or noun.dep_ == "conj" or _own_predicate(doc, first, noun):
        return []
    conjuncts = {c.i for c in noun.conjuncts}
    return [
        other
        for other in found
        if other is not first
        and other.reading.noun in conjuncts
        and other.reading.category in ("", first.reading.category)
    ]


def _own_predicate(doc: Doc, first: Candidate, noun: Token) -> bool:
    """ "two men who were killed and two officers": the predicate is the first noun's own
    clause, before the others are named, so it says nothing of them ("three men and three
    women injured" shares it)."""
    index = first.reading.predicate
    if index is None or doc[index] not in noun.subtree or doc[index] == noun:
        return False
    return any(index < other.i for other in noun.conjuncts)


def _lone_people(first: Candidate, noun: Token, found: list[Candidate]) -> int:
    """Singular people joined to a count and read by nothing else: "five men and a woman"."""
    counted = {c.reading.noun for c in found}
    return sum(
        1
        for other in noun.conjuncts
        if other.i not in counted
        and other.tag_ == "NN"
        and is_person_noun(other)
        and any(c.lower_ in ("a", "an", "one") for c in other.children)
    )


def _group_total(
    doc: Doc, sentence: SpacySpan, first: Candidate, found: list[Candidate]
) -> Candidate | None:
    """The sum of a count and the counts and lone people coordinated with it, if any."""
    parts = _joined(doc, first, found)
    noun = _noun(doc, first)
    lone = _lone_people(first, noun, found) if noun is not None and noun.dep_ != "conj" else 0
    if not (parts or lone) or not first.reading.category or noun is None:
        return None
    if any(part.phrase.core < first.phrase.end for part in parts):
        return None  # "a man and three others": the victim's figure already counts them
    group = [first, *parts]
    if any(part.phrase.qualifier not in EXACT for part in group):
        return None  # "dozens of men and two women" has no exact sum
    if any(part.figure.who not in ONE_SIDE for part in group) or not _adjacent(noun):
        return None
    value = sum(part.phrase.value for part in group) + lone
    end = max(c.i for c in [noun, *noun.conjuncts]) + 1
    phrase = replace(first.phrase, end=end, value=value, low=value, high=value)
    return make_candidate(doc, phrase, first.reading, sentence)


def _others_after(doc: Doc, sentence: SpacySpan, found: list[Candidate]) -> list[Candidate]:
    """ "A teenager and five other people were shot", parsed as two subjects: the others are
    besides the person just named."""
    totals = []
    for others in found:
        start = others.phrase.start
        noun = _noun(doc, others)
        if start < 1 or doc[start - 1].lower_ != "and" or noun is None or not _is_other(noun):
            continue
        named = next((c for c in found if c.phrase.end == start - 1), None)
        if named is None or named.reading.category not in ("", others.reading.category):
            continue
        value = named.phrase.value + others.phrase.value
        phrase = replace(
            named.phrase, end=noun.i + 1, value=value, low=value, high=value, qualifier="exact"
        )
        totals.append(make_candidate(doc, phrase, others.reading, sentence))
    return totals


def _adjacent(noun: Token) -> bool:
    """The conjuncts follow each other closely: a parse that joins nouns across a title or
    a dateline ("5 women in Aleppo monitor AFP ... Ten children") is no group."""
    chain = [noun, *noun.conjuncts]
    return all(
        later.left_edge.i - earlier.i <= CONJUNCT_GAP
        for earlier, later in zip(chain, chain[1:], strict=False)
    )


def _is_other(noun: Token) -> bool:
    return noun.lower_ == "others" or any(c.lower_ == "other" for c in noun.children)


def coordinated_totals(doc: Doc, sentence: SpacySpan, found: list[Candidate]) -> list[Candidate]:
    """One summed figure per group of coordinated, exactly counted people of one category."""
    totals = [_group_total(doc, sentence, first, found) for first in found]
    return [t for t in totals if t is not None] + _others_after(doc, sentence, found)
