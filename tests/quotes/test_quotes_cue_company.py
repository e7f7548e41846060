"""Features of the verb-cue model that tell a light or stance verb by its company (issue 16):
the word that opens its complement, its voice and the kind of its subject."""

from __future__ import annotations

import pytest

from newscoder.model import Document
from newscoder.parse import parse
from newscoder.quotes.features import complements, cue_features, subject_kind
from newscoder.quotes.indirect import subject_of
from newscoder.quotes.lexicon import lexicon


def features_of(text: str, word: str) -> set[str]:
    """The cue features of the first token spelt ``word`` in ``text``."""
    doc = parse(Document(id="t", text=text)).doc
    verb = next(t for t in doc if t.text == word)
    return set(cue_features(verb, subject_of(verb), lexicon()))


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "verb", "complement"),
    [
        ("The treasurer asked whether the audit had been finished.", "asked", "ccomp:whether"),
        ("The union vowed to take the dispute to arbitration.", "vowed", "xcomp:to"),
        ("Neighbours complained about losing their parking spaces.", "complained", "pcomp:about"),
        ("The coach said that the pitch was too wet to play on.", "said", "ccomp:that"),
    ],
)
def test_quotes_cue_complement_with_its_opening_word(text: str, verb: str, complement: str) -> None:
    doc = parse(Document(id="t", text=text)).doc
    token = next(t for t in doc if t.text == verb)
    assert complement in complements(token)
    assert f"lemma_comp={token.lemma_.lower()}|{complement}" in features_of(text, verb)


@pytest.mark.slow
@pytest.mark.issue(16)
def test_quotes_cue_voice() -> None:
    assert "voice=passive" in features_of("The levy was backed by most shopkeepers.", "backed")
    assert "voice=active" in features_of("Most shopkeepers backed the levy.", "backed")


@pytest.mark.parametrize(
    ("fine", "coarse"),
    [
        ("ent_PERSON", "person"),
        ("pron_person", "person"),
        ("ent_ORG", "group"),
        ("pron_group", "group"),
        ("propn", "propn"),
        ("none", "none"),
        ("document_noun", "other"),
    ],
)
def test_quotes_cue_subject_kind(fine: str, coarse: str) -> None:
    assert subject_kind(fine) == coarse
