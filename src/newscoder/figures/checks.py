"""Consistency checks the text itself invites, each kept with its verdict and evidence.

- ``share``: "taken together, this represents over a third of the population of 22.4
  million" — the parts named before are summed and compared with the stated share.
- ``sum``: "a total of 20" after parts in the same passage.
- ``subset``: a nested figure larger than its total.
- ``contradiction``: two totals of one category, for the same who, place and date, that
  cannot both hold (their bounds do not overlap) and are not a stated revision.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan

from newscoder.context import Context
from newscoder.figures.lexicon import FigureLexicon, lexicon
from newscoder.model import Check, Figure
from newscoder.model import Span as TextSpan
from newscoder.parse import doc_words

# Anchored at the start of a digit run so a long run is not retried from every digit.
PERCENT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:%|per\s?cent)", re.IGNORECASE)
SHARE_QUALIFIER = {
    "over": "at_least",
    "more": "at_least",
    "above": "at_least",
    "under": "at_most",
    "less": "at_most",
    "nearly": "almost",
    "almost": "almost",
    "about": "about",
    "around": "about",
    "roughly": "about",
    "some": "about",
}
PART_CATEGORIES = frozenset(
    {
        "refugees",
        "displaced",
        "killed",
        "injured",
        "besieged",
        "missing",
        "arrested",
        "abducted",
        "executed",
    }
)


def _has_cue(words: tuple[str, ...], cues: tuple[tuple[str, ...], ...]) -> bool:
    # A cue can only be there if all its words are: a set test rules out most sentences.
    present = set(words)
    return any(present.issuperset(cue) and _contains(words, cue) for cue in cues)


def _contains(words: tuple[str, ...], cue: tuple[str, ...]) -> bool:
    size = len(cue)
    return any(words[i : i + size] == cue for i in range(len(words) - size + 1))


def _stated_share(sentence: SpacySpan, lex: FigureLexicon) -> tuple[float, str, int] | None:
    """The share a sentence states ("over a third", "half", "40 percent"), its qualifier and
    the token where it is said."""
    for token in sentence:
        word = token.lower_
        if word in lex.fractions:
            share = lex.fractions[word]
            previous = token.doc[token.i - 1] if token.i > sentence.start else None
            if word in ("thirds", "quarters", "fifths") and previous is not None:
                share = lex.fractions[word] / {"thirds": 2, "quarters": 3, "fifths": 2}[word]
                share *= {"two": 2, "three": 3, "four": 4}.get(previous.lower_, 1)
            return share, _share_qualifier(sentence, token.i), token.i
    match = PERCENT.search(sentence.text)
    if match:
        char = sentence.start_char + match.start()
        token = sentence.doc.char_span(char, char + 1, alignment_mode="expand")
        index = token.start if token is not None else sentence.start
        return float(match.group(1)) / 100, _share_qualifier(sentence, index), index
    return None


def _share_qualifier(sentence: SpacySpan, index: int) -> str:
    for token in sentence.doc[max(sentence.start, index - 3) : index]:
        if token.lower_ in SHARE_QUALIFIER:
            return SHARE_QUALIFIER[token.lower_]
    return "about"


def _verdict(ratio: float, share: float, qualifier: str, tolerance: float) -> bool:
    if qualifier == "at_least":
        return ratio >= share * (1 - tolerance / 5)
    if qualifier == "at_most":
        return ratio <= share * (1 + tolerance / 5)
    if qualifier == "almost":
        return share * (1 - 2 * tolerance) <= ratio <= share * (1 + tolerance / 5)
    return abs(ratio - share) <= share * tolerance


def _sentence_of(ctx: Context, figure: Figure) -> SpacySpan | None:
    span = ctx.doc.char_span(figure.start, figure.end, alignment_mode="expand")
    return span.sent if span is not None else None


def share_checks(ctx: Context, figures: list[Figure]) -> Iterator[Check]:
    """ "Together this represents over a third of the population of N": sum, then compare."""
    lex, lower = lexicon(), doc_words(ctx.doc).lower
    for sentence in ctx.doc.sents:
        if not _has_cue(tuple(lower[sentence.start : sentence.end]), lex.combine_cues):
            continue
        stated = _stated_share(sentence, lex)
        if stated is None:
            continue
        share, qualifier, at = stated
        base = _base(ctx, figures, sentence, at)
        parts = _parts(ctx, figures, sentence, base)
        if base is None or len(parts) < 2:
            continue
        total = sum(figures[i].value for i in parts)
        ratio = total / figures[base].value
        ok = _verdict(ratio, share, qualifier, lex.tolerance)
        detail = (
            f"{' + '.join(_fmt(figures[i].value) for i in parts)} = {_fmt(total)} is "
            f"{ratio:.1%} of {_fmt(figures[base].value)}; the text says {qualifier} {share:.1%}"
        )
        evidence = TextSpan(sentence.start_char, sentence.end_char)
        yield Check(
            "share", "consistent" if ok else "inconsistent", parts + [base], detail, evidence
        )


def _base(ctx: Context, figures: list[Figure], sentence: SpacySpan, at: int) -> int | None:
    """The figure the share is of: the first figure after the share word in its sentence."""
    share_char = ctx.doc[at].idx
    for index, figure in enumerate(figures):
        if share_char < figure.start < sentence.end_char:
            return index
    return None


def _parts(ctx: Context, figures: list[Figure], sentence: SpacySpan, base: int | None) -> list[int]:
    """The totals the share sentence sums: in it, or else in the sentence before it."""

    def totals_in(start: int, end: int) -> list[int]:
        return [
            i
            for i, f in enumerate(figures)
            if start <= f.start < end
            and i != base
            and f.parent is None
            and f.category in PART_CATEGORIES
        ]

    found = totals_in(sentence.start_char, sentence.end_char)
    if len(found) < 2 and sentence.start > 0:
        previous = ctx.doc[sentence.start - 1].sent
        found = totals_in(previous.start_char, previous.end_char) + found
    return found


def subset_checks(figures: list[Figure]) -> Iterator[Check]:
    for index, figure in enumerate(figures):
        parent = figures[figure.parent] if figure.parent is not None else None
        if parent is not None and parent.high is not None and figure.value > parent.high:
            detail = (
                f"{_fmt(figure.value)} {figure.who} is more than its total {_fmt(parent.value)}"
            )
            yield Check(
                "subset",
                "inconsistent",
                [figure.parent, index],
                detail,  # type: ignore[list-item]
                TextSpan(parent.start, figure.end),
            )


def _interval(figure: Figure, tolerance: float) -> tuple[float, float]:
    """The values a figure allows, widened by the tolerance: tolls a few apart are the
    usual drift between sources and hours, not a contradiction."""
    low = figure.low if figure.low is not None else figure.value
    high = figure.high if figure.high is not None else figure.value
    if figure.qualifier == "at_least":
        high = float("inf")
    if figure.qualifier == "at_most":
        low = 0.0
    return low * (1 - tolerance), high * (1 + tolerance)


def contradiction_checks(figures: list[Figure]) -> Iterator[Check]:
    """Totals of one category, who, place and date whose bounds cannot both hold."""
    for j, later in enumerate(figures):
        for i in range(j):
            earlier = figures[i]
            if not _comparable(earlier, later) or later.updates == i:
                continue
            tolerance = lexicon().tolerance
            (a_low, a_high) = _interval(earlier, tolerance)
            (b_low, b_high) = _interval(later, tolerance)
            if a_high < b_low or b_high < a_low:
                sources = f" ({earlier.source or 'the article'} vs {later.source or 'the article'})"
                detail = (
                    f"{earlier.category} {earlier.who}: {earlier.text!r} vs "
                    f"{later.text!r} for {later.place} on {later.date}{sources}"
                )
                yield Check(
                    "contradiction",
                    "contradiction",
                    [i, j],
                    detail,
                    TextSpan(earlier.start, later.end),
                )


def _comparable(a: Figure, b: Figure) -> bool:
    return (
        a.category == b.category
        and a.who == b.who
        and a.parent is None
        and b.parent is None
        and a.place is not None
        and a.place == b.place
        and a.date is not None
        and a.date == b.date
        and a.event == b.event
    )


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def check(ctx: Context, figures: list[Figure]) -> list[Check]:
    """Every check the figures of one document invite."""
    return [*share_checks(ctx, figures), *subset_checks(figures), *contradiction_checks(figures)]
