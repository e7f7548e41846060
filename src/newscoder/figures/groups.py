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

from newscoder.figures.candidates import SUMMED, Candidate, make_candidate
from newscoder.figures.categories import is_person_noun

EXACT = ("exact", None)
# Counts that add up: exact, or hedged by one number ("some 90", "at least 12"); not vague.
SUMMABLE = (*EXACT, "about", "at_least")
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
    """Singular people joined to a count and read by nothing else: "five men and a woman",
    "two children and their mother"."""
    counted = {c.reading.noun for c in found}
    return sum(
        1
        for other in noun.conjuncts
        if other.i not in counted
        and other.i >= first.phrase.end  # a victim's figure may name them already
        and other.tag_ == "NN"
        and is_person_noun(other)
        and any(c.lower_ in ("a", "an", "one") or c.dep_ == "poss" for c in other.children)
    )


AGE_UNITS = frozenset({"year", "month", "week", "day"})


def _age_before(first: Candidate, noun: Token) -> int:
    """ "A 3-year-old and four adults were shot": a person told by an age before the count
    and joined to it by "and", which the parser takes for the count's adjective."""
    return sum(
        1
        for age in noun.children
        if age.dep_ == "amod" and age.lower_ == "old" and age.i < first.phrase.start
        and any(c.lemma_.lower() in AGE_UNITS for c in age.children)
        and any(c.dep_ == "cc" and c.lower_ == "and" for c in age.children)
    )


def _group_total(
    doc: Doc, sentence: SpacySpan, first: Candidate, found: list[Candidate]
) -> Candidate | None:
    """The sum of a count and the counts and lone people coordinated with it, if any."""
    parts = _joined(doc, first, found)
    noun = _noun(doc, first)
    lone = _lone_people(first, noun, found) if noun is not None and noun.dep_ != "conj" else 0
    lone += _age_before(first, noun) if noun is not None else 0
    if not (parts or lone) or not first.reading.category or noun is None:
        return None
    if any(part.phrase.core < first.phrase.end for part in parts):
        return None  # "a man and three others": the victim's figure already counts them
    group = [first, *parts]
    if any(part.phrase.qualifier not in SUMMABLE for part in group):
        return None  # "dozens of men and two women" has no sum
    if any(part.figure.who not in ONE_SIDE for part in group) or not _adjacent(noun):
        return None
    value = sum(part.phrase.value for part in group) + lone
    end = max(c.i for c in [noun, *noun.conjuncts]) + 1
    qualifier = _sum_qualifier([part.phrase.qualifier for part in group])
    low, high = _sum_bounds(qualifier, value)
    phrase = replace(first.phrase, end=end, value=value, low=low, high=high, qualifier=qualifier)
    return make_candidate(doc, phrase, first.reading, sentence)


def _sum_qualifier(qualifiers: list[str | None]) -> str | None:
    """ "some 90 women and 30 children" is about 120; "at least 12 men and 4 women" at least
    16; where both hedges meet, the sum is about; exact counts keep their own qualifier."""
    hedges = {q for q in qualifiers if q not in EXACT}
    if not hedges:
        return qualifiers[0]
    return hedges.pop() if len(hedges) == 1 else "about"


def _sum_bounds(qualifier: str | None, value: float) -> tuple[float | None, float | None]:
    if qualifier == "at_least":
        return value, None
    if qualifier == "about":
        return None, None
    return value, value


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


