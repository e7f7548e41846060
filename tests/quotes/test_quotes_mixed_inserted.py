"""A cue set inside a clause that is only partly in marks (issue 16): the report is the
whole clause, marks and all, as mixed speech; a quotation the cue merely splits stays
direct, and a verb inside the mixed words is no report of its own."""

from __future__ import annotations

import pytest

from newscoder.eval.quotes import STAGES
from newscoder.model import Document
from newscoder.pipeline import analyze_document

LEAD = "Mayor Ortiz spoke on Friday. "


def reported(text: str) -> list[tuple[str, list[str]]]:
    quotes = analyze_document(Document(id="t", text=text), stages=STAGES).quotes
    return [(q.kind, [text[c.start : c.end] for c in q.content]) for q in quotes]


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            LEAD + 'The new bridge, she said, would "change everything for the east side."',
            "The new bridge",
        ),
        (
            LEAD + 'Perhaps, she said, the bridge could "bring the two halves together" at last.',
            "Perhaps",
        ),
        (
            LEAD + 'The town, she said, had waited "far too long" for a crossing over the river.',
            "The town",
        ),
    ],
)
def test_quotes_mixed_clause_around_an_inserted_cue(text: str, first: str) -> None:
    found = reported(text)
    assert len(found) == 1
    kind, parts = found[0]
    assert kind == "mixed"
    assert parts[0] == first
    assert len(parts) == 2


@pytest.mark.slow
@pytest.mark.issue(16)
def test_quotes_split_quotation_stays_direct() -> None:
    text = LEAD + '"We will finish the bridge," she said, "because the town needs it."'
    assert [kind for kind, _ in reported(text)] == ["direct"]
