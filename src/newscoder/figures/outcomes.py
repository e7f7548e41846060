"""What happened to the people shot: killed, wounded, or one of the two counted elsewhere.

"Shot" counts everyone hit. Crime reports then say how many died: "Four people were shot;
two were pronounced dead" — the two killed are a subset of the four shot, and the other two
are the wounded, a count the text invites but does not state. Here:

- a killed figure close after a larger shot figure is nested under it, and the wounded
  remainder is added as a figure with qualifier ``derived`` (on the shot figure's span),
  with a ``sum`` check that states the arithmetic;
- a single person shot or hurt, in an article that reports a death and counts no wounded
  by number, is taken to be the one who died ("a man was shot ... he was pronounced
  dead") and stays counted as shot only, unless their own sentence says they lived ("is
  expected to survive") or adds them to those named ("a teenager was also shot");
- everyone else shot is wounded.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newscoder.context import Context
from newscoder.figures.antecedents import they_died
from newscoder.figures.candidates import DERIVED, IMPLICIT, SUMMED
from newscoder.figures.frame import ASSERTED
from newscoder.figures.later import death_told_before, died_of_wounds
from newscoder.figures.lexicon import lexicon
from newscoder.figures.members import one_of_the_dead, split_named
from newscoder.figures.persons import DISTINCT, age_of
from newscoder.figures.told_before import dead_among_group
from newscoder.lexicon import read_lexicon
from newscoder.model import Check, Figure
from newscoder.model import Span as TextSpan

MALE = frozenset(
    {
        "he",
        "him",
        "man",
        "boy",
        "son",
        "father",
        "husband",
        "brother",
        "male",
        "uncle",
        "nephew",
        "grandfather",
        "stepfather",
        "boyfriend",
        "grandson",
        "stepson",
    }
)
FEMALE = frozenset(
    {
        "she",
        "her",
        "woman",
        "girl",
        "daughter",
        "mother",
        "wife",
        "sister",
        "female",
        "aunt",
        "niece",
        "grandmother",
        "stepmother",
        "girlfriend",
        "granddaughter",
        "stepdaughter",
    }
)
# Words that take up a group already named ("all four", "both", "each of the three").
WHOLE_GROUP = frozenset({"all", "both", "each"})
ARTICLES = frozenset({"a", "an", "the", "his", "her", "their", "my", "our", "he", "she"})
# Entity types of capitalised words that describe a person without naming them.
PLACE_TYPES = frozenset({"GPE", "LOC", "NORP", "FAC"})
# How many sentences after "N were shot" a "K died" still speaks of the same people.
OUTCOME_SENTENCES = 2
# ... and how many a whole group's death ("all four died") may come after: it names them all.
WHOLE_GROUP_SENTENCES = 4


@dataclass(frozen=True)
class OutcomeLexicon:
    survival: re.Pattern[str]
    death: re.Pattern[str]
    additive: frozenset[str]
    ordinals: dict[str, int]
    ordinal_victim: re.Pattern[str]
    fatal_wound: re.Pattern[str]
    limbs: frozenset[str]


def _words_pattern(phrases: list[str], by: str = r"(?!\s+by\b)") -> re.Pattern[str]:
    """Any of the phrases as whole words, a hyphen or a space between words matching either;
    never followed by "by" unless ``by`` says otherwise ("survived by" is an obituary's
    family, "recovered by" a weapon found)."""
    parts = [r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", p))) for p in phrases]
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b" + by, re.IGNORECASE)


# "grazed by a bullet" is a wound lived through; "survived by" and "recovered by" are not.
SURVIVAL_BY = r"(?!(?<=survived)\s+by\b)(?!(?<=recovered)\s+by\b)"


@lru_cache(maxsize=1)
def outcome_lexicon() -> OutcomeLexicon:
    raw: dict[str, Any] = tomllib.loads(read_lexicon("figures", "figures.toml"))["outcomes"]
    return OutcomeLexicon(
        survival=_words_pattern(raw["survival_cues"], SURVIVAL_BY),
        death=_words_pattern(raw["death_cues"]),
        additive=frozenset(raw["additive_adverbs"]),
        ordinals=dict(raw["ordinal_places"]),
        ordinal_victim=_ordinal_victim(raw["ordinal_places"], raw["ordinal_victim_nouns"]),
        fatal_wound=re.compile("|".join(raw["fatal_wound_patterns"]), re.IGNORECASE),
        limbs=frozenset(raw["limb_words"]),
    )


def _ordinal_victim(places: dict[str, int], nouns: list[str]) -> re.Pattern[str]:
    """ "a fourth victim", "a fifth male adult victim", "another second shooting victim":
    an article, an ordinal, at most three words, and a noun for a person."""
    ordinal = "|".join(map(re.escape, places))
    noun = "|".join(map(re.escape, nouns))
    return re.compile(
        rf"\b(?:a|an|another)\s+(?:{ordinal})\s+(?:[\w-]+\s+){{0,3}}?(?:{noun})\b",
        re.IGNORECASE,
    )


def _is_single(figure: Figure) -> bool:
    return figure.qualifier == IMPLICIT


def _sentence_index(ctx: Context, figure: Figure) -> int:
    return _sentence_at(ctx, figure.start)


def _sentence_at(ctx: Context, offset: int) -> int:
    starts = ctx.scratch.setdefault("figure_sentence_starts", [s.start_char for s in ctx.doc.sents])
    return sum(1 for start in starts if start <= offset) - 1


def _close_after(
    ctx: Context, figures: list[Figure], at: int, sentences: int
) -> Iterator[tuple[int, Figure]]:
    """The figures after ``figures[at]``, in order, while within ``sentences`` sentences of
    it: where a count's outcome ("one of them died", "all four died") may still be told."""
    first = _sentence_index(ctx, figures[at])
    for index in range(at + 1, len(figures)):
        if _sentence_index(ctx, figures[index]) - first > sentences:
            return
        yield index, figures[index]


