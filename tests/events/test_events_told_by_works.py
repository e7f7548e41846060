"""What a film, a novel or a book tells is its plot, not news (issue 15): invented sentences.

"The novel tells how the army invaded" reads like a report of an invasion, but its teller is
a work: the told act is no event of the day (modality hypothetical, so no asserted or
reported event). A report, footage or witnesses telling of an attack still report it.
"""

from __future__ import annotations

import pytest
from events_reading import coded, has_dyad

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    found = analyse(text, "2024-10-14").events
    return [e for e in found if e.modality in ("asserted", "reported")]


PLOTS = [
    "The novel tells how the British army invaded Iraq in 1941.",
    "The film depicts how rebels attacked a police station in Dublin.",
    "The book recounts how Soviet troops shelled Berlin.",
]

TOLD = [
    ("The report describes how Russian soldiers shelled the town of Bakhmut.", "RUS", "UKR"),
    ("Witnesses told reporters that Russian soldiers shelled the town of Bakhmut.", "RUS", "UKR"),
    ("Video footage shows Russian troops shelling the town of Bakhmut.", "RUS", "UKR"),
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize("text", PLOTS)
def test_a_works_plot_is_no_event(text: str) -> None:
    found = events_of(text)
    assert not found, coded(found)


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "source", "target"), TOLD)
def test_reports_and_witnesses_still_tell_events(text: str, source: str, target: str) -> None:
    found = events_of(text)
    assert has_dyad(found, source, target), coded(found)
