"""Regions and peoples inside a state (issue 15): invented phrases.

A region whose name ends in another state's name is not that state ("Northern Ireland" is
British, not Irish); a people or region named before a role gives the country of those it
qualifies; former names of states still name them."""

from __future__ import annotations

import pytest

from newscoder.actors.stage import code_phrase

WHEN = "2011-05-03"


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        ("Northern Ireland", "GBR"),
        ("Northern Ireland police", "GBR"),
        ("the Scottish government", "GBR"),
        ("Chechen fighters", "RUS"),
        ("Tamil separatists", "LKA"),
        ("Tibetan monks", "CHN"),
        ("Uighur activists", "CHN"),
        ("Basque separatists", "ESP"),
        ("Kampuchean troops", "KHM"),
        ("Zairean soldiers", "COD"),
    ],
)
def test_a_region_or_people_gives_its_state(phrase: str, country: str) -> None:
    found = code_phrase(phrase, WHEN)
    assert found is not None and found.country == country, found


@pytest.mark.parametrize(("phrase", "country"), [("Ireland", "IRL"), ("the Irish army", "IRL")])
def test_the_state_itself_keeps_its_code(phrase: str, country: str) -> None:
    found = code_phrase(phrase, WHEN)
    assert found is not None and found.country == country, found


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("up to 400 Malian soldiers", "MLIMIL"),
        ("close to 2,000 Syrian refugees", "SYRREF"),
        ("well over 300 Nigerian police officers", "NGACOP"),
    ],
)
def test_a_quantifier_with_to_or_over_does_not_end_the_phrase(phrase: str, code: str) -> None:
    found = code_phrase(phrase, WHEN)
    assert found is not None and found.code == code, found


def test_to_after_a_role_still_ends_the_phrase() -> None:
    found = code_phrase("the envoy to Mali", WHEN)
    assert found is None or found.country != "MLI", found


@pytest.mark.parametrize(
    ("phrase", "not_country"),
    [
        ("negotiators in Doha", "QAT"),
        ("mediators in Vienna", "AUT"),
        ("peacekeepers in South Sudan", "SSD"),
        ("election observers in Lusaka", "ZMB"),
    ],
)
def test_where_visitors_meet_or_serve_is_not_their_country(phrase: str, not_country: str) -> None:
    found = code_phrase(phrase, WHEN)
    assert found is None or found.country != not_country, found


@pytest.mark.parametrize(
    ("phrase", "country"),
    [("diplomats from Ghana", "GHA"), ("militants in Mogadishu", "SOM")],
)
def test_where_others_are_or_come_from_still_gives_their_country(phrase: str, country: str) -> None:
    found = code_phrase(phrase, WHEN)
    assert found is not None and found.country == country, found


@pytest.mark.parametrize(
    ("word", "code"),
    [("Ukrainian", "UKR"), ("Armenians", "ARM"), ("Croatian", "HRV"), ("South Sudan", "SSD")],
)
def test_a_state_whose_code_changed_is_a_country(word: str, code: str) -> None:
    # Phoenix files these under their former state first ("USRUKR" until 1991): the KB
    # build must still read them as countries, or their demonyms are no nationality
    from newscoder.actors.kb import country_code

    assert country_code(word) == code


def test_two_nationalities_before_one_noun_give_both() -> None:
    from newscoder.actors.stage import code_phrase_all

    found = {c.country for c, _ in code_phrase_all("Russian and Ukrainian officials", WHEN)}
    assert {"RUS", "UKR"} <= found, found


@pytest.mark.parametrize(
    ("phrase", "code"),
    [("Swedish diplomats", "SWEGOV"), ("Azeri troops", "AZEMIL"), ("Kazakh police", "KAZCOP")],
)
def test_demonyms_the_base_lacked_give_their_state(phrase: str, code: str) -> None:
    found = code_phrase(phrase, WHEN)
    assert found is not None and found.code == code, found


def test_a_misspelt_country_root_of_the_dictionaries_is_put_right() -> None:
    from newscoder.actors.kb_build import respelt

    assert respelt("ANGREB") == "AGOREB"
    assert respelt("KENGOV") == "KENGOV"
    found = code_phrase("UNITA", "1998-01-01")
    assert found is not None and found.country == "AGO", found
