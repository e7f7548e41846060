"""Words that tell one person apart from another: contrast words and ages.

Shared by the readings that decide whether two mentions are one person
(:mod:`newscoder.figures.outcomes`, :mod:`newscoder.figures.members`).
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from newscoder.figures.lexicon import lexicon
from newscoder.figures.numbers import parse_number
from newscoder.lexicon import read_lexicon

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


@lru_cache(maxsize=1)
def _kinds() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    raw = tomllib.loads(read_lexicon("figures", "figures.toml"))["same_person"]
    return tuple(frozenset(raw[k]) for k in ("child_nouns", "girl_nouns", "boy_nouns"))


def same_kind(noun: str, other: str) -> bool:
    """Two nouns that may name one person: the same, a daughter and a girl, or a child and a
    boy ("his son ... the child"); not a girl and a boy."""
    if noun == other:
        return True
    child, girl, boy = _kinds()
    if noun in child or other in child:
        return {noun, other} <= child | girl | boy
    return {noun, other} <= girl or {noun, other} <= boy


# An age with its unit: "6-month-old" and "6-year-old" are two people.
AGE_UNIT = re.compile(r"\b(\d+)[- ](year|month|week|day)s?[- ]old\b")


def exact_age(text: str) -> tuple[str, str] | None:
    """The first age told in figures with its unit ("the 6-month-old": ("6", "month"))."""
    match = AGE_UNIT.search(text.lower())
    return None if match is None else (match.group(1), match.group(2))


@lru_cache(maxsize=1)
def _sexes() -> dict[str, str]:
    raw = tomllib.loads(read_lexicon("figures", "figures.toml"))["same_person"]
    sexes = {noun: "female" for noun in raw["female_nouns"]}
    sexes.update({noun: "male" for noun in raw["male_nouns"]})
    return sexes


PRONOUN_SEXES = {"she": "female", "her": "female", "he": "male", "him": "male"}


def sex_of(words: list[str]) -> str | None:
    """The sex the nouns of a mention tell ("his 8-year-old daughter": female); None when
    they tell none or both."""
    sexes = {_sexes()[w] for w in words if w in _sexes()}
    return sexes.pop() if len(sexes) == 1 else None
