"""A campaign against a person is politics, and a warning names whom it warns (issue 15).

"Offensive", "onslaught" and "crusade" are armies' words, and politics borrows them: an
offensive aimed at a person named, or waged by a party with no one harmed, is no assault
(sense.political_campaign). Armies, armed groups and states keep theirs. Invented
sentences.

The warned state is the object of "warn" ("warned *Serbia* against an air strike"), not an
object of the threat: the dictionary's pattern (1384) now codes it.
"""

from __future__ import annotations

import pytest
from events_reading import coded, has_dyad

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    found = analyse(text, "2024-03-05").events
    return [e for e in found if e.modality in ("asserted", "reported")]


def violent(found: list[Event]) -> list[Event]:
    return [e for e in found if e.cameo[:2] in ("18", "19", "20")]


CAMPAIGNS = [
    "Senator Warren launched an offensive against Trump on trade.",
    "Labour launched an offensive against Rishi Sunak on the economy.",
    "The opposition leader Keir Starmer launched an offensive against Boris Johnson on taxes.",
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize("text", CAMPAIGNS)
def test_a_campaign_against_a_person_is_no_assault(text: str) -> None:
    assert violent(events_of(text)) == [], coded(events_of(text))


OFFENSIVES = [
    ("Russia launched an offensive against Ukraine in the spring.", "RUS", "UKR"),
    ("The army launched a new offensive against the rebels in Darfur.", "SDN", "SDNREB"),
    ("Israeli troops launched an offensive against Hamas commander Yahya Sinwar.", "ISR", "PSE"),
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "source", "target"), OFFENSIVES)
def test_an_armed_offensive_stays_an_assault(text: str, source: str, target: str) -> None:
    assert has_dyad(violent(events_of(text)), source, target), coded(events_of(text))


WARNINGS = [
    ("Moscow warned Kyiv against an air strike on the bridge.", "RUS", "UKR"),
    ("Washington warned Israel against an air strike on Iranian oil sites.", "USA", "ISR"),
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "source", "target"), WARNINGS)
def test_a_warning_against_a_strike_is_a_threat(text: str, source: str, target: str) -> None:
    found = [e for e in events_of(text) if e.cameo.startswith("13")]
    assert has_dyad(found, source, target), coded(events_of(text))


NO_THREAT = [
    # a plain object that is no actor stays no threat
    "The striker threatened further goals before half-time.",
    "The storm threatens to flood the valley.",
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize("text", NO_THREAT)
def test_a_threat_needs_a_coercive_object(text: str) -> None:
    assert [e for e in events_of(text) if e.cameo.startswith("13")] == [], coded(events_of(text))
