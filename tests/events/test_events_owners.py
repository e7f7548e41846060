"""Whose thing is hit, where a protest is aimed, and which homeland a stateless people is
of (issue 15): invented sentences.

Destroying arms marked as another party's is an attack on property (1712), destroying one's
own is disarming (0873); a protest held at a state's embassy or consulate is aimed at that
state; a closing "..., a rights group protested" objects to the act of the clause before it;
an actor named by a people living across several states (Kurds, Baloch) with no country is
of the one homeland the sentence names.
"""

from __future__ import annotations

import pytest

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2012-09-14").events


def described(events: list[Event]) -> list[tuple[str, list[str], list[str]]]:
    return [(e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in events]


# (sentence, expected code, the other code that must not be given)
ARMS = [
    ("Army units destroyed an insurgent ammunition depot outside Mosul.", "1712", "0873"),
    ("Police commandos destroyed a Taliban weapons cache in Helmand.", "1712", "0873"),
    ("The guerrillas destroyed their weapons under the accord.", "0873", "1712"),
    ("Libya destroyed its stockpile of mustard gas.", "0873", "1712"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code", "other"), ARMS)
def test_whose_arms_are_destroyed_decides_disarming(text: str, code: str, other: str) -> None:
    codes = [e.cameo for e in events_of(text)]
    assert code in codes and other not in codes, codes


# (sentence, the state the protest is aimed at)
MISSIONS = [
    ("Chinese students protested outside the Japanese embassy on Monday.", "JPN"),
    ("Angry crowds demonstrated in front of the French consulate in Tunis.", "FRA"),
    ("Villagers rallied at the American embassy in Manila on Friday.", "USA"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "aimed_at"), MISSIONS)
def test_a_protest_at_an_embassy_targets_its_state(text: str, aimed_at: str) -> None:
    events = events_of(text)
    assert any(e.cameo[:2] == "14" and aimed_at in {a.country for a in e.target} for e in events), (
        described(events)
    )


# (sentence, sector of the one protesting, sector of the doer objected to)
CLOSING = [
    # read by the parser as "a group (that was) protested": a participle on the noun
    (
        "The army is failing to protect Roma families, a rights group protested on Friday.",
        "",
        "MIL",
    ),
    ("Police beat dozens of students in Dhaka, a local rights group protested.", "HRI", "COP"),
    ("Soldiers arrested dozens of journalists in Harare, a rights group protested.", "HRI", "MIL"),
    ("Police detained opposition leaders in Minsk, an activist group protested.", "", "COP"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "teller", "doer"), CLOSING)
def test_a_closing_protest_objects_to_the_clause_before(text: str, teller: str, doer: str) -> None:
    events = events_of(text)
    protests = [e for e in events if e.cameo[:2] in ("11", "14")]
    assert protests, described(events)
    assert all(e.target and e.target[0].code.endswith(doer) for e in protests), described(events)
    assert not any(e.cameo[:2] == "14" for e in events), described(events)


# (sentence, the country the people's actor is of, or "" for none)
PEOPLES = [
    ("Kurdish militants ambushed a patrol near the border, Turkish officials said.", "TUR"),
    ("Baloch separatists attacked a gas pipeline, Pakistani police said.", "PAK"),
    ("Kurdish fighters clashed with Syrian and Turkish troops.", ""),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "country"), PEOPLES)
def test_a_stateless_people_takes_the_homeland_named(text: str, country: str) -> None:
    events = events_of(text)
    assert events, described(events)
    first = events[0].source[0] if events[0].source else None
    assert first is not None, described(events)
    assert (first.country or "") == country, described(events)


# (sentence, the state where the act is done, which receives it)
ABROAD = [
    ("UN planes evacuated the injured from the besieged Syrian town of Madaya.", "SYR"),
    ("Thousands of Afghan families sought asylum in Pakistan last year.", "PAK"),
    ("The Red Cross delivered blankets in Nepal on Monday.", "NPL"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "receiver"), ABROAD)
def test_an_act_done_abroad_targets_that_state(text: str, receiver: str) -> None:
    events = events_of(text)
    assert any(receiver in {a.country for a in e.target} for e in events), described(events)


# a place of the doer's own country says only where: no target is made of it
AT_HOME = [
    "Kenyan police reopened the main road in Nairobi.",
    "The Indian army rebuilt a bridge in Kashmir.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", AT_HOME)
def test_an_act_done_at_home_gets_no_foreign_target(text: str) -> None:
    events = events_of(text)
    own = {a.country for e in events for a in e.source}
    assert all({a.country for a in e.target} <= own | {None} for e in events), described(events)


# (sentence, PLOVER category): sanctions a state imposes reduce relations; a boycott coerces
SANCTIONS = [
    ("Canada imposed new sanctions on Iran on Tuesday.", "SANCTION"),
    ("The EU froze the assets of five Belarusian officials.", "SANCTION"),
    ("Consumers imposed a boycott on Danish butter.", "COERCE"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), SANCTIONS)
def test_state_sanctions_are_plover_sanction(text: str, plover: str) -> None:
    events = events_of(text)
    assert any(e.cameo == "163" and e.plover == plover for e in events), [
        (e.cameo, e.plover) for e in events
    ]


# (sentence, the country the doer is of, or "" where the sentence cannot tell)
DOMESTIC = [
    ("Islamist students staged a sit-in to demand the release of Tunisian dissidents.", "TUN"),
    ("The nationalist party said it would boycott Kenya's local elections.", "KEN"),
    # a named person or a state's office of no stated country may well be foreign
    ("Senator Ron Wyden criticised the Chinese government.", ""),
    ("Archbishop Desmond Tutu called for sanctions against Nigeria.", ""),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "country"), DOMESTIC)
def test_stateless_doers_acting_on_one_state_are_its_own(text: str, country: str) -> None:
    events = events_of(text)
    assert events and events[0].source, described(events)
    assert (events[0].source[0].country or "") in {country, "CHR"}, described(events)
