"""How the parse changes what an ACLED cue means: who did it (the subject of its verb),
whether it is only an adjective, whether it is what an accusation or sanction is about, and
whether a longer phrase masks it; and the demonstration, weapon and not-coded readings that
follow from them.

Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from newscoder import analyze
from newscoder.acled.cues import CueForms, CueIndex, TokenFacts
from newscoder.acled.incidents import lead_event
from newscoder.acled.rules import RulesError, parse_rules

pytestmark = pytest.mark.issue(23)

FORMS = CueForms(
    acts=frozenset({"take"}),
    framed=frozenset({"blast"}),
    masks=(("gear", "riot"),),
    not_by={"arrest": frozenset({"armed"})},
)
INDEX = CueIndex(
    {
        "take": ["occupied"],
        "blast": ["bombing"],
        "riot": ["riot"],
        "gear": ["riot police"],
        "arrest": ["detained"],
    },
    FORMS,
)


@pytest.mark.parametrize(
    ("words", "facts", "name", "found"),
    [
        (["troops", "occupied", "the", "hill"], TokenFacts(), "take", True),
        (["the", "occupied", "hill"], TokenFacts(modifiers=frozenset({1})), "take", False),
        (["the", "bombing", "of", "Kell"], TokenFacts(), "blast", True),
        (["accused", "of", "the", "bombing"], TokenFacts(framed=frozenset({3})), "blast", False),
        (["a", "riot", "broke", "out"], TokenFacts(), "riot", True),
        (["riot", "police", "arrived"], TokenFacts(), "riot", False),
        (["police", "detained", "him"], TokenFacts(doers={1: "state"}), "arrest", True),
        (["rebels", "detained", "him"], TokenFacts(doers={1: "armed"}), "arrest", False),
    ],
)
def test_acled_cue_forms_silence_what_the_parse_says_is_no_such_act(
    words: list[str], facts: TokenFacts, name: str, found: bool
) -> None:
    assert INDEX.find(words, words, 0, len(words), facts).has(name) is found


@pytest.mark.parametrize(
    "forms",
    [
        '[forms]\nacts = ["nowhere"]\n',
        '[forms.masks]\nw = ["nowhere"]\n',
        '[forms.not_by]\nw = ["aliens"]\n',
    ],
)
def test_acled_rules_file_forms_name_known_lists_and_sides(forms: str) -> None:
    text = (
        '[events]\nmaterial = []\nstrategic = []\nmodalities = []\nincident_sentences = 1\n'
        '[codes]\n[sides]\nstate_sectors = []\narmed_sectors = []\ncivilian_sectors = []\n'
        'state_words = ["a"]\narmed_words = ["b"]\ncivilian_words = ["c"]\nfighter_targets = []\n'
        + forms
        + '[words]\nw = ["word"]\n'
        + '[[rule]]\nsub_event_type = "Grenade"\nevent_type = "E"\nall = ["w"]\nwhy = "x"\n'
    )
    with pytest.raises(RulesError):
        parse_rules(text)


def lead_type(text: str) -> str | None:
    events = analyze(text).events
    lead = lead_event(events)
    return events[lead].acled.sub_event_type if lead is not None else None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Youths rioted in the old town of Kessel after a footballer was jailed.",
         "Violent demonstration"),
        ("Demonstrators clashed with police outside the governor's office in Darra.",
         "Violent demonstration"),
        ("Riot police used water cannon to disperse the marchers outside parliament.",
         "Protest with intervention"),
        ("Hundreds of nurses marched to demand justice for a colleague killed by a drunk "
         "driver.", "Peaceful protest"),
        # force that hurts demonstrators seriously is excessive, whatever the weapon
        ("Police violently dispersed a sit-in of farmers outside the ministry in Kaal.",
         "Excessive force against protesters"),
        # what a demand is about did not happen at the demonstration
        ("Students rallied in Porr to demand the release of classmates detained last month.",
         "Peaceful protest"),
    ],
)
def test_acled_demonstrations_read_by_who_is_violent(text: str, expected: str) -> None:
    assert lead_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the doer of the taking is the subject of its verb, not the first actor named
        ("Police officials said militants had taken over the village of Ossel on Friday.",
         "Non-state actor overtakes territory"),
        # a name inside the subject's phrase is a doer, not a target
        ("Dozens of gunmen opened fire on villagers in the hamlet of Kerro.", "Attack"),
        ("Dozens of gunmen opened fire on a police post near the town of Dask.",
         "Armed clash"),
        # soldiers who march are moving, not demonstrating
        ("Soldiers marched into the town of Velm and took control of it after the rebels "
         "fled.", "Government regains territory"),
    ],
)
def test_acled_the_doer_is_the_subject_of_the_verb(text: str, expected: str) -> None:
    assert lead_type(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ministry accused the rebels of shelling the market town of Kerr.",
        "The army denied bombing the hospital in Sarvo.",
        "If the militia kidnaps more engineers, the company will leave the region.",
        "The fighters who were not killed or captured crossed the river into the hills.",
        "The council imposed new sanctions on the country over its missile launches.",
        "A little-known group claimed responsibility for the bombing of a bus in Vonn.",
        "The air force showed its new combat drone at a parade in the capital.",
        "A cargo plane crashed near the airport of Sella. The aircraft had lost an engine.",
        "Propane tanks exploded during a fire at a warehouse, and firefighters kept the "
        "flames from the houses nearby.",
        # the paragraph tells of an accident or a crime; the next sentence inherits it
        "Gas cylinders blew up in a restaurant kitchen in Morr. Fire fighters reached the "
        "blast site within minutes.",
        "A gang of thieves broke into a jeweller's shop in Lenn. They attacked the night "
        "guard with knives.",
    ],
)
def test_acled_statements_instruments_and_accidents_are_not_coded(text: str) -> None:
    assert all(e.acled is None for e in analyze(text).events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drones fired missiles at a convoy near the border crossing of Tamm.",
         "Air/drone strike"),
        ("Mortar rounds landed on a school in Berra, wounding four pupils.",
         "Shelling/artillery/missile attack"),
        ("Gunners fired anti-aircraft guns and mortars at army positions near Hald.",
         "Shelling/artillery/missile attack"),
    ],
)
def test_acled_weapons_that_were_used(text: str, expected: str) -> None:
    assert lead_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time phrase says when, not what a demand is about
        ("The gang demanded a ransom after abducting two engineers near the village of Roda.",
         "Abduction/forced disappearance"),
        # a condemnation reports what it condemns
        ("Rights groups condemned the arrest of the opposition leader by police in Tarr.",
         "Arrests"),
    ],
)
def test_acled_what_frames_an_occurrence_and_what_does_not(text: str, expected: str) -> None:
    assert lead_type(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The two delegations failed to agree on a truce after a week of talks.",
        "The mediator told a radio station that a swap of detainees could be agreed soon.",
        "No arrests have been made since the warehouse was looted on Monday.",
    ],
)
def test_acled_no_event_for_a_cue_that_did_not_happen(text: str) -> None:
    """A cue the events stage reads as negated or only possible gives no ACLED event."""
    analysis = analyze(text, published="2023-04-10")
    assert [e for e in analysis.events if e.acled is not None] == []


@pytest.mark.slow
def test_acled_backfilled_event_takes_no_actor_of_another_clause() -> None:
    """The speaker of a quote and the clinic that treated him took no part in the blast."""
    text = (
        '"The van was parked beside the fruit stalls. When it went off, the whole lane was '
        'burning," said Karim Haddad, a shopkeeper who was treated for burns at the city '
        "hospital."
    )
    analysis = analyze(text, published="2023-04-10")
    names = {a.name for e in analysis.events for a in [*e.source, *e.target]}
    assert not names & {"shopkeeper", "Karim Haddad", "city hospital"}, analysis.events