# "one of the victims", "two of them": a count of part of a group told before.
SHARE_OF = re.compile(
    r"\s+of\s+(?:them|those|the\s+(?:victims|wounded|injured|people|five|four|three|two))\b",
    re.IGNORECASE,
)


def _share_died(ctx: Context, figures: list[Figure], hurt: int) -> int | None:
    """ "Three people were hospitalized. One of the victims died Sunday": a death told as a
    share of the victims, or of one person dying of wounds ("the baby died at a hospital";
    :mod:`newscoder.figures.later`), close after a count of the hurt with no other count of them
    between, is among that count (the hurt counted first include those who died later)."""
    total = figures[hurt]
    if _others(ctx, total):
        return None  # "one killed and four others wounded": the dead are not among them
    for index, figure in _close_after(ctx, figures, hurt, OUTCOME_SENTENCES):
        if figure.category in ("injured", "shot", "casualties") and figure.parent is None:
            return None  # another count of the hurt: the share may be of it
        if not _death(figure) or figure.parent is not None or figure.value >= total.value:
            continue
        if _place(figure) > total.value:
            continue  # "two men were wounded; a third man died": one more person
        share = SHARE_OF.match(ctx.doc.text, figure.end) or _bare_count(ctx, figure)
        share = share or died_of_wounds(ctx, figure) and not death_told_before(ctx, figures, hurt)
        return index if share else None
    return None


def _share_died_before(ctx: Context, figures: list[Figure], hurt: int) -> int | None:
    """ "One of the victims of the attack that put six people in hospital has died":
    a death told first as a share of the victims, in the sentence that counts them, is among
    that count (the dead is one of the six; the other five are the hurt)."""
    total = figures[hurt]
    if _others(ctx, total):
        return None
    at = _sentence_index(ctx, total)
    for index in range(hurt - 1, -1, -1):
        figure = figures[index]
        if _sentence_index(ctx, figure) != at:
            return None
        if not _death(figure) or figure.parent is not None or figure.value >= total.value:
            continue
        return index if SHARE_OF.match(ctx.doc.text, figure.end) else None
    return None


def _bare_count(ctx: Context, figure: Figure) -> bool:
    """ "Two men were found with gunshot wounds. One died at the hospital": a number with no
    noun of its own, the subject of its verb, counts people of the group told before."""
    span = ctx.doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    token = span[0]
    return token.like_num and token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ == "VERB"


def _others(ctx: Context, figure: Figure) -> bool:
    """ "four others", "three other people", "the other two": people besides those told."""
    after = ctx.doc.text[figure.end : figure.end + 12].lower().split()
    before = ctx.doc.text[max(0, figure.start - 10) : figure.start].lower().split()
    return bool(after) and after[0].strip(",.") in ("other", "others") or before[-1:] == ["other"]


def _deaths_among(ctx: Context, figures: list[Figure], shot: int) -> int | None:
    """The killed figure that counts the dead among those shot, if one follows closely."""
    total = figures[shot]
    for index, figure in _close_after(ctx, figures, shot, OUTCOME_SENTENCES):
        # a part nested under the total ("five people, including two officers")
        inside = total.start <= figure.start and figure.end <= total.end or figure.parent == shot
        if figure.category == "shot" and not _is_single(figure) and not inside:
            return None  # another shooting's count ("a boy and six others": the six are in it)
        among = figure.parent is None or figure.parent == shot  # "including two killed"
        among = among or _same_group(figures, figure.parent, total)
        if _death(figure) and among and figure.value < total.value:
            return index
    return None


# Words that make a clause of what led to a death: "one is dead after six were shot".
CAUSE_LINKS = frozenset({"after", "when", "following", "as"})
# ... but a gerund after the link makes the dead its doer: "killed after shooting four".
DOER = re.compile(r"\b(?:after|when|following|before)\s+(?:shooting|wounding|killing|injuring)\b")


def _deaths_before(ctx: Context, figures: list[Figure], shot: int) -> int | None:
    """ "One man is dead after five people were shot": a death told first, in the clause the
    shooting is the cause of, is among the shot."""
    total = figures[shot]
    at = _sentence_index(ctx, total)
    for index in range(shot - 1, -1, -1):
        figure = figures[index]
        if _sentence_index(ctx, figure) != at or figure.start >= total.start:
            continue
        between = ctx.doc.text[figure.end : total.start].lower().split()
        linked = CAUSE_LINKS & {w.strip(",;") for w in between}
        if DOER.search(" ".join(between)):
            continue  # "a teen was killed by police after shooting four people": the doer
        if _death(figure) and figure.parent is None and figure.value < total.value and linked:
            return index
    return None


def _death(figure: Figure) -> bool:
    """A death that happened: not "aiming to kill four of the six people shot"."""
    return figure.category == "killed" and figure.modality == ASSERTED


