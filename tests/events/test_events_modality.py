"""Modality of events framed by other words, and actors found through appositions and
residence: invented news sentences (the project's own words)."""

from __future__ import annotations

import pytest

from newscoder.model import Event

COUNTED = ("asserted", "reported")


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2021-03-10").events


def modality_of(text: str, trigger: str) -> str:
    found = [e for e in events_of(text) if text[e.trigger.start : e.trigger.end] == trigger]
    assert found, [(e.plover, e.cameo) for e in events_of(text)]
    return found[0].modality


# (sentence, trigger of an event that did not take place)
NOT_DONE = [
    # a mandative subjunctive: what is wanted, not what was done
    ("Nigeria has been lobbying hard for Ghana support its candidate for the post.", "support"),
    # a condition still to be met
    ("The rebels will keep their guns until the army withdraws from the valley.", "withdraws"),
    ("Chad says the talks must succeed before its soldiers demobilize.", "demobilize"),
    # what someone is accused or arrested for is a claim
    ("Ghana accused the militia of attacking a police post near the border.", "attacking"),
    ("A teacher was detained in Iran for collaborating with Israel.", "collaborating"),
    # what talks are about is still to be settled
    ("Peru and Ecuador resumed negotiations on a troop withdrawal from the border.", "withdrawal"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger"), NOT_DONE)
def test_framed_event_is_not_counted(text: str, trigger: str) -> None:
    assert modality_of(text, trigger) not in COUNTED


# (sentence, trigger of an event that did take place)
DONE = [
    # a bare infinitive after a verb of perceiving: seen happening
    ("Witnesses saw soldiers beat the protesters in the square.", "beat"),
    # a past "until" clause happened
    ("The militia shelled the town until government troops drove them out.", "shelled"),
    # the object blamed on someone happened
    ("Kenya blamed the militants for the bombing of the market.", "blamed"),
    # a conjunct's first verb does not frame it: both happened
    ("The rebels rejected the plan and attacked an army base.", "attacked"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger"), DONE)
def test_event_that_happened_is_counted(text: str, trigger: str) -> None:
    assert modality_of(text, trigger) in COUNTED


# (sentence, trigger, expected country among the event's actors)
ACTOR_COUNTRIES = [
    # an office of no known state is the one its named holder serves
    ("The Federal Minister for Interior, Rehman Malik, ordered the arrest of the leaders.", "PAK"),
    # an ethnic group is coded where it lives
    ("Ethnic Russians in eastern Ukraine demanded a referendum on autonomy.", "UKR"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "country"), ACTOR_COUNTRIES)
def test_actor_country(text: str, country: str) -> None:
    from newscoder.eval.events import event_countries

    events = [e for e in events_of(text) if e.modality in COUNTED]
    assert any(country in event_countries(e) for e in events), [
        (e.plover, [a.code for a in e.source], [a.code for a in e.target]) for e in events
    ]
