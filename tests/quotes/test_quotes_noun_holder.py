"""Whose claim a noun of saying reports (issue 16): a name before it ('the Ruiz claim that
...') and a subject of its own ('But Ruiz claims that ...', the verb tagged as a plural noun
by the tagger) name the holder, as a possessor does ('Ruiz's claim that ...')."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newscoder.model import Document
from newscoder.parse import parse
from newscoder.quotes.indirect import noun_source

# 'But Ruiz claims that he won': the parser's reading with 'claims' a noun and the root
COMPOUND = Doc(
    spacy.blank("en").vocab,
    words=["But", "Ruiz", "claims", "that", "he", "won"],
    pos=["CCONJ", "PROPN", "NOUN", "SCONJ", "PRON", "VERB"],
    deps=["cc", "compound", "ROOT", "mark", "nsubj", "ccomp"],
    heads=[2, 2, 2, 5, 5, 2],
)
SUBJECT = Doc(
    spacy.blank("en").vocab,
    words=["But", "Ruiz", "claims", "that", "he", "won"],
    pos=["CCONJ", "PROPN", "NOUN", "SCONJ", "PRON", "VERB"],
    deps=["cc", "nsubj", "ROOT", "mark", "nsubj", "ccomp"],
    heads=[2, 2, 2, 5, 5, 2],
)
PLAIN = Doc(
    spacy.blank("en").vocab,
    words=["The", "claims", "that", "he", "won", "spread"],
    pos=["DET", "NOUN", "SCONJ", "PRON", "VERB", "VERB"],
    deps=["det", "nsubj", "mark", "nsubj", "acl", "ROOT"],
    heads=[1, 5, 4, 4, 1, 5],
)


@pytest.mark.issue(16)
@pytest.mark.parametrize(("doc", "holder"), [(COMPOUND, "Ruiz"), (SUBJECT, "Ruiz"), (PLAIN, None)])
def test_quotes_name_or_subject_of_a_speech_noun_holds_it(doc: Doc, holder: str | None) -> None:
    noun = next(t for t in doc if t.text == "claims")
    found = noun_source(noun)
    assert (found.text if found is not None else None) == holder


@pytest.mark.slow
@pytest.mark.issue(16)
def test_quotes_possessor_still_holds_the_claim() -> None:
    doc = parse(Document(id="t", text="Ruiz's claim that the vote was rigged spread fast.")).doc
    found = noun_source(next(t for t in doc if t.text == "claim"))
    assert found is not None and found.text == "Ruiz"
