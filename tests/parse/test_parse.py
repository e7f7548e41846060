"""The parse stage: sentences cut by a blank line are analysed whole, offsets unchanged."""

from __future__ import annotations

import pytest

from newscoder.model import Document
from newscoder.parse import break_candidates, parse

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("The minister said that the northern\n\nprovinces would vote in May.", True),
        ("Clashes spread to the towns of Homs,\n\nHama and Daraa on Friday.", True),
        ("Having crossed\n\nthe river, the column halted at dawn near the bridge.", True),
        ("Aid convoys reached the besieged district at dawn\n\nOfficials gave no figures.", False),
        ("Talks ended on Friday.\n\nNo date was set for the next round.", False),
    ],
)
def test_parse_joins_sentences_cut_by_a_break(text: str, joined: bool) -> None:
    ctx = parse(Document(id="t", text=text))
    break_at = text.index("\n\n")
    sentence = next(s for s in ctx.analysis.sentences if s.start <= break_at < s.end + 2)
    assert (break_at in sentence.paragraph_breaks) is joined
    assert ctx.parse_text.__len__() == len(text)


def test_parse_keeps_offsets_into_the_original_text() -> None:
    text = "## A heading\n\nThe *Daily Gazette* reported that the\n\ncouncil met."
    ctx = parse(Document(id="t", text=text))
    assert len(ctx.parse_text) == len(text)
    for token in ctx.doc:
        assert ctx.parse_text[token.idx : token.idx + len(token)] == token.text
    gazette = next(t for t in ctx.doc if t.text == "Gazette")
    assert text[gazette.idx : gazette.idx + len(gazette)] == "Gazette"


def test_parse_headings_and_short_lines_are_not_joined() -> None:
    text = "Talks resume in Geneva\n\nBy Jane Roe\n\nDelegates arrived on Monday."
    assert break_candidates(text, 0) == []


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("She said,“Go.”", ["She", "said", ",", "“", "Go", ".", "”"]),
        ("A “revolution”.", ["A", "“", "revolution", "”", "."]),
        ("About 3,000 fled.", ["About", "3,000", "fled", "."]),
    ],
)
def test_parse_curly_quotes_are_tokens_of_their_own(text: str, tokens: list[str]) -> None:
    ctx = parse(Document(id="t", text=text))
    assert [t.text for t in ctx.doc] == tokens
