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
    ("The militia demanded a ceasefire before allowing aid convoys into the town.", "allowing"),
    # what someone is accused or arrested for is a claim
    ("Ghana accused the militia of attacking a police post near the border.", "attacking"),
    ("A teacher was detained in Iran for collaborating with Israel.", "collaborating"),
    # what talks are about is still to be settled
    ("Peru and Ecuador resumed negotiations on a troop withdrawal from the border.", "withdrawal"),
]

# (sentence, trigger of a noun that only names the background of another act)
BACKGROUND = [
    ("Iran threatened to launch a new offensive in its long war with Iraq.", "war"),
    # a country naming an event says which one, not that it happened
    ("The envoy told reporters the Libya ceasefire was holding.", "ceasefire"),
    # what another act is done to is referred to, not reported
    ("Officials said removing the sanctions on Cuba was out of the question.", "sanctions"),
    ("Rebels staged a hunger strike in jail in protest against the arrests.", "protest"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger"), BACKGROUND)
def test_background_noun_is_no_event(text: str, trigger: str) -> None:
    triggers = [text[e.trigger.start : e.trigger.end] for e in events_of(text)]
    assert trigger not in triggers


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
    ("Rebel gunners shelled the town before withdrawing from the hills.", "withdrawing"),
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
    # whom a protest is aimed at, said by the clause of its aim
    ("Hundreds of farmers began a sit-in to protest against Kenya's new seed law.", "KEN"),
]


# (sentence, PLOVER category of the protest)
PROTESTS = [
    ("China protested that the warship had entered its waters.", "ACCUSE"),
    ("Japan protested to Beijing over the incursion near the islands.", "ACCUSE"),
    ("Thousands of students protested in Santiago against tuition fees.", "PROTEST"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), PROTESTS)
def test_protest_in_words_is_a_complaint(text: str, plover: str) -> None:
    protests = [e for e in events_of(text) if text[e.trigger.start : e.trigger.end] == "protested"]
    assert [e.plover for e in protests] == [plover]


def test_recoded_actor_takes_the_country_of_its_dated_code() -> None:
    from newscoder.events.stage import recoded
    from newscoder.model import Actor

    sectors = frozenset({"ELI", "GOV"})
    actor = Actor(code="SCGSRB", name="Serbia", start=0, end=6, country="SCG")
    assert recoded(actor, "YUGSRB", sectors).country == "YUG"
    assert recoded(actor, "SCGSRB", sectors) is actor
    assert recoded(actor, "ELI", sectors).country == "SCG"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "country"), ACTOR_COUNTRIES)
def test_actor_country(text: str, country: str) -> None:
    from newscoder.eval.events import event_countries

    events = [e for e in events_of(text) if e.modality in COUNTED]
    assert any(country in event_countries(e) for e in events), [
        (e.plover, [a.code for a in e.source], [a.code for a in e.target]) for e in events
    ]


@pytest.mark.slow
def test_who_died_under_torture_is_the_victim() -> None:
    text = "A Palestinian detainee died as a result of torture while in Israeli army custody."
    (event,) = [e for e in events_of(text) if e.plover == "ASSAULT"]
    assert [a.name for a in event.target] and not any("detainee" in a.name for a in event.source)


