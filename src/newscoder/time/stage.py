"""Stage `time`: every time expression, normalised to a TIMEX3 type and value.

Detection is a set of patterns built from ``lexicons/en/time/time.toml``
(:mod:`~newscoder.time.patterns`), filtered here with what the parse knows ("may" the
modal verb is no month, "1500 people" no year); normalisation
(:mod:`~newscoder.time.resolve`) anchors relative expressions on the publication date
or on the date the narrative last mentioned, and reads the direction of weekdays and months
without a year from the clause's tense (:mod:`~newscoder.time.tense`).
Later stages ask :func:`date_for_span` (in :mod:`~newscoder.time.span`) for the date
of a clause or sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Token

from newscoder.context import Context
from newscoder.model import TimeExpression
from newscoder.parse import doc_text
from newscoder.time.lexicon import alternation, load_lexicon
from newscoder.time.patterns import Candidate, find_candidates, select
from newscoder.time.quotes import requote
from newscoder.time.resolve import Resolver
from newscoder.time.span import date_for_span
from newscoder.time.tense import clause_tense, clause_verb
from newscoder.time.values import fmt_week, to_date

__all__ = ["date_for_span", "extract", "run"]

NAMED_GROUPS = ("mon", "wd", "name")
TITLE_CHECKED = frozenset({"shift", "relday", "podday", "anchored", "duration", "vague",
                           "weekend", "period_of", "set"})
FRACTION = re.compile(r"\s+of\b")
MONTH_AS_NAME = re.compile(r"\s+(?:for|of|on)\s+(?:the\s+)?[A-Z]")
NAME_ENTITIES = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "PERSON", "FAC"})
CONCRETE = re.compile(r"^\d{4}")
CLOCK_VALUE = re.compile(r"T\d\d:\d\d$")
DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
DAY_PART_VALUE = re.compile(r"\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI)")
SENTENCE_BREAK = re.compile(r"[.;!?]\s|\n")
CLOCK_DAY_GAP = re.compile(r",?\s+(?:on\s+)?")
# Between a date and the clock time told on it: "March 3, 2017 8:14 AM", "Apr 12, 2016 -
# 9:35 AM", "May 3 at 10 p.m."
DATE_THEN_CLOCK = re.compile(r"[\s,]{1,3}(?:(?:at|-|–)\s{1,3})?")
AM_PM = re.compile(r"[ap]\.?\s?m\b|noon|midday", re.IGNORECASE)
WORD_BEFORE = re.compile(r"\b(\w{1,40})\s{1,3}$")
AGE = re.compile(r"(?:-|\s+)olds?\b", re.IGNORECASE)  # "a 6-year-old", "18 to 21 year olds"
MAKE_WORD = re.compile(r"\s+([A-Z][\w-]*)")
CAPITALISED_WORD = re.compile(r"\s+([A-Z][\w'’]*)")
# The capitalised word (with "on") just before a day word: "Bloody Sunday", "Mail on Sunday"
NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+(?:\s+on)?)\s+$")
# "the summer of last year" is a time; "the fall of Aleppo", "the fall in prices" are not
SEASON_OF = r"\s+of\s+(?!(?:the\s+)?(?:last|this|next|that|same|previous|following)\b|\d)"
SEASON_NOT_TIME = re.compile(SEASON_OF)
SEASON_NOT_TIME_FALL = re.compile(rf"{SEASON_OF}|\s+in\s+(?![A-Z])")
# "the" before a time that ends as a hyphenated modifier ("the third-quarter", "the year-ago")
ARTICLE_OF_MODIFIER = re.compile(
    r"[Tt]he\s(?=\S[^\n]{0,40}-(?:quarter|ago|earlier|day|week|month|year)$)"
)
WEEK_OF = re.compile(
    r"\b(?:[Tt]he\s{1,3})?(?:(?P<nth>first|second|third|fourth|last|final)\s{1,3})?"
    r"week(?P<end>end)?\s{1,3}of\s{1,3}$",
    re.IGNORECASE,
)
WEEK_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
MONTH_VALUE = re.compile(r"(\d{4})-(\d\d)")
DAY_OFFSET = re.compile(r"\b(?:[Tt]he\s+)?day\s+(before|after)\s+")


def run(ctx: Context) -> None:
    ctx.analysis.timexes.extend(extract(ctx.text, ctx.doc, ctx.analysis.document.published))


def extract(text: str, doc: Doc, published: str | None) -> list[TimeExpression]:
    """The time expressions of ``text``, resolved against ``published`` (YYYY-MM-DD)."""
    dct = parse_published(published)
    shouting = is_upper_case(text)
    accepted = [c for c in find_candidates(text) if accept(c, doc, shouting, text)]
    resolver = Resolver(
        dct,
        lambda start, end: clause_tense(doc, start, end),
        text,
        lambda start, end: clause_verb(doc, start, end),
    )
    resolved = [(c, r) for c in select(accepted) if (r := resolver.resolve(c)) is not None]
    starts = [sent.start_char for sent in doc.sents] if len(doc) else []
    requote(resolved, text, dct, lambda offset: sentence_at(starts, offset, len(text)),
            resolver.spoken_at)
    timexes = []
    for cand, value in resolved:
        timexes.append(
            TimeExpression(
                start=cand.start,
                end=cand.end,
                type=value.type,  # type: ignore[arg-type]
                value=value.value,
                text=cand.text,
                anchor=published,
                mod=value.mod,
            )
        )
    merged = week_of_day(merge_clock_days(timexes, text), text)
    date_clock_times(merged, text)
    for timex in merged:
        offset_day(timex, text)
        drop_modifier_article(timex)
    return merged


def week_of_day(timexes: list[TimeExpression], text: str) -> list[TimeExpression]:
    """"the week of April 8", "the weekend of May 3", "the last week of May": one
    expression, the week (or weekend) that holds the day, or the week of the month the
    ordinal counts, not a week of print's beside a day or a month."""
    kept: list[TimeExpression] = []
    for timex in timexes:
        match = WEEK_OF.search(text, max(0, timex.start - 30), timex.start)
        day = week_day(timex, match.group("nth")) if match else None
        if match is None or day is None:
            kept.append(timex)
            continue
        while kept and kept[-1].end > match.start():
            kept.pop()  # "the week" read alone as print's week
        timex.start = match.start()
        timex.text = text[timex.start : timex.end]
        timex.value = fmt_week(day) + ("-WE" if match.group("end") else "")
        timex.mod = None
        kept.append(timex)
    return kept


