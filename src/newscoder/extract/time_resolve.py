"""Normalisation of detected time expressions to TIMEX3 type and value.

Relative expressions are resolved against the publication date (``dct``) or, for those that
say so ("a year earlier", "the following day"), against the date the narrative last mentioned
(``reference``). Weekdays and months without a year take their direction from the tense of
the clause (see :mod:`newscoder.extract.time_tense`). Without a publication date the values
stay honestly unresolved (``XXXX-09``, ``XXXX-WXX-7``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from newscoder.extract.time_lexicon import TimeLexicon, load_lexicon
from newscoder.extract.time_patterns import Candidate
from newscoder.extract.time_tense import ClauseTense
from newscoder.extract.time_values import (
    at_granularity,
    duration_value,
    easter_offset,
    fmt_day,
    fmt_month,
    fmt_quarter,
    fmt_week,
    granularity,
    nth_weekday,
    quarter_of,
    shift_date,
    shift_value,
    to_date,
)

PAST_DAYS = 4  # a weekday without tense: the last one when at most this many days back
PAST_MONTHS = 8  # a month without tense: the last one when at most this many months back
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
CONCRETE = re.compile(r"^\d{4}")
PREVIOUS_WORD = re.compile(r"(\w+)\W{1,3}$")
# Kinds resolved against the reference itself: they must not become the next reference.
EXPLICIT_YEAR = re.compile(r"^\d{4}(?:$|-)")
RELATIVE_KINDS = frozenset({"ago", "year_earlier", "anchored"})


@dataclass(slots=True)
class Resolved:
    type: str
    value: str
    mod: str | None = None


@lru_cache(maxsize=4096)
def parse_with_dateparser(text: str) -> date | None:
    """Numeric dates ("1/13/2014"): dateparser knows the formats; cached, it is slow."""
    import dateparser  # imported on first use: it takes a second to load

    parsed = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date() if parsed else None


def clean(word: str | None) -> str:
    return re.sub(r"\s+", " ", (word or "").lower().rstrip("."))


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


class Resolver:
    """Turns selected candidates into TIMEX3 values, in text order (it tracks the reference)."""

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

    # -- helpers -------------------------------------------------------------------------

    def direction(self, cand: Candidate) -> int:
        """-1 look back, +1 look ahead, 0 take the nearest: from a preposition that says so
        ("until Friday", "since March 3"), else from the clause's tense."""
        before = PREVIOUS_WORD.search(self.text[max(0, cand.start - 40) : cand.start])
        word = before.group(1).lower() if before else ""
        if word in self.lex.forward_prepositions:
            return 1
        if word in self.lex.backward_prepositions:
            return -1
        clause = self.tense(cand.start, cand.end)
        if clause.tense == "FUTURE" or (clause.scheduled and clause.direct) or (
            clause.tense == "PRESENT" and word in self.lex.deadline_prepositions
        ):
            return 1  # "will meet on Friday", "aims to finish by March"
        # A past verb says little about a date that modifies its noun ("prepared for the
        # January 22 talks"); a future one does ("will attend Sunday's vote").
        if clause.tense == "PAST" and clause.direct:
            return -1
        return 0

    def mod(self, cand: Candidate) -> str | None:
        word = clean(cand.groups.get("mod"))
        return self.lex.part_modifiers.get(word) if word else None

    def resolve(self, cand: Candidate) -> Resolved | None:
        handler = getattr(self, "kind_" + cand.kind)
        result: Resolved | None = handler(cand)
        if result is not None and EXPLICIT_YEAR.match(result.value) and has_year(cand):
            self.stated_year = (int(result.value[:4]), self.clause_of(cand.start, cand.end))
        concrete = result is not None and result.type in {"DATE", "TIME"}
        if concrete and result and CONCRETE.match(result.value) and cand.kind not in RELATIVE_KINDS:
            self.reference = result.value
        return result

    # -- explicit calendar dates -----------------------------------------------------------

    def kind_iso(self, cand: Candidate) -> Resolved | None:
        g = cand.groups
        try:
            day = date(int(g["year"] or 0), int(g["month"] or 0), int(g["day"] or 0))
        except ValueError:
            return None
        return Resolved("DATE", fmt_day(day))

    def kind_slash(self, cand: Candidate) -> Resolved | None:
        parsed = parse_with_dateparser(cand.text)
        return Resolved("DATE", fmt_day(parsed)) if parsed else None

    def month_day(self, month: int, day: int, cand: Candidate) -> str | None:
        """A month and day without a year: the year the tense (or nearness) points to."""
        if self.dct is None:
            return f"XXXX-{month:02d}-{day:02d}"
        options = []
        for year in (self.dct.year - 1, self.dct.year, self.dct.year + 1):
            try:
                options.append(date(year, month, day))
            except ValueError:
                continue
        if not options:
            return None
        step = self.direction(cand)
        if step < 0:
            past = [d for d in options if d <= self.dct]
            chosen = max(past) if past else min(options)
        elif step > 0:
            future = [d for d in options if d >= self.dct]
            chosen = min(future) if future else max(options)
        else:  # news reports more than it announces: the past, unless far back
            past = [d for d in options if d <= self.dct]
            future = [d for d in options if d > self.dct]
            chosen = max(past) if past else min(future)
            if future and (self.dct - chosen).days > PAST_MONTHS * 30:
                chosen = min(future)
        return fmt_day(chosen)

    def calendar(self, cand: Candidate) -> Resolved | None:
        g = cand.groups
        month = self.lex.months.get(clean(g["mon"]))
        day = int(g["day"] or 0)
        if month is None or not 1 <= day <= 31:
            return None
        if g.get("year"):
            try:
                return Resolved("DATE", fmt_day(date(int(g["year"]), month, day)), self.mod(cand))
            except ValueError:
                return None
        year = self.narrative_year(cand)
        if year is not None:
            try:
                return Resolved("DATE", fmt_day(date(year, month, day)), self.mod(cand))
            except ValueError:
                return None
        value = self.month_day(month, day, cand)
        return Resolved("DATE", value, self.mod(cand)) if value else None

    def narrative_year(self, cand: Candidate) -> int | None:
        """The year the same clause already wrote out, when it is not the current one."""
        if self.stated_year is None:
            return None
        year, verb = self.stated_year
        if verb is None or verb != self.clause_of(cand.start, cand.end):
            return None
        if self.dct is not None and year == self.dct.year:
            return None
        if self.dct is not None and year < self.dct.year and self.direction(cand) > 0:
            return None  # "was elected in 2009 and will step down in March"
        return year

    kind_mdy = calendar
    kind_dmy = calendar

    def kind_month_year(self, cand: Candidate) -> Resolved | None:
        month = self.lex.months[clean(cand.groups["mon"])]
        return Resolved("DATE", fmt_month(int(cand.groups["year"] or 0), month), self.mod(cand))

    def kind_month_rel(self, cand: Candidate) -> Resolved | None:
        """"June last year", "January this year"."""
        month = self.lex.months[clean(cand.groups["mon"])]
        year = self.year_from(cand)
        if year is None:
            return Resolved("DATE", f"XXXX-{month:02d}", self.mod(cand))
        return Resolved("DATE", fmt_month(year, month), self.mod(cand))

    def kind_month(self, cand: Candidate) -> Resolved | None:
        month = self.lex.months[clean(cand.groups["mon"])]
        shift = clean(cand.groups.get("shift"))
        stated = self.narrative_year(cand) if not shift else None
        if stated is not None:
            return Resolved("DATE", fmt_month(stated, month), self.mod(cand))
        if self.dct is None:
            return Resolved("DATE", f"XXXX-{month:02d}", self.mod(cand))
        here = self.dct.month
        if shift in {"last", "past"}:
            year = self.dct.year if month < here else self.dct.year - 1
        elif shift in {"next", "coming"}:
            year = self.dct.year if month > here else self.dct.year + 1
        elif shift == "this":
            year = self.dct.year
        else:
            step = self.direction(cand)
            if step < 0:
                year = self.dct.year if month <= here else self.dct.year - 1
            elif step > 0:
                year = self.dct.year if month >= here else self.dct.year + 1
            else:  # news reports more than it announces: the past, unless far back
                back = (here - month) % 12
                year = self.dct.year - (1 if month > here else 0)
                if back > PAST_MONTHS:
                    year = self.dct.year + (1 if month < here else 0)
        return Resolved("DATE", fmt_month(year, month), self.mod(cand))

    def kind_year(self, cand: Candidate) -> Resolved | None:
        return Resolved("DATE", f"{int(cand.groups['year'] or 0):04d}", self.mod(cand))

    def kind_decade(self, cand: Candidate) -> Resolved | None:
        g = cand.groups
        if g.get("dec"):
            return Resolved("DATE", (g["dec"] or "")[:3], self.mod(cand))
        two = int(g["dec2"] or 0)
        century = "20" if (two < 30 and self.dct and self.dct.year >= 2000) else "19"
        return Resolved("DATE", f"{century}{two // 10}", self.mod(cand))

    def kind_century(self, cand: Candidate) -> Resolved | None:
        word = clean(cand.groups["ord"])
        digits = re.match(r"\d+", word)
        number = int(digits.group()) if digits else self.lex.ordinals.get(word)
        if not number or number < 1:
            return None
        return Resolved("DATE", f"{number - 1:02d}", self.mod(cand))

    def kind_holiday(self, cand: Candidate) -> Resolved | None:
        name = clean(cand.groups["name"])
        year_text = cand.groups.get("year")
        shift = clean(cand.groups.get("shift"))
        if year_text:
            return self.holiday_in(name, int(year_text))
        if self.dct is None:
            return Resolved("DATE", "XXXX-XX-XX")
        options = [self.holiday_in(name, y) for y in (self.dct.year - 1, self.dct.year,
                                                     self.dct.year + 1)]
        dates = [(to_date(r.value), r) for r in options if r]
        step = -1 if shift == "last" else 1 if shift == "next" else self.direction(cand)
        pool = [(d, r) for d, r in dates if d and (step == 0 or (d - self.dct).days * step >= 0)]
        if not pool:
            return None
        chosen = min(pool, key=lambda p: abs((p[0] - self.dct).days) if p[0] else 0)
        return chosen[1]

    def holiday_in(self, name: str, year: int) -> Resolved | None:
        lex = self.lex
        if name in lex.holidays_fixed:
            return Resolved("DATE", f"{year:04d}-{lex.holidays_fixed[name]}")
        if name in lex.holidays_weekday:
            month, weekday, n = lex.holidays_weekday[name]
            return Resolved("DATE", fmt_day(nth_weekday(year, month, weekday, n)))
        if name in lex.holidays_easter:
            return Resolved("DATE", fmt_day(easter_offset(year, lex.holidays_easter[name])))
        return None

    # -- periods: quarters, halves, seasons ------------------------------------------------

    def year_from(self, cand: Candidate) -> int | None:
        """The year an "of 1990" / "of this year" tail names, else None."""
        g = cand.groups
        if g.get("year"):
            return int(g["year"] or 0)
        rel = clean(g.get("rel"))
        if rel and self.dct:
            return self.dct.year + {"last": -1, "previous": -1, "next": 1}.get(rel, 0)
        return None

    def last_quarter(self) -> tuple[int, int]:
        """The last complete quarter before the publication date: the one results report."""
        assert self.dct is not None
        index = self.dct.year * 4 + quarter_of(self.dct) - 2
        return index // 4, index % 4 + 1

    def kind_quarter(self, cand: Candidate) -> Resolved | None:
        qual = clean(cand.groups.get("qual") or cand.groups.get("qago"))
        text_start = qual != ""
        number = self.lex.ordinals.get(qual) if qual else None
        year = self.year_from(cand)
        g = cand.groups
        if g.get("qyear"):
            year = int(g["qyear"] or 0)
        elif g.get("qrel") and self.dct:
            year = self.dct.year + self.lex.period_shifts.get(clean(g["qrel"]), 0)
        if number and 1 <= number <= 4:
            if year is None:
                if self.dct is None:
                    return Resolved("DATE", f"XXXX-Q{number}", self.mod(cand))
                year = self.dct.year
                if number > quarter_of(self.dct) and self.direction(cand) <= 0:
                    year -= 1  # "the fourth quarter" in a February report: last year's
                if g.get("qago") and qual != clean(g["qago"]):
                    year -= 1
            if not g.get("qago"):
                self.focus_quarter = fmt_quarter(year, number)
            return Resolved("DATE", fmt_quarter(year, number), self.mod(cand))
        bare = not text_start and not qual and year is None
        if bare and self.focus_quarter:
            return Resolved("DATE", self.focus_quarter, self.mod(cand))
        if self.dct is None:
            return Resolved("DATE", "XXXX-QX", self.mod(cand))
        if qual in {"current", "same"} and qual != "same":
            return Resolved("DATE", fmt_quarter(self.dct.year, quarter_of(self.dct)))
        if qual == "next":
            index = self.dct.year * 4 + quarter_of(self.dct)
            return Resolved("DATE", fmt_quarter(index // 4, index % 4 + 1))
        if qual == "same" and self.reference and granularity(self.reference) == "quarter":
            return Resolved("DATE", self.reference)
        y, q = self.last_quarter()
        if qual in {"year-ago", "year-earlier"}:
            y -= 1
        return Resolved("DATE", fmt_quarter(y, q), self.mod(cand))

    def kind_half(self, cand: Candidate) -> Resolved | None:
        half = 1 if clean(cand.groups["ord"]) in {"first", "1st"} else 2
        year = self.year_from(cand) or (self.dct.year if self.dct else None)
        return Resolved("DATE", f"{year:04d}-H{half}" if year else f"XXXX-H{half}")

    def kind_season(self, cand: Candidate) -> Resolved | None:
        code = self.lex.seasons[clean(cand.groups["season"])]
        shift = clean(cand.groups.get("shift"))
        if cand.groups.get("year"):
            return Resolved("DATE", f"{cand.groups['year']}-{code}", self.mod(cand))
        if not shift and not cand.groups.get("mod") and not cand.groups.get("the"):
            return None  # "fall" alone is mostly the verb
        if self.dct is None:
            return Resolved("DATE", f"XXXX-{code}", self.mod(cand))
        year = self.dct.year
        started = self.dct.month >= SEASON_START[code]
        step = self.lex.period_shifts.get(shift, 0)
        if step < 0 and started:
            year -= 1 if self.dct.month < SEASON_START[code] + 3 else 0
        elif step < 0:
            year -= 1
        elif step > 0 and started:
            year += 1
        return Resolved("DATE", f"{year:04d}-{code}", self.mod(cand))

    # -- days relative to the publication date ---------------------------------------------

    def day_value(self, day: date | None, pod: str | None, fallback: str) -> Resolved:
        code = self.lex.parts_of_day.get(clean(pod)) if pod else None
        value = fmt_day(day) if day else fallback
        if code:
            return Resolved("TIME", f"{value}T{code}")
        return Resolved("DATE", value)

    def kind_relday(self, cand: Candidate) -> Resolved | None:
        return self.relday_at(cand, self.dct)

    def relday_at(self, cand: Candidate, base: date | None) -> Resolved:
        """"today", "yesterday" counted from ``base``: the publication date, or the day a
        quoted speaker spoke (see :mod:`~newscoder.extract.time_quotes`)."""
        rel = clean(cand.groups["rel"])
        pod = cand.groups.get("pod")
        if rel == "tonight":
            rel, pod = "today", "night"
        elif rel == "overnight":
            rel, pod = "yesterday", "night"
        offset = self.lex.relative_days[rel]
        day = base + timedelta(days=offset) if base else None
        resolved = self.day_value(day, pod, "XXXX-XX-XX")
        resolved.mod = self.mod(cand)
        return resolved

    def kind_podday(self, cand: Candidate) -> Resolved | None:
        rel = clean(cand.groups["rel"])
        offset = -1 if rel == "last" else 0
        day = self.dct + timedelta(days=offset) if self.dct else None
        return self.day_value(day, cand.groups.get("pod"), "XXXX-XX-XX")

    def kind_weekday(self, cand: Candidate) -> Resolved | None:
        target = self.lex.weekdays[clean(cand.groups["wd"])]
        pod = cand.groups.get("pod")
        if self.dct is None:
            resolved = self.day_value(None, pod, f"XXXX-WXX-{target}")
            return resolved
        shift = clean(cand.groups.get("shift"))
        back = (self.dct.isoweekday() - target) % 7  # days since the last such weekday
        ahead = (target - self.dct.isoweekday()) % 7
        if shift in {"last", "past", "previous"}:
            offset = -(back or 7)
        elif shift in {"next", "coming", "following"}:
            offset = ahead or 7
        else:
            step = self.direction(cand) if shift != "this" else 0
            if step < 0:
                offset = -back
            elif step > 0:
                offset = ahead
            else:  # news reports more than it announces: up to four days back
                offset = -back if back <= PAST_DAYS else ahead
        resolved = self.day_value(self.dct + timedelta(days=offset), pod, "")
        resolved.mod = self.mod(cand)
        return resolved

    # -- relative to a unit: "last week", "two years ago", "a year earlier" ----------------

    def kind_shift(self, cand: Candidate) -> Resolved | None:
        shift = clean(cand.groups["shift"])
        unit = clean(cand.groups["unit"]).replace("fiscal ", "")
        step = self.lex.period_shifts[shift]
        if cand.groups.get("the") and shift in {"past", "last", "previous", "next", "coming"}:
            letter, multiple = self.lex.units.get(unit, ("Y", 1))
            if unit == "weekend":
                return None
            return Resolved("DURATION", duration_value(1, letter, multiple))
        if self.dct is None:
            return Resolved("DATE", {"week": "XXXX-WXX", "month": "XXXX-XX"}.get(unit, "XXXX"))
        return self.shifted(self.dct, step, unit, self.mod(cand))

    def shifted(self, base: date, step: int, unit: str, mod: str | None) -> Resolved:
        if unit == "weekend":
            saturday = base + timedelta(days=(6 - base.isoweekday()) % 7 + 7 * step)
            return Resolved("DATE", fmt_week(saturday) + "-WE", mod)
        day = shift_date(base, step, unit)
        return Resolved("DATE", at_granularity(day, unit), mod)

    def kind_weekend(self, cand: Candidate) -> Resolved | None:
        if self.dct is None:
            return Resolved("DATE", "XXXX-WXX-WE")
        step = self.direction(cand)
        if self.dct.isoweekday() >= 6:
            return Resolved("DATE", fmt_week(self.dct) + "-WE")
        return self.shifted(self.dct, 0 if step > 0 else -1, "weekend", None)

    def kind_ago(self, cand: Candidate) -> Resolved | None:
        g = cand.groups
        amount = parse_number(g["num"] or "", self.lex)
        unit = self.lex.unit_of(clean(g["unit"])) or "year"
        direction = clean(g["dir"])
        sign = -1 if direction in {"ago", "earlier", "before"} else 1
        if amount is None:
            return Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
        if g.get("half"):
            amount += 0.5
        from_reference = direction in {"earlier", "later", "before", "after"}
        return self.relative(amount * sign, unit, from_reference)

    def relative(self, amount: float, unit: str, from_reference: bool) -> Resolved | None:
        """A date ``amount`` units from the reference (or the publication date)."""
        ref = self.reference
        gran = granularity(ref) if ref else None
        coarse = gran in {"quarter", "half", "month", "season"}
        reporting = from_reference or (unit == "year" and gran in {"quarter", "half"})
        if ref and float(amount).is_integer() and coarse and reporting:
            shifted = shift_value(ref, int(amount), unit)
            if shifted:
                return Resolved("DATE", shifted)
        base = self.dct
        if from_reference and ref and to_date(ref):
            base = to_date(ref)
        elif from_reference and ref and gran == "year" and unit in {"year", "decade"}:
            return Resolved("DATE", shift_value(ref, int(amount), "year") or ref)
        if base is None:
            return Resolved("DATE", "PAST_REF" if amount < 0 else "FUTURE_REF")
        return Resolved("DATE", at_granularity(shift_date(base, amount, unit), unit))

    def kind_year_earlier(self, cand: Candidate) -> Resolved | None:
        unit = clean(cand.groups["unit"])
        what = clean(cand.groups.get("what"))
        if what == "quarter" and self.dct and not (
            self.reference and granularity(self.reference) == "quarter"
        ):
            y, q = self.last_quarter()
            return Resolved("DATE", fmt_quarter(y - 1, q))
        return self.relative(-1.0, unit, True)

    def kind_anchored(self, cand: Candidate) -> Resolved | None:
        rel = clean(cand.groups["rel"])
        unit = clean(cand.groups["unit"])
        step = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1}.get(rel, 0)
        base = to_date(self.reference) if self.reference else None
        if base is None and unit in {"year", "month"} and self.reference:
            shifted = shift_value(self.reference, step, unit)
            if shifted:
                return Resolved("DATE", at_granularity_value(shifted, unit))
        base = base or self.dct
        if base is None:
            return Resolved("DATE", "XXXX-XX-XX")
        if unit in self.lex.parts_of_day:
            return self.day_value(base + timedelta(days=step), unit, "")
        if unit == "weekend":
            return self.shifted(base, step, "weekend", None)
        return Resolved("DATE", at_granularity(shift_date(base, step, unit), unit))

    # -- durations and sets ----------------------------------------------------------------

    def approx_mod(self, cand: Candidate) -> str | None:
        for key in ("approx", "approx2"):
            word = clean(cand.groups.get(key))
            if word and self.lex.approximators.get(word):
                return self.lex.approximators[word]
        return None

    def kind_duration(self, cand: Candidate) -> Resolved | None:
        g = cand.groups
        unit = self.lex.unit_of(clean(g["unit"]))
        if unit is None:
            return None
        amount = parse_number(g["num"] or "", self.lex)
        if amount is not None and g.get("half"):
            amount += 0.5
        letter, multiple = self.lex.units[unit]
        return Resolved("DURATION", duration_value(amount, letter, multiple), self.approx_mod(cand))

    def kind_bare_plural(self, cand: Candidate) -> Resolved | None:
        unit = self.lex.unit_of(clean(cand.groups["unit"])) or "year"
        letter, multiple = self.lex.units[unit]
        return Resolved("DURATION", duration_value(None, letter, multiple))

    def kind_set(self, cand: Candidate) -> Resolved | None:
        g = cand.groups
        word = clean(g["unit"])
        if word in self.lex.weekdays:
            return Resolved("SET", f"XXXX-WXX-{self.lex.weekdays[word]}")
        if word in self.lex.parts_of_day:
            return Resolved("SET", f"XXXX-XX-XXT{self.lex.parts_of_day[word]}")
        unit = self.lex.unit_of(word)
        if unit is None:
            return None
        amount = parse_number(g["num"], self.lex) if g.get("num") else 1.0
        letter, multiple = self.lex.units[unit]
        return Resolved("SET", duration_value(amount, letter, multiple))

    def kind_set_adverb(self, cand: Candidate) -> Resolved | None:
        return Resolved("SET", self.lex.set_adverbs[clean(cand.groups["adv"])])

    def kind_set_a(self, cand: Candidate) -> Resolved | None:
        unit = self.lex.unit_of(clean(cand.groups["unit"])) or "year"
        letter, multiple = self.lex.units[unit]
        return Resolved("SET", duration_value(1, letter, multiple))

    # -- clock times and the rest ----------------------------------------------------------

    def kind_clock(self, cand: Candidate) -> Resolved | None:
        g = cand.groups
        named = clean(g.get("named"))
        if named:
            hour, minute = (24, 0) if named == "midnight" else (12, 0)
        else:
            hour, minute = int(g["h"] or 0), int(g["m"] or 0)
            ampm = clean(g.get("ampm")).replace(".", "")
            if ampm == "pm" and hour < 12:
                hour += 12
            elif ampm == "am" and hour == 12:
                hour = 0
            if hour > 24 or (not ampm and not g.get("tz") and hour == 0 and minute == 0):
                return None
        day = self.reference_day() or (fmt_day(self.dct) if self.dct else "XXXX-XX-XX")
        return Resolved("TIME", f"{day}T{hour:02d}:{minute:02d}")

    def reference_day(self) -> str | None:
        """The day of the reference, when the narrative just named one."""
        if self.reference and to_date(self.reference):
            return self.reference[:10]
        return None

    def kind_period_of(self, cand: Candidate) -> Resolved | None:
        unit = clean(cand.groups["unit"])
        if cand.groups.get("ended") is not None:
            letter, multiple = self.lex.units[unit]
            return Resolved("DURATION", duration_value(1, letter, multiple))
        if unit == "quarter":
            return self.kind_quarter(cand)
        if self.dct is None:
            return Resolved("DATE", "XXXX")
        if unit == "year" and self.reference and granularity(self.reference) == "year":
            return Resolved("DATE", self.reference, self.mod(cand))
        return Resolved("DATE", at_granularity(self.dct, unit), self.mod(cand))

    def kind_year_end(self, cand: Candidate) -> Resolved | None:
        """"by year-end": the end of the publication year."""
        return Resolved("DATE", f"{self.dct.year:04d}" if self.dct else "XXXX", "END")

    def kind_vague(self, cand: Candidate) -> Resolved | None:
        return Resolved("DATE", self.lex.vague[clean(cand.groups["word"])])


def at_granularity_value(value: str, unit: str) -> str:
    """A shifted coarse value cut to the unit's granularity ("1989-Q3" by year → "1988")."""
    return value[:4] if unit == "year" else value[:7]


def has_year(cand: Candidate) -> bool:
    """Whether the expression writes its year out ("1998", "May 2011", "fiscal 1989")."""
    return bool(cand.groups.get("year") or cand.groups.get("qyear"))
