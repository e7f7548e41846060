"""Shared state and helpers of the time resolver: the publication date, the narrative's
reference date, the direction a clause's tense points to, and number words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from newscoder.time.lexicon import TimeLexicon, load_lexicon
from newscoder.time.patterns import Candidate
from newscoder.time.tense import ClauseTense
from newscoder.time.values import (
    fmt_day,
    quarter_of,
    to_date,
    to_point,
)

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
CONCRETE = re.compile(r"^\d{4}")
# (bounded, so that a search over a long run of word characters is linear)
PREVIOUS_WORD = re.compile(r"\b(\w{1,40})\W{1,3}$")
# The word before a clock time that precedes a day: "until [9 a.m. EST] Tuesday".
WORD_BEFORE_CLOCK = re.compile(
    r"(\w+)\W{1,3}\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}|\s+local\s+time)?"
    r",?\s+(?:on\s+)?$", re.IGNORECASE)
POSSESSIVE = re.compile(r"['’]s\b")
AHEAD_OF = re.compile(r"\bahead\s{1,3}of\s{1,3}$", re.IGNORECASE)
NEXT_WORD = re.compile(r"(?:['’]s)?\s+([\w-]+)")
SENTENCE_BREAK = re.compile(r"[.;!?][\"'’”)]*\s|\n")
# Kinds resolved against the reference itself (a clock time takes its day): they must not
# become the next reference.
EXPLICIT_YEAR = re.compile(r"^\d{4}(?:$|-)")
RELATIVE_KINDS = frozenset({"ago", "year_earlier", "anchored", "clock"})
CALENDAR_KINDS = frozenset({"mdy", "dmy"})  # a month and day without a year


@dataclass(slots=True)
class Resolved:
    type: str
    value: str
    mod: str | None = None


@lru_cache(maxsize=4096)
def parse_with_dateparser(text: str) -> date | None:
    """Numeric dates ("1/13/2014", "13.01.2014"): dateparser knows the formats; cached, as it
    is slow. Dotted dates are European, day first; slashed ones follow dateparser's English
    default (month first) unless the numbers rule it out."""
    import dateparser  # imported on first use: it takes a second to load

    settings = {"STRICT_PARSING": True}
    if "." in text:
        settings["DATE_ORDER"] = "DMY"
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def clean(word: str | None) -> str:
    """A matched word as the lexicon spells it: lower case, one space, straight apostrophe."""
    return re.sub(r"\s+", " ", (word or "").lower().rstrip(".")).replace("’", "'")


def parse_number(text: str, lex: TimeLexicon) -> float | None:
    """The value of "two", "twenty four", "1,500", "a couple of"; None for "several"."""
    text = clean(text)
    if text in {"a couple of", "couple of"}:
        return 2.0
    if text == "a dozen":
        return 12.0
    if text in lex.vague_numbers:
        return None
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", text):
        return float(text.replace(",", ""))
    total, current = 0.0, 0.0
    for word in re.split(r"[\s-]+", text):
        if word == "and":
            continue
        value = lex.numbers.get(word)
        if value is None:
            return None
        if value in {100.0, 1000.0}:
            current = max(current, 1.0) * value
            if value == 1000.0:
                total, current = total + current, 0.0
        else:
            current += value
    return total + current


class ResolverBase:
    """What every kind of expression is resolved against; see :class:`time_resolve.Resolver`."""

    def __init__(
        self,
        dct: date | None,
        tense: Callable[[int, int], ClauseTense],
        text: str = "",
        clause_of: Callable[[int, int], int | None] | None = None,
    ) -> None:
        self.dct = dct
        self.tense = tense
        self.text = text
        self.clause_of = clause_of or (lambda start, end: None)
        # The last year the text wrote out, and the verb of its clause: "In 2011, protests
        # began in March" is March 2011 whatever the publication date.
        self.stated_year: tuple[int, int | None] | None = None
        # The quarter a results report is about ("the third quarter"): "the quarter" later.
        self.focus_quarter: str | None = None
        self.lex = load_lexicon()
        self.reference: str | None = None  # the last concrete date the text mentioned
        self.reference_end = -1  # where the text mentioned it
        self.last_day: date | None = None  # the last day the text named, whatever came after
        # the last clock time and where it ends: "at 11:40 p.m. Friday" puts the story at
        # Friday's night, though the day alone becomes the reference
        self.clock: tuple[str, int] | None = None

    # -- helpers -------------------------------------------------------------------------

    def direction(self, cand: Candidate) -> int:
        """-1 look back, +1 look ahead, 0 take the nearest: from a preposition that says so
        ("until Friday", "since March 3"), else from the clause's tense."""
        shift = self.lex.period_shifts.get(clean(cand.groups.get("shift")), 0)
        if shift:
            return shift  # "last Oct. 23", "next May 1"
        window = self.text[max(0, cand.start - 40) : cand.start]
        before = WORD_BEFORE_CLOCK.search(window) or PREVIOUS_WORD.search(window)
        word = before.group(1).lower() if before else ""
        if AHEAD_OF.search(window):
            word = "ahead of"  # "ahead of Monday, when classes resume"
        if POSSESSIVE.match(cand.after):
            word = ""  # "before Friday's purchases": the preposition is the noun's, not the day's
        if word in self.lex.backward_prepositions:
            return -1
        clause = self.tense(cand.start, cand.end)
        if word in self.lex.forward_prepositions:
            # "until Friday" looks ahead, but for a clause told as over ("had not ... until")
            return -1 if clause.closed else 1
        if clause.harm:
            return -1  # "will be tried for the Aug. 19 shooting": the shooting is past
        # "are investigating Friday's shooting": the progressive's future is the verb's own;
        # "will be arraigned in the Aug. 19 shooting": a calendar date on the noun of a
        # future clause may name a past event, and takes the nearest year
        future = clause.tense == "FUTURE" and (clause.direct or not clause.progressive)
        future = future and (clause.direct or cand.kind not in CALENDAR_KINDS)
        if future or (clause.scheduled and clause.direct) or (
            clause.tense == "PRESENT" and (word in self.lex.deadline_prepositions
                                           or self.sets_a_limit(cand))
        ):
            return 1  # "will meet on Friday", "aims to finish by March"
        # A past verb says little about a date that modifies its noun ("prepared for the
        # January 22 talks"); a future one does ("will attend Sunday's vote").
        if clause.tense == "PAST" and clause.direct:
            return -1
        return 0

    def sets_a_limit(self, cand: Candidate) -> bool:
        """"a Friday deadline", "Monday's cutoff": the day word names a time limit."""
        following = NEXT_WORD.match(cand.after)
        return bool(following) and following.group(1).lower() in self.lex.cues["deadline_nouns"]

    def sentence_anchor(self, cand: Candidate) -> date | None:
        """The date an earlier expression of the same sentence placed near the publication
        date: "arrested in April for the March 21 call" puts the call near that April."""
        if self.reference is None or self.dct is None or self.reference_end > cand.start:
            return None
        if SENTENCE_BREAK.search(self.text, self.reference_end, cand.start):
            return None
        point = to_point(self.reference)
        if point is None or abs((point - self.dct).days) > 366:
            return None
        return point

    def mod(self, cand: Candidate) -> str | None:
        word = clean(cand.groups.get("mod"))
        return self.lex.part_modifiers.get(word) if word else None

    def year_from(self, cand: Candidate) -> int | None:
        """The year an "of 1990" / "of this year" tail names, else None."""
        g = cand.groups
        if g.get("year"):
            return int(g["year"] or 0)
        rel = clean(g.get("rel"))
        if rel and self.dct:
            return self.dct.year + {"last": -1, "previous": -1, "next": 1}.get(rel, 0)
        if g.get("ofthe") and self.dct:
            return self.dct.year
        return None

    def last_quarter(self) -> tuple[int, int]:
        """The last complete quarter before the publication date: the one results report."""
        assert self.dct is not None
        index = self.dct.year * 4 + quarter_of(self.dct) - 2
        return index // 4, index % 4 + 1

    def day_value(self, day: date | None, pod: str | None, fallback: str) -> Resolved:
        code = self.lex.parts_of_day.get(clean(pod)) if pod else None
        value = fmt_day(day) if day else fallback
        if code:
            return Resolved("TIME", f"{value}T{code}")
        return Resolved("DATE", value)

    def reference_day(self) -> str | None:
        """The day of the reference, when the narrative just named one."""
        if self.reference and to_date(self.reference):
            return self.reference[:10]
        return None

    def approx_mod(self, cand: Candidate) -> str | None:
        if cand.groups.get("orso"):  # "a week or so"
            return "APPROX"
        for key in ("approx", "approx2"):
            word = clean(cand.groups.get(key))
            if word and self.lex.approximators.get(word):
                return self.lex.approximators[word]
        return None