def week_day(timex: TimeExpression, nth: str | None) -> date | None:
    """A day in the week meant: the day itself ("the week of April 8"), or for "the first
    week of April" the 4th (the week that holds most of April's first seven days), for "the
    last week of May" the 28th."""
    if timex.type != "DATE":
        return None
    if nth is None:
        return to_date(timex.value)
    month = MONTH_VALUE.fullmatch(timex.value)
    if month is None:
        return None
    first = date(int(month.group(1)), int(month.group(2)), 1)
    if nth.lower() in {"last", "final"}:
        following = (first + timedelta(days=32)).replace(day=1)
        return following - timedelta(days=4)
    return first + timedelta(days=7 * WEEK_ORDINALS[nth.lower()] - 4)


def drop_modifier_article(timex: TimeExpression) -> None:
    """"the third-quarter loss", "The year-ago results": a time written as a hyphenated
    modifier leaves the article to the noun it qualifies (TimeML's extent)."""
    match = ARTICLE_OF_MODIFIER.match(timex.text)
    if match is None:
        return
    timex.start += match.end()
    timex.text = timex.text[match.end() :]


def offset_day(timex: TimeExpression, text: str) -> None:
    """"the day before last Tuesday's hearing": one day off the day named, one expression."""
    match = DAY_OFFSET.search(text, max(0, timex.start - 20), timex.start)
    day = to_date(timex.value) if timex.type == "DATE" else None
    if match is None or match.end() != timex.start or day is None:
        return
    step = -1 if match.group(1).lower() == "before" else 1
    timex.value = (day + timedelta(days=step)).isoformat()
    timex.start = match.start()
    timex.text = text[timex.start : timex.end]


