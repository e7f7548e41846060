"""Strikes of working people and acts of the law at home (issue 15): invented sentences.

* A strike that working people make, start or walk out in is a stoppage of work (CAMEO 143),
  also "against" a ministry and also as the subject of a verb that stops something ("a strike
  by dock workers *halted* shipping" happened); the verb dictionary's STRIKE (190) is armed.
* Workers of a private workplace ("at a Toyota factory") strike against their employer: no
  government target is given by default, as one is to a protest of citizens.
* An indictment is a charge with legal action (CAMEO 173, as the verb dictionary codes it); a
  grand jury is a court's, the US's; the official of no stated country that a state's court,
  prosecutors or police charge or hold is that state's own ("a former minister").
* A brawl between private people is ordinary crime: an arrest after one is no event.
"""

from __future__ import annotations

import pytest
from events_reading import coded, events_of, has_dyad

STOPPAGES = [
    ("Zambian nurses launched a strike against the labour ministry.", "ZMB"),
    ("A strike by Portuguese dock workers halted shipping in Lisbon.", "PRT"),
    ("Bus drivers in Lima struck on Monday over unpaid wages.", "PER"),
    ("Teachers in Ghana walked off the job over unpaid salaries.", "GHA"),
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "country"), STOPPAGES)
def test_a_strike_of_working_people_is_a_stoppage(text: str, country: str) -> None:
    found = events_of(text)
    assert any(e.cameo == "143" for e in found), coded(found)
    assert any(a.code.startswith(country) for e in found for a in e.source), coded(found)
    assert not any(e.cameo[:2] in ("18", "19", "20") for e in found), coded(found)


PRIVATE_WORKPLACES = [
    "Workers at a Toyota factory in Thailand went on strike on Tuesday.",
    "Warehouse workers in Ohio went on strike over safety rules.",
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize("text", PRIVATE_WORKPLACES)
def test_a_strike_at_a_private_workplace_is_not_against_the_government(text: str) -> None:
    found = [e for e in events_of(text) if e.cameo.startswith("14")]
    assert found, coded(events_of(text))
    assert not any(a.code.endswith("GOV") for e in found for a in e.target), coded(found)


LEGAL_ACTS = [
    ("Prosecutors in Peru indicted a former president on Thursday.", "PERJUD", "PER", "173"),
    ("A federal grand jury in Miami indicted a former senator.", "USAJUD", "USA", "173"),
    ("Turkish police detained a former mayor.", "TURCOP", "TUR", "173"),
    ("Egyptian authorities arrested a former prime minister on Sunday.", "EGYGOV", "EGY", "173"),
    ("Argentine prosecutors charged the vice president with fraud.", "ARGJUD", "ARG", "112"),
    ("An Indian court jailed a separatist leader for ten years.", "INDJUD", "IND", "17"),
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "source", "target", "code"), LEGAL_ACTS)
def test_a_legal_act_at_home_is_coded_within_the_country(
    text: str, source: str, target: str, code: str
) -> None:
    found = [e for e in events_of(text) if e.cameo.startswith(code)]
    assert has_dyad(found, source, target), coded(events_of(text))


@pytest.mark.slow
@pytest.mark.issue(15)
def test_an_arrest_after_a_brawl_is_no_event() -> None:
    found = events_of("A man was detained after a brawl outside a nightclub in Cardiff.")
    assert not [e for e in found if e.cameo.startswith("17")], coded(found)
