"""The seed article's known direction errors (issue 15) stay fixed: a participle's object is
never the source, the page footer codes nothing, and the Islamic State's written-out name
makes no party of the countries inside it."""

from __future__ import annotations

import pytest


def _events_in(seed_analysis, phrase: str):  # type: ignore[no-untyped-def]
    text = seed_analysis.text
    start = text.find(phrase)
    assert start >= 0, phrase
    end = start + len(phrase)
    return [e for e in seed_analysis.events if e.evidence.start < end and start < e.evidence.end]


@pytest.mark.slow
@pytest.mark.shared
def test_seed_participle_object_is_not_the_source(seed_analysis) -> None:  # type: ignore[no-untyped-def]
    events = _events_in(seed_analysis, "Having torn")
    assert not any(a.country == "SYR" for e in events for a in e.source)


@pytest.mark.slow
@pytest.mark.shared
def test_seed_footer_codes_no_event(seed_analysis) -> None:  # type: ignore[no-untyped-def]
    assert not _events_in(seed_analysis, "To contact the WSWS")


@pytest.mark.slow
@pytest.mark.shared
def test_seed_islamic_state_name_is_one_party(seed_analysis) -> None:  # type: ignore[no-untyped-def]
    events = _events_in(seed_analysis, "the fighting is taking place between")
    parties = {a.code for e in events for a in e.source + e.target}
    assert events and "SYR" not in parties and "IMGMUSISI" in parties, parties
