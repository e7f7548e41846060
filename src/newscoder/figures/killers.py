"""The killer among the dead: "killed two coworkers and then himself" is three dead.

A report counts the victims ("killed one person") and tells the killer's own death apart
("and then killed himself", "before turning the gun on himself"). The people who died in
the event are both, so when the killer's self-inflicted death is told in the sentence of
the headline toll or the one after it, the headline becomes a derived figure one larger,
on the victims' span, with a ``sum`` check that states the arithmetic. Deaths the attacker
brings on themself otherwise ("suicide bombers blew themselves up") are no killing the
figures stage reads, and stay out.
"""

from __future__ import annotations

from dataclasses import replace

from newscoder.context import Context
from newscoder.figures.candidates import IMPLICIT
from newscoder.figures.frame import ASSERTED
from newscoder.figures.singles import REFLEXIVES, SELF
from newscoder.model import Check, Figure
from newscoder.model import Span as TextSpan

# Words that name the attacker in a victim's figure ("the gunman", "the suspect").
ATTACKERS = frozenset({"gunman", "shooter", "suspect", "attacker", "assailant", "killer"})
WITH_KILLER = "with_killer"  # the qualifier of a toll that adds the killer's own death


def _sentence(ctx: Context, figure: Figure) -> int:
    starts = ctx.scratch.setdefault("figure_sentence_starts", [s.start_char for s in ctx.doc.sents])
    return sum(1 for start in starts if start <= figure.start) - 1


def _is_killer(figure: Figure) -> bool:
    """The killer's own death ("then killed himself"), or the death of one the text names as
    the attacker ("police shot and killed the gunman")."""
    words = set(figure.text.lower().split())
    return figure.who == SELF or bool(words & ATTACKERS)


def _killer(ctx: Context, figures: list[Figure], head: int) -> int | None:
    """The killer's own death told beside the headline toll: one person, asserted, in the
    headline's sentence or the next."""
    at = _sentence(ctx, figures[head])
    for index, figure in enumerate(figures):
        if figure.category != "killed" or figure.value != 1:
            continue
        gap = _sentence(ctx, figure) - at
        if gap == 0 and _killed_after(ctx, figures[head], figure):
            return index if figure.modality == ASSERTED else None
        if not _is_killer(figure):
            continue
        if figure.who != SELF and gap == 0:
            continue  # "the gunman killed two": an attacker beside his victims is their killer
        if figure.modality == ASSERTED and 0 <= gap <= 1:
            return index
    return None


PERSONAL = ("he ", "she ")
# Conjunctions that open the clause of what befell the killer after the killing.
THEN_WORDS = frozenset({"before", "until", "after", "when"})


def _killed_after(ctx: Context, toll: Figure, death: Figure) -> bool:
    """ "killed four Marines before he was shot dead by police": a pronoun that dies in a
    clause after the toll, in its sentence, is the killer (the victims are counted)."""
    if toll.qualifier == IMPLICIT or death.start < toll.end:
        return False
    between = ctx.doc.text[toll.end : death.start].lower().split()
    return death.text.lower().startswith(PERSONAL) and bool(THEN_WORDS & set(between))


def _killer_included(ctx: Context, toll: Figure) -> bool:
    """ "Five dead, including the gunman": the toll says it counts the killer already."""
    words = ctx.doc.text[toll.end : toll.end + 60].lower().replace(",", " ").split()
    if "including" not in words[:4]:
        return False
    after = words[words.index("including") + 1 :][:3]
    return bool(set(after) & (ATTACKERS | REFLEXIVES))


def _victims(ctx: Context, figures: list[Figure], head: int, killer: int) -> int | None:
    """The victims' toll: the headline, or, when the headline is the killer's own death
    ("a man shot his wife before turning the gun on himself"), the next death in its
    sentence."""
    if killer != head:
        return head
    at = _sentence(ctx, figures[head])
    return next(
        (
            i
            for i, f in enumerate(figures)
            if i != head
            and f.category == "killed"
            and not _is_killer(f)
            and f.parent is None
            and f.modality == ASSERTED
            and _sentence(ctx, f) == at
        ),
        None,
    )


def _self_joined(ctx: Context, figure: Figure) -> bool:
    """ "killed three people and himself", "killed the boy and herself": the killer's own
    death joined to the victims as one more of the killed."""
    span = ctx.doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None or figure.category != "killed" or figure.modality != ASSERTED:
        return False
    root = span.root
    noun = root.head if root.dep_ == "nummod" else root  # "three" of "three people"
    return any(c.lower_ in REFLEXIVES and c.i >= span.end for c in noun.conjuncts)


def _add_self_joined(ctx: Context, figures: list[Figure], head: int) -> list[Check]:
    """The headline toll plus the killer joined to its victims as "and himself"."""
    base = figures[head]
    value = base.value + 1
    base.headline = False
    figures.append(
        replace(
            base, value=value, low=value, high=value, qualifier=WITH_KILLER, headline=True, who=SELF
        )
    )
    detail = f"{base.text!r} killed and the killer himself: {value:g} dead"
    return [Check("sum", "consistent", [head, len(figures) - 1], detail,
                  TextSpan(base.start, base.end))]


def add_killer(ctx: Context, figures: list[Figure]) -> list[Check]:
    """Make the killed headline the victims plus the killer, when the text tells both."""
    head = next((i for i, f in enumerate(figures) if f.headline and f.category == "killed"), None)
    if head is not None and figures[head].who != SELF and _self_joined(ctx, figures[head]):
        return _add_self_joined(ctx, figures, head)
    killer = _killer(ctx, figures, head) if head is not None else None
    if head is None or killer is None:
        return []
    victims = _victims(ctx, figures, head, killer)
    if victims is None or _is_killer(figures[victims]):
        return []
    base, dead = figures[victims], figures[killer]
    if base.start <= dead.start < base.end or _killer_included(ctx, base):
        return []  # "killed his wife and himself", "5 dead, including the gunman": counted
    if base.qualifier == IMPLICIT and _sentence(ctx, base) != _sentence(ctx, dead):
        return []  # "the death of a teenager. He accidentally shot himself": one person
    value = base.value + 1
    figures[head].headline = False
    # ``who`` says the toll holds the killer's own death, so no reader adds it again
    figures.append(
        replace(
            base, value=value, low=value, high=value, qualifier=WITH_KILLER, headline=True, who=SELF
        )
    )
    detail = f"{base.text!r} killed and the killer {dead.text!r}: {value:g} dead"
    evidence = TextSpan(min(base.start, dead.start), max(base.end, dead.end))
    return [Check("sum", "consistent", [victims, killer, len(figures) - 1], detail, evidence)]
