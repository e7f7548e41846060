"""Who did what to whom in real-news syntax (issue 15): invented sentences in the project's
own words.

- a participle or infinitive clause without a subject takes the main clause's subject, and
  the pronoun that is that subject never stands for a name inside the clause (binding);
- a sentence that instructs the reader ("To contact us visit ...") reports no event;
- a list inside an organisation's name ("the Islamic State in Iraq and Syria") is one party;
- the target of an intent, refusal or threat is named by the act intended ("offered to hand
  over the suspects to Britain") or by the author of what is answered ("rejected a Kenyan
  proposal", "an appeal from the president");
- a verb that only says an event noun happened ("fighting broke out") is no second event;
- a sector word before an act noun ("military aid") makes no actor.
"""

from __future__ import annotations

import pytest

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2021-03-09").events


def countries(actors: list) -> set[str]:  # type: ignore[type-arg]
    return {a.country for a in actors if a.country}


# (sentence, a name that must not be a source: it is the object of the participle)
PARTICIPLE_OBJECTS = [
    ("Having overrun Mali's north, it is now pushing towards the capital.", "MLI"),
    ("After shelling Ukraine for a week, it announced a pause.", "UKR"),
    ("Having blockaded Qatar for months, it then lifted the embargo.", "QAT"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "country"), PARTICIPLE_OBJECTS)
def test_pronoun_is_not_its_own_object(text: str, country: str) -> None:
    sources = {c for e in events_of(text) for c in countries(e.source)}
    assert country not in sources, sources


# Sentences addressed to the reader: instructions, not reports.
INSTRUCTIONS = [
    "To contact the Workers Party and the Labour Front visit: example.org/contact",
    "To support the Red Cross appeal for Syria donate online.",
    "Meet the candidates before the vote in Kenya.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", INSTRUCTIONS)
def test_instructions_to_the_reader_code_no_event(text: str) -> None:
    assert not events_of(text), [(e.cameo, e.plover) for e in events_of(text)]


# (sentence, a country inside the organisation's name, never a party of its own)
NAMES_WITH_LISTS = [
    ("Kurdish fighters attacked the Islamic State in Iraq and Syria near Kobani.", "SYR"),
    ("Fighting continued between rebel factions and the Islamic State in Iraq and Syria.", "SYR"),
    ("Turkish jets bombed the Islamic State in Iraq and the Levant on Sunday.", "IRQ"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "country"), NAMES_WITH_LISTS)
def test_a_list_inside_a_name_is_one_party(text: str, country: str) -> None:
    events = events_of(text)
    parties = {a.code for e in events for a in e.source + e.target}
    assert events and country not in parties, parties


# (sentence, CAMEO root, source country, target country)
INTENDED_TARGETS = [
    ("Sudan has offered to hand over two suspects to Egypt.", "03", "SDN", "EGY"),
    ("Canada refused to deploy troops in Haiti.", "12", "CAN", "HTI"),
    ("The rebels threatened to resume attacks in Colombia.", "13", "", "COL"),
    ("Ghana rejected a Nigerian proposal to reopen the border.", "12", "GHA", "NGA"),
    ("Chile will support Bolivia's bid to join the trade bloc.", "03", "CHL", "BOL"),
    ("The rebels dismissed an appeal from the Malian president to disarm.", "12", "", "MLI"),
    ("Japan agreed to provide emergency loans for Sri Lanka.", "03", "JPN", "LKA"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root", "source", "target"), INTENDED_TARGETS)
def test_target_named_by_the_act_intended_or_answered(
    text: str, root: str, source: str, target: str
) -> None:
    events = [e for e in events_of(text) if e.cameo.startswith(root)]
    described = [(e.cameo, countries(e.source), countries(e.target)) for e in events]
    assert any(target in countries(e.target) for e in events), described
    if source:
        assert any(source in countries(e.source) for e in events), described


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Fighting broke out between Sudanese soldiers and rebels near El Fasher.",
        "Clashes erupted between Armenian and Azerbaijani troops on the border.",
    ],
)
def test_a_verb_of_occurrence_is_no_second_event(text: str) -> None:
    triggers = {text[e.trigger.start : e.trigger.end].lower() for e in events_of(text)}
    assert triggers and not triggers & {"broke", "erupted"}, triggers


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The minister promised to continue military aid to Somalia.",
        "The group vowed to step up terrorist activities in Kenya.",
    ],
)
def test_an_act_noun_is_no_actor(text: str) -> None:
    from newscoder.eval.events import analyse

    names = {a.name.lower() for a in analyse(text, "2021-03-09").actors}
    assert not names & {"military aid", "terrorist activities"}, names