# The hurt counted clause by clause ("two are in critical condition and another was treated
# and released") add up; the dead and the hurt are kept apart by their categories.
HURT = frozenset({"injured", "shot"})
# Words that open a noun phrase naming people not named before: "a man", "another"; a
# number too, but not "one" after a group ("two boys were playing and one was hit").
NEW_PEOPLE = frozenset({"a", "an", "another", "other", "others"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
KIN_POSSESSIVES = frozenset({"his", "her"})
# Entity types of names that are no person's own.
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC", "NORP"})


def _subject_count(doc: Doc, candidate: Candidate) -> Token | None:
    """The token that counts a candidate's people, when it is the subject of its predicate."""
    index = candidate.reading.noun
    token = doc[index] if index is not None else doc[candidate.phrase.core]
    if token.pos_ == "PRON" and token.lower_ not in ("another", "others"):
        return None  # "he ... and he was taken": one person told twice
    verb = _clause_verb(doc, candidate)
    if verb is None or token.dep_ not in SUBJECTS or token.head != verb:
        return None
    return token


def _clause_verb(doc: Doc, candidate: Candidate) -> Token | None:
    """The verb of the clause a predicate is in: "remain" for "remain hospitalized"."""
    if candidate.reading.predicate is None:
        return None
    verb = doc[candidate.reading.predicate]
    while verb.dep_ in ("acomp", "xcomp", "oprd") and verb.head is not verb:
        verb = verb.head
    return verb


def _new_people(doc: Doc, candidate: Candidate) -> bool:
    """A count that names people not named before: a number, or "a man", "another"."""
    first = doc[candidate.phrase.start].lower_
    if candidate.phrase.qualifier in EXACT:
        return first != "one" or candidate.phrase.start == candidate.sentence.start
    return first in NEW_PEOPLE or first.isdigit() or _kin_of_another(doc, candidate) or (
        _named_person(doc, candidate)
    )


def _named_person(doc: Doc, candidate: Candidate) -> bool:
    """ "Dakota was shot in the leg and Sam was hit in the arm": a person named by a name of
    their own is someone told of as themselves; two names in a run of clauses are two
    people (the run is summed only when the names differ: :func:`_distinct_names`)."""
    index = candidate.reading.noun
    if index is None or candidate.phrase.qualifier != "implicit":
        return False
    noun = doc[index]
    # the figure's reading took the name for a person; the parser may type it otherwise
    return noun.pos_ == "PROPN" and noun.ent_type_ not in PLACE_TYPES


def _distinct_names(doc: Doc, parts: list[Candidate]) -> bool:
    """No name told twice among the people of a run of clauses."""
    names = [doc[p.reading.noun].lower_ for p in parts
             if p.reading.noun is not None and _named_person(doc, p)]
    return len(names) == len(set(names))


def _kin_of_another(doc: Doc, candidate: Candidate) -> bool:
    """ "her son", "his wife": a person named by their tie to someone told before is
    someone else ("a woman was struck by a bullet and her son was grazed": two)."""
    index = candidate.reading.noun
    if index is None or candidate.phrase.qualifier != "implicit":
        return False
    noun = doc[index]
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "poss" and c.lower_ in KIN_POSSESSIVES for c in noun.children
    )


# Clause links under one verb that a comma-spliced list of what befell each victim takes.
LISTED_CLAUSES = frozenset({"ccomp", "conj", "parataxis"})
LIST_HOPS = 2  # "X dead, A hurt, B hit": A's clause may hang on X's, X's on B's


def _listed_clauses(verb: Token) -> set[Token]:
    """ "Doctors pronounced him dead, a girl was flown to a hospital, a boy was hit in the
    arm": clauses set off by commas that the parser hangs on one another or side by side
    (as ccomp, conj or parataxis) are a list as much as clauses joined by "and"."""
    found, frontier = {verb}, [verb]
    for _ in range(LIST_HOPS):
        frontier = [n for v in frontier for n in _listed_next(v) if n not in found]
        found.update(frontier)
    return found - {verb}


def _listed_next(verb: Token) -> list[Token]:
    """The clauses linked to a verb's clause, set off from it by a comma."""
    linked = [c for c in verb.children if c.dep_ in LISTED_CLAUSES]
    if verb.dep_ in LISTED_CLAUSES and verb.head is not verb:
        linked.append(verb.head)
    return [c for c in linked if _comma_between(verb, c)]


def _comma_between(one: Token, other: Token) -> bool:
    """A comma at the edge of the inner clause's span, between the two clauses."""
    inner = one if other in one.ancestors else other
    doc = inner.doc
    left, right = inner.left_edge.i, inner.right_edge.i
    before = doc[left - 1].text if left > 0 else ""
    after = doc[right + 1].text if right + 1 < len(doc) else ""
    return "," in (before, after, doc[left].text, doc[right].text)


def _clause_total(doc: Doc, sentence: SpacySpan, first: Candidate, found: list[Candidate]
                  ) -> Candidate | None:
    """ "Two victims remain in hospital and another was treated and released": counts of the
    hurt that are the subjects of coordinated clauses, each of new people, add up."""
    if first.figure.category not in HURT or _subject_count(doc, first) is None:
        return None
    verb = _clause_verb(doc, first)
    if verb is None or not _new_people(doc, first):
        return None
    verbs = set(verb.conjuncts) | _listed_clauses(verb)
    parts = [
        other for other in found
        if other.figure.category in HURT
        and _clause_verb(doc, other) in verbs
        and other.phrase.start > first.phrase.end
        and _subject_count(doc, other) is not None
        and _new_people(doc, other)
    ]
    if not parts or any(p.phrase.qualifier not in (*EXACT, "implicit") for p in [first, *parts]):
        return None
    if not _distinct_names(doc, [first, *parts]):
        return None
    value = sum(part.phrase.value for part in [first, *parts])
    end = max(part.phrase.end for part in parts)
    span = doc[first.phrase.start : end]
    if "\n" in span.text or any(t.is_space for t in span):
        return None  # a title run into the lede is no one sentence
    phrase = replace(first.phrase, end=end, value=value, low=value, high=value, qualifier=SUMMED)
    # people shot and people hurt otherwise are all hit: the sum is of the shot, whom the
    # outcomes step later splits into the dead and the wounded
    shot = any(part.figure.category == "shot" for part in [first, *parts])
    reading = replace(first.reading, category="shot" if shot else first.reading.category)
    return make_candidate(doc, phrase, reading, sentence)


# Words that bring in one more person by contrast in a clause whose verb is left out:
# "one woman was hit in the hip and another in the wrist", "... and the other in the hand".
GAP_PEOPLE = frozenset({"another", "other"})
# The most words a person's phrase may take in such a clause ("her 19-year-old boyfriend").
GAP_PHRASE = 5


def _gapped_total(doc: Doc, sentence: SpacySpan, first: Candidate) -> Candidate | None:
    """ "One woman was hit in the hip and another in the wrist": clauses that leave out the
    verb of the first ("was shot") and keep its preposition ("in") tell as many more people
    hurt as they name; the first count and theirs add up, as clauses with verbs do."""
    if first.figure.category not in HURT or _subject_count(doc, first) is None:
        return None
    if first.phrase.qualifier not in (*EXACT, "implicit"):
        return None
    verb = _clause_verb(doc, first)
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i > verb.i), None) if (
        verb is not None) else None
    if prep is None:
        return None
    added, end, at = 0, None, _phrase_end(prep)
    while True:
        person = _gapped_person(doc, sentence, at, prep.lower_)
        if person is None:
            break
        count, last, after = person
        added, end = added + count, last + 1
        at = after
    if not added or end is None:
        return None
    value = first.phrase.value + added
    phrase = replace(first.phrase, end=end, value=value, low=value, high=value, qualifier=SUMMED)
    return make_candidate(doc, phrase, first.reading, sentence)


