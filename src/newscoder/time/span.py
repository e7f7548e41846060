"""The date of a clause or sentence, for the events and figures later stages extract.

The date a clause is about is the time expression its verb governs ("troops entered the town
on Sunday"), not one that merely sits in the same sentence ("...devastated by the 2003
invasion"). Without one, a clause that reports a present or past event takes the publication
date; a future or hypothetical one ("talks will resume", "could collapse") gets None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newscoder.context import Context
from newscoder.model import TimeExpression
from newscoder.time.tense import governing_verb, head_token, verb_tense

CONCRETE = re.compile(r"^\d{4}")
HYPOTHETICAL = frozenset({"may", "might", "could", "should", "would", "must"})
SCRATCH_KEY = "time.anchors"


@dataclass(frozen=True, slots=True)
class Anchor:
    """A concrete date in the text and the verb its clause hangs on."""

    start: int
    end: int
    value: str  # the date part: 2014-01-12, 2013-09, 1998
    verb: int | None  # token index of the governing verb
    direct: bool  # governed by the verb itself, not through a noun ("the 2003 invasion")


def date_for_span(ctx: Context, start: int, end: int) -> str | None:
    """The best TIMEX3 date (YYYY-MM-DD or coarser) for the clause or sentence at a span.

    In order: a date governed by the span's main verb; a date attached directly to another
    verb inside the span; otherwise the publication date for present or past reporting, and
    None for future or hypothetical clauses or an unknown publication date.
    """
    sent_start, sent_end = sentence_bounds(ctx.doc, start, end)
    main = main_verb(ctx.doc, start, end)
    best: tuple[int, int, str] | None = None
    for anchor in anchors(ctx):
        if anchor.start < sent_start or anchor.end > sent_end:
            continue
        rank = anchor_rank(anchor, main, ctx.doc, start, end)
        if rank is None:
            continue
        key = (rank, abs(anchor.start - start), anchor.value)
        best = key if best is None or key < best else best
    if best is not None:
        return best[2]
    published = ctx.analysis.document.published
    if not published or (main is not None and looks_ahead(main)):
        return None
    return published[:10]


def anchor_rank(anchor: Anchor, main: Token | None, doc: Doc, start: int, end: int) -> int | None:
    """0: governed by the span's main verb; 1: directly by a verb inside the span."""
    if main is not None and anchor.verb == main.i:
        return 0
    if anchor.direct and anchor.verb is not None:
        verb = doc[anchor.verb]
        if start <= verb.idx < end:
            return 1
    if anchor.verb is None and start <= anchor.start and anchor.end <= end:
        return 1  # a verbless headline or fragment: the date it carries
    return None


def anchors(ctx: Context) -> list[Anchor]:
    """The concrete dates of the document with their verbs, computed once per document."""
    cached = ctx.scratch.get(SCRATCH_KEY)
    if cached is not None and cached[0] == len(ctx.analysis.timexes):
        found: list[Anchor] = cached[1]
        return found
    found = [anchor_of(ctx.doc, t) for t in ctx.analysis.timexes if is_date(t)]
    ctx.scratch[SCRATCH_KEY] = (len(ctx.analysis.timexes), found)
    return found


def anchor_of(doc: Doc, timex: TimeExpression) -> Anchor:
    token = head_token(doc, timex.start, timex.end)
    verb, direct = governing_verb(token) if token is not None else (None, False)
    value = timex.value.split("T", 1)[0]
    return Anchor(timex.start, timex.end, value, verb.i if verb is not None else None, direct)


def is_date(timex: TimeExpression) -> bool:
    return timex.type in {"DATE", "TIME"} and bool(CONCRETE.match(timex.value))


def main_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The verb a span is about: its root when that is a verb, else the root's verb."""
    token = head_token(doc, start, end)
    if token is None:
        return None
    if token.pos_ in {"VERB", "AUX"}:
        return token
    verb, _ = governing_verb(token)
    return verb


def looks_ahead(verb: Token) -> bool:
    """A future or hypothetical clause: "talks will resume", "the truce could collapse"."""
    if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL for c in verb.children):
        return True
    return verb_tense(verb) == "FUTURE"


def sentence_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    span = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    if span is None or len(span) == 0:
        return start, end
    return span.sent.start_char, max(span.sent.end_char, end)
