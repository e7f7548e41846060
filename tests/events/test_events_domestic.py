"""People of no stated country who protest against or make demands of one state's organs are
that state's citizens, unless the sentence places them abroad: invented sentences in the
project's own words."""

from __future__ import annotations

import pytest

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2023-05-09").events


def source_countries(text: str, root: str) -> set[str | None]:
    return {a.country for e in events_of(text) if e.cameo[:2] == root for a in e.source}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "root", "country"),
    [
        ("Thousands of students staged rallies against President Ruto's government.", "14", "KEN"),
        ("Striking dock workers demanded that the Chilean government drop the bill.", "10", "CHL"),
    ],
)
def test_citizens_protest_their_own_state(text: str, root: str, country: str) -> None:
    assert source_countries(text, root) == {country}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "root", "country"),
    [
        # a town abroad: the protesters are not the target's citizens
        ("Students rallied in Lahore against the Indian government.", "14", "IND"),
    ],
)
def test_a_place_abroad_keeps_them_apart(text: str, root: str, country: str) -> None:
    assert country not in source_countries(text, root)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Rebels in the Ivory Coast dismissed an appeal from President Laurent Gbago.", "CIV"),
        ("Kenyan opposition leaders criticized the president over the tax bill.", "KEN"),
    ],
)
def test_people_defy_their_own_rulers(text: str, country: str) -> None:
    acts = [e for e in events_of(text) if e.cameo[:2] in ("11", "12")]
    assert {a.country for e in acts for a in e.target} == {country}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # groups that speak from anywhere, and a state's diplomatic protest, stay apart
        "Human rights groups condemned the Chinese government.",
        "Serbia lodged an official protest with Albania.",
    ],
)
def test_no_citizenship_for_outside_critics(text: str) -> None:
    acts = [e for e in events_of(text) if e.cameo[:2] == "11"]
    assert acts
    sources = {a.country for e in acts for a in e.source}
    targets = {a.country for e in acts for a in e.target}
    assert not (sources & targets), (sources, targets)


def countries_of(text: str) -> tuple[set[str | None], set[str | None]]:
    events = events_of(text)
    return (
        {a.country for e in events for a in e.source},
        {a.country for e in events for a in e.target},
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # rebels of no stated country whose demands one state's government meets are its own
        ("The Nepalese government accepted demands from the rebels.", "NPL", "NPL"),
        # an attempt on a state's leader, where no other state is named
        ("Militants tried to kill Pakistan's interior minister.", "PAK", "PAK"),
        # a judge who opens a case against one state's officials, no other state named
        ("A judge charged three Peruvian ministers with fraud.", "PER", "PER"),
    ],
)
def test_a_one_country_affair_is_domestic(text: str, source: str, target: str) -> None:
    sources, targets = countries_of(text)
    assert source in sources
    assert target in targets


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "foreign"),
    [
        # force against a state's troops or convoys is no sign of the attackers' nationality
        ("Insurgents ambushed a French convoy.", "FRA"),
        ("Militants attacked American soldiers with mortars.", "USA"),
    ],
)
def test_force_against_a_state_tells_no_home(text: str, foreign: str) -> None:
    sources, _ = countries_of(text)
    assert foreign not in sources


def target_codes(text: str, root: str) -> set[str]:
    return {a.code for e in events_of(text) if e.cameo[:2] == root for a in e.target}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        # a state's organ acts at home when the sentence names no other state
        ("Riot police in Lima arrested dozens of students.", "17", None),
        ("Ghana's finance minister refused to step down.", "12", "GHA"),
        ("The Bolivian government threatened to declare a state of emergency.", "13", "BOL"),
        # police who fire on no one named fire at home
        ("Bolivian police opened fire on Monday.", "19", "BOL"),
        # ... but at those they fire to disperse, when the aim names them
        ("Bolivian police opened fire to disperse a crowd of miners on Monday.", "19", "BOLLAB"),
        # protesters who name no one protest against their own government
        ("Malawian demonstrators rioted on Sunday.", "14", "MWIGOV"),
    ],
)
def test_a_domestic_act_with_no_one_named_is_done_at_home(
    text: str, root: str, target: str | None
) -> None:
    codes = target_codes(text, root)
    assert codes
    if target is not None:
        assert target in codes


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "root"),
    [
        # a second state named: no telling where the act is aimed
        ("Ghana's finance minister refused to step down despite pressure from Nigeria.", "12"),
        # a state itself acts abroad as often as at home
        ("Chile threatened to retaliate.", "13"),
    ],
)
def test_no_home_target_where_it_is_unsure(text: str, root: str) -> None:
    assert "GHA" not in target_codes(text, root)
    assert "CHL" not in target_codes(text, root)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a people "of" a place in another country belongs to the country it lives in
        ("The Hungarians of Romania demanded schools in their own language.", "ROU"),
        ("The Albanians of northern Macedonia demanded more jobs.", "MKD"),
    ],
)
def test_a_people_of_a_place_is_coded_where_it_lives(text: str, country: str) -> None:
    assert source_countries(text, "10") == {country}


@pytest.mark.slow
def test_a_people_merely_in_a_place_keeps_its_country() -> None:
    assert source_countries("Americans in Iraq criticised the government.", "11") == {"USA"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "root", "name"),
    [
        # the text names no target: the record names the country, not a word of the sentence
        ("Ghana's finance minister refused to step down.", "12", "Ghana"),
        ("Malawian demonstrators rioted on Sunday.", "14", "government of Malawi"),
    ],
)
def test_a_home_target_is_named_by_its_country(text: str, root: str, name: str) -> None:
    names = {a.name for e in events_of(text) if e.cameo[:2] == root for a in e.target}
    assert names == {name}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "root"),
    [
        # force with no one named is not turned on the doer's own country, save by police
        ("Israeli jets struck overnight, the army said.", "19"),
        ("Russian troops opened fire on Monday night.", "19"),
        # intentions and aid are had with a partner the sentence does not name
        ("The Assad regime is prepared to negotiate.", "03"),
        ("The Kenyan government sent food aid on Monday.", "07"),
    ],
)
def test_no_home_target_for_acts_had_with_a_partner_or_an_enemy(text: str, root: str) -> None:
    targets = [a for e in events_of(text) if e.cameo[:2] == root for a in e.target]
    assert targets == []
