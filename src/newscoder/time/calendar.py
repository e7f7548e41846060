"""Explicit calendar dates and named periods: "13 January 2014", "December 11", "May 2011",
"the 1990s", "Christmas", "the third quarter", "last fall". A month or day without a year
takes the year its clause already stated, else the one the tense points to.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newscoder.time.patterns import DECADE_WORDS, Candidate
from newscoder.time.state import (
    SEASON_START,
    SENTENCE_BREAK,
    Resolved,
    ResolverBase,
    clean,
    parse_with_dateparser,
)
from newscoder.time.values import (
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
    to_date,
    to_point,
)

QUARTER_ENDED = re.compile(r"\s+end(?:ed|ing)\s+([A-Za-z]+)\.?\s+\d")
# Between two months told as one stretch or choice: "October through May", "June or July"
JOINED_MONTHS = re.compile(r"\s{0,3},?\s{0,3}(?:and|or|to|through|thru|until|till|-|–|&)\s{0,3}")
BETWEEN = re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s[^.;]*$")
# Between a dated event and the next one told with "and": "raised in November 2012 and cut in
# January" tells them in order; "after", "since" or "following" tells the later one first.
TOLD_IN_ORDER = re.compile(r"\b(?:and|then)\b")
TOLD_OUT_OF_ORDER = re.compile(r"\b(?:after|since|following|once|when|earlier|before that)\b", re.I)
WEEKDAY_SLIP = 31  # a month-day this near publication keeps its year whatever its weekday


def month_with_day(point: date, day: int, step: int) -> date:
    """The first day of ``point``'s month, or of the nearest month on ``step``'s side that
    has a ``day``-th day (every month has the 29th to 30th but February, every other the
    31st)."""
    first = point.replace(day=1)
    for _ in range(3):
        try:
            first.replace(day=day)
            return first
        except ValueError:
            first = (first - timedelta(days=1)).replace(day=1) if step < 0 else (
                first + timedelta(days=32)).replace(day=1)
    return first


class CalendarKinds(ResolverBase):
    """Kinds whose value the text mostly spells out."""

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
        """A month and day without a year: near a date its sentence already placed, else
        the year the tense points to, unless that is nearly a year away and the other side
        of the publication date is weeks away."""
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
        anchor = self.sentence_anchor(cand) if step <= 0 else None
        if anchor is not None:  # a clause that looks ahead is not placed by the dates before
            # a harm done is placed before the date told beside it: "convicted on Monday
            # for the May 2 shooting" in November is this year's May, not next year's
            harm = step < 0 and self.tense(cand.start, cand.end).harm
            before = [d for d in options if d <= anchor] if harm else []
            return fmt_day(min(before or options, key=lambda d: abs((d - anchor).days)))
        if step < 0 and self.tense(cand.start, cand.end).harm:
            # "charged in the Jan. 21 attack" in a Jan. 5 story: a harm done is behind print
            # even when last year's day is far and this year's near
            return fmt_day(max((d for d in options if d <= self.dct), default=options[0]))
        if step == 0 and self.tense(cand.start, cand.end).lapsed_plan:
            # "approved a rise planned for Oct. 15", "called off a march set for June 4": the
            # plan may lie on either side of print; news tells of plans near it
            return fmt_day(min(options, key=lambda d: abs((d - self.dct).days)))
        return fmt_day(self.tensed_day(options, step))

    def tensed_day(self, options: list[date], step: int) -> date:
        """The option the tense allows (news reports more than it announces: the past when
        the tense says nothing, unless far back), with the near-days escape."""
        assert self.dct is not None
        dct = self.dct
        past = [d for d in options if d <= dct]
        future = [d for d in options if d > dct]
        if step > 0:
            future = [d for d in options if d >= dct]
            past = [d for d in options if d < dct]
            chosen, other = min(future, default=None), max(past, default=None)
        else:
            chosen, other = max(past, default=None), min(future, default=None)
            far = chosen is not None and (dct - chosen).days > self.lex.reach["past_months"] * 30
            if step == 0 and far and other is not None:
                chosen, other = other, chosen
        if chosen is None:
            return other or options[0]
        if other is not None and self.misled(chosen, other):
            return other
        return chosen

    def misled(self, chosen: date, other: date) -> bool:
        """Tense says one side, but that side's date is three times as far as a date a few
        weeks away on the other: "extended to Nov. 20" in a report of Nov. 2."""
        assert self.dct is not None
        near = abs((other - self.dct).days)
        return near <= self.lex.reach["near_days"] and abs((chosen - self.dct).days) > 3 * near

    def calendar(self, cand: Candidate) -> Resolved | None:
        g = cand.groups
        month = self.lex.months.get(clean(g["mon"]))
        day = int(g["day"] or 0)
        if month is None or not 1 <= day <= 31:
            return None
        if g.get("first") and int(g["first"]) >= day:
            return None  # "May 9-3" is no stretch of days
        written = g.get("year") or g.get("ryear")  # "Nov. 28-30, 2017": the range's year
        if written:
            try:
                return Resolved("DATE", fmt_day(date(int(written), month, day)), self.mod(cand))
            except ValueError:
                return None
        year = self.year_from(cand) if g.get("rel") else None  # "May 3 next year"
        year = year or self.narrative_year(cand, month) or self.weekday_year(month, day,
                                                                             g.get("wd"))
        if year is not None:
            try:
                return Resolved("DATE", fmt_day(date(year, month, day)), self.mod(cand))
            except ValueError:
                return None
        value = self.month_day(month, day, cand)
        return Resolved("DATE", value, self.mod(cand)) if value else None

    def weekday_year(self, month: int, day: int, weekday: str | None) -> int | None:
        """"Saturday, April 25": the year near publication in which that day is a Saturday."""
        target = self.lex.weekdays.get(clean(weekday)) if weekday else None
        if target is None or self.dct is None:
            return None
        fits, near = [], False
        for year in (self.dct.year - 1, self.dct.year, self.dct.year + 1):
            try:
                when = date(year, month, day)
            except ValueError:
                continue
            near = near or abs((when - self.dct).days) <= WEEKDAY_SLIP
            if when.isoweekday() == target:
                fits.append((abs((when - self.dct).days), year))
        if not fits or (near and min(fits)[0] > WEEKDAY_SLIP):
            # a month-day weeks from the story with the wrong weekday is a slip of one or
            # the other ("Wednesday, November 11" in a late-November story where the 11th
            # was a Friday), not a date a year away: the calendar day stands
            return None
        return min(fits)[1]

    def narrative_year(self, cand: Candidate, month: int | None = None) -> int | None:
        """The year the same clause already wrote out, when it is not the current one; a
        month before the month told with it, in a next event told in order, is of the year
        after ("raised in November 2012 and cut in January")."""
        if self.stated_year is None:
            return None
        year, verb = self.stated_year
        if verb is None or verb != self.clause_of(cand.start, cand.end):
            return None
        if self.dct is not None and year == self.dct.year:
            return None
        if self.dct is not None and year < self.dct.year and self.direction(cand) > 0:
            return None  # "was elected in 2009 and will step down in March"
        return year + (1 if month is not None and self.told_in_order(month, year, cand) else 0)

    def told_in_order(self, month: int, year: int, cand: Candidate) -> bool:
        """The month comes after the month told with the year, in a later event joined by
        "and": "sold in March 2019 and closed in February" (February 2020)."""
        told = self.reference
        if not told or granularity(told) not in {"month", "day"} or int(told[:4]) != year:
            return False
        gap = self.text[self.reference_end : cand.start]
        if SENTENCE_BREAK.search(gap) or JOINED_MONTHS.fullmatch(gap):
            return False
        if self.dct is not None and (year + 1, month) > (self.dct.year, self.dct.month):
            return False  # not past print: the month is then the earlier one
        return (month < int(told[5:7]) and bool(TOLD_IN_ORDER.search(gap))
                and not TOLD_OUT_OF_ORDER.search(gap))

    kind_mdy = calendar
    kind_dmy = calendar

    def kind_ordinal_day(self, cand: Candidate) -> Resolved | None:
        """"on the 24th": that day of the month told in this sentence or the last, else of
        print's month (or the month before, for a day after print's in a past clause)."""
        day = int(cand.groups["day"] or 0)
        point = to_point(self.reference) if self.reference else None
        near = point is not None and self.reference_end <= cand.start and len(
            SENTENCE_BREAK.findall(self.text, self.reference_end, cand.start)) <= 1
        if point is None or not near:
            if self.dct is None:
                return None
            point = self.dct
            if day > point.day and self.direction(cand) <= 0:
                # a month short of the day ("met on the 31st" told in July) passes to the one
                # before it that has it
                point = month_with_day(point.replace(day=1) - timedelta(days=1), day, -1)
            else:
                point = month_with_day(point, day, 1)
        try:
            return Resolved("DATE", fmt_day(point.replace(day=day)))
        except ValueError:
            return None

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
        joined = self.joined_month(month, cand.start) if not shift else None
        if joined is not None:
            return Resolved("DATE", joined, self.mod(cand))
        stated = self.narrative_year(cand, month) if not shift else None
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
                if back > self.lex.reach["past_months"]:
                    year = self.dct.year + (1 if month < here else 0)
        return Resolved("DATE", fmt_month(year, month), self.mod(cand))

    def joined_month(self, month: int, start: int) -> str | None:
        """"from October through May", "in January and February": a month joined to the
        month just told lies beside it; the end of a stretch after its start (May of the
        next year), a month joined by "and" or "or" on the nearer side."""
        told = self.reference if self.reference and granularity(self.reference) == "month" else None
        gap = self.text[self.reference_end : start] if told else ""
        joined = JOINED_MONTHS.fullmatch(gap) if told else None
        if told is None or joined is None:
            return None
        year, base = int(told[:4]), int(told[5:7])
        after = (month - base) % 12 or 12
        stretch = not re.search(r"\b(?:and|or)\b|&", joined.group())
        stretch = stretch or bool(BETWEEN.search(self.text, max(0, start - 60), start))
        if not stretch and after > 6:
            return fmt_month(year - (1 if month > base else 0), month)
        return fmt_month(year + (1 if month <= base else 0), month)

    def kind_year(self, cand: Candidate) -> Resolved | None:
        return Resolved("DATE", f"{int(cand.groups['year'] or 0):04d}", self.mod(cand))

    def kind_decade(self, cand: Candidate) -> Resolved | None:
        g = cand.groups
        if g.get("dec"):
            decade = g["dec"] or ""
            if decade.endswith("00") and decade <= "1900":
                # "the 1800s", "the early 1900s": the century, as readers take it
                return Resolved("DATE", decade[:2], self.mod(cand))
            return Resolved("DATE", decade[:3], self.mod(cand))
        word = clean(g.get("decword"))
        two = DECADE_WORDS[word] * 10 if word else int(g["dec2"] or 0)
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
        resolved = self.holiday(cand)
        day = to_date(resolved.value) if resolved and cand.groups.get("hweek") else None
        if day is not None and cand.groups.get("hwe"):
            # the weekend nearest the holiday: Memorial Day's is before it, Thanksgiving's after
            offset = (6 - day.isoweekday()) % 7
            saturday = day + timedelta(days=offset - 7 if offset > 3 else offset)
            return Resolved("DATE", fmt_week(saturday) + "-WE")
        return Resolved("DATE", fmt_week(day)) if day else resolved

    def holiday(self, cand: Candidate) -> Resolved | None:
        name = clean(cand.groups["name"])
        year_text = cand.groups.get("year")
        shift = clean(cand.groups.get("shift"))
        if year_text:
            return self.holiday_in(name, int(year_text))
        if self.dct is None:
            return Resolved("DATE", "XXXX-XX-XX")
        options = [self.holiday_in(name, y) for y in (self.dct.year - 1, self.dct.year,
                                                     self.dct.year + 1)]
        dates = [d for r in options if r and (d := to_date(r.value))]
        if not dates:
            return None
        if shift in {"last", "next"}:
            step = -1 if shift == "last" else 1
            pool = [d for d in dates if (d - self.dct).days * step >= 0]
            if not pool:
                return None
            return Resolved("DATE", fmt_day(min(pool, key=lambda d: abs((d - self.dct).days))))
        # the tense's side, unless that is far and the other side days away ("as Easter
        # week began", told on the Monday before Easter)
        return Resolved("DATE", fmt_day(self.tensed_day(dates, self.direction(cand))))

    def holiday_in(self, name: str, year: int) -> Resolved | None:
        lex = self.lex
        if name in lex.holidays_fixed:
            return Resolved("DATE", f"{year:04d}-{lex.holidays_fixed[name]}")
        if name in lex.holidays_weekday:
            month, weekday, n, after = lex.holidays_weekday[name]
            day = nth_weekday(year, month, weekday, n) + timedelta(days=after)
            return Resolved("DATE", fmt_day(day))
        if name in lex.holidays_easter:
            return Resolved("DATE", fmt_day(easter_offset(year, lex.holidays_easter[name])))
        return None

    # -- periods: quarters, halves, seasons ------------------------------------------------

    def kind_quarter(self, cand: Candidate) -> Resolved | None:
        qual = clean(cand.groups.get("qual") or cand.groups.get("qago"))
        text_start = qual != ""
        number = self.lex.ordinals.get(qual) if qual else None
        year = self.year_from(cand)
        g = cand.groups
        if g.get("qmonths"):  # "the April-June quarter"
            first = self.lex.months.get(clean(re.split(r"\s?[-–]\s?", g["qmonths"] or "")[0]))
            number = (first + 2) // 3 if first else None
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
            if not g.get("qago") and self.reported(year, number):
                self.focus_quarter = fmt_quarter(year, number)
            return Resolved("DATE", fmt_quarter(year, number), self.mod(cand))
        bare = not text_start and not qual and year is None
        # a quarter the story named by number wins: companies number fiscal quarters
        ended = self.quarter_ended(cand) if bare and not self.focus_quarter else None
        if ended is not None:
            self.focus_quarter = ended
            return Resolved("DATE", ended, self.mod(cand))
        if bare and self.focus_quarter:
            return Resolved("DATE", self.focus_quarter, self.mod(cand))
        if year is not None and not qual and self.dct is not None:
            # "the 1988 quarter", "last year's quarter": the quarter in focus, that year
            number = int(self.focus_quarter[-1]) if self.focus_quarter else self.last_quarter()[1]
            return Resolved("DATE", fmt_quarter(year, number), self.mod(cand))
        if self.dct is None:
            return Resolved("DATE", "XXXX-QX", self.mod(cand))
        if qual in {"current", "same"} and qual != "same":
            return Resolved("DATE", fmt_quarter(self.dct.year, quarter_of(self.dct)))
        if qual == "next":
            index = self.dct.year * 4 + quarter_of(self.dct)
            return Resolved("DATE", fmt_quarter(index // 4, index % 4 + 1))
        if qual in {"same", "that"} and self.reference and granularity(self.reference) == "quarter":
            return Resolved("DATE", self.reference)
        if qual == "that":  # "that quarter": the one the story is about, if any
            return Resolved("DATE", self.focus_quarter) if self.focus_quarter else None
        y, q = self.last_quarter()
        if qual in {"year-ago", "year-earlier"}:
            y -= 1
        return Resolved("DATE", fmt_quarter(y, q), self.mod(cand))

    def reported(self, year: int, number: int) -> bool:
        """Whether a quarter has ended by print, so that results can be about it (a story's
        focus is no quarter it forecasts: "losses through the third quarter of 1990")."""
        if self.dct is None:
            return True
        return year * 4 + number < self.dct.year * 4 + quarter_of(self.dct)

    def quarter_ended(self, cand: Candidate) -> str | None:
        """"the quarter ended July 31": the calendar quarter holding most of the three months
        that end then (its middle month), in the last year that month had ended."""
        match = QUARTER_ENDED.match(cand.after)
        month = self.lex.months.get(clean(match.group(1))) if match else None
        if month is None or self.dct is None:
            return None
        year = self.dct.year if month <= self.dct.month else self.dct.year - 1
        middle = (year * 12 + month - 2) % 12 + 1
        return fmt_quarter(year if month > 1 else year - 1, (middle - 1) // 3 + 1)

    def kind_qcode(self, cand: Candidate) -> Resolved | None:
        """"Q3 2012", "2012 Q3"; a bare "Q3" is the last such quarter by print."""
        g = cand.groups
        number = int(g.get("q1") or g.get("q2") or g.get("q3") or 0)
        year_text = g.get("y1") or g.get("y2")
        if year_text:
            return Resolved("DATE", fmt_quarter(int(year_text), number))
        if self.dct is None:
            return Resolved("DATE", f"XXXX-Q{number}")
        year = self.dct.year - (1 if number > quarter_of(self.dct) else 0)
        return Resolved("DATE", fmt_quarter(year, number))

    def kind_fiscal_year(self, cand: Candidate) -> Resolved | None:
        """"FY2013", "FY13": the fiscal year named for the year it ends in."""
        digits = cand.groups.get("fy") or ""
        year = int(digits) if len(digits) == 4 else 2000 + int(digits)
        if len(digits) == 2 and year > (self.dct.year if self.dct else 2000) + 20:
            year -= 100  # "FY98" in a 1998 report
        return Resolved("DATE", f"{year:04d}")

    def kind_half(self, cand: Candidate) -> Resolved | None:
        half = 1 if clean(cand.groups["ord"]) in {"first", "1st"} else 2
        year = self.year_from(cand) or (self.dct.year if self.dct else None)
        told = cand.groups.get("year") or cand.groups.get("rel")  # "of 2012", "of last year"
        if self.dct and not told and half == 2 and self.dct.month <= 6 \
                and self.direction(cand) <= 0:
            year = self.dct.year - 1  # "sales fell in the second half" in a March report
        return Resolved("DATE", f"{year:04d}-H{half}" if year else f"XXXX-H{half}")

    def kind_season(self, cand: Candidate) -> Resolved | None:
        code = self.lex.seasons[clean(cand.groups["season"])]
        shift = clean(cand.groups.get("shift"))
        if cand.groups.get("year") or (cand.groups.get("rel") and self.dct):
            # "the summer of 2014", "the summer of last year"
            return Resolved("DATE", f"{self.year_from(cand):04d}-{code}", self.mod(cand))
        if self.dct is None:
            return Resolved("DATE", f"XXXX-{code}", self.mod(cand))
        year = self.dct.year
        started = self.dct.month >= SEASON_START[code]
        step = self.lex.period_shifts.get(shift, 0)
        if not shift:
            # "was founded in the summer" in a March story: last summer; "will open in the
            # spring" in an October story: next spring
            tense = self.direction(cand)
            if tense < 0 and not started:
                year -= 1
            elif tense > 0 and self.dct.month > SEASON_START[code] + 2:
                year += 1
        if step < 0 and started:
            year -= 1 if self.dct.month < SEASON_START[code] + 3 else 0
        elif step < 0:
            year -= 1
        elif step > 0 and started:
            year += 1
        return Resolved("DATE", f"{year:04d}-{code}", self.mod(cand))

    def kind_period_of(self, cand: Candidate) -> Resolved | None:
        unit = clean(cand.groups["unit"])
        if cand.groups.get("ended") is not None:
            letter, multiple = self.lex.units[unit]
            return Resolved("DURATION", duration_value(1, letter, multiple))
        if unit == "quarter":
            return self.kind_quarter(cand)
        if self.dct is None:
            return Resolved("DATE", "XXXX")
        told = self.reference and granularity(self.reference) == "year"
        if unit == "year" and told and self.reference and self.reference <= str(self.dct.year):
            # "in 1988 ... for the year": the year the story is in, not a year it forecasts
            return Resolved("DATE", self.reference, self.mod(cand))
        story = self.story_period(cand, unit)
        return Resolved("DATE", story or at_granularity(self.dct, unit), self.mod(cand))

    def story_period(self, cand: Candidate, unit: str) -> str | None:
        """"crashed in June 2009 ... by the end of the month": a month or year told just
        before (this sentence or the last), in a past before print's own, is the one the
        story is in; a clause that looks ahead keeps print's ("will ... by the end of the
        month")."""
        if unit not in {"month", "year"} or self.reference is None or self.dct is None:
            return None
        point = to_point(self.reference)
        if point is None or self.reference_end > cand.start or self.direction(cand) > 0:
            return None
        if len(SENTENCE_BREAK.findall(self.text, self.reference_end, cand.start)) > 1:
            return None
        told, printed = at_granularity(point, unit), at_granularity(self.dct, unit)
        return told if told < printed else None

    def kind_year_end(self, cand: Candidate) -> Resolved | None:
        """"by year-end": the end of the publication year."""
        return Resolved("DATE", f"{self.dct.year:04d}" if self.dct else "XXXX", "END")
