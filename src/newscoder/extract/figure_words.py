"""The words of a parsed text as plain lists, built once per document for the figures stage.

The stage looks at every token several times (may a number start here? does the sentence
state a casualty? does it say "taken together"?), yet a figure needs only a few of them.
Building a spaCy ``Token`` and reading its string attributes costs more than the check itself,
so the checks run on these lists and tokens are made only where a check passes.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

KEY = "newscoder_figure_words"


@dataclass(frozen=True, slots=True)
class Words:
    lower: list[str]  # ``token.lower_`` by token index
    lemma: list[str]  # ``token.lemma_.lower()`` by token index


def doc_words(doc: Doc) -> Words:
    """The document's word lists, kept with the Doc (see :func:`newscoder.parse.doc_text`)."""
    found = doc.user_data.get(KEY)
    if not isinstance(found, Words):
        found = Words([t.lower_ for t in doc], [t.lemma_.lower() for t in doc])
        doc.user_data[KEY] = found
    return found
