"""Datelines are recognised once, by the reader, and recorded on the document."""

from __future__ import annotations

import pytest

from newscoder.model import Document
from newscoder.read import document_from_record
from newscoder.read.datelines import find_datelines, in_dateline


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("CLEVELAND (AP) — Police said on Monday that two men were held.", ["CLEVELAND"]),
        ("SAN JUAN, Puerto Rico (Reuters) - Power came back overnight.", ["SAN JUAN"]),
        ("KHARTOUM — Fighting resumed at dawn.", ["KHARTOUM"]),
        ("Heavy rain fell.\nGAZA CITY -- Crowds gathered by the port.", ["GAZA CITY"]),
        ("BEIRUT: The talks ended without a deal.", ["BEIRUT"]),
        ("Talks ended. DAKAR: Officials met again.", ["DAKAR"]),
    ],
)
def test_a_dateline_is_the_capitalised_place_that_opens_a_paragraph(
    text: str, names: list[str]
) -> None:
    assert [text[s.start : s.end] for s in find_datelines(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "The minister said: KERRY will arrive on Monday.",  # capitals inside a sentence
        "AP — a two-letter agency is not a place.",
        "NATO officials met in Brussels — again — on Friday.",  # no dash right after
        "Police in Cleveland — not the state patrol — made the arrest.",
        "The word RIOT - in capitals - appeared in the headline.",
    ],
)
def test_text_without_a_dateline_has_none(text: str) -> None:
    assert find_datelines(text) == []


def test_the_reader_records_datelines_on_the_document() -> None:
    document = document_from_record({"id": "a", "text": "ROME — The pope spoke."}, "in.jsonl", 1)
    assert document.datelines is not None
    assert in_dateline(document, 0, 4)
    assert not in_dateline(document, 7, 11)


@pytest.mark.slow
def test_a_dateline_is_a_place_and_never_a_speaker() -> None:
    from newscoder.pipeline import analyze_document

    text = "MANSFIELD -- A spokesman for the county said the road would reopen on Friday."
    analysis = analyze_document(Document(id="d", text=text, published="2020-03-02"))
    assert analysis.document.datelines is not None
    assert [p.name for p in analysis.places][:1] == ["Mansfield"]
    assert all(q.speaker is None or q.speaker.start > 10 for q in analysis.quotes)
