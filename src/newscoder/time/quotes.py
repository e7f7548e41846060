"""Days inside quotations: a speaker's "today" is the day they spoke, not the day of print.

'Kerry declared: "It was a very constructive meeting today"' in a report on Sunday's meeting,
published on Monday, means Sunday. The day a quotation was spoken is a date its sentence names
outside the quotation marks ('said on Sunday'), else the day the narrative last named when
that lies before the publication date; otherwise the publication date stands. The quotes stage
runs later, so quotation marks are read here directly.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from newscoder.time.lexicon import load_lexicon
from newscoder.time.patterns import Candidate
from newscoder.time.resolve import Resolved
from newscoder.time.values import to_date

QUOTATION = re.compile(r"\"[^\"]{1,1500}\"|“[^”]{1,1500}”|``[^']{1,1500}''")
# A straight quotation opens after a space or an opening bracket and closes before one: a
# pair that runs from a closing mark to the next opening one is narration between quotes.
OPENS_AFTER = re.compile(r"(?:^|[\s(\[—–:-])$")
CLOSES_BEFORE = re.compile(r"^(?:$|[\s.,;:!?)\]—–-])")
SPEECH_KINDS = frozenset({"relday", "podday"})  # what a quote's own day changes
DAY_KINDS = frozenset({"weekday", "mdy", "dmy", "iso", "holiday", "slash"})  # days the text names


@dataclass(frozen=True, slots=True)
class Quotations:
    starts: list[int]
    ends: list[int]

    def around(self, offset: int) -> tuple[int, int] | None:
        index = bisect_right(self.starts, offset) - 1
        if index >= 0 and offset < self.ends[index]:
            return self.starts[index], self.ends[index]
        return None


def quotations(text: str) -> Quotations:
    spans = [m.span() for m in QUOTATION.finditer(text) if well_formed(text, *m.span())]
    return Quotations([s for s, _ in spans], [e for _, e in spans])


def well_formed(text: str, start: int, end: int) -> bool:
    """Whether a straight-quoted span opens and closes like a quotation; curly ones do."""
    if text[start] != '"':
        return True
    opens = OPENS_AFTER.search(text[max(0, start - 1) : start]) and not text[start + 1].isspace()
    closes = CLOSES_BEFORE.match(text[end : end + 1]) and not text[end - 2].isspace()
    return bool(opens and closes)


def requote(
    resolved: list[tuple[Candidate, Resolved]],
    text: str,
    dct: date | None,
    sentence_of: Callable[[int], tuple[int, int]],
    spoken_at: Callable[[Candidate, date | None], Resolved],
) -> None:
    """Re-resolve "today", "yesterday", "this morning" inside quotations on the day the
    speaker spoke."""
    if dct is None:
        return
    quotes = quotations(text)
    for index, (cand, _) in enumerate(resolved):
        if cand.kind not in SPEECH_KINDS:
            continue
        quote = quotes.around(cand.start)
        if quote is None:
            continue
        day = speech_day(resolved, index, quote, sentence_of(cand.start), dct)
        if day is not None and day != dct:
            resolved[index] = (cand, spoken_at(cand, day))


def speech_day(
    resolved: list[tuple[Candidate, Resolved]],
    index: int,
    quote: tuple[int, int],
    sentence: tuple[int, int],
    dct: date,
) -> date | None:
    """A day named in the quote's sentence outside the quote, else the narrative's last day."""
    named = [
        (abs(cand.start - quote[0]), day)
        for cand, value in resolved
        if cand.kind in DAY_KINDS
        and sentence[0] <= cand.start < sentence[1]
        and not quote[0] <= cand.start < quote[1]
        and (day := to_date(value.value)) is not None
    ]
    if named:
        return min(named)[1]
    start = resolved[index][0].start
    reach = load_lexicon().reach["narrative_chars"]
    for cand, value in reversed(resolved[:index]):
        if start - cand.end > reach:
            break
        day = to_date(value.value) if cand.kind in DAY_KINDS else None
        if day is not None:  # a quote spoken days before print, not a date long past
            recent = 0 < (dct - day).days <= load_lexicon().reach["past_days"]
            return day if recent else None
    return None
