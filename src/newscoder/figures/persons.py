"""Words that tell one person apart from another: contrast words and ages.

Shared by the readings that decide whether two mentions are one person
(:mod:`newscoder.figures.outcomes`, :mod:`newscoder.figures.members`).
"""

from __future__ import annotations

import re

from newscoder.figures.lexicon import lexicon
from newscoder.figures.numbers import parse_number

DISTINCT = lexicon().distinct  # lexicons/en/figures/figures.toml [persons]
AGE = re.compile(r"(\d+)[- ](?:year|month)s?[- ]old")
# An age in figures or in words: "15-year-old", "Fifteen-year-old", "twenty-two-year-old".
AGE_ANY = re.compile(r"\b(\d+|[a-z]+(?:-[a-z]+)?)[- ](?:year|month)s?[- ]old")


def age_of(text: str) -> str | None:
    """The first age a text tells, as digits ("Fifteen-year-old Ana": "15"); None if none."""
    for match in AGE_ANY.finditer(text.lower()):
        word = match.group(1)
        if word.isdigit():
            return word
        value = parse_number(word)
        if value is not None:
            return str(int(value))
    return None
