"""Deaths told by the name of the crime, with no number of people: "a double homicide" (two
dead), "a murder-suicide" (two: the one killed and the killer), "charged with murder" (one
dead at least, one per count of "three counts of murder"). An attempt kills no one.

The counts come from ``[kinds]`` in ``lexicons/en/figures/figures.toml``. They are implied,
not stated (a murder-suicide may take a family; counts of murder leave out the killer), so
any number the article gives takes precedence when the headline is chosen; a murder charge
without a count is one victim implied, like "a man".
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newscoder.figures.candidates import IMPLICIT, IMPLIED, Candidate, make_candidate
from newscoder.figures.categories import Reading
from newscoder.figures.numbers import NumberPhrase, parse_number
from newscoder.lexicon import read_lexicon

# "two counts of": the number of victims a charge names.
COUNTS = r"(?P<count>[\w-]+)\s+counts?\s+of\s+"


@dataclass(frozen=True)
class KindPatterns:
    multiplied: re.Pattern[str]  # "double homicide", "triple murder-suicide"
    murder_suicide: re.Pattern[str]
    charge: re.Pattern[str]  # "charged with first-degree murder", "two counts of murder"
    multipliers: dict[str, int]


def _alternatives(words: list[str]) -> str:
    return "|".join(r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", w))) for w in words)


@lru_cache(maxsize=1)
def kind_patterns() -> KindPatterns:
    raw: dict[str, Any] = tomllib.loads(read_lexicon("figures", "figures.toml"))["kinds"]
    multipliers = {k: int(v) for k, v in raw["multipliers"].items()}
    mult, kills = _alternatives(list(multipliers)), _alternatives(raw["killings"])
    degree = rf"(?:(?:{_alternatives(raw['degrees'])})[\s-]+)?"
    charges = _alternatives(raw["murder_charges"])
    return KindPatterns(
        multiplied=re.compile(
            rf"\b(?P<mult>{mult})[\s-]+(?:{kills})s?(?P<suicide>[\s-]+suicides?)?\b", re.I
        ),
        murder_suicide=re.compile(r"\bmurder[\s-]+suicides?\b", re.I),
        charge=re.compile(
            rf"\b(?P<cue>(?:{_alternatives(raw['charge_cues'])})\s+)?(?:{COUNTS})?"
            rf"{degree}(?:{charges})\b",
            re.I,
        ),
        multipliers=multipliers,
    )


def crime_counts(doc: Doc, sentence: SpacySpan, taken: list[NumberPhrase]) -> list[Candidate]:
    """The deaths the names of crimes in one sentence state."""
    patterns, text, offset = kind_patterns(), sentence.text, sentence.start_char
    found: list[tuple[int, int, float, str]] = []  # char start, end, value, qualifier
    for match in patterns.multiplied.finditer(text):
        value = float(patterns.multipliers[match["mult"].lower()] + bool(match["suicide"]))
        found.append((match.start(), match.end(), value, IMPLIED))
    for match in patterns.murder_suicide.finditer(text):
        if not any(s <= match.start() < e for s, e, _, _ in found):
            # "an attempted murder-suicide": the one killed lived, the killer alone died
            attempted = text[: match.start()].rstrip().lower().endswith("attempted")
            found.append((match.start(), match.end(), 1.0 if attempted else 2.0, IMPLIED))
    for match in patterns.charge.finditer(text):
        if match["cue"] or match["count"]:  # a murder alone may be no charge
            found.append((match.start(), match.end(), *_charged(match)))
    candidates = []
    for start, end, value, qualifier in found:
        span = doc.char_span(offset + start, offset + end, alignment_mode="expand")
        if span is None or any(p.start < span.end and span.start < p.end for p in taken):
            continue
        candidates.append(_candidate(doc, sentence, span, value, qualifier))
    return candidates


def _charged(match: re.Match[str]) -> tuple[float, str]:
    """One victim per count ("two counts of murder"), else one implied; "attempted murder"
    never matches, as "attempted" is no degree of the charge."""
    value = parse_number(match["count"]) if match["count"] else None
    return (float(value), IMPLIED) if value else (1.0, IMPLICIT)


def _candidate(
    doc: Doc, sentence: SpacySpan, span: SpacySpan, value: float, qualifier: str
) -> Candidate:
    phrase = NumberPhrase(span.start, span.start, span.end, value, value, value, qualifier)
    reading = Reading("killed", "people", None, span.end - 1)
    return make_candidate(doc, phrase, reading, sentence)
