"""Expressions relative to the publication date or to the narrative's reference date
("yesterday", "on Sunday", "last week", "two years ago", "a year earlier"), durations,
frequencies and clock times.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newscoder.time.patterns import Candidate
from newscoder.time.state import (
    PREVIOUS_WORD,
    SENTENCE_BREAK,
    Resolved,
    ResolverBase,
    clean,
    parse_number,
)
from newscoder.time.values import (
    at_granularity,
    duration_value,
    fmt_day,
    fmt_quarter,
    fmt_week,
    granularity,
    shift_date,
    shift_value,
    to_date,
)

# Which way an anchored unit lies from the date the story is at ("the following day", "the
# year before"); "same" and "that" are the unit of that date itself.
ANCHOR_STEPS = {"following": 1, "next": 1, "after": 1,
                "previous": -1, "preceding": -1, "prior": -1, "before": -1}
# "the same month last year": units told a year back from the one the story is at (a quarter
# or period is the report's quarter, see kind_year_earlier)
UNITS_A_YEAR_BACK = frozenset({"month", "week", "day"})
WEEK_SHIFTS = {"last": -1, "this": 0, "next": 1}  # "Tuesday last week"
GENERIC_REFS = {"today": "PRESENT_REF", "tomorrow": "FUTURE_REF", "yesterday": "PAST_REF"}
POSSESSIVE_WORDS = re.compile(r"['’]s((?:\s+[a-z]+){1,3})")
NOUN_PHRASE_ENDS = frozenset({"of", "on", "in", "for", "at", "with", "by", "to", "and", "or"})
SMALL_HOURS_END = 6  # a clock time before 6 a.m. after a night is in the night's next day
# The first hour of a twelve-hour clock read as p.m. in a part of the day: "that afternoon at
# 3:30", "Saturday evening at 8:15", "Friday night around 11:00"
PART_HOURS = {"TAF": 1, "TEV": 4, "TNI": SMALL_HOURS_END}
# A past act at a late clock hour with no day named before it ("was shot around 11 p.m.") is
# told by a story printed after that hour, almost always the next morning: the evening before.
LATE_EVENING_START = 21
# "10:30 Monday night", "8 on Friday evening", "9:15 tonight": the part of the day after a clock
# (spaces bounded: an unbounded run before words that then fail is scanned again from each space)
PART_AFTER_CLOCK = re.compile(
    r"\s{1,3}(?:on\s{1,3})?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s{1,3}|last\s{1,3}"
    r"|this\s{1,3}|to)?"
    r"(afternoon|evening|night)\b",
    re.IGNORECASE,
)
CLOCK_BESIDE_DAY = 16  # characters between a clock time and the day it is told with
# Between two weekdays told as one span or choice: "Saturday or Sunday", "Monday through
# Friday", "Tuesday and Wednesday" (bounded spaces, see PART_AFTER_CLOCK)
JOINED_DAYS = re.compile(
    r"\s{0,3},?\s{0,3}(?:and|or|to|through|thru|until|-|–|&)\s{0,3}(?:on\s{1,3})?"
)
EVENING_CLOCK = re.compile(r"^\d{4}-\d{2}-\d{2}T(?:1[89]|2[0-4]):")  # 18:00 to midnight


def possessed_words(after: str) -> list[str]:
    """The words of the noun phrase after a possessive, up to three, cut at a preposition:
    "'s personal computers" -> ["personal", "computers"]."""
    match = POSSESSIVE_WORDS.match(after)
    words: list[str] = []
    for word in match.group(1).split() if match else []:
        if word in NOUN_PHRASE_ENDS:
            break
        words.append(word)
    return words


class RelativeKinds(ResolverBase):
    """Kinds whose value is counted from an anchor."""

    # -- days relative to the publication date ---------------------------------------------

    def kind_relday(self, cand: Candidate) -> Resolved | None:
        generic = self.generic_day(cand)
        if generic is not None:
            return generic
        if clean(cand.groups["rel"]) == "overnight":
            # the night before the day the story is at ("closed lower Friday ... depressed by
            # overnight losses in New York"), not necessarily the night before print; but
            # where the story is already at a night or an evening ("shot Thursday night ...
            # police tweeted overnight"), that same night
            day = to_date(self.reference_day() or "") or self.dct
            if day is not None and self.at_nightfall():
                day += timedelta(days=1)
            return self.relday_at(cand, day)
        return self.relday_at(cand, self.dct)

    def at_nightfall(self) -> bool:
        """The narrative's last date is an evening or a night, or a clock time of one, also
        one told beside that day ("at 11:40 p.m. Friday", "Friday at 9 p.m.")."""
        value = self.reference or ""
        if value.endswith(("TEV", "TNI")) or EVENING_CLOCK.match(value):
            return True
        if self.clock is None or not EVENING_CLOCK.match(self.clock[0]):
            return False
        return abs(self.clock[1] - self.reference_end) <= CLOCK_BESIDE_DAY

    def generic_day(self, cand: Candidate) -> Resolved | None:
        """"today's youth", "the leaders of tomorrow": the present or the future at large,
        not a day."""
        rel = clean(cand.groups["rel"])
        if rel not in GENERIC_REFS or cand.groups.get("pod"):
            return None
        before = self.text[max(0, cand.start - 4) : cand.start].lower()
        nouns = self.lex.cues["generic_nouns"]
        if any(word in nouns for word in possessed_words(cand.after)) or (
            rel == "tomorrow" and before == " of "
        ):
            return Resolved("DATE", GENERIC_REFS[rel])
        return None

    def relday_at(self, cand: Candidate, base: date | None) -> Resolved:
        """"today", "yesterday" counted from ``base``: the publication date, or the day a
        quoted speaker spoke (see :mod:`~newscoder.time.quotes`)."""
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

    def kind_daypart(self, cand: Candidate) -> Resolved | None:
        """"by mid-afternoon": that part of the day the narrative is at, else of print."""
        day = to_date(self.reference_day() or "") or self.dct
        resolved = self.day_value(day, cand.groups.get("pod"), "XXXX-XX-XX")
        resolved.mod = self.mod(cand)
        return resolved

    def kind_podday(self, cand: Candidate) -> Resolved | None:
        return self.podday_at(cand, self.dct)

    def podday_at(self, cand: Candidate, base: date | None) -> Resolved:
        """"this morning", "last night" counted from ``base`` (print, or the day a quoted
        speaker spoke)."""
        offset = -1 if clean(cand.groups["rel"]) == "last" else 0
        day = base + timedelta(days=offset) if base else None
        return self.day_value(day, cand.groups.get("pod"), "XXXX-XX-XX")

    def spoken_at(self, cand: Candidate, base: date | None) -> Resolved:
        """A day word of a speaker's ("today", "tonight", "this morning") on their day."""
        if cand.kind == "podday":
            return self.podday_at(cand, base)
        return self.generic_day(cand) or self.relday_at(cand, base)

    def kind_weekday(self, cand: Candidate) -> Resolved | None:
        target = self.lex.weekdays[clean(cand.groups["wd"])]
        pod = cand.groups.get("pod")
        if self.dct is None:
            resolved = self.day_value(None, pod, f"XXXX-WXX-{target}")
            return resolved
        week = clean(cand.groups.get("week"))
        if week:  # "Tuesday last week": that week's Tuesday, whatever the tense
            monday = self.dct - timedelta(days=self.dct.isoweekday() - 1)
            day = monday + timedelta(days=7 * WEEK_SHIFTS[week] + target - 1)
            return self.day_value(day, pod, "")
        shift = clean(cand.groups.get("shift"))
        anchored = self.anchored_weekday(target, shift, pod)
        if anchored is not None:
            return anchored
        told = self.same_weekday(target) if not shift else None
        if told is not None:
            resolved = self.day_value(told, pod, "")
            resolved.mod = self.mod(cand)
            return resolved
        back = (self.dct.isoweekday() - target) % 7  # days since the last such weekday
        ahead = (target - self.dct.isoweekday()) % 7
        if shift in {"last", "past", "previous"}:
            offset = -(back or 7)
        elif shift in {"next", "coming", "following"}:
            offset = ahead or 7
        else:
            step = self.direction(cand)
            told_back = step > 0 and self.tense(cand.start, cand.end).future_in_past
            if told_back:
                offset = self.after_the_saying(target, back, ahead)
            elif step < 0:
                offset = -back
            elif step > 0 or shift == "this":
                offset = ahead  # "this Sunday" is the coming one unless the clause is past
            elif (joined := self.joined_day(target, cand.start)) is not None:
                offset = (joined - self.dct).days
            else:  # news reports more than it announces: up to four days back, and any
                # day of the past week where the clause tells of the past ("a man accused
                # in the shootings at the club Sunday told a judge" in a Friday paper)
                past = self.tense(cand.start, cand.end).tense == "PAST"
                offset = -back if back <= self.lex.reach["past_days"] or past else ahead
        resolved = self.day_value(self.dct + timedelta(days=offset), pod, "")
        resolved.mod = self.mod(cand)
        return resolved

    def after_the_saying(self, target: int, back: int, ahead: int) -> int:
        """Days from print to a weekday told as a future from a past day ("said Wednesday
        the school would reopen Thursday"): the first such weekday after the day the story is
        at, when that is before print; else the nearest one, since the saying came before."""
        assert self.dct is not None
        told = self.last_day
        if told is not None and told < self.dct and (self.dct - told).days <= 6:
            day = told + timedelta(days=(target - told.isoweekday()) % 7 or 7)
            return (day - self.dct).days
        return -back if back < ahead else ahead

    def same_weekday(self, target: int) -> date | None:
        """"exploded on Friday morning ... due to pass later Friday": the weekday of the day
        the story is at, within a week of print, is that day again, whatever the clause's
        tense."""
        told = self.last_day
        if told is None or self.dct is None or told.isoweekday() != target:
            return None
        return told if abs((told - self.dct).days) <= 6 else None

    def joined_day(self, target: int, start: int) -> date | None:
        """"on Saturday or Sunday", "Monday through Friday": a weekday joined to the day just
        told lies beside it, on whichever side of print that falls: the nearest such day
        ("made Friday and Thursday" is the day before), after it for a stretch ("through")."""
        base = to_date(self.reference_day() or "")
        gap = self.text[self.reference_end : start] if self.reference_end >= 0 else "x"
        joined = JOINED_DAYS.fullmatch(gap)
        if base is None or joined is None:
            return None
        after = (target - base.isoweekday()) % 7 or 7
        before = (base.isoweekday() - target) % 7 or 7
        stretch = not re.search(r"\b(?:and|or)\b|&", joined.group())
        return base + timedelta(days=after if stretch or after <= before else -before)

    def anchored_weekday(self, target: int, shift: str, pod: str | None) -> Resolved | None:
        """"the previous Friday", "the following Monday": counted from the day the narrative
        last named, not from the publication date ("last Friday" is)."""
        base = to_date(self.reference) if self.reference else None
        if base is None or shift not in {"previous", "following"}:
            return None
        if shift == "previous":
            day = base - timedelta(days=(base.isoweekday() - target) % 7 or 7)
        else:
            day = base + timedelta(days=(target - base.isoweekday()) % 7 or 7)
        return self.day_value(day, pod, "")

    # -- relative to a unit: "last week", "two years ago", "a year earlier" ----------------

    def kind_shift(self, cand: Candidate) -> Resolved | None:
        shift = clean(cand.groups["shift"])
        unit = clean(cand.groups["unit"]).replace("fiscal ", "")
        step = self.lex.period_shifts[shift]
        # "the past year" names the year before print (TimeBank's reading), "the next year"
        # a stretch ahead unless the narrative moved on ("The next year, it won the title")
        if cand.groups.get("the") and shift in {"next", "coming"}:
            letter, multiple = self.lex.units.get(unit, ("Y", 1))
            if unit == "weekend":
                return None
            if shift == "next" and self.reference and not self.as_length(cand):
                return self.anchored_value(1, unit)  # "The next year, it won the title."
            return Resolved("DURATION", duration_value(1, letter, multiple))
        if cand.groups.get("the") and shift in {"past", "last"} and unit in {"decade", "century"}:
            # "over the past decade", "the last century of progress": the ten or hundred years
            # up to print, not the calendar decade before the current one
            letter, multiple = self.lex.units[unit]
            return Resolved("DURATION", duration_value(1, letter, multiple))
        if self.dct is None:
            return Resolved("DATE", {"week": "XXXX-WXX", "month": "XXXX-XX"}.get(unit, "XXXX"))
        if unit == "weekend" and step == 0 and self.weekend_gone(cand):
            step = -1  # "was shot this weekend" told on a Monday: the weekend just gone
        return self.shifted(self.dct, step, unit, self.mod(cand))

    def weekend_gone(self, cand: Candidate) -> bool:
        """"this weekend" in a clause that tells of the past, printed on a weekday: the
        weekend before print (a Saturday or Sunday story's weekend is its own)."""
        assert self.dct is not None
        return self.dct.isoweekday() <= 5 and self.direction(cand) < 0

    def kind_two_off(self, cand: Candidate) -> Resolved | None:
        """"the week before last", "the year after next": two units before or after print's."""
        unit = clean(cand.groups["unit"])
        step = -2 if clean(cand.groups["rel"]).startswith("before") else 2
        if self.dct is None:
            return None
        return self.shifted(self.dct, step, unit, None)

    def shifted(self, base: date, step: int, unit: str, mod: str | None) -> Resolved:
        if unit == "weekend":
            # the weekend a Sunday is in began the day before ("this weekend" on a Sunday)
            to_saturday = 6 - base.isoweekday() if base.isoweekday() <= 6 else -1
            saturday = base + timedelta(days=to_saturday + 7 * step)
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
        amount = parse_number(g.get("num") or "", self.lex)
        unit = self.lex.unit_of(clean(g["unit"])) or "year"
        direction = clean(g["dir"])
        sign = -1 if direction in {"ago", "earlier", "before"} else 1
        from_reference = direction in {"earlier", "later", "before", "after"}
        if amount is None and from_reference:
            # "a few days later": some days after a day the story told, which may itself be
            # past; the length is all that is known
            letter, multiple = self.lex.units[unit]
            return Resolved("DURATION", duration_value(None, letter, multiple))
        if amount is None:
            return Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
        if g.get("halfof"):
            amount *= 0.5  # "half an hour later"
        elif g.get("half"):
            amount += 0.5
        if from_reference and sign > 0 and self.reference is None:
            # "Two days later, police arrested him" with no day told before: later than an
            # untold day is no date ahead of print; the length is what is known
            letter, multiple = self.lex.units[unit]
            return Resolved("DURATION", duration_value(amount, letter, multiple))
        resolved = self.relative(amount * sign, unit, from_reference)
        if resolved is not None and resolved.mod is None:
            resolved.mod = self.approx_mod(cand)  # "about two years ago", "a week or so ago"
        return resolved

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
        elif from_reference and ref and finer(unit, gran):
            # "In the summer of 2016 the bridge closed; a month later ...": a unit finer than
            # the time the story is at has no day to count from; the length is what is known
            letter, multiple = self.lex.units[unit]
            return Resolved("DURATION", duration_value(abs(amount), letter, multiple))
        if base is None:
            return Resolved("DATE", "PAST_REF" if amount < 0 else "FUTURE_REF")
        return Resolved("DATE", at_granularity(shift_date(base, amount, unit), unit))

    def kind_year_earlier(self, cand: Candidate) -> Resolved | None:
        unit = clean(cand.groups.get("unit")) or "year"  # "the same period last year"
        what = clean(cand.groups.get("what"))
        if what in UNITS_A_YEAR_BACK:
            return self.unit_a_year_back(what)
        gran = granularity(self.reference) if self.reference else None
        if what in {"quarter", "period"} and self.dct and (self.focus_quarter or gran != "quarter"):
            # "the year-ago quarter": a year before the quarter the report is about
            y, q = self.last_quarter()
            if self.focus_quarter:
                y, q = int(self.focus_quarter[:4]), int(self.focus_quarter[-1])
            return Resolved("DATE", fmt_quarter(y - 1, q))
        dct_year = f"{self.dct.year:04d}" if self.dct else ""
        past_year = self.reference is not None and self.reference[:4] < dct_year
        if unit == "year" and self.dct and (gran == "year" or (not what and past_year)):
            # "the year-earlier results" after "in the 1988 period": a year before print,
            # not a year before the period already a year back
            return Resolved("DATE", f"{self.dct.year - 1:04d}")
        return self.relative(-1.0, unit, True)

    def unit_a_year_back(self, unit: str) -> Resolved:
        """"rose in February from the same month last year": the month (week, day) the story
        is at, else print's, a year back."""
        ref = self.reference
        if ref and granularity(ref) == unit:
            value: str | None = ref[:10] if unit == "day" else ref
        else:
            point = to_date(ref) if ref else None
            point = point or (self.dct if not ref or granularity(ref) == "year" else None)
            value = at_granularity(point, unit) if point else None
        if value is None:
            return Resolved("DATE", "PAST_REF")
        day = to_date(value)
        if day is not None:  # the 29th of February a year back is the 28th
            return Resolved("DATE", fmt_day(shift_date(day, -1, "year")))
        return Resolved("DATE", shift_value(value, -1, "year") or "PAST_REF")

    def kind_anchored(self, cand: Candidate) -> Resolved | None:
        rel = clean(cand.groups["rel"])
        unit = clean(cand.groups["unit"])
        step = ANCHOR_STEPS.get(rel, 0)
        return self.anchored_value(step, unit)

    def as_length(self, cand: Candidate) -> bool:
        """ "over the next year", "within the next month": a stretch of time, not a date."""
        before = PREVIOUS_WORD.search(self.text[max(0, cand.start - 20) : cand.start])
        return before is not None and before.group(1).lower() in self.lex.cues["length"]

    def anchored_value(self, step: int, unit: str) -> Resolved:
        """The unit ``step`` away from the date the narrative last named (else from the
        publication date): "the following day", "the next year"."""
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

    def kind_duration(self, cand: Candidate) -> Resolved | None:
        g = cand.groups
        if self.someday(cand):
            return Resolved("DATE", "FUTURE_REF")
        unit = self.lex.unit_of(clean(g["unit"]))
        if unit is None:
            return None
        amount = parse_number(g["num"] or "", self.lex)
        if clean(g["num"]) in {"a", "an"} and clean(g["unit"]) in self.lex.unit_plurals:
            amount = None  # "a years-long feud": the article is the feud's, the years vague
        if amount is not None and (g.get("halfof") or clean(g.get("half")).strip() == "half"):
            amount = 0.5  # "half an hour", "a half-hour"
        elif amount is not None and (g.get("half") or g.get("half_after")):  # "a year and a half"
            amount += 0.5
        letter, multiple = self.lex.units[unit]
        return Resolved("DURATION", duration_value(amount, letter, multiple), self.approx_mod(cand))

    def someday(self, cand: Candidate) -> bool:
        """"could one day lead", "hopes to one day return": a day to come, not its length."""
        if " ".join(cand.text.lower().split()) != "one day":
            return False
        before = PREVIOUS_WORD.search(self.text[max(0, cand.start - 20) : cand.start])
        return before is not None and before.group(1).lower() in self.lex.cues["someday"]

    def kind_unit_long(self, cand: Candidate) -> Resolved | None:
        """"month-long" is one month, "decades-old" some decades."""
        word = clean(cand.groups["unit"])
        unit = self.lex.unit_of(word)
        if unit is None:
            return None
        letter, multiple = self.lex.units[unit]
        amount = None if word in self.lex.unit_plurals else 1.0
        return Resolved("DURATION", duration_value(amount, letter, multiple))

    def kind_bare_plural(self, cand: Candidate) -> Resolved | None:
        unit = self.lex.unit_of(clean(cand.groups["unit"])) or "year"
        letter, multiple = self.lex.units[unit]
        return Resolved("DURATION", duration_value(None, letter, multiple))

    def kind_set(self, cand: Candidate) -> Resolved | None:
        g = cand.groups
        if g.get("wd"):
            pod = self.lex.parts_of_day.get(clean(g.get("pod"))[:-1]) if g.get("pod") else None
            day = self.lex.weekdays[clean(g["wd"])]
            return Resolved("SET", f"XXXX-WXX-{day}" + (f"T{pod}" if pod else ""))
        word = clean(g.get("unit") or g.get("unit2"))
        if word in {"weekend", "weekends"}:
            return Resolved("SET", "XXXX-WXX-WE")
        if word in self.lex.months:
            return Resolved("SET", f"XXXX-{self.lex.months[word]:02d}")
        if word in self.lex.weekdays:
            return Resolved("SET", f"XXXX-WXX-{self.lex.weekdays[word]}")
        if word in self.lex.parts_of_day:
            return Resolved("SET", f"XXXX-XX-XXT{self.lex.parts_of_day[word]}")
        if word in self.lex.seasons:
            return Resolved("SET", f"XXXX-{self.lex.seasons[word]}")
        unit = self.lex.unit_of(word)
        if unit is None:
            return None
        amount = parse_number(g["num"], self.lex) if g.get("num") else 1.0
        if amount is not None and g.get("other"):
            amount *= 2  # "every other week": one in two
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
            if g.get("inthe"):  # "4 in the morning", "9 in the evening"
                ampm = "am" if clean(g["inthe"]) == "morning" else "pm"
            if ampm == "pm" and hour < 12:
                hour += 12
            elif ampm == "am" and hour == 12:
                hour = 0
            elif not ampm and (
                self.in_later_day_part(cand, hour) or self.later_part_after(cand, hour)
            ):
                hour += 12  # "Saturday evening at 8:15" is 20:15, "10:30 Monday night" 22:30
            if hour > 24 or (not ampm and not g.get("tz") and hour == 0 and minute == 0):
                return None
        day = self.reference_day()
        if day is None and hour == 24 and self.after_midnight(cand):
            hour = 0  # "police were called just after midnight": the small hours of print day
        day = day or self.clock_day_unanchored(cand, hour)
        if hour < SMALL_HOURS_END and self.reference and self.reference.endswith("TNI"):
            # "shot overnight ... at about 1:30 a.m.", "Friday night ... about 2:45 a.m.": the
            # small hours after a night are on the day that follows it
            following = to_date(day)
            day = fmt_day(following + timedelta(days=1)) if following else day
        return Resolved("TIME", f"{day}T{hour:02d}:{minute:02d}")

    def clock_day_unanchored(self, cand: Candidate, hour: int) -> str:
        """The day of a clock time the narrative gave no day: the publication day, but the
        evening before it for a late hour told as past ("police were called about 10:30 p.m.",
        "shot shortly before midnight"): few stories are printed late on the day they tell of."""
        if self.dct is None:
            return "XXXX-XX-XX"
        if self.late_evening(cand, hour) and self.direction(cand) < 0:
            return fmt_day(self.dct - timedelta(days=1))
        return fmt_day(self.dct)

    def after_midnight(self, cand: Candidate) -> bool:
        before = PREVIOUS_WORD.search(self.text[max(0, cand.start - 20) : cand.start])
        return bool(before) and before.group(1).lower() in self.lex.cues["after_midnight"]

    def late_evening(self, cand: Candidate, hour: int) -> bool:
        """A late hour of the evening: midnight only when the act came before it, since
        midnight also opens the publication day ("just after midnight")."""
        if hour < 24:
            return hour >= LATE_EVENING_START
        before = PREVIOUS_WORD.search(self.text[max(0, cand.start - 20) : cand.start])
        return bool(before) and before.group(1).lower() in self.lex.cues["before_midnight"]

    def in_later_day_part(self, cand: Candidate, hour: int) -> bool:
        """A clock time without a.m. or p.m., written as twelve-hour clocks are ("8:15", not
        "08:15"), in the sentence that just named an afternoon, evening or night."""
        part = (self.reference or "")[-3:]
        first = PART_HOURS.get(part)
        if first is None or not first <= hour < 12 or (cand.groups.get("h") or "0")[0] == "0":
            return False
        return not SENTENCE_BREAK.search(self.text, self.reference_end, cand.start)

    def later_part_after(self, cand: Candidate, hour: int) -> bool:
        """A twelve-hour clock time without a.m. or p.m. followed by the afternoon, evening
        or night it is in ("10:30 Monday night", "at 8 on Friday evening", "9:15 tonight")."""
        found = PART_AFTER_CLOCK.match(self.text, cand.end)
        part = self.lex.parts_of_day.get(found.group(1).lower()) if found else None
        first = PART_HOURS.get(f"T{part}") if part else None
        if first is None or not first <= hour < 12:
            return False
        return (cand.groups.get("h") or "0")[0] != "0"

    def kind_vague(self, cand: Candidate) -> Resolved | None:
        value = self.lex.vague[clean(cand.groups["word"])]
        return Resolved("DATE" if value.endswith("_REF") else "DURATION", value)


# Units and granularities from the finest to the coarsest, to compare a unit with a value's.
SCALE = ("minute", "hour", "day", "night", "week", "weekend", "fortnight", "month", "quarter",
         "season", "half", "year", "decade", "century")


def finer(unit: str, gran: str | None) -> bool:
    """``unit`` is finer than the granularity ``gran`` ("day" than "season")."""
    if gran not in SCALE or unit not in SCALE:
        return False
    return SCALE.index(unit) < SCALE.index(gran)


def at_granularity_value(value: str, unit: str) -> str:
    """A shifted coarse value cut to the unit's granularity ("1989-Q3" by year → "1988")."""
    return value[:4] if unit == "year" else value[:7]