# (sentence, CAMEO root, target country): a protest's target named by what it is against
PROTESTED = [
    (
        "Nurses in Nairobi staged a strike in protest against cuts by the Kenyan government.",
        "14",
        "KEN",
    ),
    ("Students marched in Minsk in defiance of the Belarusian authorities.", "14", "BLR"),
    ("Farmers held a hunger strike in protest of the Indian government's new laws.", "14", "IND"),
]

# (sentence, CAMEO root, target country): control over a territory is undergone by its state
TERRITORIAL = [
    ("Nigerian authorities imposed a curfew in the town of Jos.", "17", "NGA"),
    ("Ethiopia lifted the state of emergency in Tigray on Monday.", "08", "ETH"),
    ("Russia reinforced its troops in Belarus last week.", "15", "BLR"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root", "target"), PROTESTED + TERRITORIAL)
def test_target_of_a_protest_or_of_control_over_a_place(text: str, root: str, target: str) -> None:
    events = [e for e in events_of(text) if e.cameo.startswith(root)]
    described = [(e.cameo, countries(e.source), countries(e.target)) for e in events]
    assert any(target in countries(e.target) for e in events), described


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The curfew imposed in Sudan last month was shortened by an hour.",
        "A state of siege was declared in Haiti on Saturday.",
    ],
)
def test_control_told_without_anyone_acting_is_no_event(text: str) -> None:
    assert not [e for e in events_of(text) if e.cameo.startswith("17")]


# (sentence, source country, target country): an event noun with a partner told in a time
# adjunct is the clause subject's act, not the place's
ADJUNCT_PARTNERS = [
    ("Malian troops retook the town of Gao after heavy fighting with jihadists.", "MLI", "REB"),
    (
        "Kenyan police sealed the border after two days of clashes with Somali militias.",
        "KEN",
        "SOM",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "target"), ADJUNCT_PARTNERS)
def test_partner_noun_in_a_time_adjunct_takes_the_clause_subject(
    text: str, source: str, target: str
) -> None:
    events = [e for e in events_of(text) if e.cameo.startswith("19")]
    described = [([a.code for a in e.source], [a.code for a in e.target]) for e in events]
    assert any(
        source in countries(e.source) and any(target in a.code for a in e.target) for e in events
    ), described


@pytest.mark.parametrize(
    ("phrase", "country"),
    [("Western Cambodia", "KHM"), ("Northern Mali", "MLI"), ("Eastern Ukraine", "UKR")],
)
def test_a_compass_word_names_a_part_of_the_country(phrase: str, country: str) -> None:
    from newscoder.actors.stage import code_phrase

    coded = code_phrase(phrase)
    assert coded is not None and coded.code == country, coded


@pytest.mark.parametrize(
    ("name", "date", "code"),
    [
        ("Xi", "2024-03-01", "CHNGOV"),
        ("Viktor Orban", "2024-03-01", "HUNGOV"),
        ("Donald Tusk", "2016-06-01", "IGOEUREEC"),
        ("Donald Tusk", "2024-06-01", "POLGOV"),
        ("Kais Saied", "2023-01-10", "TUNGOV"),
    ],
)
def test_leaders_in_world_news_have_their_dated_office(name: str, date: str, code: str) -> None:
    from newscoder.actors.stage import code_phrase

    coded = code_phrase(name, date)
    assert coded is not None and coded.code == code, coded


@pytest.mark.slow
def test_two_leaders_who_met_are_coded_both_ways() -> None:
    events = [e for e in events_of("Xi and Putin met in Beijing on Thursday.") if e.cameo == "040"]
    dyads = {(s.country, t.country) for e in events for s in e.source for t in e.target}
    assert {("CHN", "RUS"), ("RUS", "CHN")} <= dyads, dyads


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The Kenyan president, who met Uganda's president on Friday, pledged aid to Somalia.",
            "04",
        ),
        ("Rebels, who attacked an army base on Sunday, promised to free the hostages.", "19"),
    ],
)
def test_a_finite_relative_clause_keeps_its_own_modality(text: str, code: str) -> None:
    found = {e.modality for e in events_of(text) if e.cameo.startswith(code)}
    assert found == {"asserted"}, found