def _same_group(figures: list[Figure], parent: int | None, total: Figure) -> bool:
    """ "Four people were shot. Two of the four victims died": the dead are a part of a
    group that names the shot again, by the same number."""
    if parent is None:
        return False
    group = figures[parent]
    return group.category == "casualties" and group.value == total.value


def _deaths_nested(figures: list[Figure], hurt: int) -> int | None:
    """ "Three people were injured, including a woman who succumbed to her injuries": a death
    the text nests in a count of the hurt; the count is then all the casualties."""
    total = figures[hurt]
    return next(
        (
            i
            for i, f in enumerate(figures)
            if f.parent == hurt and _death(f) and f.value < total.value
        ),
        None,
    )


def _all_died(ctx: Context, figures: list[Figure], hurt: int) -> bool:
    """ "Four people were shot in the house. All four died": a death told close after of the
    whole group ("all four", "both"), as many as were hurt, is everyone hit. The dead are
    nested under the count, which then counts those hit ("shot"), none of them wounded."""
    total = figures[hurt]
    for _index, figure in _close_after(ctx, figures, hurt, WHOLE_GROUP_SENTENCES):
        if not _death(figure) or figure.value != total.value or figure.parent is not None:
            continue
        if _whole_group(ctx, figure):
            figure.parent = hurt
            total.category = "shot"
            return True
    return False


def _ordinal_member_died(ctx: Context, figures: list[Figure], hurt: int) -> int | None:
    """ "Five men were shot ... Three had minor wounds ... The fifth man was pronounced dead":
    one told dead by an ordinal within the count ("the fifth" of five), a few sentences on,
    is one of those counted, however far the story went on about the others (issue 18)."""
    total = figures[hurt]
    if _others(ctx, total):
        return None
    for index, figure in _close_after(ctx, figures, hurt, WHOLE_GROUP_SENTENCES):
        if not _death(figure) or figure.parent is not None or not _is_single(figure):
            continue
        place = _place(figure)
        if figure.text.lower().startswith("the ") and 1 < place <= total.value:
            return index
    return None


def _place(figure: Figure) -> int:
    """The place an ordinal gives a person ("the fifth man", "a third victim": 5, 3); 0
    when none."""
    return _place_of(figure.text.lower().split())


def _place_of(words: list[str]) -> int:
    """The place the second word gives as an ordinal; 0 when it is none."""
    return outcome_lexicon().ordinals.get(words[1], 0) if len(words) > 1 else 0


def split_shot(ctx: Context, figures: list[Figure]) -> list[Check]:
    """Nest the dead under the shot, add the wounded remainder, and say so in a check."""
    checks = []
    for shot in range(len(figures)):
        total = figures[shot]
        if total.category not in ("shot", "injured", "casualties") or _is_single(total):
            continue
        if total.qualifier not in ("exact", None, SUMMED, "at_least"):
            continue  # "at least four shot, two of them fatally": at least the rest hurt
        if _dead_group(ctx, figures, total):
            continue  # "he shot both sons", and two died: no one is left wounded
        if total.category in HURT and _all_died(ctx, figures, shot):
            continue  # "four were shot ... all four died": no one is left wounded
        if total.category in HURT and they_died(ctx, figures, shot):
            continue  # "two men were shot ... they died": the same two, no one left wounded
        killed = None
        if total.category == "shot":  # "one of five people shot died" nests the dead first
            killed = _deaths_nested(figures, shot)
            killed = _deaths_among(ctx, figures, shot) if killed is None else killed
            killed = _deaths_before(ctx, figures, shot) if killed is None else killed
        if total.category == "injured":
            killed = _deaths_nested(figures, shot)
            killed = _share_died(ctx, figures, shot) if killed is None else killed
            killed = _share_died_before(ctx, figures, shot) if killed is None else killed
            total.category = "casualties" if killed is not None else "injured"
        if killed is None and total.category in HURT:
            killed = _ordinal_member_died(ctx, figures, shot)
            if killed is None and _whole_group(ctx, total):
                killed = dead_among_group(ctx, figures, shot)  # "found both victims shot"
            if killed is not None and total.category == "injured":
                total.category = "casualties"
        if total.category == "casualties" and killed is None:
            # "a shooting with six victims. One of the victims has died": victims counted
            # before a death told as a share of them include the dead, the rest were hurt.
            # Not a death nested in the count: "three of the six people hit died"
            # says nothing of how the others fared.
            killed = _share_died(ctx, figures, shot)
        if killed is None:
            continue
        dead = figures[killed]
        dead.parent = shot
        wounded = total.value - dead.value
        figures.append(
            replace(
                total,
                category="injured",
                value=wounded,
                low=wounded,
                high=wounded,
                qualifier=DERIVED,
                headline=False,
            )
        )
        detail = (
            f"{total.text!r} shot, {dead.text!r} of them killed: "
            f"{wounded:g} wounded ({total.value:g} - {dead.value:g})"
        )
        evidence = TextSpan(min(total.start, dead.start), max(total.end, dead.end))
        checks.append(
            Check("sum", "consistent", [shot, killed, len(figures) - 1], detail, evidence)
        )
    return checks


# A possessive before a noun says whose the person is, not their sex: "his mother".
POSSESSIVES = frozenset({"his", "her"})


def _gender(figure: Figure) -> str | None:
    words = figure.text.lower().replace("-", " ").split()
    words = {w for i, w in enumerate(words) if w not in POSSESSIVES or i == len(words) - 1}
    if words & MALE:
        return "m"
    return "f" if words & FEMALE else None


