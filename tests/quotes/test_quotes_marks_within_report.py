"""Marks inside a report (issue 16): a quotation whose cue and words lie inside what a
report says belongs to that report (the reported speaker's words, marks and all), not a
direct quote of its own; a quotation with its own cue outside any report stays direct."""

from __future__ import annotations

import pytest

from newscoder import analyze


def kinds_by_cue(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for quote in analyze(text).quotes:
        if quote.cue is not None:
            found.setdefault(text[quote.cue.start : quote.cue.end], set()).add(quote.kind)
    return found


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "outer", "inner", "words"),
    [
        (
            'Ms. Adeyemi said she would back what the mayor calls "a fair deal for tenants."',
            "said",
            "calls",
            "a fair deal for tenants",
        ),
        (
            'The senator argued that voters who said "enough is enough" had been ignored.',
            "argued",
            "said",
            "enough is enough",
        ),
    ],
)
def test_quotes_marks_inside_a_report_belong_to_it(
    text: str, outer: str, inner: str, words: str
) -> None:
    quotes = analyze(text).quotes
    assert not any(q.kind == "direct" for q in quotes)
    holders = [q for q in quotes if any(s.start <= text.index(words) < s.end for s in q.content)]
    assert [text[q.cue.start : q.cue.end] for q in holders if q.cue] == [outer]
    assert inner not in kinds_by_cue(text)


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('"We will build the bridge by spring," the mayor said on Monday.', "said"),
        ('The mayor said the work was late. "We will finish by spring," she added.', "added"),
    ],
)
def test_quotes_marks_with_their_own_cue_stay_direct(text: str, cue: str) -> None:
    assert "direct" in kinds_by_cue(text).get(cue, set())
