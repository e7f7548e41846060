"""A title-case headline read again in sentence case (issue 16)."""

from __future__ import annotations

import pytest

from newscoder.model import Document
from newscoder.pipeline import analyze_document
from newscoder.quotes.headline import body_casing, headline_end, sentence_case

BODY = "\n\nGreta Lind, the mayor, said the council and the media had let the town down."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Greta Lind Slams The Council And The Media",
            "Greta Lind slams the council and the media",
        ),
        ("NATO Chief Greta Lind Quits", "NATO chief Greta Lind quits"),
    ],
)
def test_quotes_headline_sentence_case_keeps_the_body_names(line: str, expected: str) -> None:
    assert sentence_case(line, body_casing(BODY)) == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Greta Lind Slams The Council" + BODY, True),
        ("Greta Lind slams the council" + BODY, False),  # already sentence case: parsed well
        ("A Body Line That Is Far Too Long To Be A Headline " * 8 + BODY, False),
        ("One Line Only", False),
    ],
)
def test_quotes_headline_only_a_title_case_first_line(text: str, found: bool) -> None:
    end = headline_end(Document(id="t", text=text), text)
    assert (end is not None) == found


@pytest.mark.slow
@pytest.mark.issue(16)
def test_quotes_headline_verb_is_found_as_a_cue() -> None:
    text = "Greta Lind Slams The Council Over Harbour Delay" + BODY
    analysis = analyze_document(Document(id="t", text=text), stages=("entities", "quotes"))
    cues = [text[q.cue.start : q.cue.end] for q in analysis.quotes if q.cue is not None]
    assert "Slams" in cues
    (quote,) = [q for q in analysis.quotes if q.cue and text[q.cue.start : q.cue.end] == "Slams"]
    assert quote.speaker is not None and "Lind" in quote.speaker.name
