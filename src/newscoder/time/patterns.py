"""Detection of time expressions: one regex per kind, built from the lexicon, compiled once.

Extents follow TimeBank's conventions: determiners and modifiers that qualify the time are in
("the past two months", "late November", "nearly two years ago", "the third quarter"),
prepositions are out ("in 1990" → "1990"). :func:`find_candidates` returns every match of
every kind; overlaps are settled by :func:`select`, longest first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from newscoder.time.lexicon import TimeLexicon, alternation, load_lexicon

# Left boundary: no word character, apostrophe or hyphen before, and a word (or the apostrophe
# of '90s) after, so that no pattern starts inside a run of spaces (which would be quadratic).
B = r"(?<![\w'’-])(?=[\w'’])"
# Right boundary: no word character, hyphen or curly apostrophe after, but for the possessive
# "’s" ("Friday’s shooting"), which reads as the straight "'s" does.
E = r"(?![\w-]|’(?!s(?!\w)))"
YEAR = r"(?:1[2-9]|20)\d\d"  # 1200-2099: earlier four-digit numbers are rarely years
ZONE = r"(?:\s+(?P<tz>GMT|UTC|[ECMP][SD]?T|BST|CES?T|EES?T|IST|JST|local\s+time)\b)?"
# "March 25-26": the first day of a range, which takes the year written after the last
# ("Nov. 28-30, 2017")
RANGE_YEAR = rf"(?:(?=,?\s+(?P<ryear>{YEAR})(?![\d%])))?"
DAY_END = rf"(?:{E}|(?=\s*[-–]\s*\d\d?{RANGE_YEAR}))"
FLAGS = re.IGNORECASE
ARTICLES = frozenset({"a", "an", "A", "An"})
# Letter runs, the unit in which patterns' trigger words are looked up (see find_candidates).
WORD = re.compile(r"[^\W\d_]+")
ANY_DIGIT = re.compile(r"\d")
DIGIT = "0"  # stands for "a digit" among a text's words: WORD never yields it
NOT_SPELLED = frozenset({"a", "an", "and", "half", "couple", "dozen"})  # no part of a number


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    kind: str
    groups: dict[str, str | None]
    priority: int
    text: str = ""
    after: str = ""  # the few characters that follow, for filters that look ahead

    @property
    def length(self) -> int:
        return self.end - self.start


def names(table: dict[str, int], ambiguous: frozenset[str]) -> str:
    """Month or weekday names; abbreviations take an optional full stop, ambiguous ones a
    compulsory one ("Sun." for Sunday, never the word "sun")."""
    parts = []
    for word in sorted(table, key=len, reverse=True):
        full = len(word) > 4 or word in {"may", "june", "july"}
        if word in ambiguous:
            parts.append(re.escape(word) + r"\.")
        elif full:
            parts.append(re.escape(word))
        else:
            parts.append(re.escape(word) + r"\.?")
    return "(?:" + "|".join(parts) + ")"


def quarter_months(lex: TimeLexicon) -> str:
    """The first and last months of a calendar quarter joined by a dash ("April-June")."""
    pairs = []
    for first in (1, 4, 7, 10):
        starts = {w: m for w, m in lex.months.items() if m == first}
        ends = {w: m for w, m in lex.months.items() if m == first + 2}
        pairs.append(rf"{names(starts, lex.ambiguous_abbreviations)}\s?[-–]\s?"
                     rf"{names(ends, lex.ambiguous_abbreviations)}")
    return "(?:" + "|".join(pairs) + ")"


def number_pattern(lex: TimeLexicon) -> str:
    """Digits, number words ("twenty four", "twenty-four") or a vague quantity ("several")."""
    words = [w for w in lex.numbers if w not in NOT_SPELLED]
    word = alternation(words)
    spelled = rf"{word}(?:[\s-]+(?:and\s+)?{word}){{0,3}}"
    digits = r"\d{1,3}(?:,\d{3})*(?:\.\d+)?"
    vague = alternation(lex.vague_numbers)
    return rf"(?:{digits}|{spelled}|(?:a\s+)?couple\s+of|a\s+dozen|{vague}|an?)"


def words(*items: str) -> frozenset[str]:
    return frozenset(items)


def phrase_words(phrases: Iterable[str]) -> frozenset[str]:
    """One word each phrase cannot match without: its longest (the rarest, as a rule)."""
    return frozenset(max(WORD.findall(phrase.casefold()), key=len) for phrase in phrases)


def kind_patterns(lex: TimeLexicon) -> list[tuple[str, frozenset[str], str]]:
    """(kind, trigger, regex) in priority order: on equal length, the earlier kind wins.

    The trigger holds words of which every match contains at least one (a letter run of the
    text, case-folded, or :data:`DIGIT` for any digit): a text without any is not scanned.
    """
    digits = words(DIGIT)
    month_words = phrase_words(lex.months)
    weekday_words = phrase_words(lex.weekdays)
    unit_words = words(*lex.units, *lex.unit_plurals)
    holiday_words = phrase_words(
        [*lex.holidays_fixed, *lex.holidays_weekday, *lex.holidays_easter]
    )
    relative_days = words("today", "yesterday", "tomorrow", "tonight", "overnight")
    day_units = words("day", "morning", "afternoon", "evening", "night", "weekend")
    long_units = words("week", "month", "year")
    that_units = day_units | long_units
    shift_units = words("week", "month", "year", "decade", "century", "weekend", "quarter")
    plural_units = words(
        "years", "months", "weeks", "days", "decades", "centuries", "hours", "minutes"
    )
    set_words = unit_words | weekday_words | words(*lex.parts_of_day)
    a_units = words("day", "week", "month", "year", "hour")
    period_units = words("year", "month", "week", "quarter")
    month = names(lex.months, lex.ambiguous_abbreviations)
    weekday = names(lex.weekdays, lex.ambiguous_abbreviations)
    # Beside a day number or a year, "Mar" and "Wed" cannot be the words: no full stop needed.
    dated_month = names(lex.months, frozenset())
    dated_weekday = names(lex.weekdays, frozenset())
    partmod = alternation([*lex.part_modifiers, "earlier", "later"])
    shift = alternation(lex.period_shifts)
    pod = alternation(lex.parts_of_day)
    season = alternation(lex.seasons)
    unit = alternation([*lex.units, *lex.unit_plurals])
    num = number_pattern(lex)
    approx = alternation(lex.approximators)
    ordinal = alternation(lex.ordinals)
    day = rf"(?P<day>[0-3]?\d(?:st|nd|rd|th)?(?!\d|:\d)|{spelled_day()})"
    year = rf"(?P<year>{YEAR}|{spelled_year()})(?![\d%])"
    holiday = alternation(
        [*lex.holidays_fixed, *lex.holidays_weekday, *lex.holidays_easter]
    )
    rel_year = r"(?:the\s+)?(?P<rel>this|last|next|current|previous)\s+(?:fiscal\s+)?year"
    # "April 1 next year", "3 May last year": the year is told from print, as in "June last year"
    rel_day_year = r",?\s+(?P<rel>this|last|next)\s+year(?![\w-])"
    # "of 1990", "of this year", "of the year" (the year the story is in)
    of_year = (rf"(?:\s+of\s+(?:(?:fiscal|calendar)\s+)?(?:(?P<year>{YEAR})|{rel_year}"
               r"|(?P<ofthe>the\s+(?:fiscal\s+|calendar\s+)?year)))?")
    mod = rf"(?:(?P<mod>{partmod})[\s-]+(?:in\s+|of\s+)?)?"
    this_past = r"(?:this\s+(?=past\s|coming\s))?"  # "this past weekend", "this coming spring"
    return [
        ("iso", digits, rf"{B}(?P<year>{YEAR})-(?P<month>[01]\d)-(?P<day>[0-3]\d){E}"),
        ("slash", digits, rf"{B}\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d{{2}}){E}"),
        ("slash", digits, rf"{B}\d{{1,2}}\.\d{{1,2}}\.\d{{4}}{E}"),  # European 13.01.2014
        ("holiday", holiday_words, rf"{B}(?:(?P<shift>last|this|next)\s+)?(?P<name>{holiday})"
         # "Easter week": the week of Easter; "Memorial Day weekend": the weekend beside it
         rf"(?:,?\s+{year}|(?P<hweek>\s+week(?P<hwe>end)?))?{E}"),
        ("mdy", month_words,
         rf"{B}{mod}(?:(?P<wd>{dated_weekday}),?\s+)?(?:(?P<shift>last|next|this)\s+)?"
         rf"(?P<mon>{dated_month})\s+{day}"
         rf"(?:(?:,?\s+{year}){E}|{rel_day_year}|{DAY_END})"),
        # the second day of "April 24 and 25"
        ("mdy", month_words, rf"{B}(?P<mon>{dated_month})\s+[0-3]?\d\s+(?:and|or|&)\s+"
         rf"(?P<body>(?P<day>[0-3]?\d))(?=\s*[.,;:)]|\s*$)"),
        # the second day of "Feb. 24-25" (not a clock time or a figure: "May 3-4 p.m.")
        ("mdy", month_words, rf"{B}(?P<mon>{dated_month})\s+(?P<first>[0-3]?\d)\s?[-–]\s?"
         rf"(?P<body>(?P<day>[0-3]?\d))(?!\w|[,.:-]\d|\s*(?:[ap]\.?m\b|%|percent\b))"
         rf"{RANGE_YEAR}"),
        # the first day of "on 2 and 3 April", "22-23 March 2019": the month told after both
        ("dmy", month_words,
         rf"{B}(?P<body>(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?)\s?(?:(?:and|or|&)\s|[-–]\s?)"
         rf"(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{dated_month})(?:,?\s+{year})?"
         rf"{E}"),
        # the second day of "22-23 February"
        ("dmy", month_words,
         rf"{B}[0-3]?\d(?:st|nd|rd|th)?\s?[-–]\s?(?P<body>(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+"
         rf"(?:of\s+)?(?P<mon>{dated_month})(?:,?\s+{year})?){E}"),
        # "began on 22 March and ended on the 24th": a day of the month the story is in
        ("ordinal_day", words("st", "nd", "rd", "th"),
         r"(?<=\bon\s)(?P<body>the\s+(?P<day>[12]?[1-9]|[123]0|31)(?:st|nd|rd|th))"
         r"(?=\s*[.,;:!?)]|\s+(?:and|or|to|when|at|after|before|until|but)\b)"),
        ("dmy", month_words, rf"{B}(?:(?P<wd>{dated_weekday}),?\s+)?(?:the\s+)?{day}\s+(?:of\s+)?"
         rf"(?P<mon>{dated_month})"
         rf"(?:,?\s+{year}|{rel_day_year})?{E}"),
        ("month_year", month_words, rf"{B}{mod}(?P<mon>{dated_month}),?\s+(?:of\s+)?{year}{E}"),
        ("decade", digits,
         rf"{B}(?:the\s+)?{mod}(?:(?P<dec>(?:1\d|20)\d0)|['’](?P<dec2>\d0))['’]?s{E}"),
        # "the nineties", "the mid-eighties"; "in her fifties" (an age) takes no "the"
        ("decade", words(*DECADE_WORDS),
         rf"{B}the\s+{mod}(?P<decword>{alternation(list(DECADE_WORDS))}){E}"
         r"(?!\s+(?:degrees|percent)\b)"),
        ("century", words("century"),
         rf"{B}(?:the\s+)?{mod}(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{ordinal})[\s-]+"
         rf"century{E}"),
        ("quarter", words("quarter"),
         rf"{B}(?:the\s+)?{mod}(?:(?P<qyear>{YEAR})\s+|(?P<qrel>this|last|next)\s+"
         rf"year['’]s\s+|(?P<qago>year-ago|year-earlier)\s+)?(?:fiscal[\s-]+)?"
         rf"(?P<qual>{ordinal}|latest|current|past|previous"
         rf"|year-ago|year-earlier|same|that|next|final|recent)?[\s-]{{0,3}}(?:fiscal[\s-]+)?"
         rf"quarter{of_year}{E}"),
        # "the April-June quarter", "the January-March period": three months told as a quarter
        ("quarter", words("quarter", "period"),
         rf"{B}(?:the\s+)?(?P<qmonths>{quarter_months(lex)})\s+(?:quarter|period){of_year}{E}"),
        # "the 1988 period", "the latest period": the reporting period a results story is about
        ("quarter", words("period"),
         rf"{B}(?:the\s+)?(?:(?P<qyear>{YEAR})\s+|(?P<qrel>this|last|next)\s+year['’]s\s+"
         rf"|(?P<qual>latest|current|most\s+recent)\s+)(?:fiscal\s+)?period{E}"),
        # "Q3 2012", "2012 Q3", "Q3"; "FY2013", "FY 13"
        ("qcode", words("q"), r"(?<![\w'’-])(?:Q(?P<q1>[1-4])[\s-]*(?P<y1>(?:19|20)\d\d)"
         r"|(?P<y2>(?:19|20)\d\d)[\s-]*Q(?P<q2>[1-4])|Q(?P<q3>[1-4]))(?![\w’-])"),
        ("fiscal_year", words("fy"), r"(?<![\w'’-])FY\s*['’]?(?P<fy>(?:19|20)\d\d|\d\d)(?![\w’-])"),
        ("half", words("half"),
         rf"{B}(?:the\s+)?(?P<ord>first|second|1st|2nd|last|latter|final)[\s-]+half{of_year}{E}"
         r"(?![\s-]+(?:an?\s+)?(?:hour|minute|day|week|month|mile|inning|century|decade|point)"
         r"|\s+of\s+the\s+(?:\d|['’]\d))"),
        ("season", words(*lex.seasons),
         rf"{B}(?P<the>the\s+)?{mod}(?:{this_past}(?P<shift>{shift})\s+)?(?P<season>{season})"
         rf"(?:\s+(?:of\s+)?{year}|\s+of\s+(?:the\s+)?(?P<rel>last|this|next|previous)\s+year)?{E}"),
        ("relday", relative_days, rf"{B}{mod}(?P<rel>today|yesterday|tomorrow|tonight|overnight)"
         rf"(?:\s+(?P<pod>{pod}))?{E}"),
        # "mid-afternoon yesterday", "early morning today"
        ("relday", relative_days,
         rf"{B}{mod}(?P<pod>{pod})\s+(?P<rel>today|yesterday|tomorrow){E}"),
        # "by mid-afternoon", "in the late evening": a part of the day the story is at
        ("daypart", words("morning", "afternoon", "evening"),
         rf"{B}(?P<mod>mid|late|early)[\s-]*(?P<pod>morning|afternoon|evening){E}"),
        ("podday", words(*lex.parts_of_day), rf"{B}{mod}(?P<rel>last|this)\s+(?P<pod>{pod}){E}"),
        ("weekday", weekday_words,
         rf"{B}{mod}(?:(?:the\s+|this\s+(?=coming|past))?(?P<shift>last|this|next|past|coming|previous"
         # "following" only after "the": "following Friday's shooting" is a preposition
         rf"|(?<=[Tt]he\s)following)\s+)?(?P<wd>{weekday})"
         rf"(?:\s+(?P<pod>{pod}))?{E}"),
        # "in the early morning hours of Sunday", "the early-morning hours Saturday": the part
        # of that day, one expression (not a morning of print's day beside a weekday)
        ("weekday", weekday_words,
         rf"{B}(?:the\s+)?(?P<mod>early|late)[\s-]+(?P<pod>morning|evening|night)\s+hours\s+"
         rf"(?:of\s+|on\s+)?(?P<wd>{weekday}){E}"),
        # "on Tuesday last week", "Friday of next week": the day of a week told from print's
        ("weekday", weekday_words,
         rf"{B}{mod}(?P<wd>{weekday})(?:\s+(?P<pod>{pod}))?\s+(?:of\s+)?"
         rf"(?P<week>last|this|next)\s+week{E}"),
        # "Sundays operation", "Monday nights attack": a possessive that lost its apostrophe
        # (scraped copy); the filter keeps it only before a noun, else the plural is a set
        ("weekday", weekday_words | frozenset(w + "s" for w in weekday_words),
         rf"{B}(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?P<bare_s>s)?"
         rf"(?:\s+(?P<pod>morning|afternoon|evening|night)s)?(?<=s)(?=\s+[a-z])"),
        ("month_rel", month_words,
         rf"{B}{mod}(?P<mon>{month})\s+(?P<rel>this|last|next)\s+year{E}"),
        ("month", month_words,
         rf"{B}{mod}(?:(?P<shift>last|this|next|past|coming)\s+)?(?P<mon>{month}){E}"),
        # "at 1800 on 12 August", "1645 local time": a four-digit clock of military and wire
        # copy, before the year pattern so that it is not read as the year 1800
        ("clock", digits, r"(?<=\bat\s)(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)"
         r"(?=\s+(?:on|hours|hrs)\b)"),
        ("clock", digits, rf"{B}(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s+(?P<tz>local\s+time)\b"),
        # "2012's budget" is the year's; "the 1990's" (a year ending in 0) is a decade
        ("year", digits | SPELLED_YEAR_WORDS,
         rf"{B}{mod}(?:(?P<fiscal>fiscal|calendar|the\s+year|model\s+year)\s+)?{year}(?!s\b|(?<=0)[’']s\b|-\d|\.\d|,\d){E}"),
        ("year", digits, rf"\b(?P<prefix>pre|post)-{year}{E}"),  # "post-1959 politics"
        # both ends of a range: "2011-2013", "2011–13" (the second end in full only)
        ("year", digits, rf"{B}{year}(?=\s?[-–]\s?{YEAR}(?![\w’-]))"),
        ("year", digits, rf"(?<=\d\d\d\d[-–]){year}{E}"),
        # "before"/"after" close the expression only at a clause end ("a week before."):
        # "two days after the vote" is a duration and an event.
        ("ago", unit_words,
         rf"{B}(?:(?P<approx>{approx})\s+)?(?P<halfof>half\s+(?=an?\s))?(?P<num>{num})"
         rf"(?P<half>\s+and\s+a\s+half)?"
         # "a week or so ago": the rough amount is part of the expression
         rf"[\s-]+(?P<unit>{unit})(?P<orso>\s+or\s+so)?\s+(?P<dir>ago|(?:earlier|later)"
         # "two months later than the law requires" compares: a length, not a date
         r"(?!\s{1,3}than\b)|from\s+(?:now|today)|hence|(?:before|after)"
         r"(?=\s*[.,;:!?)\"'’”]|\s*$))" + E),
        # "years ago", "hours later": a plural unit with no amount is some of them
        ("ago", plural_units,
         rf"{B}(?P<unit>years|months|weeks|days|decades|centuries|hours|minutes)"
         rf"\s+(?P<dir>ago|earlier|later){E}(?!\s{{1,3}}than\b)"),
        # "the quarter a year ago", "the corresponding period last year", "the same month
        # a year earlier": the unit the story is at, a year back
        ("year_earlier", words("year"),
         rf"{B}the\s+(?:same\s+|comparable\s+|corresponding\s+|year-ago\s+)?"
         rf"(?P<what>quarter|period|month|week|day)\s+(?:(?:a|one)\s+(?P<unit>year)\s+"
         rf"(?P<dir>earlier|ago|before)|(?:of\s+)?(?:last|the\s+previous|the\s+prior)\s+year"
         rf"|the\s+year\s+before){E}"),
        ("year_earlier", words("year", "month", "quarter"),
         rf"{B}(?:the\s+)?(?P<unit>year|month|quarter)-(?P<dir>earlier|ago)"
         r"(?:\s+(?P<what>quarter|period|month|year))?" + E
         # "the year-earlier nine months" is a length: the duration pattern takes it
         + rf"(?!\s+{num}[\s-]+{unit}{E})"),
        ("anchored", day_units,
         rf"{B}(?:the\s+)?(?P<rel>following|next|previous|preceding|same|prior)"
         rf"\s+(?P<unit>day|morning|afternoon|evening|night|weekend){E}"),
        # "the previous year" is told from the date the story is at, as "the following
        # year" is; "last year" (the shift kind) is told from print
        ("anchored", long_units, rf"{B}(?:the\s+)?(?P<rel>following|preceding|same|previous"
         rf"|prior)\s+(?P<unit>week|month|year){E}"),
        # "the day before.", "a week after the raid, ... the night after,": a unit before or
        # after the date the story is at, closed by a clause end as in the "ago" kind ("the
        # day after the vote" is placed by the vote)
        ("anchored", that_units,
         rf"{B}the\s+(?P<unit>day|morning|afternoon|evening|night|week|weekend|month|year)"
         r"\s+(?P<rel>before|after)(?=\s*[.,;:!?)\"'’”]|\s*$)" + E),
        ("anchored", that_units,
         rf"{B}(?P<rel>that)\s+(?P<unit>day|morning|afternoon|evening|night|week"
         rf"|weekend|month|year){E}"),
        ("shift", shift_units,
         rf"{B}{mod}(?P<the>the\s+)?{this_past}(?P<shift>{shift})\s+(?P<unit>week|month|year"
         rf"|decade|century|weekend|quarter|fiscal\s+year){E}"),
        # "the week before last", "the year after next": two units from print's
        ("two_off", words("last", "next"),
         rf"{B}the\s+(?P<unit>week|weekend|month|year)\s+(?P<rel>before\s+last|after\s+next){E}"),
        ("weekend", words("weekend"), rf"{B}the\s+weekend{E}"),
        # "half an hour", "a half-hour", "half a century": half of the unit
        ("duration", unit_words, rf"{B}(?:(?P<approx>{approx})\s+)?(?:(?P<approx2>{approx})\s+)?"
         rf"(?P<halfof>half\s+(?=an?\s))?(?P<num>{num})(?P<half>\s+and\s+a\s+half|\s+1/2|½"
         rf"|(?<=\ba)\s+half(?=[\s-]))?[\s-]+(?:(?:more|other|additional|full"
         r"|trading|business|working|school)"
         rf"\s+)?(?P<unit>{unit})(?:(?P<old>-old|-long)|(?P<half_after>\s+and\s+a\s+half)"
         r"|(?P<orso>\s+or\s+so))?" + E),
        # "the month-long siege", "a decades-old feud": a length named by its unit alone
        ("unit_long", unit_words,
         rf"{B}(?P<unit>{unit})-(?:long|(?P<old>old)){E}"),
        # "in the first hours of the war", "the final days of the campaign", "in the past
        # weeks": a stretch of some units with no amount, a length as "recent weeks" is
        # ("the early hours of Sunday" are the small hours of a night, not a length)
        ("bare_plural", plural_units,
         rf"{B}the\s+(?:first|early(?!\s+hours)|final|last|past|closing|opening)\s+"
         rf"(?P<unit>years|months"
         rf"|weeks|days|decades|hours){E}"),
        ("bare_plural", plural_units,
         r"\b(?:for|within|in|over|after|takes?|took|taking|lasted|spent)\s+"
         r"(?P<body>(?:the\s+)?(?P<unit>years|months|weeks|days|decades|centuries|hours"
         r"|minutes))" + E
         # "in the weeks before the shooting" is a time placed by an event, not a length
         + r"(?!\s+(?:before|after|leading|preceding|following|since|of)\b)"),
        # "every Monday", "each spring": a unit, day, part of day, month or season recurs
        ("set", set_words | month_words | words(*lex.seasons),
         rf"{B}(?P<q>every|each|per)\s+(?P<other>other\s+)?(?:(?P<num>{num})\s+)?"
         rf"(?P<unit>{unit}|{weekday}|{pod}|{month}|{season}){E}"),
        # "every weekend", "on weekends": the weekend recurs
        ("set", words("weekend", "weekends"),
         rf"{B}(?P<q>every|each)\s+(?P<unit>weekend){E}|(?<=\b[Oo]n\s|\b[Aa]t\s)(?P<unit2>weekends){E}"),
        # "on Tuesdays", "Tuesday nights": a weekday in the plural recurs
        ("set", weekday_words | frozenset(w + "s" for w in weekday_words),
         rf"{B}(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
         rf"(?:s|\s+(?P<pod>mornings|afternoons|evenings|nights)){E}"),
        ("set_adverb", words(*lex.set_adverbs), rf"{B}(?P<adv>{alternation(lex.set_adverbs)}){E}"),
        ("set_a", a_units, rf"{B}(?P<a>a|an)\s+(?P<unit>day|week|month|year|hour){E}"),
        ("clock", digits,
         rf"{B}(?P<h>[01]?\d)(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am|pm)"
         r"(?![\w])" + ZONE),
        ("clock", digits, rf"{B}(?P<h>[012]?\d):(?P<m>[0-5]\d)(?!\d)" + ZONE),
        ("clock", digits, rf"{B}(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d))?\s+in\s+the\s+"
         rf"(?P<inthe>morning|afternoon|evening|night){E}"),
        # "high noon" is a showdown (and a film), not twelve o'clock
        ("clock", words("noon", "midday", "midnight"),
         rf"{B}(?<!high\s)(?P<named>noon|midday|midnight){E}"),
        ("clock", digits, rf"{B}(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s+(?P<tz>GMT|UTC)\b"),
        ("year_end", words("year"),
         rf"{B}(?:(?P<approx>around|about|by)\s+)?(?P<body>(?:the\s+)?year[\s-]end"
         rf"|year['’]s\s+end){E}"),
        ("period_of", period_units,
         r"\b(?:for|in|during|throughout|over|of|into|by|until|till|before|after|at|since|from"
         r"|through|toward|towards|around|near)"
         r"\s+(?P<body>(?:(?P<mod>the\s+(?:end|beginning|start|middle)\s+of)\s+)?the\s+"
         r"(?:(?:full|fiscal|calendar|whole|entire)\s+)?"
         # "the year ended Sept. 30", "the year to 31 December": a length of a year
         rf"(?P<unit>year|month|week|quarter))(?P<ended>(?=\s+(?:end(?:ed|ing)"
         rf"|to\s+(?:[0-3]?\d\s+)?{dated_month}(?![\w-]))))?{E}"),
        ("vague", phrase_words(lex.vague), rf"{B}(?P<word>{alternation(lex.vague)}){E}"),
    ]


DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}
UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
SPELLED_YEAR_WORDS = words("nineteen", "eighteen", "thousand", "twenty")


def spelled_year() -> str:
    """A year in words, as transcripts write it: "nineteen ninety-four", "nineteen hundred",
    "two thousand and one", "twenty ten"."""
    tail = rf"(?:{TENS}(?:[\s-]+{UNITS})?|{TEENS}|oh[\s-]+{UNITS})"
    return (
        rf"(?:(?:nineteen|eighteen)[\s-]+(?:hundred|{tail})"
        rf"|two[\s-]+thousand(?:[\s-]+(?:and[\s-]+)?(?:{TEENS}|{UNITS}))?"
        rf"|twenty[\s-]+{TEENS})(?![\w-])"
    )


ORDINAL_UNITS = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"


def spelled_day() -> str:
    """A day of the month in words, as transcripts write it: "March eighth", "the
    twenty-first of June"."""
    teens = (r"tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
             r"|eighteenth|nineteenth|twentieth|thirtieth")
    return rf"(?:(?:twenty|thirty)[\s-]+{ORDINAL_UNITS}|{teens}|{ORDINAL_UNITS})(?![\w-])"