def _gapped_person(
    doc: Doc, sentence: SpacySpan, at: int, prep: str
) -> tuple[int, int, int] | None:
    """The people of one verbless clause starting at token ``at`` (", and another in the
    arm"): how many, the last token of their phrase, and the token after the clause."""
    index = at
    while index < sentence.end and doc[index].lower_ in (",", "and"):
        index += 1
    if index == at or index >= sentence.end:
        return None  # no joint: a new sentence part, not a clause of the list
    start = index
    while index < sentence.end and doc[index].lower_ != prep and index - start < GAP_PHRASE:
        if doc[index].pos_ in ("VERB", "AUX", "PUNCT", "CCONJ"):
            return None  # "and taken to a hospital": a verb of its own
        index += 1
    if index >= sentence.end or doc[index].lower_ != prep or index == start:
        return None
    words = doc[start:index]
    head = words[-1]
    if not (head.lower_ in GAP_PEOPLE or head.ent_type_ == "ORDINAL" or is_person_noun(head)):
        return None
    numbers = [t for t in words if t.like_num and t.ent_type_ != "ORDINAL"]
    if head.tag_ in ("NNS", "NNPS") or head.lower_ == "others":
        return None  # "and others in the arm": how many is not told
    if numbers and numbers[0].lower_ not in ("one", "1"):
        return None
    return 1, head.i, _phrase_end(doc[index])


def _phrase_end(prep: Token) -> int:
    """The token after a preposition's own object ("in the leg"), not after the words the
    parser joins to that object ("in the leg and another")."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return (pobj.i if pobj is not None else prep.i) + 1


def _inside_group(candidate: Candidate, found: list[Candidate]) -> bool:
    """A count already within a larger span ("three men and two women" sums its parts)."""
    figure = candidate.figure
    return any(
        other is not candidate
        and other.figure.start <= figure.start
        and figure.end <= other.figure.end
        and other.figure.value > figure.value
        for other in found
    )


def coordinated_totals(doc: Doc, sentence: SpacySpan, found: list[Candidate]) -> list[Candidate]:
    """One summed figure per group of coordinated, exactly counted people of one category,
    and per run of coordinated clauses that count the hurt."""
    totals = [_group_total(doc, sentence, first, found) for first in found]
    totals = [t for t in totals if t is not None] + _others_after(doc, sentence, found)
    clauses = [
        _clause_total(doc, sentence, first, found)
        for first in found
        if not _inside_group(first, found + totals)
    ]
    clauses = [t for t in clauses if t is not None]
    gapped = [
        _gapped_total(doc, sentence, first)
        for first in found
        if not _inside_group(first, found + totals + clauses)
    ]
    return totals + clauses + [t for t in gapped if t is not None]