def _names(ctx: Context, figure: Figure) -> set[str]:
    """The capitalised words of a figure that name a person: "a 9-year-old Vista boy" is
    named by no one, as Vista is a place."""
    span = ctx.doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None:
        return {w for w in figure.text.split() if w[:1].isupper() and w.lower() not in ARTICLES}
    return {t.text for t in span if _naming(t)}


def _naming(token: Token) -> bool:
    """A capitalised word that names, not one that describes a common noun ("a Ridgefield
    girl") or is a place or nation."""
    if not token.text[:1].isupper() or token.lower_ in ARTICLES:
        return False
    if _possessor(token):
        return False  # "Garrett's brother" is not Garrett
    describes = token.dep_ in ("compound", "nmod", "amod") and token.head.pos_ == "NOUN"
    return not describes and token.ent_type_ not in PLACE_TYPES


# Words of contrast that, on the one a person shot, set the victim apart from the shooter:
# "a teen shot another teen", "the younger brother shot his older sibling".
DOER_CONTRAST = lexicon().doer_contrast
HARM_VERBS = lexicon().harm_verbs


def _told_apart(ctx: Context, victim: Figure) -> bool:
    """The victim is set apart from someone told before ("another man was shot"), unless
    the contrast is with the one who shot them, named as the subject of their own verb."""
    distinct = set(victim.text.lower().split()) & DISTINCT
    if not distinct:
        return False
    return not (distinct <= DOER_CONTRAST and _shot_by_a_subject(ctx, victim))


def _shot_by_a_subject(ctx: Context, figure: Figure) -> bool:
    """The figure is the object of a verb of harm whose subject is named ("he shot another
    teen", "a boy found a gun and shot his older brother")."""
    span = ctx.doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "dobj":
        return False
    verb = span.root.head
    if verb.lemma_.lower() not in HARM_VERBS:
        return False  # "they found another boy who had been shot": not the shooter
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(c.dep_ == "nsubj" for v in verbs for c in v.children)


def _possessor(token: Token) -> bool:
    """A name in the possessive ("Ana Ruiz's son"), which names another person."""
    return token.dep_ == "poss" or token.dep_ == "compound" and token.head.dep_ == "poss"


def _may_be_same(ctx: Context, victim: Figure, dead: Figure) -> bool:
    """Could the person shot be the person who died? Not "another man", not a woman when
    a man died, not a different name."""
    if _told_apart(ctx, victim) or dead.value != victim.value:
        return False  # "a mother and son ... a woman and a boy had been shot": two and two
    genders = (_gender(victim), _gender(dead))
    if dead.value == 1 and None not in genders and genders[0] != genders[1]:
        return False
    ages = (_age(victim), _age(dead))
    if None not in ages and ages[0] != ages[1]:
        return False  # "the 13-year-old" was not "his 6-year-old brother"
    names = (_names(ctx, victim), _names(ctx, dead))
    if _owners(ctx, victim) & names[1]:
        return False  # "Garrett's brother" was hurt, "Dominique Garrett" died
    return not (names[0] and names[1] and not names[0] & names[1])


def _owners(ctx: Context, figure: Figure) -> set[str]:
    """The names in a figure's possessive: "Garrett" in "Garrett's brother"."""
    span = ctx.doc.char_span(figure.start, figure.end, alignment_mode="expand")
    return set() if span is None else {t.text for t in span if _possessor(t)}


def _age(figure: Figure) -> str | None:
    return age_of(figure.text)


def _sentence_of(ctx: Context, figure: Figure) -> SpacySpan | None:
    span = ctx.doc.char_span(figure.start, figure.end, alignment_mode="expand")
    return None if span is None else span.sent


def _lived(ctx: Context, figure: Figure) -> bool:
    """The victim's own sentence says they lived ("was taken to a hospital with
    non-life-threatening injuries", "is expected to survive") and tells no death."""
    sentence = _sentence_of(ctx, figure)
    if sentence is None:
        return False
    lex = outcome_lexicon()
    if lex.death.search(sentence.text):
        return False
    return bool(lex.survival.search(sentence.text)) or _alive_now(sentence)


def _alive_now(sentence: SpacySpan) -> bool:
    """The sentence tells a patient's state in the present tense ("is in critical
    condition", "is listed in serious condition", "remains in grave condition"): whoever
    it tells of is alive as the story is told, so not the one whose death it tells."""
    conditions = lexicon().patient_conditions
    for token in sentence:
        if token.lemma_.lower() != "condition":
            continue
        if not any(c.dep_ == "amod" and c.lower_ in conditions for c in token.children):
            continue
        verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is not None and _present(verb):
            return True
    return False


def _present(verb: Token) -> bool:
    """A verb in the present tense, or one whose auxiliary is ("is listed")."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _added(ctx: Context, figure: Figure) -> bool:
    """ "A 16-year-old was also shot": an adverb on the victim's own verb adds them to the
    people already named, so they are not the one who died."""
    sentence = _sentence_of(ctx, figure)
    if sentence is None or outcome_lexicon().death.search(sentence.text):
        return False
    for token in sentence:
        if token.lower_ not in outcome_lexicon().additive or token.dep_ != "advmod":
            continue
        subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(figure.start <= s.idx < figure.end for s in subjects):
            return True
    return False


# "the second victim was a boy shot in the arm": a victim told apart from one told before.
ANOTHER_VICTIM = re.compile(
    r"\b(?:second|other|another)\s+(?:gunshot\s+|shooting\s+)?(?:victim|person)\b",
    re.IGNORECASE,
)


def _another_victim(ctx: Context, figure: Figure) -> bool:
    """The victim's own sentence calls them another victim and tells no death."""
    sentence = _sentence_of(ctx, figure)
    if sentence is None or outcome_lexicon().death.search(sentence.text):
        return False
    return ANOTHER_VICTIM.search(sentence.text) is not None


