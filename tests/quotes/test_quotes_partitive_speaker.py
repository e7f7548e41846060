"""A speaker named as a part of a group (issue 16): 'one of the mayor's aides', not 'One'."""

from __future__ import annotations

import pytest

from newscoder.eval.quotes import STAGES
from newscoder.model import Document
from newscoder.pipeline import analyze_document


def speakers(text: str) -> list[str | None]:
    quotes = analyze_document(Document(id="t", text=text), stages=STAGES).quotes
    return [q.speaker.name if q.speaker else None for q in quotes]


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("One of the mayor's aides said the bridge would close.", "One of the mayor's aides"),
        ("Some of the residents said the bridge would close.", "Some of the residents"),
        (
            "Many of the workers, who had waited all day, said the plant would close.",
            "Many of the workers",
        ),
        ('"We will stay," said one of the nurses.', "one of the nurses"),
    ],
)
def test_quotes_partitive_speaker_keeps_its_group(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]
