"""When an event happened: the date its own clause gives, else its sentence's, else the
publication date where the tense says the event is news.

* A date in the event's clause wins ("Israel captured the West Bank *in 1967*").
* An event in an "N years after/before" clause is dated from the clause it hangs on ("the
  protests come *18 years after* Washington invaded" → the invasion's year).
* Else a date elsewhere in the sentence ("*Yesterday*, 22 were killed and 80 wounded").
* Else the publication date, for an event told in the simple past or present perfect; an
  event told in the past perfect ("had seized") or in a "before"/"since" clause happened at
  an earlier time the text does not give, and keeps no date.

The precision says how finely the date is known: day, week, month or year.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from spacy.tokens import Token

from newscoder.figures.numbers import parse_number
from newscoder.model import Span

EARLIER_MARKS = frozenset({"before", "since", "until"})
OFFSET_MARKS = frozenset({"after", "before"})
UNIT_DAYS = {"day": 1, "week": 7}
UNIT_MONTHS = {"month": 1, "year": 12, "decade": 120}
PRECISION_OF_UNIT = {
    "day": "day",
    "week": "day",
    "month": "month",
    "year": "year",
    "decade": "year",
}
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
WEEK = re.compile(r"^\d{4}-W\d{2}")
MONTH = re.compile(r"^\d{4}-\d{2}$")
YEAR = re.compile(r"^\d{4}$")

DateFinder = Callable[[int, int], str | None]


def precision(value: str | None) -> str | None:
    """How finely a TIMEX3 date value is known: day, week, month or year."""
    if not value:
        return None
    if DAY.match(value):
        return "day"
    if WEEK.match(value):
        return "week"
    if MONTH.match(value):
        return "month"
    if YEAR.match(value):
        return "year"
    return None


def clause_of(token: Token) -> Token:
    """The verb heading the clause the token is in."""
    node = token
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        node = node.head
    return node


def offset(clause: Token) -> tuple[str, int] | None:
    """ "18 years after ...": the unit and number of the clause's distance from its governor,
    signed (after: back in time from the governor; before: forward)."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in OFFSET_MARKS]
    if clause.dep_ != "advcl" or not marks:
        return None
    for measure in (c for c in clause.children if c.dep_ == "npadvmod"):
        unit = measure.lemma_.lower()
        numbers = [n for n in measure.children if n.dep_ == "nummod" and n.like_num]
        if unit in PRECISION_OF_UNIT and numbers:
            # written out too: "*Eighteen* years after Washington invaded"
            value = parse_number(numbers[0].text)
            if value is None or not value.is_integer():
                return None
            amount = int(value)
            return unit, -amount if marks[0].lower_ == "after" else amount
    return None


def shifted(value: str, unit: str, amount: int) -> str | None:
    """``value`` moved by ``amount`` units, at the precision the unit allows."""
    try:
        year, month, day = (int(p) for p in value[:10].split("-"))
    except ValueError:
        return None
    if unit in UNIT_DAYS:
        moved = date(year, month, day) + timedelta(days=UNIT_DAYS[unit] * amount)
        return moved.isoformat()
    months = year * 12 + (month - 1) + UNIT_MONTHS[unit] * amount
    if PRECISION_OF_UNIT[unit] == "year":
        return f"{months // 12:04d}"
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


def earlier(clause: Token) -> bool:
    """Told as before the time of the story: past perfect, or a "before"/"since" clause."""
    perfect = any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children)
    marked = any(c.dep_ == "mark" and c.lower_ in EARLIER_MARKS for c in clause.children)
    return (perfect and clause.tag_ == "VBN") or (clause.dep_ == "advcl" and marked)


def named_year(clause: Token) -> str | None:
    """A year that names the occasion of the clause's act ("in the *1967* war", "the *2003*
    invasion"): a four-digit number modifying a noun of one of the clause's phrases."""
    for child in clause.children:
        nouns = [child] if child.dep_ != "prep" else [p for p in child.children if p.dep_ == "pobj"]
        for noun in nouns:
            for mod in noun.children:
                text = mod.text
                modifies = mod.dep_ in ("nummod", "compound", "amod")
                if modifies and len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2100:
                    return text
    return None


def has_timex(timexes: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start <= s and e <= end for s, e in timexes)


def event_date(
    anchor: Token,
    evidence: Span,
    timexes: list[tuple[int, int]],
    find: DateFinder,
    published: str | None,
) -> tuple[str | None, str | None]:
    """The event's date and its precision (see the module's docstring)."""
    clause = clause_of(anchor)
    if has_timex(timexes, evidence.start, evidence.end):
        found = find(evidence.start, evidence.end)
        if found:
            return found, precision(found)
    distance = offset(clause)
    if distance is not None:
        governor = clause.head
        base = find(governor.idx, governor.idx + len(governor)) or published
        moved = shifted(base, *distance) if base else None
        if moved:
            return moved, PRECISION_OF_UNIT[distance[0]]
    year = named_year(clause)
    if year:
        return year, "year"
    sent = anchor.sent
    if has_timex(timexes, sent.start_char, sent.end_char) and not earlier(clause):
        found = find(sent.start_char, sent.end_char)
        if found:
            return found, precision(found)
    if earlier(clause):
        return None, None
    return published, precision(published)
