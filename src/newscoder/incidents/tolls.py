"""How many: an incident's own killed and injured, once each.

The figures stage reads every casualty count and marks the article's headline toll; here the
counts are shared out among incidents. A count nested in another ("14 killed, including three
children") is part of its parent; a count that revises an earlier one ("the toll rose to 20")
replaces it; of the rest the largest stands (a headline "14 killed" and a lead "killing 14"
are one toll). Vague counts follow ACLED's conventions and are marked as estimates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from math import isfinite

from spacy.tokens import Doc

from newscoder.figures.candidates import SUMMED
from newscoder.figures.killers import WITH_KILLER
from newscoder.figures.lexicon import lexicon as figure_lexicon
from newscoder.figures.singles import SELF
from newscoder.incidents.lexicon import lexicon
from newscoder.model import Figure, Span

COUNTED_MODALITIES = frozenset({"asserted", "historical"})
# Qualifiers of counts that are no estimate: stated, derived by subtraction, summed, or a
# toll with the killer's own death added.
STATED = frozenset({None, "exact", "derived", SUMMED, WITH_KILLER})


@dataclass(slots=True)
class Toll:
    value: int
    estimate: bool


def incident_toll(
    figures: list[Figure], indexes: list[int], category: str, sentences: Sequence[Span] = ()
) -> Toll | None:
    """The toll of one category among an incident's figures (indexes into ``figures``)."""
    own = [i for i in indexes if _counts(figures[i], category)]
    superseded = {figures[i].updates for i in own if figures[i].updates is not None}
    top = [i for i in own if figures[i].parent not in own and i not in superseded]
    if not top:
        return None
    headline = [i for i in top if figures[i].headline]
    chosen = figures[headline[0]] if headline else max((figures[i] for i in top), key=_value)
    toll = _toll(chosen)
    if category == "killed" and _killer_died_too(chosen, [figures[i] for i in top], sentences):
        toll.value += 1
    return toll


def _killer_died_too(chosen: Figure, top: list[Figure], sentences: Sequence[Span]) -> bool:
    """ "shot and killed her two daughters before killing herself": the sentence that counts
    the victims also tells the killer's own death, which the count leaves out."""
    if chosen.who == SELF:
        return False
    sentence = next((s for s in sentences if s.start <= chosen.start < s.end), None)
    return sentence is not None and any(
        f.who == SELF and sentence.start <= f.start < sentence.end for f in top
    )


def _counts(figure: Figure, category: str) -> bool:
    """A figure of the category that happened: not threatened, planned or hypothetical (a
    historical one is the toll of its own, older, incident), and a number at all ("1e400")."""
    return (
        figure.category == category
        and not figure.from_title  # the incidents stage reads the title itself (titled.py)
        and figure.modality in COUNTED_MODALITIES
        and isfinite(figure.value)
    )


def _value(figure: Figure) -> float:
    return figure.value


def _toll(figure: Figure) -> Toll:
    words = figure.text.lower().split()
    vague = lexicon().vague_counts
    if not _numbered(words):
        for word in words:
            if word in vague:
                return Toll(vague[word], True)
    return Toll(int(round(figure.value)), figure.qualifier not in STATED)


def _numbered(words: list[str]) -> bool:
    """A count that gives its number in digits or words: "as many as four" is four, its
    "many" only a part of "as many as"."""
    units = figure_lexicon().units
    return any(
        any(c.isdigit() for c in w) or any(p in units for p in w.strip(",.").split("-"))
        for w in words
    )


KILLING = frozenset({"kill", "murder", "massacre", "slay"})


def vague_killed(doc: Doc, tokens: list[int]) -> Toll | None:
    """ "Several soldiers were killed", "killed many villagers": a toll given only by a vague
    word that the figures stage counts no number for, at ACLED's convention."""
    vague = lexicon().vague_counts
    for i in tokens:
        verb = doc[i]
        if verb.lemma_.lower() not in KILLING:
            continue
        for victim in (c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")):
            words = [victim, *(c for c in victim.children if c.dep_ in ("amod", "det"))]
            found = next((w.lower_ for w in words if w.lower_ in vague), None)
            if found is not None:
                return Toll(vague[found], True)
    return None
