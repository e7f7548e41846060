"""People named together as hurt, one of whom the story tells died.

"Police found the child and her mother shot. The child died at the hospital": the two named
together are everyone hit, and the one of them named again as dead is no longer among the
wounded (one). A count of the hurt by number is split by
:func:`newscoder.figures.outcomes.split_shot`; a group named person by person is split here,
member by member, since its dead are told by name or by the same noun ("the child"), not by a
number less than the group's.
"""

from __future__ import annotations

import tomllib
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newscoder.context import Context
from newscoder.figures.candidates import DERIVED, IMPLICIT
from newscoder.figures.frame import ASSERTED
from newscoder.figures.persons import (
    DISTINCT,
    PRONOUN_SEXES,
    age_of,
    exact_age,
    same_kind,
    sex_of,
)
from newscoder.lexicon import read_lexicon
from newscoder.model import Check, Figure
from newscoder.model import Span as TextSpan

# Words that take up someone named before ("the child", "her daughter"); "a woman died" may
# be someone new.
DEFINITE = frozenset({"the", "his", "her", "their", "its", "my", "our", "your"})


def _span(ctx: Context, figure: Figure) -> SpacySpan | None:
    return ctx.doc.char_span(figure.start, figure.end, alignment_mode="expand")


def _members(group: SpacySpan) -> list[list[Token]]:
    """The people of "Nora and Lia Brandt and their mother": each conjunct with its own
    words (not those of the conjuncts hung on it)."""
    heads = [group.root, *(t for t in group.root.conjuncts if t in group)]
    members = []
    for head in heads:
        others = {t.i for c in head.children if c.dep_ in ("conj", "cc") for t in c.subtree}
        members.append([t for t in head.subtree if t.i not in others and t in group])
    return members


def _names(words: list[Token]) -> set[str]:
    """The capitalised words of a mention (the tagger may take "Lily" for a noun)."""
    return {
        t.lower_ for t in words
        if t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ") and t.dep_ != "det"
    }


def _same_person(member: list[Token], dead: SpacySpan, later: bool) -> bool:
    """The dead one is this member: named alike ("Lia" of "Lia Brandt"), or
    taken up by the same noun with a definite word ("the child", "the daughter") and no
    contrast ("the older child") or other age between them. A death told ``later`` than the
    group may also take a member up by their age ("the 6-month-old ... the 6-month-old girl")
    or by a noun of the same kind ("his daughter ... the girl"); one told before may be
    another's, told in passing."""
    words = [t.lower_ for t in member]
    told = [t.lower_ for t in dead]
    if not _ranks_agree(set(words), set(told)):
        return False
    if (set(words) | set(told)) & (DISTINCT - _ranks()):
        return False
    ages = {age_of(" ".join(words)), age_of(" ".join(told))}
    if None not in ages and len(ages) > 1:
        return False
    names, dead_names = _names(member), _names(list(dead))
    if later and not names and _same_age(member, dead):
        return True  # "a 7-year-old girl and her mother ... 7-year-old Ana Ruiz died"
    if names or dead_names:
        return bool(names and dead_names) and (names <= dead_names or dead_names <= names)
    if later and _same_age(member, dead):
        return True
    heads = {t.lemma_.lower() for t in member if t.pos_ == "NOUN"}
    definite = told[0] in DEFINITE or dead[0].dep_ == "poss"
    noun = dead.root.lemma_.lower()
    if not later:
        return definite and noun in heads
    return definite and any(same_kind(noun, head) for head in heads)


def _ranks_agree(words: set[str], told: set[str]) -> bool:
    """ "the younger child" takes up the member told as "the younger child" or told with no
    rank, never one told as "the older child": rank words pick a member out of the group."""
    ranks = _ranks()
    own, other = words & ranks, told & ranks
    return not own or not other or own == other


def _same_age(member: list[Token], dead: SpacySpan) -> bool:
    """Both told with one age and its unit: an age in figures tells one person."""
    age = exact_age("".join(t.text_with_ws for t in member))
    return age is not None and age == exact_age(dead.text)


def _dead_members(ctx: Context, figures: list[Figure], group: Figure) -> list[int]:
    """The indexes of the single deaths told of members of the group, one per member."""
    span = _span(ctx, group)
    if span is None:
        return []
    members = _members(span)
    found: list[int] = []
    for member in members:
        for index, figure in enumerate(figures):
            if index in found or not _single_death(figure) or figure.start == group.start:
                continue
            dead = _span(ctx, figure)
            if dead is None:
                continue
            if _same_person(member, dead, figure.start > group.end) or _taken_up(
                members, member, span, dead
            ):
                found.append(index)
                break
    return found


# How many sentences after a group a "he" or "she" told dead may take up one of its members.
PRONOUN_SENTENCES = 2