def _died_later(ctx: Context, figure: Figure, dead: list[Figure]) -> bool:
    """A victim named in the same sentence as a death is someone else ("a teen was killed
    and a child was injured"), and so is one who lived or was also hurt; in a later or
    earlier sentence it may be the same person."""
    if not _is_single(figure) or _lived(ctx, figure) or _added(ctx, figure):
        return False
    if _another_victim(ctx, figure):
        return False
    if one_of_the_dead(ctx, figure, dead):
        return True
    at = _sentence_index(ctx, figure)
    if _beside_the_one_dead(ctx, figure, dead):
        return False
    if any(_died_next(ctx, figure, d) or _died_after(ctx, figure, d) for d in dead):
        return True
    if _unlike_the_one_dead(ctx, figure, dead):
        return False
    return any(_may_be_same(ctx, figure, d) and _sentence_index(ctx, d) != at for d in dead)


def _unlike_the_one_dead(ctx: Context, figure: Figure, dead: list[Figure]) -> bool:
    """When the story tells of one death only, every word on the dead ("One dead", "the
    19-year-old", "Lopez") describes the same person: a victim of another sex or age than
    any of them ("the 14-year-old", "a woman") is not that person. Names are not compared:
    one person is "Matt Anderson", "Anderson" and "Matt"."""
    deaths = [d for d in dead if _death(d)]
    if not deaths or any(d.value != 1 for d in deaths):
        return False
    # a death told alike ("his daughter ... the girl") may be another's, told in passing
    alike = any(_alike(figure, d) and not _unlike(figure, d) for d in deaths)
    return not alike and any(_unlike(figure, d) for d in deaths)


def _alike(victim: Figure, dead: Figure) -> bool:
    """Of the same sex or age, where both are told."""
    genders, ages = (_gender(victim), _gender(dead)), (_age(victim), _age(dead))
    return None not in genders and genders[0] == genders[1] or None not in ages and (
        ages[0] == ages[1]
    )


def _unlike(victim: Figure, dead: Figure) -> bool:
    """Told apart by sex or by age."""
    genders, ages = (_gender(victim), _gender(dead)), (_age(victim), _age(dead))
    return None not in genders and genders[0] != genders[1] or None not in ages and (
        ages[0] != ages[1]
    )


def _died_after(ctx: Context, figure: Figure, dead: Figure) -> bool:
    """ "A boy died after he was shot": a pronoun hurt in a clause that hangs from a death
    is the one who died."""
    span = ctx.doc.char_span(figure.start, figure.end, alignment_mode="expand")
    verb = _named_clause(ctx, dead)
    if span is None or verb is None or not _death(dead) or dead.value != 1:
        return False
    pronouns = [t for t in span if t.tag_ == "PRP" and t.dep_ in ("nsubj", "nsubjpass")]
    if not pronouns or not _may_be_same(ctx, figure, dead):
        return False
    clause = pronouns[0].head
    return clause.dep_ == "advcl" and clause.head == verb


def _died_next(ctx: Context, figure: Figure, dead: Figure) -> bool:
    """ "The woman was taken to a hospital in critical condition, and she later died": a
    pronoun's death in the clause joined to the victim's is the victim's own."""
    verb = _named_clause(ctx, figure)
    span = ctx.doc.char_span(dead.start, dead.end, alignment_mode="expand")
    if verb is None or span is None or not _death(dead) or dead.value != 1:
        return False
    pronouns = [t for t in span if t.tag_ == "PRP" and t.dep_ in ("nsubj", "nsubjpass")]
    if not pronouns or not _may_be_same(ctx, figure, dead):
        return False
    return pronouns[0].head.i in {t.i for t in verb.conjuncts}


def _beside_the_one_dead(ctx: Context, figure: Figure, dead: list[Figure]) -> bool:
    """ "killing his sister and injuring a neighbour", "a girl has died and her father is in
    critical condition": hurt in a clause joined to a death's (never one that hangs from it:
    "a teen died after he was shot" is one person), the person is not the one who died;
    when the story counts a single death, they did not die at all."""
    if any(d.value != 1 for d in dead if _death(d)):
        return False
    verb = _named_clause(ctx, figure)
    if verb is None:
        return False
    joined = {t.i for t in verb.conjuncts}
    return any(
        _death(d) and (other := _named_clause(ctx, d)) is not None and other.i in joined
        for d in dead
    )


def _named_clause(ctx: Context, figure: Figure) -> Token | None:
    """The verb of the clause a figure's people are in, when they are named by a noun; a
    pronoun ("and he later died") may be anyone named before."""
    span = ctx.doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None or any(t.tag_ == "PRP" for t in span):
        return None
    return next((t for t in [span.root, *span.root.ancestors] if t.pos_ in ("VERB", "AUX")), None)


