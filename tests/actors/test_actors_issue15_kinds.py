"""Actor codes of ordinary news (issue 15): the pope is the Holy See's, a role word alone never
puts its sector in the country field, the names of wars and elections are no actors, a first
name written must be the known person's, and what a group calls "their" forces is the group's
as a whole. Invented sentences and phrases."""

from __future__ import annotations

import pytest

from newscoder.actors.stage import code_phrase
from newscoder.model import Actor


def actors_of(text: str) -> list[tuple[str, str]]:
    from newscoder.eval.events import analyse

    found: list[Actor] = analyse(text, "2024-03-05").actors
    return [(a.code, text[a.start : a.end]) for a in found]


@pytest.mark.issue(15)
@pytest.mark.parametrize("text", ["the pope", "Pope Francis", "the Pope", "the pontiff"])
def test_the_pope_is_the_holy_see(text: str) -> None:
    found = code_phrase(text, "2024-03-05")
    assert found is not None
    assert (found.country, found.sector) == ("VAT", "REL")


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "country"),
    [("the Vatican", "VAT"), ("the Holy See", "VAT"), ("Coptic Pope Tawadros II", None),
     ("a former pope", None), ("the Argentine-born pontiff", "VAT")],
)
def test_the_holy_see_and_other_churches(text: str, country: str | None) -> None:
    found = code_phrase(text, "2024-03-05")
    assert found is not None
    assert found.country == country


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "sector"),
    [("a Muslim cleric", "MUS"), ("tribal elders", "ELI"), ("a retired vice president", "ELI"),
     ("Islamist fighters", "REB")],
)
def test_a_role_word_alone_has_no_country(text: str, sector: str) -> None:
    # "MUS" is also Mauritius's code, "ELI" a CAMEO root: neither is the actor's country
    found = code_phrase(text)
    assert found is not None
    assert found.country is None
    assert found.sector == sector


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "country"),
    [("a Somali-born Dutch lawmaker", "NLD"), ("the US-led coalition forces", "USA")],
)
def test_a_birthplace_is_no_allegiance(text: str, country: str) -> None:
    found = code_phrase(text)
    assert found is not None and found.country == country


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "code"),
    [("Home Secretary David Davis", "GOV"), ("Prime Minister John Howard", "AUSGOV"),
     ("President Robert Mugabe", "ZWEGOV"), ("President Mugabe", "ZWEGOV"),
     ("a former Home Office minister", "GBRELI")],
)
def test_a_first_name_must_be_the_known_persons(text: str, code: str) -> None:
    found = code_phrase(text, "2005-02-01")
    assert found is not None and found.code == code


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "code"),
    [("the Nigerian presidency", "NGAGOV"), ("Russian oligarchs", "RUSBUS"),
     ("the hostages", "CVL"), ("a Ghanaian pastor", "GHAREL"),
     ("Russia's Pacific Fleet", "RUSMIL")],
)
def test_role_words_of_ordinary_news(text: str, code: str) -> None:
    found = code_phrase(text)
    assert found is not None and found.code == code


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "The Afghan war may soon be over, the general told reporters.",
        "The Kenyan election was marred by violence in several towns.",
        "The Chinese economy grew more slowly than expected last quarter.",
    ],
)
def test_an_event_name_is_no_actor(text: str) -> None:
    words = {w for _, w in actors_of(text)}
    assert not words & {"Afghan", "Afghan war", "Kenyan", "Kenyan election", "Chinese",
                        "Chinese economy"}


@pytest.mark.slow
@pytest.mark.issue(15)
def test_the_doer_of_an_act_and_the_owner_of_a_war_stay_actors() -> None:
    assert ("ISR", "Israeli") in actors_of("An Israeli airstrike hit a house in Rafah.")
    assert ("RUS", "Russia") in actors_of("Russia's war on its neighbour entered a new year.")


@pytest.mark.slow
@pytest.mark.issue(15)
def test_their_forces_are_the_whole_groups() -> None:
    found = actors_of("Bosnian Serbs said their forces had left the hills around the town.")
    assert ("BIHMIL", "forces") in found


