"""Tallies and trends: counts of occurrences over a stretch of time, which are no occurrence.

A story about one shooting often sets it among others: "45 people have been shot in the
city this year", "there have been 12 homicides since January", "shootings have risen in
recent weeks", "a surge in attacks". Such a clause tells no occurrence of its own, and its
counts are no incident's toll. Reads the parse and the time stage's expressions; the
mentions (:mod:`~newscoder.incidents.mentions`) and the sharing of figures
(:mod:`~newscoder.incidents.stage`) leave out what lies in a tally.
"""

from __future__ import annotations

from spacy.tokens import Token

from newscoder.context import Context
from newscoder.incidents.lexicon import lexicon
from newscoder.model import TimeExpression

PRESENT_HAVE = frozenset({"VBP", "VBZ"})  # "have", "has"; "had" is a past perfect
# a period a tally runs over: a year or a month, not a week or a day, which may be the
# occurrence's own ("earlier this week, a man was shot")
COARSE_PRECISIONS = (4, 7)  # "2015", "2015-06"


def tally_regions(ctx: Context) -> list[tuple[int, int]]:
    """Token ranges (first, last) of the clauses that count occurrences up to now: a verb in
    the present perfect ("have been shot", "there have been", "has risen") with a period
    in its clause that reaches the present ("this year", "in recent weeks", "since
    January")."""
    published = ctx.analysis.document.published or ""
    periods = [t for t in ctx.analysis.timexes if _period(ctx, t, published)]
    # "Road accidents killed 3,000 people last year": a kind of occurrence counted over a
    # whole year or month, in any tense, is a tally of that year's occurrences
    coarse = [t for t in ctx.analysis.timexes if t in periods or _coarse(t)]
    if not coarse:
        return []
    regions = []
    for token in ctx.doc:
        if _present_perfect(token):
            spans = periods
        elif _kind_counted(token):
            spans = coarse
        else:
            continue
        first, last = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
        if any(first <= t.start and t.end <= last for t in spans):
            regions.append((token.left_edge.i, token.right_edge.i))
    return regions


def in_regions(token: int, regions: list[tuple[int, int]]) -> bool:
    return any(first <= token <= last for first, last in regions)


def trend_word(token: Token) -> bool:
    """A bare plural occurrence noun counted as rising or falling: the subject of a verb of
    change ("shootings have risen", "attacks doubled") or what a noun of change is of ("a
    surge in attacks", "a wave of bombings"). "The shootings rose" with its determiner is
    not bare: it names occurrences the story told."""
    if not _bare_plural(token):
        return False
    lex, head = lexicon(), token.head
    if token.dep_ == "nsubj":
        return head.lemma_.lower() in lex.trend_verbs
    if token.dep_ == "pobj" and head.lower_ in ("in", "of") and head.head.i != head.i:
        return head.head.lemma_.lower() in lex.trend_nouns
    return False


def _bare_plural(token: Token) -> bool:
    """A plural noun with no determiner or number: "shootings", not "the two shootings"."""
    return token.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("det", "poss", "nummod") for c in token.children
    )


def _kind_counted(token: Token) -> bool:
    """A verb whose subject is a bare plural occurrence noun ("road accidents killed",
    "attacks wounded"): occurrences of a kind, not one the story tells."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    nouns = lexicon().noun_kinds
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and _bare_plural(c) and c.lemma_.lower() in nouns
        for c in token.children
    )


def _coarse(timex: TimeExpression) -> bool:
    """A whole year or month ("last year", "in 2019", "last March")."""
    value = timex.value or ""
    return timex.type == "DATE" and len(value) in COARSE_PRECISIONS and value[:4].isdigit()


def _present_perfect(token: Token) -> bool:
    return token.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in PRESENT_HAVE
        for c in token.children
    )


def _period(ctx: Context, timex: TimeExpression, published: str) -> bool:
    """A stretch of time a tally runs over: a stretch up to now ("recent weeks", "the past
    year"; not "for three days", which the victim spent in hospital), the year or month the
    story is published in ("this year"), or any date after "since" or "so far"."""
    before = ctx.text[max(0, timex.start - 12) : timex.start].lower().rstrip()
    if timex.type == "DURATION":
        words = set(f"{before} {timex.text.lower()}".split())
        return bool(words & lexicon().tally_recent)
    if timex.type != "DATE":
        return False
    if before.endswith(lexicon().tally_since):
        return True
    value = timex.value
    coarse = len(value) in COARSE_PRECISIONS and value[:4].isdigit()
    return coarse and published.startswith(value)