def resolve_shot(ctx: Context, figures: list[Figure]) -> None:
    """The remaining shot figures: wounded, or (single, in a fatal shooting) the dead."""
    dead = [f for f in figures if f.category == "killed"]
    counted = any(f.category in ("injured", "shot") and not _is_single(f) for f in figures)
    for figure in figures:
        if figure.category not in ("shot", "injured") or figure.qualifier == DERIVED:
            continue
        split = (
            f.parent is not None and figures[f.parent] is figure
            for f in figures
            if _death(f)
        )
        if any(split):
            continue  # a total split into dead and wounded stays "shot"
        if not counted and _died_later(ctx, figure, dead):
            figure.category = "shot"  # "he was in critical condition but died later"
        elif _all_shot_died(ctx, figure, dead):
            # "he had shot four people", "three men had gunshot wounds" in a story of as
            # many dead or more that tells no one lived: those hit are the dead
            figure.category = "shot"
        elif figure.category == "shot" and not (
            _died_later(ctx, figure, dead) or _the_one_dead(ctx, figure, dead)
        ):
            figure.category = "injured"


# Words that tell someone lived through being hurt, besides the survival cues: a story of
# killings that uses none of them tells of no wounded ("hurting" alone may be grief).
ALIVE = re.compile(
    r"\b(?:injur(?:y|ies|ed|ing)|hurt|hospitali[sz]ed|(?:critical|serious|stable|fair"
    r"|good)\s+condition|(?<!fatally\s)(?<!mortally\s)wound(?:ed|ing))\b",
    re.IGNORECASE,
)


def _all_shot_died(ctx: Context, figure: Figure, dead: list[Figure]) -> bool:
    """ "A man called 911 to say he had shot four people ... five dead", "the three men had
    gunshot wounds ... a triple homicide": a count of people shot or with wounds no larger
    than a count of the dead, in a story that never tells anyone lived or was hurt (a wound
    someone "succumbed to" tells a death), is of the dead (issue 18)."""
    if _is_single(figure) or figure.modality != ASSERTED or _others(ctx, figure):
        return False  # "shot two others": besides the dead
    tolls = [
        d.value for d in dead
        if _death(d) and d.parent is None and not _is_single(d) and not d.from_title
    ]
    if not tolls or figure.value > max(tolls):
        return False
    return _no_one_lived(ctx)


def _the_one_dead(ctx: Context, figure: Figure, dead: list[Figure]) -> bool:
    """ "Police said the deputy was shot in the face by accident" in a story of one death
    that never tells anyone lived or was hurt: one person shot, not told apart from the
    dead ("another", "a second", "the other"), nor added to them ("also shot"), nor shot
    in a limb, nor brought in as someone new ("a neighbour") beside several dead, is the one
    who died (issue 18)."""
    if not (_is_single(figure) and figure.value == 1) or figure.modality != ASSERTED:
        return False
    if not any(_death(d) and not d.from_title for d in dead):
        return False
    words = figure.text.lower().split()
    if _place(figure) or words[0] == "another" or "other" in words or _others(ctx, figure):
        return False
    if _added(ctx, figure) or _lived(ctx, figure):
        return False  # "the stepfather was also shot", "remains in grave condition"
    if any(_owners(ctx, figure) & _names(ctx, d) for d in dead):
        return False  # "Ruiz's son" was shot, "Ana Ruiz" died
    tolls = [d.value for d in dead if _death(d) and not d.from_title]
    if words[0] in NEW_PERSON and max(tolls) > 1:
        return False  # "a woman and her son were found dead ... a neighbour was shot"
    sentence = _sentence_of(ctx, figure)
    lex = outcome_lexicon()
    if sentence is None or any(t.lower_ in lex.limbs | lex.additive for t in sentence):
        return False  # "shot in the leg"; "he also shot his son"
    return _no_one_lived(ctx)


def _no_one_lived(ctx: Context) -> bool:
    """The story never tells anyone lived or was hurt ("succumbed to his injuries" tells a
    death, not that anyone lived)."""
    text = outcome_lexicon().fatal_wound.sub(" ", ctx.doc.text)
    return not outcome_lexicon().survival.search(text) and not ALIVE.search(text)


def _whole_group(ctx: Context, figure: Figure) -> bool:
    """ "All four were shot in the head", "both had gunshot wounds": a group named before."""
    before = ctx.doc.text[max(0, figure.start - 12) : figure.start].lower().split()
    first = figure.text.lower().split(" ", 1)[0]  # "both Ana and Joe suffered wounds"
    return first in WHOLE_GROUP or bool(before) and before[-1] in WHOLE_GROUP


def _dead_group(ctx: Context, figures: list[Figure], figure: Figure) -> bool:
    """A whole group ("both", "all four") as large as a death toll stated apart from it."""
    tolls = {f.value for f in figures if _death(f) and f.parent is None and f is not figure}
    return figure.value in tolls and _whole_group(ctx, figure)


def resolve_dead_group(ctx: Context, figures: list[Figure]) -> None:
    """ "A family of five was found dead. All five had gunshot wounds": the wounds of a whole
    group as large as a death toll are the deaths' wounds, not more wounded; so are those
    of people named together ("shot both Ana and Joe")."""
    tolls = {f.value for f in figures if f.category == "killed" and f.parent is None}
    for figure in figures:
        single = figure.qualifier == IMPLICIT and figure.value == 1
        if figure.category != "injured" or figure.qualifier == DERIVED or single:
            continue
        if figure.value in tolls and _whole_group(ctx, figure):
            figure.category = "shot"