@pytest.mark.slow
def test_a_pronoun_is_not_the_noun_its_relative_object_stands_for() -> None:
    text = (
        "The Malian rebels said they would free the mayor and ten members of his council, "
        "whom they had taken hostage last week."
    )
    events = [e for e in events_of(text) if e.cameo.startswith("18")]
    sources = {a.name for e in events for a in e.source}
    assert events and "council" not in " ".join(sources) and "mayor" not in " ".join(sources)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The United Nations criticized Myanmar's military for attacks on villages.", "MMR"),
        ("Amnesty condemned Ethiopia's army for the shelling of Mekelle.", "ETH"),
    ],
)
def test_the_one_blamed_for_an_act_did_it(text: str, doer: str) -> None:
    events = [e for e in events_of(text) if e.cameo.startswith("19")]
    assert any(doer in countries(e.source) for e in events), [
        (e.cameo, countries(e.source)) for e in events
    ]


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("schoolgirls", "CVL"),
        ("army officers", "MIL"),
        ("police officers", "COP"),
        ("herders", "AGR"),
    ],
)
def test_victims_and_doers_named_by_role_are_actors(phrase: str, code: str) -> None:
    from newscoder.actors.stage import code_phrase

    coded = code_phrase(phrase)
    assert coded is not None and coded.code == code, coded


# (sentence, CAMEO root, source country, target country): a demand named by a noun is made
# by its owner, addressed to the subject of its clause, and a demand another act answers is
# no second demand
DEMAND_NOUNS = [
    (
        "The African Union renewed its demand that Sudan end the siege of El Fasher.",
        "10",
        "",
        "SDN",
    ),
    (
        "The opposition insisted on its demand that the Kenyan government cut taxes.",
        "10",
        "",
        "KEN",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root", "source", "target"), DEMAND_NOUNS)
def test_a_demand_noun_has_its_author_and_addressee(
    text: str, root: str, source: str, target: str
) -> None:
    events = [e for e in events_of(text) if e.cameo.startswith(root)]
    described = [(e.cameo, e.source, countries(e.target)) for e in events]
    assert any(e.source and target in countries(e.target) for e in events), described


@pytest.mark.slow
def test_an_appeal_that_is_turned_down_is_not_coded_again() -> None:
    text = "Rebels in Mali dismissed an appeal from the Malian president to lay down their arms."
    roots = [e.cameo[:2] for e in events_of(text)]
    assert "12" in roots and "02" not in roots, roots


# (sentence, CAMEO root, source country, target code part): nominal violence in the news
NOMINAL_VIOLENCE = [
    ("The killing of a reporter by Honduran police sparked anger.", "19", "HND", "MED"),
    ("Russia's bombardment of Kharkiv went on for a third night.", "19", "RUS", "UKR"),
    ("Officials said Russia had launched 30 drones at Odesa overnight.", "19", "RUS", "UKR"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root", "source", "target"), NOMINAL_VIOLENCE)
def test_nominal_violence_has_its_doer_and_victim(
    text: str, root: str, source: str, target: str
) -> None:
    events = [e for e in events_of(text) if e.cameo.startswith(root)]
    described = [(e.cameo, countries(e.source), [a.code for a in e.target]) for e in events]
    assert any(
        source in countries(e.source) and any(target in a.code for a in e.target) for e in events
    ), described


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Nigeria condemned the abduction of two Chinese engineers by Boko Haram.", "NGAREB"),
        ("Iraq condemned the attack on its embassy by Swedish protesters.", "SWE"),
    ],
)
def test_a_condemnation_targets_the_doer_of_the_act(text: str, target: str) -> None:
    events = [e for e in events_of(text) if e.cameo.startswith("11")]
    assert any(any(a.code.startswith(target) for a in e.target) for e in events), [
        (e.cameo, [a.code for a in e.target]) for e in events
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    ["The killing of the tax bill angered the unions.", "Critics mourned the killing of the deal."],
)
def test_a_killed_bill_is_no_violence(text: str) -> None:
    assert not [e for e in events_of(text) if e.cameo[:2] in ("18", "19", "20")]


@pytest.mark.slow
def test_a_toll_after_an_alleged_act_is_part_of_it() -> None:
    text = (
        "Ethiopia's government accused the rebels of shelling a market in Mekelle, "
        "killing at least 15 civilians."
    )
    events = events_of(text)
    government_violence = [
        e
        for e in events
        if e.cameo[:2] in ("18", "19", "20") and any(a.code == "ETHGOV" for a in e.source)
    ]
    assert not government_violence, [(e.cameo, e.source) for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI, June 4 (Reuters) - Kenyan police fired tear gas at protesters in the capital.",
        "GOMA (AFP) - Rebels attacked an army base near the city on Sunday.",
    ],
)
def test_a_dateline_is_never_an_actor(text: str) -> None:
    from newscoder.eval.events import analyse

    analysis = analyse(text, "2024-06-04")
    dateline = text.split(",")[0].split(" (")[0]
    names = {a.name for a in analysis.actors}
    assert dateline not in names, names
    assert analysis.events, "the story's own event is still coded"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Japan welcomed proposals from South Korea on the fishing dispute.", "KOR"),
        ("Ghana rejected a plan sent by Togo to reopen the border.", "TGO"),
    ],
)
def test_a_reaction_to_what_someone_sent_targets_its_author(text: str, target: str) -> None:
    events = [e for e in events_of(text) if e.cameo[:2] in ("05", "12")]
    assert any(target in countries(e.target) for e in events), [
        (e.cameo, countries(e.target)) for e in events
    ]


