"""Parts of a phrase that several actors share, and where a route leads: invented sentences
in the project's own words.

A nationality written once before co-ordinated nouns modifies them all ("Iranian media and
officials"); a place list after "in" or "of" places each member ("lawmakers in France and
Germany"); a possessor names the country of an office ("Kenya's minister"); a road, border
crossing or cable that is shut or cut is aimed at where it leads ("the roads leading into X").
"""

from __future__ import annotations

import pytest

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2022-03-14").events


def sources(text: str) -> set[str]:
    return {a.code for e in events_of(text) for a in e.source}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Iranian media and officials accused Israel of sabotage.", {"IRNMED", "IRNGOV"}),
        ("Turkish troops and police raided the offices of a Kurdish party.", {"TURMIL", "TURCOP"}),
        # where they are, written once after the last conjunct
        ("Police and soldiers in Mali arrested 20 suspected jihadists.", {"MLICOP", "MLIMIL"}),
    ],
)
def test_a_nationality_written_once_modifies_every_conjunct(text: str, codes: set) -> None:
    assert codes <= sources(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "own", "other"),
    [
        # the conjunct's own modifier wins over the first noun's
        ("Iranian media and Western officials accused Israel of sabotage.", "IRNMED", "IRNGOV"),
    ],
)
def test_a_conjunct_with_its_own_modifier_keeps_it(text: str, own: str, other: str) -> None:
    found = sources(text)
    assert own in found
    assert other not in found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Lawmakers in France and Germany criticized the decision of Turkey.", {"FRA", "DEU"}),
        ("Diplomats from Norway and Sweden met rebel leaders in Bogota.", {"NOR", "SWE"}),
        # the stages coded the group with the list's first name only
        (
            "The ambassadors of Chile, Peru and Bolivia met Brazil's president.",
            {"CHL", "PER", "BOL"},
        ),
    ],
)
def test_each_place_of_a_list_places_the_group(text: str, codes: set) -> None:
    countries = {a.country for e in events_of(text) for a in e.source}
    assert codes <= countries


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # both groups, in both countries
        (
            "Lawmakers and officials in France and Germany criticized Turkey.",
            {"FRALEG", "DEULEG", "FRAGOV", "DEUGOV"},
        ),
        (
            "Diplomats and soldiers from Chile and Peru met rebel leaders in Bogota.",
            {"CHLGOV", "PERGOV", "CHLMIL", "PERMIL"},
        ),
    ],
)
def test_co_ordinated_groups_share_a_place_list(text: str, codes: set) -> None:
    assert codes <= sources(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Soldiers from Israel have cordoned off the roads leading into Gaza.", "PSE"),
        ("Turkish troops closed the border crossings leading into Syria.", "SYR"),
    ],
)
def test_a_route_shut_is_aimed_at_where_it_leads(text: str, target: str) -> None:
    targets = {a.country for e in events_of(text) for a in e.target}
    assert target in targets


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the parser reads "officers" as the subject of "holed", leaving "to" without object
        ("Peru has granted asylum to five Panamanian officers holed up in its embassy.", "PAN"),
        ("Jordan gave shelter to two Syrian pilots stranded near the border.", "SYR"),
    ],
)
def test_a_preposition_keeps_its_object_before_a_reduced_clause(text: str, target: str) -> None:
    targets = {a.country for e in events_of(text) for a in e.target}
    assert target in targets


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A camp for Congolese refugees was attacked by Burundian militiamen.", "COD"),
        ("The United States suspended part of a military aid program for Bosnia.", "BIH"),
    ],
)
def test_a_thing_hit_or_withheld_is_aimed_at_whom_it_serves(text: str, target: str) -> None:
    targets = {a.country for e in events_of(text) for a in e.target}
    assert target in targets


@pytest.mark.slow
def test_an_agreement_negotiated_for_someone_is_no_act_on_them() -> None:
    text = ("The Oslo talks aim to negotiate a transitional agreement for rebel militias to "
            "share power with the current Colombian government.")
    assert not any(a.name == "rebel militias" for e in events_of(text) for a in e.target)