def sentence_at(starts: list[int], offset: int, length: int) -> tuple[int, int]:
    """The bounds of the sentence holding ``offset``, from the sorted sentence starts."""
    index = bisect_right(starts, offset) - 1
    start = starts[index] if index >= 0 else 0
    end = starts[index + 1] if index + 1 < len(starts) else length
    return start, end


def date_clock_times(timexes: list[TimeExpression], text: str) -> None:
    """"10:35 a.m. (0735 GMT) Friday": clock times take the day that follows them closely."""
    reach = load_lexicon().reach["clock_day_chars"]
    for index, timex in enumerate(timexes):
        if timex.type != "TIME" or not CLOCK_VALUE.search(timex.value):
            continue
        before = timexes[index - 1] if index else None
        if before is not None and DAY_VALUE.fullmatch(before.value) and \
                DATE_THEN_CLOCK.fullmatch(text[before.end : timex.start]):
            continue  # "Posted: Friday, March 3, 2017 8:14 AM ... Updated: ...": its own day
        for later in timexes[index + 1 :]:
            gap = text[timex.end : later.start]
            if len(gap) > reach or SENTENCE_BREAK.search(gap):
                break
            if later.type == "DATE" and DAY_VALUE.fullmatch(later.value):
                timex.value = later.value + "T" + timex.value.split("T", 1)[1]
                break
            if later.type != "TIME":
                break


def merge_clock_days(timexes: list[TimeExpression], text: str) -> list[TimeExpression]:
    """"10 p.m. Wednesday" is one TIME: the clock time on that day."""
    merged: list[TimeExpression] = []
    for timex in timexes:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.type == "TIME"
            and "T" in last.value
            and is_day(timex)
            and CLOCK_DAY_GAP.fullmatch(text[last.end : timex.start])
        ):
            clock = day_clock(last.value.split("T", 1)[1], timex.value, last.text)
            if clock == "24:00" and opens_the_day(text, last.start):
                clock = "00:00"  # "just after midnight Saturday": the start of Saturday
            last.value = timex.value[:10] + "T" + clock
            last.end = timex.end
            last.text = text[last.start : last.end]
            continue
        merged.append(timex)
    return merged


def day_clock(clock: str, day: str, clock_text: str) -> str:
    """"12:17 Saturday morning", "12:30 Sunday morning": twelve o'clock of a morning with
    no a.m. written is the half hour after midnight, not after noon."""
    if day.endswith("TMO") and clock.startswith("12:") and not AM_PM.search(clock_text):
        return "00:" + clock[3:]
    return clock


def opens_the_day(text: str, start: int) -> bool:
    """"after midnight Saturday", "shortly past midnight Sunday": the midnight that opens
    the day (a word of ``after_midnight`` before it), not the one that ends it."""
    before = WORD_BEFORE.search(text[max(0, start - 20) : start])
    return bool(before) and before.group(1).lower() in load_lexicon().cues["after_midnight"]


def is_day(timex: TimeExpression) -> bool:
    """A day, or a part of one: "Wednesday", "the following morning" (2014-01-14TMO)."""
    if timex.type == "DATE":
        return bool(DAY_VALUE.fullmatch(timex.value))
    return timex.type == "TIME" and bool(DAY_PART_VALUE.fullmatch(timex.value))


def parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def is_upper_case(text: str) -> bool:
    """Wire copy in capitals (MUC): names cannot be told by their capital letter."""
    letters = list(filter(str.isalpha, text[:2000]))
    return bool(letters) and sum(map(str.isupper, letters)) > 0.6 * len(letters)


# -- filters: what the patterns match that is no time expression --------------------------

MODIFIED = frozenset({"NOUN", "PROPN", "ADJ"})
FULL_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july",
                         "august", "september", "october", "november", "december"})
PERSONAL_POSSESSIVES = frozenset({"his", "her", "their", "my", "our", "your"})


