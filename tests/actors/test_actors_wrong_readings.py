"""Names that look like a known actor but are not (issue 15): invented phrases.

A region named with a country's name and a landform is not that country; a word after a
title is read as a person's surname only when it is one; a common short form of a known
organisation is that organisation."""

from __future__ import annotations

import pytest

from newscoder.actors.stage import code_phrase

WHEN = "2024-09-10"


@pytest.mark.parametrize(
    ("phrase", "wrong"),
    [
        ("the Niger Delta", "NER"),
        ("Lake Chad", "TCD"),
        ("the Congo Basin", "COG"),
        ("the Jordan Valley", "JOR"),
    ],
)
def test_a_landform_with_a_country_name_is_not_the_country(phrase: str, wrong: str) -> None:
    found = code_phrase(phrase, WHEN)
    assert found is None or found.country != wrong, found


@pytest.mark.parametrize(
    ("phrase", "country"),
    [("Niger", "NER"), ("Niger soldiers", "NER"), ("Chad's army", "TCD"), ("Ivory Coast", "CIV")],
)
def test_the_country_alone_is_still_the_country(phrase: str, country: str) -> None:
    found = code_phrase(phrase, WHEN)
    assert found is not None and found.country == country, found


@pytest.mark.parametrize("phrase", ["Sovereign State", "a Sovereign State"])
def test_state_after_a_title_is_not_the_state_department(phrase: str) -> None:
    found = code_phrase(phrase, WHEN)
    assert found is None or found.country != "USA", found


@pytest.mark.parametrize(
    ("phrase", "code"),
    [("President Mugabe", "ZWEGOV"), ("Minister Lavrov", "RUSGOV")],
)
def test_a_surname_after_a_title_still_names_the_person(phrase: str, code: str) -> None:
    found = code_phrase(phrase, "2014-01-13")
    assert found is not None and found.code == code, found


@pytest.mark.parametrize(
    ("phrase", "code"),
    [("Amnesty", "NGOHRIAMN"), ("Amnesty International", "NGOHRIAMN")],
)
def test_a_short_form_names_the_organisation(phrase: str, code: str) -> None:
    found = code_phrase(phrase, WHEN)
    assert found is not None and found.code == code, found


@pytest.mark.parametrize("phrase", ["an amnesty", "a general amnesty"])
def test_the_common_noun_is_no_organisation(phrase: str) -> None:
    assert code_phrase(phrase, WHEN) is None