def day_number(text: str) -> int | None:
    """The day "twenty-first" or "21st" names."""
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group())
    lex = load_lexicon()
    extra = {"thirtieth": 30}
    total = 0
    for word in re.split(r"[\s-]+", text.lower()):
        value = lex.ordinals.get(word) or extra.get(word) or lex.numbers.get(word)
        if value is None:
            return None
        total += int(value)
    return total


def year_number(text: str) -> int | None:
    """The year "nineteen ninety-four" or "1994" names; None when it is not one."""
    if text.isdigit():
        return int(text)
    lex = load_lexicon()
    words_ = [w for w in re.split(r"[\s-]+", text.lower()) if w not in {"and", "oh"}]
    values = [lex.numbers.get(w) for w in words_]
    if not words_ or any(v is None for v in values):
        return None
    head, rest = values[0], values[1:]
    if rest[:1] == [1000.0]:  # "two thousand and one"
        return int(head * 1000 + sum(rest[1:]))
    if rest[:1] == [100.0]:
        return int(head * 100)
    return int(head * 100 + sum(rest))


def adjectival_article(match: re.Match[str]) -> bool:
    """"the two-day summit": the article belongs to the noun, not to the length."""
    approx = (match.group("approx") or "").lower()
    joined = "-" in match.string[match.end("num") : match.start("unit")]
    joined = joined or match.group("old") == "-long"  # "a decade-long war"
    return joined and approx in {"the", "a", "an"} and not match.group("approx2")