def accept(cand: Candidate, doc: Doc, shouting: bool, text: str) -> bool:
    if not shouting and not names_capitalised(cand):
        return False
    if not shouting and cand.kind in TITLE_CHECKED and looks_like_title(cand, doc):
        return False
    if cand.kind == "duration" and is_fraction(cand):
        return False  # "three-quarters of the vote"
    if cand.kind == "duration" and is_age(cand, text) and not dates_a_thing(cand, doc):
        return False  # an age ("a 6-year-old boy") is a property, not a time of the story
    if cand.kind == "unit_long" and is_age_of_one(cand) and not dates_a_thing(cand, doc):
        return False  # "a year-old colt"; but "decades-old", "the decade-old feud"
    if cand.kind == "unit_long" and cand.groups.get("old") and counted(cand, doc):
        return False  # "she was 21 years-old": an age written with a stray hyphen
    if shouting and cand.kind in TITLE_CHECKED | {"relday"}:
        return True  # in capitals every word looks like a name
    check = FILTERS.get(cand.kind)
    return check(cand, doc) if check else True


def is_age(cand: Candidate, text: str) -> bool:
    """"a 6-year-old boy", "THE 11-YEAR-OLD" (wire copy in capitals), "two years old"."""
    return (cand.groups.get("old") or "").lower() == "-old" or bool(AGE.match(text, cand.end))


def counted(cand: Candidate, doc: Doc) -> bool:
    """A number right before the expression ("21 years-old")."""
    before = previous_token(doc, cand.start)
    return before is not None and before.like_num


def is_age_of_one(cand: Candidate) -> bool:
    """"year-old": a singular unit with "-old" and no number is an age."""
    unit = (cand.groups.get("unit") or "").lower()
    return bool(cand.groups.get("old")) and unit not in load_lexicon().unit_plurals


def dates_a_thing(cand: Candidate, doc: Doc) -> bool:
    """"the three-year-old civil war", "an 8-month-old truce": the age of a war, a truce or a
    ban is how long it has lasted, a length of the story's time (listed in time.toml)."""
    token = token_at(doc, cand.end - 1, cand.end)
    if token is None:
        return False
    things = load_lexicon().cues["aged_things"]
    for following in doc[token.i + 1 : token.i + 3]:
        if following.lemma_.lower() in things or following.lower_ in things:
            return True
        if following.pos_ != "ADJ":
            return False
    return False


def is_fraction(cand: Candidate) -> bool:
    """"three-quarters of the vote", "a quarter of voters": a share, not a length of time."""
    number = (cand.groups.get("num") or "").lower()
    unit = (cand.groups.get("unit") or "").lower()
    small = number in {"a", "one", "two", "three", "1", "2", "3"}
    return small and unit.startswith("quarter") and bool(FRACTION.match(cand.after))


def looks_like_title(cand: Candidate, doc: Doc) -> bool:
    """"This Week" (a programme), "Good Morning America", "the Six-Day War": common time
    words written in title case inside a sentence are part of a name."""
    words = re.split(r"[\s-]+", cand.text)
    if words[0] in {"the", "a", "an"}:
        words = words[1:]  # "the Hundred Years War"
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    token = token_at(doc, cand.start, cand.end)
    return token is not None and not token.is_sent_start


def names_capitalised(cand: Candidate) -> bool:
    """Month, weekday and holiday names are written with a capital in news copy."""
    for group in NAMED_GROUPS:
        word = cand.groups.get(group)
        if word and not word[0].isupper():
            return False
    return True


