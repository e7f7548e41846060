"""Accepting or turning down a proposal (issue 15): invented sentences.

What is agreed to or rejected is aimed at who proposed it ("a *Chilean* plan", "*Qatar's*
offer"), else at the other party of the settlement it brings ("a deal ending its quarrel
*with Fiji*"); a name after "to" is no proposal whose parts could be read so.
"""

from __future__ import annotations

import pytest
from events_reading import coded, has_dyad

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-02-20").events


# (sentence, PLOVER category, source's country, target's country)
PROPOSALS = [
    ("Bolivia accepted a Chilean plan for talks on access to the sea.", "AGREE", "BOL", "CHL"),
    ("Somalia accepted Qatar's offer of talks.", "AGREE", "SOM", "QAT"),
    ("Tonga agreed to a deal ending its fishing quarrel with Fiji.", "AGREE", "TON", "FJI"),
    ("Guyana accepted a formula for settling its border row with Suriname.", "AGREE", "GUY", "SUR"),
    ("Hamas turned down an Egyptian proposal for a long truce.", "REJECT", "PSE", "EGY"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover", "source", "target"), PROPOSALS)
def test_a_proposal_is_aimed_at_its_author_or_the_other_party(
    text: str, plover: str, source: str, target: str
) -> None:
    found = [e for e in events_of(text) if e.plover == plover]
    assert has_dyad(found, source, target), coded(found)


@pytest.mark.slow
def test_a_country_named_after_to_keeps_its_partners() -> None:
    text = "Al-Shabaab has threatened to deliver heavy blows to Kenya and Uganda."
    threats = [e for e in events_of(text) if e.plover == "THREATEN"]
    targets = {a.code[:3] for e in threats for a in e.target}
    assert {"KEN", "UGA"} <= targets, [(e.cameo, e.target) for e in threats]
