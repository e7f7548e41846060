"""The entities stage: one type and one identity per entity across the document."""

from __future__ import annotations

import pytest

from newscoder.entities.stage import entity_at
from newscoder.pipeline import analyze

pytestmark = pytest.mark.slow


def entities_of(text: str) -> dict[str, tuple[str, list[str]]]:
    analysis = analyze(text, published="2020-03-02")
    return {e.name: (e.label, e.aliases) for e in analysis.entities}


@pytest.mark.parametrize(
    ("text", "name", "label", "alias"),
    [
        (
            "German Chancellor Angela Merkel met union leaders in Berlin on Monday. "
            "Merkel said the talks had been useful.",
            "Angela Merkel", "PERSON", "Merkel",
        ),
        (
            "The Kurdistan Workers' Party (PKK) denied the report. A spokesman said the PKK "
            "had not been consulted.",
            "Kurdistan Workers' Party", "ORG", "PKK",
        ),
        (
            "Fighters of the Al Shabaab Front entered the town. Al Shabaab later withdrew "
            "its units to the coast.",
            "Al Shabaab Front", "ORG", "Al Shabaab",
        ),
        (
            "Fighting spread across El Salvador (ES) overnight, and ES troops moved north.",
            "El Salvador", "GPE", "ES",
        ),
    ],
)
def test_entities_merge_short_forms_with_full_names(
    text: str, name: str, label: str, alias: str
) -> None:
    entities = entities_of(text)
    assert name in entities
    assert entities[name][0] == label
    assert alias in entities[name][1]


def test_entities_an_agency_in_a_dateline_is_not_defined_by_a_later_name() -> None:
    entities = entities_of(
        "SAN SALVADOR, 9 JAN 90 (DPA) -- TROOPS IN EL SALVADOR CLASHED WITH REBELS, DPA SAID."
    )
    assert "DPA" not in entities["El Salvador"][1]


def test_entities_a_surname_the_model_misreads_is_still_the_person() -> None:
    text = (
        "Foreign Minister Karel Dvorak arrived in Vienna on Sunday. Dvorak wrote that the "
        "negotiations would resume. Critics of Dvorak disagreed."
    )
    analysis = analyze(text)
    people = [e for e in analysis.entities if e.label == "PERSON"]
    assert [p.name for p in people] == ["Karel Dvorak"]
    assert len(people[0].mentions) == 3
    assert people[0].titles == ["Foreign Minister"]


def test_entities_keep_titles_and_roles() -> None:
    analysis = analyze("Former army intelligence analyst Maria Ortega told reporters she left.")
    ortega = next(e for e in analysis.entities if e.name == "Maria Ortega")
    assert ortega.titles == ["Former army intelligence analyst"]


def test_entities_every_mention_slices_to_its_text() -> None:
    text = "The *Daily Courier*'s editor, Sam Hale, said the Courier would appeal."
    analysis = analyze(text)
    for mention in analysis.mentions:
        assert text[mention.start : mention.end] == mention.text
    hale = text.index("Hale")
    assert entity_at(analysis, hale, hale + 4) is not None


def test_entities_on_the_seed_are_typed_and_merged(seed_analysis) -> None:  # type: ignore[no-untyped-def]
    by_name = {e.name: e for e in seed_analysis.entities}
    for person in ("John Kerry", "Ahmad Jarba", "Laurent Fabius", "Jacky Rowland",
                   "Romain Caillet", "Valerie Amos", "Jessica Lewis"):
        assert by_name[person].label == "PERSON", person
    assert "Kerry" in by_name["John Kerry"].aliases
    assert "Jarba" in by_name["Ahmad Jarba"].aliases
    assert "ISIS" in by_name["Islamic State in Iraq and Syria"].aliases
    assert by_name["Islamic State in Iraq and Syria"].label == "ORG"
    assert "US Secretary of State" in by_name["John Kerry"].titles
    assert any("humanitarian affairs chief" in t for t in by_name["Valerie Amos"].titles)
    usa = [e for e in seed_analysis.entities if e.country == "USA"]
    assert len(usa) == 1
    assert {"US", "United States", "American"} <= set(usa[0].aliases) | {usa[0].name}
    assert by_name["Aleppo"].label == "GPE"
    assert "Jarba" not in by_name["Syria"].aliases


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Shelling resumed near the northern cities of Aleppo and Hama.", "Aleppo", "GPE"),
        ("Troops withdrew from western Tigray on Monday.", "Tigray", "GPE"),
        ("Commander Aleppo Mansour said the town was calm.", "Aleppo Mansour", "PERSON"),
    ],
)
def test_entities_known_places_in_locative_position_are_places(
    text: str, name: str, label: str
) -> None:
    entities = entities_of(text)
    assert entities[name][0] == label