def token_at(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def previous_token(doc: Doc, start: int) -> Token | None:
    token = token_at(doc, start, start + 1)
    if token is None or token.i == 0:
        return None
    before = doc[token.i - 1]
    return doc[before.i - 1] if before.is_space and before.i > 0 else before


def accept_month(cand: Candidate, doc: Doc) -> bool:
    """A month name alone: not the modal "may", the verb "march" or a person's name."""
    if cand.groups.get("shift") or cand.groups.get("mod"):
        return True
    token = token_at(doc, cand.start, cand.end)
    if token is None:
        return True
    if token.tag_ == "MD" or token.pos_ in {"VERB", "AUX"} or token.ent_type_ == "PERSON":
        return False
    if is_abbreviation(cand) and not after_time_cue(cand, doc, joined=False):
        return False  # "Ant and Dec.": news abbreviates a month only beside its day
    if is_surname(token):
        return False  # "Theresa May", "Brian May"
    if MONTH_AS_NAME.match(cand.after) and not after_time_cue(cand, doc):
        return False  # "the March for Life", "the March of the Mothers"
    if names_street(cand):
        return False  # "1600 March Avenue", "on May Street"
    # "May" opening a sentence is mostly the modal; the month then takes a preposition.
    return not (token.is_sent_start and token.lower_ in {"may", "march"})


def is_abbreviation(cand: Candidate) -> bool:
    """"Dec.", "Sept": a month name cut short."""
    word = (cand.groups.get("mon") or "").rstrip(".").lower()
    return word in load_lexicon().months and word not in FULL_MONTHS


def is_surname(token: Token) -> bool:
    """A month name after a capitalised name that modifies it ("Theresa May")."""
    return any(
        c.dep_ == "compound" and c.i == token.i - 1 and c.pos_ == "PROPN"
        and c.text[:1].isupper() and c.ent_type_ != "DATE"
        and c.lower_ not in load_lexicon().weekdays
        for c in token.children
    )


def after_time_cue(cand: Candidate, doc: Doc, joined: bool = True) -> bool:
    """ "in April for the March 21 call": a word that opens a time ("in", "since") before it;
    with ``joined``, also "and" and "or", which join it to a time before."""
    before = previous_token(doc, cand.start)
    if before is None:
        return False
    if not joined and before.lower_ in {"and", "or"}:
        # "in Jan. and Feb." joins two months; "Ant and Dec." a name to a name
        first = previous_token(doc, before.idx)
        return first is not None and first.lower_.rstrip(".") in load_lexicon().months
    return before.lower_ in load_lexicon().cues["year"]


def accept_year(cand: Candidate, doc: Doc) -> bool:
    """A four-digit number is a year after a temporal cue or as spaCy's DATE, not a count."""
    if not cand.text[-1:].isdigit():
        return accept_spelled_year(cand, doc)
    if cand.groups.get("fiscal") or cand.groups.get("mod") or cand.groups.get("prefix"):
        return True
    token = token_at(doc, cand.start, cand.end)
    if token is None:
        return True
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before = previous_token(doc, cand.start)
    if after is not None and after.tag_ == "NNS" and token.dep_ == "nummod":
        # "1500 people", "there were 1472 casualties"; but "the 1992 protests"
        determined = before is not None and before.tag_ in {"DT", "POS", "PRP$"}
        return determined and token.ent_type_ == "DATE"
    if before is not None and before.text in {"$", "#", "No.", "no.", "£", "€"}:
        return False
    cued = before is not None and before.lower_ in load_lexicon().cues["year"]
    if not cued and is_model_year(cand):
        return False
    if (token.ent_type_ == "DATE" or cued) and not is_address(cand):
        return True
    if is_address(cand):
        return False
    # "Resolution 2118", "flight 1549": a number that labels the noun before it
    labels = before is not None and before.pos_ in {"NOUN", "PROPN"}
    if labels and before is not None and before.text[:1].isupper() and not cued:
        return token.ent_type_ == "DATE" and before.ent_type_ == "DATE"  # "Beechcraft 1900"
    # "the 1967 Six-Day War": a year names the time of an event named after it
    return token.ent_type_ in {"", "EVENT"} and not labels


def is_model_year(cand: Candidate) -> bool:
    """"a 2005 Honda Accord", "Kopp's 1987 Chevrolet": the year of a car's model."""
    following = MAKE_WORD.match(cand.after)
    return following is not None and following.group(1).lower() in load_lexicon().cues[
        "vehicle_makes"]


def accept_spelled_year(cand: Candidate, doc: Doc) -> bool:
    """"nineteen ninety-four" is a year unless it counts something ("nineteen ninety-four
    votes"); "two thousand" is one only as "the year two thousand" or after a cue ("by")."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.tag_ in {"NNS", "NNPS"}:
        return False
    if cand.groups.get("fiscal") or not cand.text.lower().startswith("two"):
        return True
    before = previous_token(doc, cand.start)
    return before is not None and before.lower_ in load_lexicon().cues["year"]


@lru_cache(maxsize=1)
def address_tail() -> re.Pattern[str]:
    """Capitalised words and a street word after a number: "1909 Jolinda Drive". Only the
    street word ignores case, so that "the 1700 block of Elm Avenue" is not read as the
    names "block of Elm" before "Avenue"."""
    street = alternation(sorted(load_lexicon().cues["street"]))
    return re.compile(rf"^\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}(?i:{street})\b\.?")


@lru_cache(maxsize=1)
def street_after() -> re.Pattern[str]:
    """A capitalised street word just after a name: "March Avenue", "May St."."""
    words = [w for w in load_lexicon().cues["street"] if w != "block"]
    street = alternation(sorted(w.capitalize() for w in words))
    return re.compile(rf"^[ \t]+(?:{street})\b")


def names_street(cand: Candidate) -> bool:
    """A month name that is part of a street's name: "March Avenue", "May Street"."""
    return cand.text[:1].isupper() and street_after().match(cand.after) is not None


def is_address(cand: Candidate) -> bool:
    """A house number or a block ("1909 Jolinda Drive", "the 1900 block of Elm")."""
    match = address_tail().match(cand.after)
    if match is None:
        return False
    words = match.group().split()
    return all(w[:1].isupper() for w in words[:-1]) and (words[-1][:1].isupper()
                                                        or words[-1].lower() == "block")


def in_name(cand: Candidate, doc: Doc) -> bool:
    """A capitalised day word inside a name: "the Sunday Times", "People's Daily",
    "Monday Night Football"."""
    if not cand.text[:1].isupper():
        return False
    following = CAPITALISED_WORD.match(cand.after)
    if following and following.group(1).lower() in load_lexicon().cues["day_names"]:
        return True
    opener = NAME_BEFORE.search(doc.text[max(0, cand.start - 20) : cand.start])
    if opener and opener.group(1).lower() in load_lexicon().cues["day_name_openers"]:
        return True  # "Bloody Sunday", "Super Tuesday", "the Mail on Sunday"
    before = previous_token(doc, cand.start)
    token = token_at(doc, cand.start, cand.end)
    if before is None or token is None or token.is_sent_start:
        return False
    return before.tag_ == "POS" and before.i > 0 and before.doc[before.i - 1].pos_ == "PROPN"


def accept_weekday(cand: Candidate, doc: Doc) -> bool:
    if cand.text.endswith("s"):
        return lost_apostrophe(cand, doc)
    return not in_name(cand, doc)


def lost_apostrophe(cand: Candidate, doc: Doc) -> bool:
    """"Sundays operation", "Monday nights attack": a plural weekday right before the noun
    it dates is a possessive whose apostrophe was lost; "on Sundays the shop shuts" recurs."""
    token = token_at(doc, cand.end - 1, cand.end)
    if token is None or token.i + 1 >= len(doc):
        return False
    following = doc[token.i + 1]
    before = previous_token(doc, cand.start)
    recurring = before is not None and before.lower_ in {"on", "every", "most", "some", "all"}
    noun = following.pos_ == "NOUN" or following.tag_ == "VBG"  # "Tuesdays shelling"
    return noun and following.text[:1].islower() and not recurring


def accept_set_a(cand: Candidate, doc: Doc) -> bool:
    """"a year" is a frequency after an amount: "$5 million a year", "four flights a week"."""
    before = previous_token(doc, cand.start)
    if before is None:
        return False
    amount = before.like_num or before.text in {"%", "percent"}
    return (amount or before.tag_ == "NNS" or before.lower_ in load_lexicon().cues["set"]
            or counts_an_amount(cand, doc))


def counts_an_amount(cand: Candidate, doc: Doc) -> bool:
    """"1 million barrels of oil a day": the unit hangs on a counted noun further back."""
    unit = token_at(doc, cand.end - 1, cand.end)
    if unit is None or unit.dep_ != "npadvmod":
        return False
    head = unit.head
    return head.like_num or any(c.dep_ == "nummod" for c in head.children)


def accept_duration(cand: Candidate, doc: Doc) -> bool:
    # "a year" after an amount is a frequency, taken by the set pattern
    if (cand.groups.get("num") or "").lower() in {"a", "an"} and accept_set_a(cand, doc):
        return False
    return not is_ordinal_second(cand, doc)


def is_ordinal_second(cand: Candidate, doc: Doc) -> bool:
    """"a second, smaller explosion", "a second attack": the ordinal, not one second."""
    if (cand.groups.get("unit") or "").lower() != "second":
        return False
    token = token_at(doc, cand.end - len("second"), cand.end)
    if token is None:
        return False
    after = [t for t in doc[token.i + 1 : token.i + 3]]
    if after and after[0].text == ",":
        after = after[1:]  # "a second, smaller blast"
    return token.dep_ == "amod" or bool(after and after[0].pos_ in MODIFIED)


def accept_clock(cand: Candidate, doc: Doc) -> bool:
    """A bare 24-hour "14:30" is a time only with a zone or a cue such as "at"."""
    if cand.groups.get("ampm") or cand.groups.get("tz") or cand.groups.get("named"):
        return True
    before = previous_token(doc, cand.start)
    return before is not None and before.lower_ in load_lexicon().cues["clock"]


def accept_vague(cand: Candidate, doc: Doc) -> bool:
    word = (cand.groups.get("word") or "").lower()
    if word in {"current", "recent", "future"}:
        token = token_at(doc, cand.start, cand.end)
        return token is None or token.pos_ == "ADJ"
    if word in {"the past", "the future"}:  # not "the past administrations"
        token = token_at(doc, cand.end - 1, cand.end)
        return token is None or token.pos_ != "ADJ"
    return True


def accept_quarter(cand: Candidate, doc: Doc) -> bool:
    """A quarter of the calendar is named ("the third quarter", "Q3"-like words), not a
    fraction ("a quarter of a million people", "the quarter of voters who")."""
    g = cand.groups
    named = any(g.get(k) for k in ("qual", "qyear", "qrel", "qago", "year", "rel", "qmonths"))
    if not named and not cand.text.lower().startswith("the"):
        return False
    if not any(g.get(k) for k in ("qyear", "qrel", "qago", "year", "rel", "qmonths")) and \
            tells_of_a_game(doc):
        return False  # "scored twice in the final quarter": a quarter of play
    return named or not FRACTION.match(cand.after)


def accept_relday(cand: Candidate, doc: Doc) -> bool:
    """"USA Today" is a newspaper: a capitalised day word inside a name is no date."""
    token = token_at(doc, cand.start, cand.end)
    if token is None or not cand.text[:1].isupper() or token.is_sent_start:
        return True
    before = previous_token(doc, cand.start)
    in_name = before is not None and before.pos_ == "PROPN" and before.text[:1].isupper()
    # "BBC Radio 4's Today programme": a capitalised day word after a possessive, or naming
    # the kind of a common noun, is a title
    titled = before is not None and before.tag_ == "POS"
    titled = titled or (token.dep_ == "compound" and token.head.pos_ == "NOUN")
    return not in_name and not titled and token.ent_type_ not in NAME_ENTITIES


def accept_set_adverb(cand: Candidate, doc: Doc) -> bool:
    """"a quarterly dividend", "a monthly magazine": some frequency adjectives before a noun
    say what kind of thing it is, not when something happens; "a daily rally" is held
    every day."""
    if in_name(cand, doc):
        return False
    token = token_at(doc, cand.start, cand.end)
    if token is not None and cand.text[:1].isupper() and not token.is_sent_start:
        return False  # "the Weekly Standard": a frequency word with a capital is a name
    if token is None:
        return True
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    named = following is not None and following.pos_ == "PROPN" and following.ent_type_ != "DATE"
    if token.pos_ in {"NOUN", "PROPN"} or named:
        return False  # "the party daily Granma": a newspaper
    before = previous_token(doc, cand.start)
    if before is not None and before.lower_ == "average":
        return False  # "average daily volume": a measure, not a recurrence
    if token.lower_ not in load_lexicon().cues["kind_of_thing"] or token.head.lower_ == "basis":
        return True  # "on a monthly basis" is how often
    return not (token.dep_ == "amod" and token.head.i > token.i)


def accept_season(cand: Candidate, doc: Doc) -> bool:
    """"the fall of Aleppo", "the fall in prices", "the summer of discontent": a season word
    with "the" and no year before "of" (or "fall" before "in") names a fall or a name, not
    a time; "the fall of 2014" took its year in the match."""
    g = cand.groups
    if g.get("year") or g.get("shift") or g.get("mod"):
        return True
    if not g.get("the"):
        return bare_season(cand, doc)
    season = (g.get("season") or "").lower()
    follows = SEASON_NOT_TIME_FALL if season == "fall" else SEASON_NOT_TIME
    return not follows.match(cand.after)


def bare_season(cand: Candidate, doc: Doc) -> bool:
    """"in spring", "until summer": a season word with no article is the season as the
    object of a time preposition, but not "fall" (mostly the verb or a drop) nor a season
    that qualifies a noun ("in spring training", "during summer school")."""
    if (cand.groups.get("season") or "").lower() == "fall":
        return False
    before = previous_token(doc, cand.start)
    if before is None or before.lower_ not in load_lexicon().cues["season"]:
        return False
    token = token_at(doc, cand.start, cand.end)
    return token is None or token.dep_ not in {"compound", "amod", "nmod"}


def accept_shift(cand: Candidate, doc: Doc) -> bool:
    """"his last year of high school", "their last week together", "her next year in
    office": after a person's possessive, "last" and "next" rank the person's own years or
    weeks; they are no calendar year before or after print. ("its last quarter" is a
    company's reporting period, a date.)"""
    before = previous_token(doc, cand.start)
    return before is None or before.lower_ not in PERSONAL_POSSESSIVES


def accept_period_of(cand: Candidate, doc: Doc) -> bool:
    """"Personality of the Year", "Book of the Year": a capitalised unit names an award."""
    return not (cand.groups.get("unit") or "")[:1].isupper()


def written_in_capitals(cand: Candidate, doc: Doc) -> bool:
    """"Q3", "FY2013" are codes in capitals; "q3" is something else."""
    return cand.text.lstrip("0123456789 -")[:1].isupper()


def accept_half(cand: Candidate, doc: Doc) -> bool:
    """"the first half" of a year, not of a match: a half that names no year is a half of
    play in a text that tells of a game ("scored early in the second half"); so is a quarter
    (:func:`accept_quarter`)."""
    g = cand.groups
    if g.get("year") or g.get("rel") or g.get("ofthe"):
        return True
    return not tells_of_a_game(doc)


GAME_STORY_KEY = "newscoder_time_game_story"


def tells_of_a_game(doc: Doc) -> bool:
    """Whether the text names a game word (``game_words`` of ``time.toml``); searched once
    per document and kept with the Doc, as :func:`newscoder.parse.doc_words` is, since every
    bare "the second half" or "the final quarter" candidate asks."""
    if GAME_STORY_KEY not in doc.user_data:
        doc.user_data[GAME_STORY_KEY] = game_words().search(doc_text(doc)) is not None
    return bool(doc.user_data[GAME_STORY_KEY])


@lru_cache(maxsize=1)
def game_words() -> re.Pattern[str]:
    return re.compile(rf"\b{alternation(load_lexicon().cues['game_words'])}\b", re.IGNORECASE)


FILTERS = {
    "half": accept_half,
    "qcode": written_in_capitals,
    "fiscal_year": written_in_capitals,
    "quarter": accept_quarter,
    "season": accept_season,
    "shift": accept_shift,
    "period_of": accept_period_of,
    "set_adverb": accept_set_adverb,
    "relday": accept_relday,
    "weekday": accept_weekday,
    "month": accept_month,
    "year": accept_year,
    "set_a": accept_set_a,
    "duration": accept_duration,
    "clock": accept_clock,
    "vague": accept_vague,
}
