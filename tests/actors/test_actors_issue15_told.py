"""Countries a document tells for actors whose own words give none (issue 15): a shadow
minister is the opposition, never the government nor the US Secretary of State; a titled
person the knowledge base lacks takes the country the document plainly gives that person,
never one guessed from nowhere. Invented sentences and phrases."""

from __future__ import annotations

import pytest

from newscoder.actors.stage import code_phrase


def codes_of(text: str) -> dict[str, str]:
    from newscoder.eval.events import analyse

    return {text[a.start : a.end]: a.code for a in analyse(text, "2024-03-05").actors}


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the shadow home secretary", "OPP"),
        ("Shadow Secretary of State for Defence", "OPP"),
        ("shadow chancellor", "OPP"),
        ("Australia's shadow defence minister", "AUSOPP"),
        ("the Canadian shadow finance minister", "CANOPP"),
    ],
)
def test_a_shadow_minister_is_the_opposition(text: str, code: str) -> None:
    found = code_phrase(text, "2024-03-05")
    assert found is not None
    assert (found.code, found.sector) == (code, "OPP")


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Secretary of State for Defence", "USAGOV"),
        ("the home secretary", "GOV"),
        ("the Shadow Brokers", None),
    ],
)
def test_without_shadow_the_office_is_unchanged(text: str, code: str | None) -> None:
    found = code_phrase(text, "2024-03-05")
    assert (found.code if found else None) == code


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        (
            "British ministers defended the budget. The shadow chancellor called it a gamble.",
            "shadow chancellor",
            "GBROPP",
        ),
        (
            "The shadow home secretary told Britain's parliament that the plan had failed.",
            "shadow home secretary",
            "GBROPP",
        ),
    ],
)
def test_a_shadow_minister_takes_the_storys_state(text: str, phrase: str, code: str) -> None:
    assert codes_of(text).get(phrase) == code


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Health Minister Wanjiru Otieno of Kenya opened the clinic.",
            "Health Minister Wanjiru Otieno",
        ),
        (
            "Health Minister Wanjiru Otieno, Kenya's top health official, opened the clinic.",
            "Health Minister Wanjiru Otieno",
        ),
        (
            "Wanjiru Otieno, the Kenyan health minister, toured a ward on Monday. Health Minister "
            "Wanjiru Otieno said more nurses would be hired.",
            "Health Minister Wanjiru Otieno",
        ),
        (
            "Kenyan Health Minister Wanjiru Otieno opened the clinic. Later Health Minister Otieno "
            "met the nurses.",
            "Health Minister Otieno",
        ),
        (
            "Health Minister Wanjiru Otieno opened the clinic, the Kenyan minister told reporters.",
            "Health Minister Wanjiru Otieno",
        ),
    ],
)
def test_a_titled_stranger_takes_the_country_told(text: str, phrase: str) -> None:
    assert codes_of(text).get(phrase) == "KENGOV"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Kenya's government closed the border. Health Minister Wanjiru Otieno opened the clinic.",
        "Health Minister Wanjiru Otieno opened the clinic as Kenyan and Ugandan ministers met.",
    ],
)
def test_no_country_guessed_for_a_titled_stranger(text: str) -> None:
    assert codes_of(text).get("Health Minister Wanjiru Otieno") == "GOV"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI - Interior Minister Wanjiru Otieno said police had arrested 40 people.",
        "LAGOS — Interior Minister Wanjiru Otieno said police had arrested 40 people.",
    ],
)
def test_a_dateline_gives_a_titled_stranger_no_country(text: str) -> None:
    assert codes_of(text).get("Interior Minister Wanjiru Otieno") == "GOV"
