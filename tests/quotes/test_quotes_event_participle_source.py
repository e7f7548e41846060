"""Who speaks in a participle on the event where it was said (issue 16): 'She said at a
press briefing announcing that ...', 'appeared at a hearing defending the budget': the
participle is the act of whoever was at the event, the subject of the verb the place phrase
hangs on. An infinitive on such a noun ('the decision not to recommend charges') is the
decision's, not that subject's."""

from __future__ import annotations

import pytest

from newscoder.model import Document
from newscoder.parse import parse
from newscoder.quotes.indirect import subject_of


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "verb", "source"),
    [
        (
            "She said at a press briefing announcing that the plant would close.",
            "announcing",
            "She",
        ),
        ("The minister appeared at a hearing defending the new budget.", "defending", "minister"),
        ("He will testify about the decision not to recommend charges.", "recommend", None),
    ],
)
def test_quotes_participle_on_an_event_is_its_attendees(
    text: str, verb: str, source: str | None
) -> None:
    doc = parse(Document(id="t", text=text)).doc
    found = subject_of(next(t for t in doc if t.text == verb))
    assert (found.text if found is not None else None) == source