def _taken_up(
    members: list[list[Token]], member: list[Token], group: SpacySpan, dead: SpacySpan
) -> bool:
    """ "Officers found a man and his daughter with gunshot wounds. The girl was taken to a
    hospital, where she died": a "he" or "she" told dead just after the group is its one
    member of that sex (issue 18)."""
    if dead.start <= group.end or dead[0].lower_ not in PRONOUN_SEXES:
        return False
    sentences = list(group.doc.sents)
    at = next(i for i, s in enumerate(sentences) if s.start <= group.start < s.end)
    if not any(s.start <= dead.start < s.end for s in sentences[at : at + PRONOUN_SENTENCES + 1]):
        return False
    sex = PRONOUN_SEXES[dead[0].lower_]
    alike = [m for m in members if sex_of([t.lower_ for t in m]) == sex]
    return len(alike) == 1 and alike[0] is member


def _single_death(figure: Figure) -> bool:
    return (
        figure.category == "killed"
        and figure.modality == ASSERTED
        and figure.qualifier == IMPLICIT
        and figure.value == 1
    )


def _named_group(figure: Figure) -> bool:
    return (
        figure.category in ("shot", "injured")
        and figure.qualifier == IMPLICIT
        and figure.value >= 2
        and figure.parent is None
        and figure.modality == ASSERTED
    )


def split_named(ctx: Context, figures: list[Figure]) -> list[Check]:
    """Each named group of the hurt with members told dead: the group counts all hit
    ("shot"), its dead are nested under it, and the rest are added as the wounded."""
    checks = []
    for index in range(len(figures)):
        group = figures[index]
        if not _named_group(group):
            continue
        dead = _dead_members(ctx, figures, group)
        if not dead or not any(figures[i].parent is None for i in dead):
            continue
        group.category = "shot"
        for i in dead:
            if figures[i].parent is None:
                figures[i].parent = index
        wounded = group.value - len(dead)
        if wounded > 0:
            figures.append(replace(group, category="injured", value=wounded, low=wounded,
                                   high=wounded, qualifier=DERIVED, headline=False))
        told = ", ".join(repr(figures[i].text) for i in dead)
        detail = f"{group.text!r} hurt, {told} of them dead: {wounded:g} wounded"
        checks.append(Check("sum", "consistent", [index, *dead],
                            detail, TextSpan(group.start, group.end)))
    return checks


# How many sentences after a group told dead a person taken up may still be one of them.
TAKEN_UP_SENTENCES = 2


def one_of_the_dead(ctx: Context, figure: Figure, dead: list[Figure]) -> bool:
    """ "A man and a boy were found dead behind a garage. The older man had been hit in the
    chest, and the teen in the neck": one person taken up by "the" and a noun that names a
    member of a group told dead just before ("the older man" of "a man and a boy") is one of
    the dead, not one more hurt; a word that sets them apart from the group ("another man")
    makes them someone else."""
    span = _span(ctx, figure)
    if span is None or span[0].lower_ != "the" or figure.value != 1:
        return False
    words = {t.lower_ for t in span}
    if words & (DISTINCT - _ranks()):
        return False
    noun = span.root.lemma_.lower()
    at = _sentence_of(ctx, figure.start)
    for group in dead:
        if not _dead_group(group) or group.end > figure.start:
            continue
        if at - _sentence_of(ctx, group.start) > TAKEN_UP_SENTENCES:
            continue
        found = _span(ctx, group)
        if found is not None and any(_named_by(noun, span, m) for m in _members(found)):
            return True
    return False


def _dead_group(figure: Figure) -> bool:
    """Two people or more told dead, named one by one ("a man and a boy")."""
    return (
        figure.category == "killed" and figure.modality == ASSERTED
        and figure.qualifier == IMPLICIT and figure.value >= 2
    )


def _named_by(noun: str, told: SpacySpan, member: list[Token]) -> bool:
    """The noun that takes the person up names this member: the same kind of person ("the
    teen" of "a teenage boy", "the child" of "her son"), and no other age."""
    ages = {age_of(told.text), age_of(" ".join(t.text for t in member))}
    if None not in ages and len(ages) > 1:
        return False
    lemmas = {t.lemma_.lower() for t in member if t.pos_ in ("NOUN", "ADJ", "PROPN")}
    if noun in lemmas or any(same_kind(noun, lemma) for lemma in lemmas):
        return True
    teens = _teens()
    return noun in teens and bool(lemmas & teens)


def _sentence_of(ctx: Context, offset: int) -> int:
    return sum(1 for s in ctx.doc.sents if s.start_char <= offset) - 1


@lru_cache(maxsize=1)
def _member_words() -> tuple[frozenset[str], frozenset[str]]:
    """The rank words and the teen words of figures.toml's ``same_person``, read once."""
    raw = tomllib.loads(read_lexicon("figures", "figures.toml"))["same_person"]
    return frozenset(raw["rank_words"]), frozenset(raw["teen_words"])


def _ranks() -> frozenset[str]:
    return _member_words()[0]


def _teens() -> frozenset[str]:
    return _member_words()[1]
