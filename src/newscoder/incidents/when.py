"""When an incident happened: the day its own clause gives, else its sentence's, else the
publication day where the tense lets the report be of that day."""

from __future__ import annotations

import re
from datetime import date

from newscoder.context import Context
from newscoder.model import Span

DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
RECENT_DAYS = 7  # "on Friday", "last week": an undated story's own days
FOLLOWING_SENTENCES = 2  # how far after a mention its day may be told
CLOCK = re.compile(
    r"^\s*(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|noon|midnight)\s*$", re.IGNORECASE
)
NOUN_MODIFIERS = frozenset({"compound", "amod", "nummod", "nmod"})
STAMP_BEFORE = re.compile(r"(?:posted|updated|published|modified)\W*(?:on|at)?\W*$", re.I)
STAMP_AFTER = re.compile(r"\s*(?:[ECMP][SD]T|GMT|UTC)\b")
HAPPEN_VERBS = frozenset({"happen", "occur", "take"})  # "the shooting happened on May 3"
DATED = re.compile(r"^\d{4}(?:-(?:\d{2}|W\d{2}))?(?:-\d{2})?")


def explicit_date(
    ctx: Context, span: Span, free_only: bool = False, near: int | None = None
) -> str | None:
    """The calendar date named inside ``span`` nearest to the character ``near`` (else the
    first), cut to its date part; a bare clock time ("at 6 p.m. Monday evening") only where
    no day is named beside it. ``free_only`` leaves out dates that modify a noun ("the 2003
    invasion" dates another event). Nearest, because a clause may date other acts too:
    "police on Friday identified a boy killed in a shooting Thursday night"."""
    dated = []
    for timex in ctx.analysis.timexes:
        if timex.type not in ("DATE", "TIME") or not (span.start <= timex.start < span.end):
            continue
        if _page_stamp(ctx.text, timex.start, timex.end):
            continue
        if free_only and _modifies_noun(ctx, timex.start, timex.end):
            continue
        match = DATED.match(timex.value)
        if match:
            distance = 0 if near is None else _distance(timex.start, timex.end, near)
            dated.append((CLOCK.match(timex.text) is not None, distance, match.group()))
    return min(dated, key=lambda found: found[:2])[2] if dated else None


def _distance(start: int, end: int, point: int) -> int:
    return max(start - point, point - end, 0)


def own_date(ctx: Context, trigger: int) -> str | None:
    """A day said of the occurrence's word itself: "the June 29 shooting", "was shot on
    Oct. 20", "the shooting happened on March 7". A follow-up story (a charge, a trial)
    dates its own news in most clauses; this dates the occurrence."""
    token = ctx.doc[trigger]
    heads = {token.i}
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_ in HAPPEN_VERBS:
        heads.add(token.head.i)
    for timex in ctx.analysis.timexes:
        if timex.type != "DATE" or _page_stamp(ctx.text, timex.start, timex.end):
            continue
        match = DAY.match(timex.value)
        if match and _said_of(ctx, timex.start, timex.end, heads):
            return match.group()
    return None


def told_in_court(ctx: Context, trigger: int, verbs: frozenset[str]) -> bool:
    """The occurrence word is what a court's act is about ("sentenced for killing her",
    "charged in the shooting"): its clause's date is the court's."""
    head = ctx.doc[trigger].head
    for _ in range(3):
        if head.lemma_ in verbs and head.pos_ in ("VERB", "AUX"):
            return True
        if head.dep_ not in ("prep", "pcomp", "pobj", "agent") or head.head.i == head.i:
            return False
        head = head.head
    return False