@pytest.mark.slow
def test_a_for_inside_a_name_names_no_one_served() -> None:
    text = "Police in Lagos jailed 40 members of the Movement for the Survival of the Ogoni People."
    jailed = [e for e in events_of(text) if e.cameo.startswith("17")]
    assert jailed
    inside_name = text.index("Survival")
    assert all(a.start < inside_name for e in jailed for a in e.target)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "target"),
    [
        # "its" is singular: it cannot stand for the plural subject between it and the name
        ("Kenya closed the border weeks after crowds burned down its embassy in Juba.", "KEN"),
        ("Norway said rioters had attacked its consulate in Karachi.", "NOR"),
    ],
)
def test_its_skips_a_plural_subject(text: str, target: str) -> None:
    violent = [e for e in events_of(text) if e.cameo[:2] in ("17", "18", "19")]
    assert target in {a.country for e in violent for a in e.target}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "doer", "owner"),
    [
        # "its" is not the nationality of a plural noun; the owner, not the host town,
        # says whose embassy it is
        ("Iran fumed after Azerbaijani crowds attacked its embassy in Baku.", "AZE", "IRN"),
        ("Denmark protested after Pakistani mobs stormed its consulate in Karachi.", "PAK", "DNK"),
    ],
)
def test_its_embassy_is_the_owners(text: str, doer: str, owner: str) -> None:
    violent = [e for e in events_of(text) if e.cameo[:2] == "19"]
    assert violent
    assert owner in {a.country for e in violent for a in e.target}
    assert doer not in {a.country for e in violent for a in e.target}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The new US envoy presented his credentials to King Abdullah.", "USA", "JOR"),
        ("Ghana's ambassador presented her credentials to the president of Togo.", "GHA", "TGO"),
    ],
)
def test_presenting_credentials_is_a_diplomatic_act(text: str, source: str, target: str) -> None:
    acts = [e for e in events_of(text) if e.cameo[:2] == "05"]
    assert {a.country for e in acts for a in e.source} == {source}
    assert target in {a.country for e in acts for a in e.target}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the clause on the hope has a passive subject of its own: it is whom the hope is about
        ("Kenya expressed hope that Somalia could be drawn into the talks.", "SOM"),
        ("France voiced hope that Iran would be persuaded by its neighbours.", "IRN"),
    ],
)
def test_a_hope_is_about_the_subject_of_its_clause(text: str, target: str) -> None:
    hopes = [e for e in events_of(text) if e.cameo == "013"]
    assert target in {a.country for e in hopes for a in e.target}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Pope Francis appealed for peace in Ukraine on Sunday.", "UKR"),
        ("The UN chief called for an end to the fighting in Sudan.", "SDN"),
        ("The EU demanded a ceasefire in Gaza.", "PSE"),
    ],
)
def test_an_appeal_is_aimed_where_it_asks_for_something(text: str, target: str) -> None:
    asks = [e for e in events_of(text) if e.cameo[:2] in ("02", "10")]
    assert target in {a.country for e in asks for a in e.target}
    # the place asked about is not where the one asking comes from
    assert target not in {a.country for e in asks for a in e.source}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The pope criticized the violence in Syria.", "SYR"),
        ("Rights groups condemned the crackdown in Iran.", "IRN"),
    ],
)
def test_a_reaction_to_what_happened_in_a_country_is_aimed_at_it(text: str, target: str) -> None:
    reactions = [e for e in events_of(text) if e.cameo[:2] == "11"]
    assert {a.country for e in reactions for a in e.target} == {target}
    # and the one reacting is not placed there
    assert target not in {a.country for e in reactions for a in e.source}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Turkey's defence ministry said its jets struck Kurdish militant targets in Iraq.", "TUR"),
        ("The Nigerian army said its troops attacked a militant camp near Lake Chad.", "NGA"),
    ],
)
def test_the_owner_of_the_forces_or_weapons_is_the_doer(text: str, source: str) -> None:
    violent = [e for e in events_of(text) if e.cameo[:2] in ("18", "19")]
    assert source in {a.country for e in violent for a in e.source}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Japan and South Korea held talks on North Korea's missile programme.", "PRK"),
        ("Egypt and Jordan held a meeting about Israel's plans for the West Bank.", "ISR"),
    ],
)
def test_talks_on_a_third_party_are_not_held_with_it(text: str, topic: str) -> None:
    talks = [e for e in events_of(text) if e.cameo[:2] == "04"]
    assert talks
    assert topic not in {a.country for e in talks for a in e.source + e.target}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a fronted participle is said of the main clause's subject, passive or not
        ("Rebuked by Washington, Pakistan was forced to close the camps.", "USA", "PAK"),
        ("Attacked by rebels, the Malian army was pushed out of Kidal.", None, "MLI"),
    ],
)
def test_a_fronted_passive_participle_targets_the_main_subject(
    text: str, source: str | None, target: str
) -> None:
    first = min(events_of(text), key=lambda e: e.trigger.start)
    assert {a.country for a in first.target} == {target}
    assert source is None or {a.country for a in first.source} == {source}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "near", "far"),
    [
        # of the names after a head, the nearest: not the last of a chain of "of" phrases
        ("The EU demanded the withdrawal of Serbian forces from Bosnia.", "SRB", "BIH"),
        ("The US warned the people of Iraq of the dangers posed by Iran.", "IRQ", "IRN"),
    ],
)
def test_the_nearest_name_after_a_head_is_the_party(text: str, near: str, far: str) -> None:
    first = min(events_of(text), key=lambda e: e.trigger.start)
    countries = {a.country for a in first.target}
    assert near in countries
    assert far not in countries


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("North Korea fired two artillery shells near a naval vessel from South Korea.", "KOR"),
        ("Russian missiles struck near Kharkiv overnight.", "UKR"),
    ],
)
def test_violence_near_someone_is_aimed_at_them(text: str, target: str) -> None:
    violent = [e for e in events_of(text) if e.cameo[:2] in ("18", "19")]
    assert target in {a.country for e in violent for a in e.target}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sides", "town"),
    [
        # a truce is signed between its parties, not with the town it was signed in
        ("Armenia and Azerbaijan signed a ceasefire in Moscow.", {"ARM", "AZE"}, "RUS"),
    ],
)
def test_a_truce_is_between_its_parties(text: str, sides: set, town: str) -> None:
    truces = [e for e in events_of(text) if e.cameo.startswith("087")]
    assert truces
    targets = {a.country for e in truces for a in e.target}
    assert town not in targets
    assert sides <= targets


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sides", "town"),
    [
        # an agreement reached by a state and its rebels abroad is between the two of them
        ("Colombia and the FARC agreed on a ceasefire in Havana.", {"COL"}, "CUB"),
        # a peace deal signed in a third country's city
        ("Ethiopia and the TPLF signed a peace deal in Pretoria.", {"ETH"}, "ZAF"),
        ("Israel and Hamas agreed to a truce in Cairo.", {"ISR", "PSE"}, "EGY"),
    ],
)
def test_the_venue_of_a_joint_act_is_no_party(text: str, sides: set, town: str) -> None:
    events = events_of(text)
    targets = {a.country for e in events for a in e.target}
    sources = {a.country for e in events for a in e.source}
    assert town not in targets | sources
    assert sides <= targets
    assert sides <= sources


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "home", "venue"),
    [
        # rebels or an opposition who deal with one state are its own, wherever they meet
        ("Venezuela's government and the opposition held talks in Oslo.", "VEN", "NOR"),
        ("Sudan's army and the rebels signed a truce in Jeddah.", "SDN", "SAU"),
        (
            "The Philippine government and the rebels agreed to resume talks in Kuala Lumpur.",
            "PHL",
            "MYS",
        ),
    ],
)
def test_parties_meeting_abroad_keep_their_country(text: str, home: str, venue: str) -> None:
    events = events_of(text)
    countries = {a.country for e in events for a in e.source + e.target}
    assert countries == {home}
    assert venue not in countries
