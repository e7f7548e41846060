"""Who speaks where the parse or the form hides it (issue 16): a signature line after the
quotation ('"..." ― Name'), and a name whose party tag ends in a full stop ('(D-Md.) said')."""

from __future__ import annotations

import pytest

from newscoder.model import Analysis, Author, Document, Quote
from newscoder.pipeline import analyze_document
from newscoder.quotes.direct import signature_line

STAGES = ("entities", "quotes")


def analyse(text: str) -> Analysis:
    return analyze_document(Document(id="t", text=text), stages=STAGES)


def holding(analysis: Analysis, words: str) -> list[Quote]:
    text = analysis.text
    return [q for q in analysis.quotes if any(words in text[s.start : s.end] for s in q.content)]


@pytest.mark.parametrize(
    ("after", "name"),
    [
        (" ― Lucia Ferro\n", "Lucia Ferro"),
        ("― Lucia Ferro.\n", "Lucia Ferro"),
        (" —\u00a0Tom B. Hale, fisherman in Brixham\n", "Tom B. Hale"),
        (" – Ines Adeyemi", "Ines Adeyemi"),
    ],
)
def test_quotes_signature_line_names_the_speaker(after: str, name: str) -> None:
    text = '"We will not move."' + after
    found = signature_line(text, len('"We will not move."'))
    assert found is not None
    assert text[found[0]] in "―—–"
    assert text[found[0] : found[1]].endswith(name)


@pytest.mark.parametrize(
    "after",
    [
        " — the slogan of the campaign\n",  # a description, not a name
        " — and the crowd went home after that, tired but happy\n",
        " ― Lucia Ferro said the day after the vote in the town hall of Brixham\n",
        " and Lucia Ferro\n",  # no dash
    ],
)
def test_quotes_signature_line_needs_a_dash_and_a_short_name(after: str) -> None:
    text = '"We will not move."' + after
    assert signature_line(text, len('"We will not move."')) is None


@pytest.mark.slow
@pytest.mark.issue(16)
def test_quotes_signature_attributes_each_response_to_its_own_writer() -> None:
    text = (
        "Readers wrote to us after the vote.\n\n"
        "“The new bridge will cut our town in two and nobody asked us.” ― Marta Oyelaran\n"
        "“I have fished this river for forty years and I have never seen it so low.” ― Piet "
        "Van Dam\n"
    )
    analysis = analyse(text)
    (first,) = holding(analysis, "cut our town in two")
    (second,) = holding(analysis, "fished this river")
    assert first.speaker is not None and "Oyelaran" in first.speaker.name
    assert second.speaker is not None and "Van Dam" in second.speaker.name


@pytest.mark.slow
@pytest.mark.issue(16)
def test_quotes_a_party_tag_full_stop_does_not_end_the_sentence() -> None:
    text = (
        "The hearing ran late.\n\n"
        '"We cannot fund a road nobody will drive on," Sen. Ada Lowe (D-Md.) said on Tuesday.'
    )
    analysis = analyse(text)
    (quote,) = holding(analysis, "fund a road")
    assert quote.speaker is not None and "Lowe" in quote.speaker.name


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("authors", "writer"),
    [([], "the writer"), ([Author("Ruth Okafor")], "Ruth Okafor")],
)
def test_quotes_first_person_outside_marks_is_the_writer(
    authors: list[Author], writer: str
) -> None:
    """'I'/'we' in the writer's own sentences stand for the writer: their claims are kept,
    spoken by the byline's name when there is one."""
    text = "The ferry stopped running in March. I believe that the town will not recover."
    document = Document(id="t", text=text, authors=authors)
    analysis = analyze_document(document, stages=STAGES)
    (quote,) = holding(analysis, "the town will not recover")
    assert quote.speaker is not None and quote.speaker.name == writer
    assert text[quote.speaker.start : quote.speaker.end] == "I"


@pytest.mark.slow
@pytest.mark.issue(16)
def test_quotes_first_person_inside_marks_is_not_the_writer() -> None:
    text = 'The ferry stopped running. "We know that the town will not recover," said Ana Ruiz.'
    analysis = analyse(text)
    for quote in analysis.quotes:
        assert quote.speaker is None or quote.speaker.name != "the writer"


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'The count went on late. "The river towns will decide this race," added a '
            "Vermont Republican.",
            "river towns",
            "Republican",
        ),
        (
            '"Is the bridge really closing?" asked the girl, as her mother laughed.',
            "bridge",
            "girl",
        ),
        (
            'The hall was full. "Look at the letter she wrote after the flood," Adeyemi '
            'notes. "It was very different in tone."',
            "Look at the letter",
            "Adeyemi",
        ),
    ],
)
def test_quotes_closing_clause_names_the_speaker(text: str, words: str, speaker: str) -> None:
    """'"...," added a Republican', '"...," Okonjo notes': the short clause after a
    quotation names who spoke, even where the parser takes that name for an object."""
    analysis = analyse(text)
    (quote,) = holding(analysis, words)
    assert quote.speaker is not None
    assert speaker in text[quote.speaker.start : quote.speaker.end]


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'The claim came up again.\n\n"I will look at the ferry budget again, and I will '
            'do it this spring."\n\n- Hana Ruiz.\n\nShe has said so twice before.',
            "ferry budget",
            "Ruiz",
        ),
        (
            '"The whole town hears this every week, and it has to stop."\n\n-Mia Lund, Tampa.',
            "whole town",
            "Lund",
        ),
        ('"Our children are doing well in these schools," the letter reads.', "children", "letter"),
        ('"They came for the free lunch," Oduya shot back with a grin.', "free lunch", "Oduya"),
        ('"Would the deal be open to change?" the host pressed.', "open to change", "host"),
    ],
)
def test_quotes_signature_below_and_quotation_cues(text: str, words: str, speaker: str) -> None:
    """A signature in the paragraph below the quotation ('- Name.', as fact-checks set
    it), and verbs that cue only a quotation ('the letter reads')."""
    analysis = analyse(text)
    (quote,) = holding(analysis, words)
    assert quote.speaker is not None
    assert speaker in text[quote.speaker.start : quote.speaker.end]


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    "text",
    ["The mayor reacted to the news calmly.", "Shares reacted sharply to the rate cut."],
)
def test_quotes_quotation_cues_report_no_speech(text: str) -> None:
    assert analyse(text).quotes == []
