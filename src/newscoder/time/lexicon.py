"""The time lexicon (``lexicons/en/time/time.toml``) loaded once, with its regex alternations."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from newscoder.lexicon import read_lexicon


@dataclass(frozen=True)
class TimeLexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    ambiguous_abbreviations: frozenset[str]
    numbers: dict[str, float]
    vague_numbers: tuple[str, ...]
    ordinals: dict[str, int]
    units: dict[str, tuple[str, int]]  # singular -> (TIMEX3 letter, multiple)
    unit_plurals: dict[str, str]
    seasons: dict[str, str]
    parts_of_day: dict[str, str]
    relative_days: dict[str, int]
    period_shifts: dict[str, int]
    set_adverbs: dict[str, str]
    vague: dict[str, str]
    part_modifiers: dict[str, str]
    approximators: dict[str, str]
    holidays_fixed: dict[str, str]
    holidays_weekday: dict[str, tuple[int, int, int, int]]  # month, weekday, n, days after
    holidays_easter: dict[str, int]
    future_lemmas: frozenset[str]
    forward_prepositions: frozenset[str]
    backward_prepositions: frozenset[str]
    deadline_prepositions: frozenset[str]
    present_states: frozenset[str]
    reporting_verbs: frozenset[str]
    cues: dict[str, frozenset[str]]
    reach: dict[str, int]

    def unit_of(self, word: str) -> str | None:
        """The singular unit for ``days``, ``day`` or ``Days``; None for other words."""
        word = word.lower()
        if word in self.units:
            return word
        return self.unit_plurals.get(word)


def alternation(words: list[str] | tuple[str, ...] | Any, dotted: bool = False) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any whitespace and
    apostrophes either apostrophe.

    Refuses an empty list: an empty alternation would match everywhere.
    """
    items = sorted({str(w) for w in words}, key=len, reverse=True)
    if not items:
        raise ValueError("empty alternation")
    parts = []
    for word in items:
        # a straight apostrophe in a list matches the typographic one too ("New Year’s Eve")
        escaped = re.escape(word).replace(r"\ ", r"\s+").replace("'", "['’]")
        if dotted:
            escaped += r"\.?"
        parts.append(escaped)
    return "(?:" + "|".join(parts) + ")"


@lru_cache(maxsize=1)
def load_lexicon() -> TimeLexicon:
    raw = tomllib.loads(read_lexicon("time", "time.toml"))
    holidays = raw["holidays"]
    return TimeLexicon(
        months=dict(raw["months"]),
        weekdays=dict(raw["weekdays"]),
        ambiguous_abbreviations=frozenset(raw["ambiguous_abbreviations"]["words"]),
        numbers={k: float(v) for k, v in raw["numbers"].items()},
        vague_numbers=tuple(raw["vague_numbers"]["words"]),
        ordinals=dict(raw["ordinals"]),
        units={k: (v[0], int(v[1])) for k, v in raw["units"].items()},
        unit_plurals=dict(raw["unit_plurals"]),
        seasons=dict(raw["seasons"]),
        parts_of_day=dict(raw["parts_of_day"]),
        relative_days=dict(raw["relative_days"]),
        period_shifts=dict(raw["period_shifts"]),
        set_adverbs=dict(raw["set_adverbs"]),
        vague=dict(raw["vague"]),
        part_modifiers=dict(raw["part_modifiers"]),
        approximators=dict(raw["approximators"]),
        holidays_fixed=dict(holidays["fixed"]),
        holidays_weekday={
            k: (v[0], v[1], v[2], v[3] if len(v) > 3 else 0) for k, v in holidays["weekday"].items()
        },
        holidays_easter=dict(holidays["easter"]),
        future_lemmas=frozenset(raw["tense"]["future_lemmas"]),
        forward_prepositions=frozenset(raw["tense"]["forward_prepositions"]),
        backward_prepositions=frozenset(raw["tense"]["backward_prepositions"]),
        deadline_prepositions=frozenset(raw["tense"]["deadline_prepositions"]),
        present_states=frozenset(raw["tense"]["present_states"]),
        reporting_verbs=frozenset(raw["tense"]["reporting_verbs"]),
        cues={name: frozenset(words) for name, words in raw["cues"].items()},
        reach={name: int(value) for name, value in raw["reach"].items()},
    )
