"""A pronoun never stands for the byline's author (issue 16, item 3): 'She warned ...' after
'an agency spokeswoman told reporters' is the spokeswoman's, not the writer's above the body."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscoder.pipeline import analyze_document
from newscoder.read import iter_documents

ARTICLE = (
    "Floods cut off three villages in the north, agency says\n\n"
    "Jane Roe 9 May 2023\n\n"
    "Floods have cut off three villages in the north, the relief agency reported on Tuesday.\n\n"
    '"People are walking for days," an agency spokeswoman told reporters in Geneva. '
    "She warned that the roads would stay closed for weeks.\n"
)


@pytest.mark.slow
@pytest.mark.issue(16)
def test_quotes_pronoun_takes_the_unnamed_speaker_before_not_the_byline(tmp_path: Path) -> None:
    path = tmp_path / "floods.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    document = next(iter(iter_documents([path])))
    analysis = analyze_document(document, stages=("entities", "quotes"))
    speakers = [q.speaker.name for q in analysis.quotes if q.speaker is not None]
    assert "Jane Roe" not in speakers
    warned = [
        q
        for q in analysis.quotes
        if "roads would stay closed" in analysis.text[q.content[0].start : q.content[0].end]
    ]
    assert warned and warned[0].speaker is not None
    assert warned[0].speaker.name == "an agency spokeswoman"
