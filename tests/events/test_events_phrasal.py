"""Phrasal verbs and what an object is: invented sentences in the project's own words.

A particle the parser reads as a preposition or adverb right after its verb still makes the
phrasal verb ("pulled *out* of"); captives handed over are who is released; the owner of an
offer or a proposal turned down is the target, while aid or arms sent move to a recipient.
"""

from __future__ import annotations

import pytest

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2022-09-14").events


# (sentence, CAMEO root, source country, target country or None)
CASES = [
    ("Burkina Faso pulled out of the regional bloc on Sunday.", "08", "BFA", None),
    ("Al-Shabaab handed over two Kenyan hostages to the elders.", "08", None, "KEN"),
    ("Serbia turned down a Croatian proposal on the border.", "12", "SRB", "HRV"),
    ("Venezuela rejected a Colombian offer of mediation.", "12", "VEN", "COL"),
    ("Japan shipped food aid to North Korea last week.", "07", "JPN", "PRK"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root", "source", "target"), CASES)
def test_phrasal_verbs_and_objects(
    text: str, root: str, source: str | None, target: str | None
) -> None:
    events = [e for e in events_of(text) if e.cameo.startswith(root)]
    described = [(e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in events]
    assert any(
        (source is None or source in {a.country for a in e.source})
        and (target is None or target in {a.country for a in e.target})
        for e in events
    ), described


@pytest.mark.slow
def test_turning_down_the_volume_is_no_event() -> None:
    assert not events_of("The factory turned down the volume of its production.")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The senator released a letter from her doctor on Friday.",
        "The ministry released a transcript of the call with Paris.",
    ],
)
def test_a_document_released_is_no_release_of_captives(text: str) -> None:
    assert not [e.cameo for e in events_of(text) if e.cameo.startswith("084")]
