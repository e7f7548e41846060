"""A cue set off by commas inside the sentence it reports (issue 16): 'Though A, she said, B'
and 'A, he said, and B' report both halves, however the parser hangs them: the cue on the
subordinate clause, or the first half on the cue. A participle after the cue with no
subject of its own ('..., he said, not even needing to ...') is what the speaker did, not
what was said. The parses are built by hand as the parser gave them on news text."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newscoder.quotes.indirect import parenthetical
from newscoder.quotes.lexicon import lexicon

# word, tag, pos, dep, head (index), lemma
Row = tuple[str, str, str, str, int, str]

THOUGH = [  # 'said' hangs on the subordinate clause, which hangs on the main one
    ("Though", "IN", "SCONJ", "mark", 3, "though"),
    ("the", "DT", "DET", "det", 2, "the"),
    ("merger", "NN", "NOUN", "nsubj", 3, "merger"),
    ("went", "VBD", "VERB", "advcl", 12, "go"),
    ("smoothly", "RB", "ADV", "advmod", 3, "smoothly"),
    (",", ",", "PUNCT", "punct", 7, ","),
    ("she", "PRP", "PRON", "nsubj", 7, "she"),
    ("said", "VBD", "VERB", "parataxis", 3, "say"),
    (",", ",", "PUNCT", "punct", 7, ","),
    ("a", "DT", "DET", "det", 10, "a"),
    ("second", "NN", "NOUN", "nsubj", 12, "second"),
    ("would", "MD", "AUX", "aux", 12, "would"),
    ("be", "VB", "AUX", "ROOT", 12, "be"),
    ("harder", "JJR", "ADJ", "acomp", 12, "hard"),
    (".", ".", "PUNCT", "punct", 12, "."),
]
AND_AFTER = [  # the first half hangs on 'said', and 'and' too; 'said' on the second half
    ("It", "PRP", "PRON", "nsubj", 2, "it"),
    ("could", "MD", "AUX", "aux", 2, "could"),
    ("take", "VB", "VERB", "ccomp", 7, "take"),
    ("months", "NNS", "NOUN", "dobj", 2, "month"),
    (",", ",", "PUNCT", "punct", 7, ","),
    ("the", "DT", "DET", "det", 6, "the"),
    ("clerk", "NN", "NOUN", "nsubj", 7, "clerk"),
    ("said", "VBD", "VERB", "parataxis", 13, "say"),
    (",", ",", "PUNCT", "punct", 7, ","),
    ("and", "CC", "CCONJ", "cc", 7, "and"),
    ("the", "DT", "DET", "det", 11, "the"),
    ("delay", "NN", "NOUN", "nsubj", 13, "delay"),
    ("might", "MD", "AUX", "aux", 13, "might"),
    ("anger", "VB", "VERB", "ROOT", 13, "anger"),
    ("voters", "NNS", "NOUN", "dobj", 13, "voter"),
    (".", ".", "PUNCT", "punct", 13, "."),
]
ACT_AFTER = [  # the participle after the cue taken for the sentence's verb
    ("We", "PRP", "PRON", "nsubj", 1, "we"),
    ("won", "VBD", "VERB", "ccomp", 5, "win"),
    (",", ",", "PUNCT", "punct", 5, ","),
    ("the", "DT", "DET", "det", 4, "the"),
    ("coach", "NN", "NOUN", "nsubj", 5, "coach"),
    ("said", "VBD", "VERB", "parataxis", 9, "say"),
    (",", ",", "PUNCT", "punct", 5, ","),
    ("not", "RB", "PART", "neg", 9, "not"),
    ("even", "RB", "ADV", "advmod", 9, "even"),
    ("needing", "VBG", "VERB", "ROOT", 9, "need"),
    ("to", "TO", "PART", "aux", 11, "to"),
    ("gloat", "VB", "VERB", "xcomp", 9, "gloat"),
    (".", ".", "PUNCT", "punct", 9, "."),
]


def built(rows: list[Row]) -> Doc:
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][0] not in ",." for i in range(len(rows))]
    return Doc(
        spacy.blank("en").vocab,
        words=words,
        spaces=spaces,
        tags=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        lemmas=[r[5] for r in rows],
    )


def halves(rows: list[Row]) -> list[str]:
    doc = built(rows)
    cue = next(t for t in doc if t.lemma_ == "say")
    found = parenthetical(doc, cue, lexicon())
    assert found is not None
    spans = [found.content] + ([found.rest] if found.rest is not None else [])
    return [doc.text[s.start : s.end] for s in spans]


@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (THOUGH, ["Though the merger went smoothly", "a second would be harder."]),
        (AND_AFTER, ["It could take months", "and the delay might anger voters."]),
    ],
)
def test_quotes_parenthetical_cue_reports_both_halves(rows: list[Row], expected: list[str]) -> None:
    assert halves(rows) == expected


@pytest.mark.issue(16)
def test_quotes_participle_after_a_parenthetical_cue_is_the_speakers_act() -> None:
    assert halves(ACT_AFTER) == ["We won"]