def _said_of(ctx: Context, start: int, end: int, heads: set[int]) -> bool:
    """The date modifies one of ``heads``, directly or through a preposition."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return head.i in heads and head.i != root.i


def _modifies_noun(ctx: Context, start: int, end: int) -> bool:
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in NOUN_MODIFIERS and root.head.pos_ in ("NOUN", "PROPN")


def _page_stamp(text: str, start: int, end: int) -> bool:
    """ "Posted: Wednesday, March 12, 2014 8:04 AM EST": when the page was written, not when
    anything happened."""
    return (
        bool(STAMP_BEFORE.search(text[max(0, start - 24) : start]))
        or bool(STAMP_AFTER.match(text[end : end + 8]))
        or bool(STAMP_AFTER.search(text[start:end]))  # "1:37 PM EDT": a time zone in it
    )


def mention_date(
    ctx: Context, clause: Span, sentence: Span, near: int | None = None
) -> tuple[str | None, bool]:
    """A date the text ties to this mention (the one nearest its trigger at ``near``), and
    whether its own clause gives it (else its sentence does: "was in critical condition
    Tuesday after he was shot" dates the state of the victim, which a clause elsewhere may
    correct)."""
    own = explicit_date(ctx, clause, near=near)
    if own:
        return own, True
    return explicit_date(ctx, sentence, free_only=True, near=near), False


def nearby_date(ctx: Context, sentence: Span, published: str | None) -> str | None:
    """The first recent day named in the sentences that follow a mention in its paragraph
    ("A woman was shot outside a store. It happened Thursday night around 9:40."): local
    news tells what happened first and when just after. Only days of the week before the
    publication count; older or coarser dates there date something else."""
    if not published or not DAY.match(published):
        return None
    return _first_recent(ctx, _following_sentences(ctx, sentence), published)


def story_day(ctx: Context, published: str | None) -> str | None:
    """The first recent day the story names anywhere (page stamps and dates of other things
    left out): a local report of an incident it does not date in its own sentences
    ("Police are investigating a shooting ... It was the third this month") most often
    dates it elsewhere ("officers were called Sunday night")."""
    if not published or not DAY.match(published):
        return None
    return _first_recent(ctx, Span(0, len(ctx.text)), published)


def _first_recent(ctx: Context, window: Span, published: str) -> str | None:
    for found in sorted(ctx.analysis.timexes, key=lambda t: t.start):
        if found.type not in ("DATE", "TIME") or not window.start <= found.start < window.end:
            continue
        if _page_stamp(ctx.text, found.start, found.end) or _modifies_noun(
            ctx, found.start, found.end
        ):
            continue
        match = DAY.match(found.value)
        if match and 0 <= _ordinal(published) - _ordinal(match.group()) <= RECENT_DAYS:
            return match.group()
    return None


def _following_sentences(ctx: Context, sentence: Span) -> Span:
    """The span of the sentences after ``sentence``, at most ``FOLLOWING_SENTENCES`` of them
    and not past its paragraph."""
    paragraph_end = ctx.text.find("\n\n", sentence.end)
    limit = len(ctx.text) if paragraph_end < 0 else paragraph_end
    following = [s for s in ctx.analysis.sentences if sentence.end <= s.start < limit]
    kept = following[:FOLLOWING_SENTENCES]
    return Span(sentence.end, min(kept[-1].end, limit) if kept else sentence.end)


def precision(value: str | None) -> str | None:
    if value is None:
        return None
    if DAY.match(value):
        return "day"
    if "-W" in value:
        return "week"
    return "month" if len(value) == 7 else "year"


def compatible(first: str | None, second: str | None) -> bool:
    """Two dates that may be the same occurrence's: equal, a day apart (a report of "late
    Friday" published on Saturday), or one a coarser form of the other."""
    if first is None or second is None:
        return True
    if DAY.match(first) and DAY.match(second):
        return abs(_ordinal(first) - _ordinal(second)) <= 1
    week = next((v for v in (first, second) if "-W" in v), None)
    if week is not None:
        other = second if week is first else first
        return not DAY.match(other) or _iso_week(other) == week[:8]
    shorter, longer = sorted((first, second), key=len)
    return longer.startswith(shorter)


def _iso_week(value: str) -> str:
    year, week, _ = date.fromisoformat(value[:10]).isocalendar()
    return f"{year}-W{week:02d}"


def _ordinal(value: str) -> int:
    return date.fromisoformat(value[:10]).toordinal()


def recent(published: str | None, date: str | None) -> str | None:
    """The date an undated incident is taken to have: the publication's, to the precision
    of the date it is compared with (a month-day, a month or a year)."""
    if not published or not date:
        return None
    if DAY.match(date) and DAY.match(published):
        return date if 0 <= _ordinal(published) - _ordinal(date) <= RECENT_DAYS else published
    return published[: len(date)] if "-W" not in date else None