@pytest.mark.slow
@pytest.mark.issue(15)
def test_the_pope_in_a_sentence() -> None:
    found = actors_of("The Pope received the Iraqi president in Rome on Friday.")
    assert ("VATREL", "Pope") in found
    assert ("IRQGOV", "Iraqi president") in found


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "code"),
    [("the State Department", "USAGOV"), ("Downing Street", "GBRGOV"),
     ("Tory leader Michael Howard", "GBRPTY"), ("Republican senators", "USALEG"),
     ("Sweden Democrats", "SWEPTY"), ("the BJP", "INDPTY"), ("a Likud minister", "ISRGOV"),
     ("Syrian Republican Guard", "SYRMIL"), ("the Republican Guard", "MIL")],
)
def test_parties_and_seats_of_government(text: str, code: str) -> None:
    found = code_phrase(text, "2024-03-05")
    assert found is not None and found.code == code


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "code", "words"),
    [
        ("Riots spread across Chile after the country's president raised fares.", "CHLGOV",
         "country's president"),
        ("The Ethiopian army said it held the pass. The country's air force denied losses.",
         "ETHMIL", "country's air force"),
    ],
)
def test_the_countrys_role_is_the_state_last_named(text: str, code: str, words: str) -> None:
    assert (code, words) in actors_of(text)


@pytest.mark.slow
@pytest.mark.issue(15)
def test_the_countrys_role_with_no_state_named_stays_bare() -> None:
    assert ("JUD", "country's top court") in actors_of("The country's top court met on Monday.")


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "code"),
    [("the Northern Fleet", "MIL"), ("the Congress party", "INDPTY"),
     ("villagers in the Bay of Bengal", "CVL")],
)
def test_a_compass_word_alone_is_no_place(text: str, code: str) -> None:
    from newscoder.actors.stage import gazetteer_country

    found = code_phrase(text, None, gazetteer_country)
    assert found is not None and found.code == code


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "date", "code"),
    [("Andrzej Duda", "2020-05-01", "POLGOV"), ("Jacinda Ardern", "2024-05-01", "NZLELI"),
     ("Nayib Bukele", "2024-05-01", "SLVGOV"), ("Karim Khan", "2024-05-20", "IGOJUDICC"),
     ("Imran Khan", "2024-05-20", "PAKOPP"), ("Chuck Schumer", "2024-05-01", "USALEG")],
)
def test_leaders_named_since_2015(text: str, date: str, code: str) -> None:
    found = code_phrase(text, date)
    assert found is not None and found.code == code


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "country"),
    [("Sheikh Salem al-Ahmad al-Sabah", None), ("Kuwait's emir Sheikh Salem al-Sabah", "KWT"),
     ("fighters from al-Raqqa", "SYR")],
)
def test_a_place_name_inside_an_arabic_name_is_no_place(text: str, country: str | None) -> None:
    from newscoder.actors.stage import gazetteer_country

    found = code_phrase(text, None, gazetteer_country)
    assert (found.country if found else None) == country


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "code"),
    [("a police commander", "COP"), ("a militia commander", "UAF"), ("a senior commander", "MIL"),
     ("the union leader", "LAB"), ("the grand mufti", "REL"), ("looters", "CRM"),
     ("paratroopers", "MIL")],
)
def test_whose_commander_and_other_roles(text: str, code: str) -> None:
    found = code_phrase(text)
    assert found is not None and found.code == code


@pytest.mark.slow
@pytest.mark.issue(15)
def test_taken_hostage_is_how_not_who() -> None:
    assert "hostage" not in {w for _, w in actors_of("The rebels took him hostage in May.")}
    assert ("CVL", "hostage") in actors_of("A hostage was freed by the rebels in May.")


@pytest.mark.slow
@pytest.mark.issue(15)
def test_a_former_officials_later_mentions_keep_the_elite_code() -> None:
    text = (
        "Former cabinet secretary Lord Alderley criticised the government on Monday. "
        "Lord Alderley said ministers ignored their advisers."
    )
    found = actors_of(text)
    assert ("ELI", "Lord Alderley") in found