# (sentence, the country of the town hit): violence on a town with no one there named
TOWNS_HIT = [
    ("Syrian jets bombed a market in Idlib.", "SYR"),
    ("Russian forces shelled Kharkiv on Friday, Ukrainian officials said.", "UKR"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "country"), TOWNS_HIT)
def test_violence_on_a_town_targets_its_state(text: str, country: str) -> None:
    events = [e for e in events_of(text) if e.cameo[:2] in ("18", "19", "20")]
    assert any(any(a.code == country for a in e.target) for e in events), [
        (e.cameo, [a.code for a in e.target]) for e in events
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Turkish troops in Iraq came under attack from PKK militants.", "TUR", "TUR"),
        ("The city of Mariupol remained under siege by Russian forces.", "RUS", "UKR"),
    ],
)
def test_being_under_attack_makes_the_subject_the_target(
    text: str, source: str, target: str
) -> None:
    events = [e for e in events_of(text) if e.cameo[:2] == "19"]
    described = [(e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in events]
    assert any(target in countries(e.target) for e in events), described
    assert any(source in countries(e.source) for e in events), described
    assert not [e for e in events_of(text) if e.cameo.startswith("0")], "no arrival is coded"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Thousands of students marched in Belgrade against the new education law.", "SRBGOV"),
        ("Farmers blocked roads near Nairobi to demand lower fuel prices.", "KENGOV"),
    ],
)
def test_citizens_protesting_a_policy_target_their_government(text: str, target: str) -> None:
    events = [e for e in events_of(text) if e.cameo[:2] == "14"]
    assert any(any(a.code == target for a in e.target) for e in events), [
        (e.cameo, [a.code for a in e.target]) for e in events
    ]


@pytest.mark.slow
def test_a_protest_with_no_objection_is_aimed_at_home_only() -> None:
    # people of no stated country protesting where one country only is named are coded at
    # home, as a domestic protest (see home_target); no one abroad is guessed
    events = [e for e in events_of("Students protested in Dhaka on Monday.") if e.cameo[:2] == "14"]
    assert events and all({a.country for a in e.target} <= {"BGD"} for e in events)


@pytest.mark.slow
def test_his_stands_for_one_person_not_a_group_named_before() -> None:
    from newscoder.eval.events import analyse

    text = "Malian rebels demanded the removal of President Juan Perez and his ruling party."
    codes = {a.name: a.code for a in analyse(text, "2021-03-09").actors}
    assert not codes.get("ruling party", "").endswith("REB"), codes


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of nurses walked through central Accra on Friday to protest against cuts in "
        "hospital budgets.",
        "Crowds of students gathered outside the parliament in Lima to object to higher tuition "
        "fees.",
    ],
)
def test_a_protest_target_is_never_its_objection(text: str) -> None:
    # what a protest is against ("cuts in hospital budgets") is a topic, not an actor: the
    # implied government is named as such and placed at the protest, not at the clause
    events = [e for e in events_of(text) if e.cameo[:2] == "14"]
    named = [(e.cameo, a.code, a.name) for e in events for a in e.target]
    assert all(
        "budget" not in name and "fees" not in name and " to " not in f" {name} "
        for _, _, name in named
    ), named
