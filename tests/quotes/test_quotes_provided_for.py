"""'Support' as help given, not a stance held (issue 16, not speech): a counted object is a
number of people or things provided for ('supports 400 families'); a plan, a view or a party
supported is a stance reported like speech. A place ('protested outside the town hall') is
where, never what."""

from __future__ import annotations

import pytest
from quotes_reading import cues, reports


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    "text",
    [
        "The relief fund supports 400 families in the valley.",
        "Near the border, church groups are supporting some 2,000 displaced pupils.",
        "The camp lies in Kassala, where aid workers already support more than 9,000 people.",
        "The grant will sustain 30 rural clinics until next spring.",
    ],
)
def test_quotes_support_for_a_head_count_is_no_quote(text: str) -> None:
    assert not {c for c in cues(text) if c.startswith(("support", "sustain"))}, cues(text)


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "cue", "words"),
    [
        ("Senator Alba Reyes supports the plan to cut ferry fees.", "supports", "the plan"),
        ("The Dockworkers Union supported the strike at the harbour.", "supported", "the strike"),
    ],
)
def test_quotes_support_for_a_plan_is_still_a_stance(text: str, cue: str, words: str) -> None:
    found = reports(text)
    assert cue in found and words in found[cue][0], found


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    "text",
    [
        "About 300 nurses protested outside the town hall on Friday.",
        "Dozens of farmers rallied near the ministry in the morning.",
        "The mayor spoke inside the old library to a small crowd.",
    ],
)
def test_quotes_a_place_is_not_what_was_said(text: str) -> None:
    """'protested outside the town hall': where it happened, not what was protested."""
    found = reports(text)
    assert not [c for c, _ in found.values() if c.startswith("the ")], found