HURT = frozenset({"injured", "shot"})


def _besides(ctx: Context, figures: list[Figure], others: int) -> int | None:
    """The one hurt person a count of "others" leaves out: "a man was in critical condition
    after a shooting that also injured three other people", "a teen was shot. Two others
    were grazed" -- the casualty told just before, if it is one person hurt."""
    count = figures[others]
    after = ctx.doc.text[count.end : count.end + 20].lower().split()
    before = ctx.doc.text[max(0, count.start - 10) : count.start].lower().split()
    marked = bool(after) and after[0].strip(",.") in ("other", "others")
    if not marked and before[-2:] != ["the", "other"]:  # "the other two victims"
        return None
    if count.category not in HURT or count.qualifier not in ("exact", None):
        return None
    if count.parent is not None or count.modality != ASSERTED:
        return None
    at = _sentence_index(ctx, count)
    for index in range(others - 1, -1, -1):
        figure = figures[index]
        if figure.start >= count.start or figure.qualifier == DERIVED:
            continue
        if at - _sentence_index(ctx, figure) > 1:
            return None
        if figure.category not in HURT | {"killed", "casualties"}:
            continue
        # one still "shot" here is taken for the one who died ("died after he was shot")
        named = figure.category == "injured" and _is_single(figure) and figure.value == 1
        # "two victims were hospitalized; three others were treated and released": 5
        counted = figure.category == "injured" and figure.qualifier in ("exact", None)
        counted = counted and not ctx.doc.text[figure.end :].startswith(" of ")  # a share
        return index if (named or counted) and figure.parent is None else None
    return None


def add_others(figures: list[Figure], ctx: Context) -> None:
    """A count of "others" hurt plus the hurt person or count told before it is the hurt."""
    for others in range(len(figures)):
        named = _besides(ctx, figures, others)
        if named is None:
            continue
        count, person = figures[others], figures[named]
        value = count.value + person.value
        figures.append(replace(count, start=person.start, value=value, low=value, high=value,
                               qualifier=SUMMED, headline=False,
                               text=ctx.doc.text[person.start : count.end]))
        count.parent = person.parent = len(figures) - 1


# How many sentences back a person "also" hurt may add to the hurt told before.
ALSO_SENTENCES = 3


def _hurt_before(
    ctx: Context, figures: list[Figure], also: int, same_sentence: bool = False
) -> int | None:
    """The latest hurt count or person told before a person "also" hurt, in an earlier
    sentence close by (or in the same one, for a person counted by an ordinal: "three men
    walked in with wounds as a fourth victim was found"); None when a death comes between
    (the "also" may add to the dead). A person counted by an ordinal may also go on from a
    count of victims ("officers found four victims ... a fifth victim"): the place tells
    whom it counts on from."""
    figure = figures[also]
    place = _ordinal(figure.text.lower().split()) if same_sentence else None
    counts = ORDINAL_BASES if place is not None else ("injured",)
    return _hurt_before_at(ctx, figures, figure.start, same_sentence, counts, place)


# The counts a person brought in by an ordinal may go on from: the hurt, or the victims.
ORDINAL_BASES = ("injured", "casualties")


def _hurt_before_at(
    ctx: Context, figures: list[Figure], start: int, same_sentence: bool = False,
    counts: tuple[str, ...] = ("injured",), place: int | None = None,
) -> int | None:
    """... (see :func:`_hurt_before`); for a person told by an ordinal, the count one short
    of its ``place``, past the parts of it told between ("four victims. Three were men. A
    fifth victim")."""
    at = _sentence_at(ctx, start)
    for index in range(len(figures) - 1, -1, -1):
        figure = figures[index]
        if figure.start >= start or figure.qualifier == DERIVED:
            continue
        gap = at - _sentence_index(ctx, figure)
        if gap > ALSO_SENTENCES:
            return None
        if gap == 0 and not same_sentence:
            continue
        if figure.parent is not None or figure.modality != ASSERTED:
            continue
        if _death(figure):
            return None
        if figure.category in counts and (place is None or figure.value + 1 == place):
            return index
    return None


NEW_PERSON = frozenset({"a", "an", "another"})


def _new_person(figure: Figure) -> bool:
    """ "A 3-year-old", "another man": a person brought in for the first time; "the suspect
    also was taken", "he also suffered" speak of someone told before."""
    return figure.text.split(" ", 1)[0].lower() in NEW_PERSON


def _ordinal(words: list[str]) -> int | None:
    """ "a fourth victim", "another third person" -> 4, 3: the place of a person brought in
    by an ordinal, which counts those told before."""
    if not words or words[0] not in NEW_PERSON:
        return None
    return _place_of(words) or None


def _another(ctx: Context, figure: Figure) -> bool:
    """ "Another victim was found a block away with a wound": one more person hurt, in a
    sentence that tells no death."""
    sentence = _sentence_of(ctx, figure)
    if sentence is None or outcome_lexicon().death.search(sentence.text):
        return False
    return figure.text.split(" ", 1)[0].lower() == "another"


# A count's share that starts a list of its people: "One is in good condition, another ...".
ONE = re.compile(r"\bone\b", re.IGNORECASE)


