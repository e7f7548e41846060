"""The source of a passive participle on a noun (issue 16): 'the towns known as the Iron
Valley', 'a ban proposed last year' say what was said of the noun, not what the noun said;
the source is the agent ('described by the mayor as unfair') or, with none, unnamed."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from newscoder.model import Document
from newscoder.parse import parse
from newscoder.quotes.indirect import subject_of, unsourced_passive


def cue_in(text: str, word: str) -> Token:
    doc = parse(Document(id="t", text=text)).doc
    return next(t for t in doc if t.text == word)


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "verb", "source"),
    [
        ("The towns known as the Iron Valley voted early.", "known", None),
        ("A ban on cars, proposed last year, was dropped.", "proposed", None),
        ("The tax, described by the mayor as unfair, was dropped.", "described", "mayor"),
        ("She wrote a letter called a threat by the board.", "called", "board"),
    ],
)
def test_quotes_participle_on_a_noun_is_not_said_by_the_noun(
    text: str, verb: str, source: str | None
) -> None:
    found = subject_of(cue_in(text, verb))
    assert (found.text if found is not None else None) == source


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "verb", "unnamed"),
    [
        ("The towns known as the Iron Valley voted early.", "known", True),
        ("The tax, described by the mayor as unfair, was dropped.", "described", False),
    ],
)
def test_quotes_participle_without_agent_names_no_source(
    text: str, verb: str, unnamed: bool
) -> None:
    assert unsourced_passive(cue_in(text, verb)) is unnamed
