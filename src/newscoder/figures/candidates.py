"""A number phrase read in its sentence: the unit the figures modules pass between them.

It lives below every figures module so that the stage and the single-victim reading
(:mod:`newscoder.figures.singles`) share it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newscoder.figures.categories import Reading
from newscoder.figures.numbers import NumberPhrase
from newscoder.model import Figure

IMPLICIT = "implicit"  # the qualifier of a count implied by wording ("a man", "he")
# The qualifier of a count read from the name of a crime ("a double homicide": 2): any
# number the article states gives way to none of these.
IMPLIED = "implied"
# The qualifier of a sum of the hurt counted clause by clause ("two are in hospital and
# another was treated"): exact, but a total the article states outright comes first.
SUMMED = "summed"
# The qualifier of a count the text invites but does not state: the wounded left when the
# dead are taken from those shot ("four shot, one died": three).
DERIVED = "derived"


@dataclass(slots=True)
class Candidate:
    """A number phrase read in its sentence, before nesting decides what it belongs to."""

    phrase: NumberPhrase
    reading: Reading
    sentence: SpacySpan
    figure: Figure


def make_candidate(
    doc: Doc, phrase: NumberPhrase, reading: Reading, sentence: SpacySpan
) -> Candidate:
    span = doc[phrase.start : phrase.end]
    figure = Figure(
        start=span.start_char,
        end=span.end_char,
        value=phrase.value,
        category=reading.category,
        low=phrase.low,
        high=phrase.high,
        qualifier=phrase.qualifier,
        who=reading.who,
        text=span.text,
    )
    return Candidate(phrase, reading, sentence, figure)