def _next_after(
    ctx: Context, figures: list[Figure], base: Figure, start: int, ordinal: bool = False
) -> bool:
    """ "Three men were shot. Another victim was found later": a person told as "another" or
    by an ordinal is one more than a count of the hurt when told next after it. Not after a
    single person ("a teen was shot ... another teen was charged" may be the shooter), nor
    after a person or share told in between, whom "another" goes on from ("a 29-year-old was
    shot in the leg; another 29-year-old ...", "one is stable, another critical"). An
    ordinal one past the count goes on from the count itself, whatever parts of it were told
    between ("four victims ... Three were men and one a boy. A fifth victim ...")."""
    if _is_single(base) and base.value == 1:
        return False  # people named together ("a man and a woman") are a count
    between = ctx.doc.text[base.end : start]
    if not ordinal and ONE.search(between):
        return False
    victims = HURT | {"killed", "casualties"}
    return not any(
        base.end <= f.start and f.end <= start and f.category in victims
        and not (ordinal and f.value < base.value)
        for f in figures
    )


# First words of a sentence that take up the person told just before ("He died later").
TAKES_UP = frozenset({"the", "he", "she"})


def _dies_next(ctx: Context, figure: Figure) -> bool:
    """The sentence right after the person's own takes them up and tells a death: they may be
    the one who died, not one more of the hurt."""
    sentence = _sentence_of(ctx, figure)
    if sentence is None or sentence.end >= len(ctx.doc):
        return False
    following = ctx.doc[sentence.end].sent
    first = following[0].lower_ if len(following) else ""
    return first in TAKES_UP and outcome_lexicon().death.search(following.text) is not None


def add_also(figures: list[Figure], ctx: Context) -> None:
    """ "Four adults were shot. A 3-year-old was also hit": one person the sentence adds
    ("also", "too") to the hurt told just before is one more of them (5); so is "another"
    person hurt, and one counted by the next ordinal ("a fourth victim")."""
    for also in range(len(figures)):
        figure = figures[also]
        single = figure.category == "injured" and _is_single(figure) and figure.value == 1
        if not single or figure.parent is not None or not _new_person(figure):
            continue
        place = _ordinal(figure.text.lower().split())
        if place is None and not (_added(ctx, figure) or _another(ctx, figure)):
            continue
        before = _hurt_before(ctx, figures, also, same_sentence=place is not None)
        if before is None:
            continue
        base = figures[before]
        if place is not None and place != base.value + 1:
            continue  # "a fourth victim" after three dead: not one of the hurt
        ordinal = place is not None
        if not _added(ctx, figure) and not _next_after(ctx, figures, base, figure.start, ordinal):
            continue
        if _dies_next(ctx, figure):
            continue  # "A third victim was also shot. The 22-year-old did not survive."
        value = base.value + 1
        figures.append(replace(base, end=figure.end, value=value, low=value, high=value,
                               qualifier=SUMMED, headline=False,
                               text=ctx.doc.text[base.start : figure.end]))
        figure.parent = len(figures) - 1
        if ordinal:  # "two others -- a man and a woman ... a third person": three
            _revise(figures, before, len(figures) - 1)
        else:
            base.parent = len(figures) - 1


def add_ordinal_victims(figures: list[Figure], ctx: Context) -> None:
    """ "Three men walked into a store with gunshot wounds. A fourth victim was found a mile
    away": a person brought in by the ordinal after a count of the hurt one short of it,
    in a sentence that tells no death, is one more of the hurt, though the sentence says
    nothing of a wound."""
    lex = outcome_lexicon()
    for sentence in ctx.doc.sents:
        if lex.death.search(sentence.text):
            continue
        for match in lex.ordinal_victim.finditer(sentence.text):
            start = sentence.start_char + match.start()
            end = sentence.start_char + match.end()
            if any(f.start < end and start < f.end for f in figures):
                continue  # a person read already: add_also weighs them
            place = _ordinal(match.group(0).lower().split())
            before = _hurt_before_at(ctx, figures, start, True, ORDINAL_BASES, place)
            if place is None or before is None or figures[before].value + 1 != place:
                continue
            if not _next_after(ctx, figures, figures[before], start, ordinal=True):
                continue
            base = figures[before]
            value = float(place)
            figures.append(replace(base, end=end, value=value, low=value, high=value,
                                   qualifier=SUMMED, headline=False,
                                   text=ctx.doc.text[base.start : end]))
            _revise(figures, before, len(figures) - 1)


def _revise(figures: list[Figure], before: int, total: int) -> None:
    """ "Six others were wounded ... first reports said six people had been shot, but
    deputies found a seventh victim": where the count one more person is added to tells
    again a count of the hurt told before, the sum revises that earlier count (and the
    count it adds to is a part of the sum); else it revises the count it adds to, so that
    parts of that count told between ("four victims ... Three were men ... a fifth
    victim") do not head."""
    base = figures[before]
    for index, figure in enumerate(figures[:total]):
        if figure is base or figure.start >= base.start:
            break
        same = figure.category == base.category and figure.value == base.value
        if same and figure.parent is None and figure.updates is None:
            figures[total].updates = index
            base.parent = total
            return
    if base.updates is None:
        figures[total].updates = before
    else:
        base.parent = total


def resolve(ctx: Context, figures: list[Figure]) -> list[Check]:
    checks = split_shot(ctx, figures) + split_named(ctx, figures)
    resolve_shot(ctx, figures)
    resolve_dead_group(ctx, figures)
    add_others(figures, ctx)
    add_also(figures, ctx)
    add_ordinal_victims(figures, ctx)
    return checks