# (sentence, PLOVER category, country among the event's actors)
ARGUMENTS = [
    # an adjectival passive's subject holds the stance
    ("Hungary is opposed to new sanctions against Moscow, a spokesman said.", "REJECT", "HUN"),
    # a request whose requested act the lexicon does not know is still a request
    ("A Brazilian judge ordered the former governor to hand in his passport.", "REQUEST", "BRA"),
    # an object counted "up to" is the object, though parsed as a particle and a phrase
    ("Pirates have kidnapped up to 12 Indian sailors from a cargo ship.", "ASSAULT", "IND"),
    # the recipient of what is pledged hangs on the pledging verb
    ("Norway and Japan pledged emergency aid to Nepal on Sunday.", "AGREE", "NPL"),
    # whom the act asked for is aimed at is the target of the request
    ("Church leaders called for sanctions against Zimbabwe on Friday.", "REQUEST", "ZWE"),
    # an object offered is the act, though a clause the parser hangs on the verb follows
    ("A Cuban envoy offered concessions that US officials said could end the row.", "AGREE", "CUB"),
    # troops ordered to act are asked to, not deployed
    ("Niger's junta ordered French troops to leave the country.", "REQUEST", "FRA"),
    # a name's gloss in brackets names the group it modifies
    ("The Hamas (Islamic Resistance Movement) group declared a truce on Sunday.", "RETREAT", "PSE"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover", "country"), ARGUMENTS)
def test_arguments_found(text: str, plover: str, country: str) -> None:
    from newscoder.eval.events import event_countries

    events = [e for e in events_of(text) if e.modality in COUNTED and e.plover == plover]
    assert any(country in event_countries(e) for e in events), [
        (e.plover, [a.code for a in e.source], [a.code for a in e.target]) for e in events_of(text)
    ]


# (sentence, source country, target country): a name before an event noun is whom it
# concerns when the clause names a doer of another country, else the doer itself
NOUN_MODIFIERS = [
    ("Canada announced new Sudan aid worth forty million dollars.", "CAN", "SDN"),
    ("Britain imposed fresh Belarus sanctions on state banks.", "GBR", None),
    ("US airstrikes killed five militants, officials said.", "USA", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "target"), NOUN_MODIFIERS)
def test_name_before_event_noun(text: str, source: str, target: str | None) -> None:
    events = [e for e in events_of(text) if e.modality in COUNTED]
    assert any(
        source in {a.country for a in e.source}
        and (target is None or target in {a.country for a in e.target})
        for e in events
    ), [(e.plover, [a.code for a in e.source], [a.code for a in e.target]) for e in events]


@pytest.mark.slow
def test_reporter_is_not_the_doer_of_violence_in_a_participle() -> None:
    text = "Fighting in the eastern region displaces thousands, the UN says."
    violent = [e for e in events_of(text) if e.plover == "ASSAULT"]
    assert not any(a.code.startswith("IGO") for e in violent for a in e.source)


# Violence by no one named, done in a place, is coded from the place's country (PETRARCH's
# and the PLOVER coders' convention); a place that is itself harmed is no source.
PLACED_VIOLENCE = [
    ("A roadside bombing near the town of Kandahar killed two Canadian soldiers.", "AFG"),
    ("Two Dutch soldiers were killed by a mine outside the Afghan city of Herat.", "AFG"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "country"), PLACED_VIOLENCE)
def test_violence_in_a_place_comes_from_there(text: str, country: str) -> None:
    (event,) = [e for e in events_of(text) if e.plover == "ASSAULT"]
    assert [a.country for a in event.source] == [country]
    assert event.target


@pytest.mark.slow
def test_those_carried_in_what_is_hit_are_the_victims() -> None:
    text = "Gunmen ambushed a bus carrying Shiite pilgrims near Baghdad."
    (event,) = [e for e in events_of(text) if e.plover == "ASSAULT"]
    assert any("pilgrims" in a.name for a in event.target)


# (sentence, trigger, country expected among the event's sources, country that must not be)
DOERS = [
    # the object of an appeal does what its infinitive says
    (
        "Egypt's foreign minister urged Israel to halt its offensive in Gaza.",
        "offensive",
        "ISR",
        "EGY",
    ),
    # an instrument's user does what the purpose clause says
    (
        "Liberian riot police used tear gas to disperse the crowd in Monrovia.",
        "disperse",
        "LBR",
        None,
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "doer", "not_doer"), DOERS)
def test_doer_of_an_infinitive(text: str, trigger: str, doer: str, not_doer: str | None) -> None:
    (event,) = [e for e in events_of(text) if text[e.trigger.start : e.trigger.end] == trigger]
    countries = {a.country for a in event.source}
    assert doer in countries and not_doer not in countries


@pytest.mark.slow
def test_pronoun_does_not_skip_a_nearer_uncoded_subject() -> None:
    text = "Police said the suspect was arrested after he stabbed two women in Leeds."
    assert not any(
        a.sector == "COP" for e in events_of(text) if e.plover == "ASSAULT" for a in e.source
    )


@pytest.mark.slow
def test_act_done_to_protest_is_the_protest() -> None:
    text = "Thousands of Kenyans took to the streets of Nairobi to protest against fuel prices."
    protests = [e for e in events_of(text) if e.plover == "PROTEST"]
    assert protests and all(e.modality in COUNTED for e in protests)


# (sentence, PLOVER category, target country): what is withdrawn, recalled or expelled
WITHDRAWN = [
    ("Chad will withdraw its troops from northern Mali, the army said.", "AGREE", "MLI"),
    ("Canada recalled its ambassador from Riyadh on Monday.", "SANCTION", "SAU"),
    ("Peru expelled the Venezuelan ambassador over the row.", "SANCTION", "VEN"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover", "country"), WITHDRAWN)
def test_what_is_withdrawn_from_whom(text: str, plover: str, country: str) -> None:
    events = [e for e in events_of(text) if e.plover == plover]
    assert events and country in {a.country for e in events for a in e.target}, [
        (e.plover, [a.code for a in e.source], [a.code for a in e.target]) for e in events_of(text)
    ]


@pytest.mark.slow
def test_noun_a_participle_modifies_is_its_victim() -> None:
    text = "Nigerian troops freed 30 schoolgirls abducted by Boko Haram in Borno state."
    (abduction,) = [
        e for e in events_of(text) if text[e.trigger.start : e.trigger.end] == "abducted"
    ]
    assert not any(a.sector == "MIL" for a in abduction.target)


# (sentence, word of the target's name): whom an act is aimed at, read through the parse's
# detours
AIMED_AT = [
    # the subject of a clause after "at"
    ("Indian police fired tear gas at farmers marching towards the capital.", "farmers"),
    # a place retaken from someone: they are the target (and "retook" is the model's lemma)
    ("Ukrainian forces retook the village from Russian troops on Monday.", "Russian"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word"), AIMED_AT)
def test_aimed_at(text: str, word: str) -> None:
    events = [e for e in events_of(text) if e.plover == "ASSAULT" and e.modality in COUNTED]
    assert any(word in a.name for e in events for a in e.target), [
        (e.plover, [a.code for a in e.source], [a.code for a in e.target]) for e in events
    ]


@pytest.mark.slow
def test_decision_is_an_intent_to_act() -> None:
    # as the CAMEO dictionary codes DECIDE: an intent to do what was decided (03)
    text = "Kenya's High Court decided to allow the opposition leader to run for office."
    decisions = [e for e in events_of(text) if e.cameo.startswith("03")]
    assert decisions and all(e.modality in COUNTED for e in decisions)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "'We will not end the strike until the ministry reverses its ruling,' a nurse said.",
            "reverses",
        ),
        (
            "The farmers will stay on the highway until the army withdraws from the village.",
            "withdraws",
        ),
    ],
)
def test_an_awaited_act_is_hypothetical(text: str, trigger: str) -> None:
    # an act in an "until" clause of a negated or future verb is a condition, not yet met
    assert modality_of(text, trigger) == "hypothetical"