@dataclass
class KindPattern:
    """One kind's regex, compiled the first time a text holds one of its trigger words:
    compiling all forty took a tenth of a second of a one-sentence run."""

    kind: str
    trigger: frozenset[str]
    source: str
    priority: int

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.source, FLAGS)


@lru_cache(maxsize=1)
def compiled() -> list[KindPattern]:
    lex = load_lexicon()
    return [
        KindPattern(kind, trigger, pattern, priority)
        for priority, (kind, trigger, pattern) in enumerate(kind_patterns(lex))
    ]


def text_words(text: str) -> set[str]:
    """The text's case-folded letter runs, and :data:`DIGIT` if it has a digit."""
    found = set(WORD.findall(text.casefold()))
    if ANY_DIGIT.search(text):
        found.add(DIGIT)
    return found


def find_candidates(text: str) -> list[Candidate]:
    """Every match of every kind, possibly overlapping.

    Each of the forty patterns costs a scan of the whole text, most of them for nothing: a
    pattern whose trigger words are all absent from the text is skipped.
    """
    found = []
    present = text_words(text)
    for pattern in compiled():
        if present.isdisjoint(pattern.trigger):
            continue
        kind, priority = pattern.kind, pattern.priority
        for found_match in pattern.regex.finditer(text):
            match = recount(pattern.regex, found_match, text)
            if match is None:
                continue
            groups = match.groupdict()
            # A "body" group marks the extent when the pattern needs context around it.
            start, end = match.span("body") if "body" in groups else match.span()
            if kind == "duration" and adjectival_article(match):
                start = match.start("num")
            if kind == "duration" and match.group("old") and match.group("num") in ARTICLES:
                start = match.start("unit")  # "a decade-long war": the article is the war's
            if groups.get("day") and not groups["day"].isdigit():
                groups["day"] = str(day_number(groups["day"]) or "")
            if groups.get("year") and not groups["year"].isdigit():
                groups["year"] = str(year_number(groups["year"]) or "")
            if end > start:
                after = text[end : end + 40]
                found.append(Candidate(start, end, kind, groups, priority, text[start:end], after))
    return found


