"""Stances, called-off acts and requested acts: invented sentences in the project's own words.

A warning or an opposition aimed at an actor is coded even with no act it is about (the
dictionary's WARN and OPPOSE codes), from the one who takes the stance, also in the passive;
putting off or halting talks or aid is an act of its own (the dictionary's DELAY and CANCEL
patterns), done by co-ordinated parties to each other when the talks are "their" talks; and
the act a request asks for sets the kind of the request ("urged X to help": appeal for aid);
an agreement signed is with the one its clause names ("signed a deal to sell jets to X");
a threat is aimed at the one its condition names ("unless X withdraws"); a complaint made to
one about another's act is against the doer.
"""

from __future__ import annotations

import pytest

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2023-03-08").events


def dyads(events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    return {(s.country, t.country, e.cameo[:2]) for e in events for s in e.source for t in e.target}


# (sentence, CAMEO root, source country, target country)
CASES = [
    # a stance aimed at an actor, active and passive
    ("Lithuania warned Belarus on Tuesday.", "13", "LTU", "BLR"),
    ("The Peruvian government warned of Bolivian smugglers.", "13", "PER", "BOL"),
    ("Tanzania was opposed by Uganda in the regional vote.", "11", "UGA", "TZA"),
    # putting off and halting, with the partner named after "with" or "to"
    ("Ecuador postponed talks with Colombia.", "16", "ECU", "COL"),
    ("Norway halted its aid to Myanmar last year.", "16", "NOR", "MMR"),
    # the act asked for names the request
    ("Jordan urged Egypt to help.", "02", "JOR", "EGY"),
    # an agreement's partner named only in what it is for
    ("Norway signed an accord on Friday to supply Mali with grain.", "05", "NOR", "MLI"),
    ("Brazil signed a contract to sell tractors to Angola.", "05", "BRA", "AGO"),
    # a verb the lemmatizer misreads ("cordoned" → "cordone"), its particle read as a
    # preposition whose object is the verb's
    ("Soldiers cordoned off the Iranian embassy in Baku.", "17", "AZE", "IRN"),
    # a threat aimed at the one its condition names
    ("Hungary threatened to quit the talks unless Austria opened the border.", "13", "HUN", "AUT"),
    ("Morocco threatened to shut the border if Spain hosted the rebel chief.", "13", "MAR", "ESP"),
    # a complaint is against the one who did what it is about, not the one it is made to
    ("Jordan complained to the United Nations over Syrian air strikes.", "11", "JOR", "SYR"),
    # a protest over a foreign state's policy is against that state, not the protesters' own
    ("Farmers in Lima blocked roads to protest against Chilean import rules.", "14", "PER", "CHL"),
    # people of a country protesting for or against something, naming no one, target
    # their own state's government, also in a strike "that" shut a town "in protest of" it
    ("Young Peruvians blocked roads on Monday calling for early elections.", "14", "PER", "PER"),
    (
        "Ghanaian traders held a strike that shut Accra in protest of fuel prices.",
        "14",
        "GHA",
        "GHA",
    ),
    # a lawsuit is one (115), not an arrest: a dictionary pattern that gives the verb's
    # own code again ("SUE (FOR) 173") does not outrank our row for the verb
    ("A Peruvian mining firm is suing Chile for damages.", "11", "PER", "CHL"),
    # troops the dictionary says are sent are what is given, the country they go to is
    # the target
    ("Canada deployed 500 troops to Latvia.", "07", "CAN", "LVA"),
    # those freed "from" someone's captivity or prison were released by them
    ("Four Nepali hostages were freed from Hamas captivity.", "08", "PSE", "NPL"),
    # the party a coercive act names is its target
    (
        "The Zambian president banned Malawian opposition groups from the border region.",
        "17",
        "ZMB",
        "MWI",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root", "source", "target"), CASES)
def test_stances_and_called_off_acts(text: str, root: str, source: str, target: str) -> None:
    assert (source, target, root) in dyads(events_of(text))


@pytest.mark.slow
def test_their_talks_put_off_are_put_off_by_each_side() -> None:
    found = dyads(events_of("Armenia and Azerbaijan delayed their talks until spring."))
    assert {("ARM", "AZE", "16"), ("AZE", "ARM", "16")} <= found


@pytest.mark.slow
def test_a_request_to_help_is_an_appeal_for_aid() -> None:
    codes = [e.cameo for e in events_of("Jordan urged Egypt to help.")]
    assert "023" in codes


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # a warning about a danger, no actor: no stance toward anyone
        "Forecasters warned of heavy snow in the mountains.",
        # putting off one's own plans names no one it is done to
        "The singer postponed her tour of the country.",
    ],
)
def test_stances_need_someone_they_are_aimed_at(text: str) -> None:
    assert not dyads(events_of(text))


@pytest.mark.slow
def test_troops_sent_are_not_the_target() -> None:
    """The troops a country sends are its own, not the host's forces."""
    events = [e for e in events_of("Canada deployed 500 troops to Latvia.") if e.target]
    assert events and all(a.code == "LVA" for e in events for a in e.target)
