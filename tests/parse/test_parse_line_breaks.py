"""A single line break after a line without final punctuation ends a sentence (a headline
above a byline, a label, a list item); one that breaks a phrase does not."""

from __future__ import annotations

import pytest

from newscoder.model import Analysis
from newscoder.pipeline import analyze


def sentence_texts(analysis: Analysis) -> list[str]:
    text = analysis.document.text
    return [text[s.start : s.end] for s in analysis.sentences]


ENDS = [
    # (text, a line that must be a sentence of its own)
    (
        "Hundreds leave the flooded delta, relief group says\nMarta Lindqvist 3 June 2024\n\n"
        "Hundreds of families left their homes on Monday.",
        "Marta Lindqvist 3 June 2024",
    ),
    (
        "Ferry strike ends after two weeks\nBy Tomas Berger\n\nThe crews went back to work.",
        "Ferry strike ends after two weeks",
    ),
    (
        "What the council promised:\n\nNew street lights\nA second bus line\nLonger library hours",
        "A second bus line",
    ),
    (
        "The mayor spoke at length about the harbour \nShe said the works would start soon.",
        "She said the works would start soon.",
    ),
]

GOES_ON = [
    # (text, words that must stay in one sentence across the line break)
    (
        "The minister met the head of the\nNational Farmers Union on Friday.",
        "head of the\nNational",
    ),
    ("Talks were held with Prime Minister\nAnna Kowalczyk in the capital.", "Minister\nAnna"),
    ("The strike was called off and\nWorkers returned on Monday.", "and\nWorkers"),
]


@pytest.mark.parametrize(("text", "line"), ENDS)
def test_line_without_punctuation_ends_a_sentence(text: str, line: str) -> None:
    assert line in sentence_texts(analyze(text))


@pytest.mark.parametrize(("text", "words"), GOES_ON)
def test_line_that_breaks_a_phrase_goes_on(text: str, words: str) -> None:
    assert any(words in sentence for sentence in sentence_texts(analyze(text)))


HEADLINES = [
    # (text, byline name): the headline's report is neither the byline nor said by it
    (
        "Hundreds leave the flooded delta, relief group says\nMarta Lindqvist 3 June 2024\n\n"
        "Hundreds of families left their homes on Monday, the group said.",
        "Lindqvist",
    ),
    ("Storm cuts power to 40,000 homes, utility says\nJane Ode\n\nThe storm hit on Monday.", "Ode"),
    (
        "Clinic closes two wards, health board says\nPeter Amadi 2 May 2025\n\nNurses were moved.",
        "Amadi",
    ),
]


@pytest.mark.parametrize(("text", "byline"), HEADLINES)
def test_byline_is_neither_content_nor_speaker(text: str, byline: str) -> None:
    quotes = analyze(text).quotes
    contents = [text[c.start : c.end] for q in quotes for c in q.content]
    speakers = [q.speaker.name for q in quotes if q.speaker is not None]
    assert not any(byline in content for content in contents)
    assert not any(byline in speaker for speaker in speakers)