def recount(regex: re.Pattern[str], match: re.Match[str], text: str) -> re.Match[str] | None:
    """"two five-year terms": number words that make no one number are a count of things
    and the amount of the time; the match starts again at the last of them."""
    number = match.groupdict().get("num")
    if not number or well_formed_number(number):
        return match
    last = list(re.finditer(r"[^\s-]+", number))[-1]
    return regex.match(text, match.start("num") + last.start())


def well_formed_number(text: str) -> bool:
    """Whether spelled number words make one number: "twenty four", "five hundred", but not
    "two five"."""
    numbers = load_lexicon().numbers
    previous = None
    for word in re.split(r"[\s-]+", text.lower()):
        value = numbers.get(word)
        if value is None or word in NOT_SPELLED:
            continue  # "a couple of", "a dozen"
        tens_then_unit = previous is not None and previous >= 20 and previous % 10 == 0
        if previous is not None and previous < 100 and value < 100 and not (
            tens_then_unit and value < 10
        ):
            return False
        previous = value
    return True


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: the longest first, then the earlier kind, in text order."""
    chosen: list[Candidate] = []
    limit = max((c.end for c in candidates), default=0)
    taken = bytearray(limit)  # characters already covered: linear in the text, not quadratic
    for cand in sorted(candidates, key=lambda c: (-c.length, c.priority, c.start)):
        if any(taken[cand.start : cand.end]):
            continue
        chosen.append(cand)
        taken[cand.start : cand.end] = b"\x01" * cand.length
    return sorted(chosen, key=lambda c: c.start)
