"""The speaker after a cue in an inverted clause ('"...," said Mayor Lee') is found by
climbing from the first name to its head, and the climb stops at a sentence's root."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newscoder.quotes.stage import _inverted_subject


def test_quotes_inverted_subject_stops_at_a_root_after_the_cue() -> None:
    # The parser made the name after the cue the root of its own sentence: its head is
    # itself, which once made the climb loop for ever.
    words = ['"', "Go", '"', "said", "Mayor", "Lee"]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[3, 3, 3, 3, 5, 5],
        deps=["punct", "ccomp", "punct", "ROOT", "compound", "ROOT"],
        pos=["PUNCT", "VERB", "PUNCT", "VERB", "PROPN", "PROPN"],
        sent_starts=[True, False, False, False, True, False],
    )
    speaker = _inverted_subject(doc[3])
    assert speaker is not None and speaker.text == "Lee"
