"""Targets are actors, not places (issue 26): invented sentences in the project's own words.

A base, a checkpoint or a town attacked has the forces or people there as its target and the
town as the event's place; a place taken "from" someone has that someone as its target; a
present-tense relative clause describes its noun and codes no event.
"""

from __future__ import annotations

import pytest

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-02-12").events


# (sentence, CAMEO root, target code expected, the town that is the place, not a target)
PLACED = [
    ("Separatist fighters attacked a naval base in Gwadar on Tuesday.", "19", "PAKMIL", "Gwadar"),
    ("Gunmen stormed a police station in Quetta overnight.", "19", "PAKCOP", "Quetta"),
    ("Militants attacked an army base near Goma.", "19", "CODMIL", "Goma"),
    (
        "Ukrainian troops recaptured the town of Kupiansk from Russian forces.",
        "19",
        "RUSMIL",
        "Kupiansk",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root", "target", "town"), PLACED)
def test_target_is_the_actor_at_the_place(text: str, root: str, target: str, town: str) -> None:
    events = [e for e in events_of(text) if e.cameo.startswith(root)]
    described = [(e.cameo, [a.code for a in e.target]) for e in events]
    assert any(target in {a.code for a in e.target} for e in events), described
    assert not any(a.name == town for e in events for a in e.target), described


@pytest.mark.slow
def test_a_place_part_is_the_country_but_its_holder_keeps_its_code() -> None:
    events = events_of("Rebels shelled a market district of Aleppo.")
    targets = {a.code for e in events for a in e.target}
    assert "SYRGOV" not in targets


@pytest.mark.slow
def test_seizing_from_someone_makes_them_the_target() -> None:
    events = [e for e in events_of("Nigerian soldiers seized weapons from the bandits.")]
    assert any(e.cameo.startswith("17") and e.target for e in events), [
        (e.cameo, [a.name for a in e.target]) for e in events
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The Houthis, who control the capital, fired a missile at a tanker.",
        "The faction, which governs the enclave, said the strike killed four people.",
    ],
)
def test_a_present_relative_clause_codes_no_event(text: str) -> None:
    codes = [e.cameo for e in events_of(text)]
    assert not any(code.startswith("06") for code in codes), codes


@pytest.mark.slow
def test_a_pronoun_for_a_person_is_never_a_town() -> None:
    text = (
        "The Kenyan president declined to meet the Somali leader in Mombasa, saying he "
        "would only receive him in Nairobi."
    )
    sources = {a.name for e in events_of(text) for a in e.source}
    assert "Mombasa" not in sources and "Nairobi" not in sources, sources


@pytest.mark.slow
def test_a_town_naming_a_facility_stands_for_its_country_not_its_government() -> None:
    events = events_of("Rebel artillery shelled Mogadishu airport on Sunday.")
    targets = {a.code for e in events for a in e.target}
    assert "SOMGOV" not in targets, targets


@pytest.mark.slow
def test_what_is_fired_from_a_country_does_not_target_it() -> None:
    events = events_of("Militants fired rockets from Syria on Tuesday.")
    assert not any(a.country == "SYR" for e in events for a in e.target)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "topic", "party"),
    [
        ("Foreign ministers meet in Oslo on Sudan truce", "Sudan", None),
        (
            "The envoy met Ethiopian officials on the Tigray talks in Nairobi.",
            "Tigray",
            "Ethiopian officials",
        ),
    ],
)
def test_what_a_meeting_is_about_is_no_party_to_it(
    text: str, topic: str, party: str | None
) -> None:
    meetings = [e for e in events_of(text) if e.cameo.startswith("04")]
    assert meetings, events_of(text)
    parties = {a.name for e in meetings for a in [*e.source, *e.target]}
    assert not any(topic in name for name in parties), parties
    assert party is None or party in parties, parties


@pytest.mark.slow
def test_a_list_inside_a_name_is_no_second_party() -> None:
    """A list inside a group's name, defined by its acronym, is part of the name."""
    events = events_of(
        "Tribal militias clashed with the Islamic State in Iraq and Syria (ISIS) near "
        "Deir ez-Zor on Monday."
    )
    assert [a.code for e in events if e.cameo.startswith("19") for a in e.target] == ["IMGMUSISI"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the object of a judgement moved after what it is judged to be
        ("Poland condemned as illegal Russia's annexation of Crimea.", "RUS"),
        ("Kenya rejected as baseless Somalia's claims.", "SOM"),
        ("Greece denounced as a provocation Turkey's naval exercise in the Aegean.", "TUR"),
    ],
)
def test_a_judged_object_after_as_is_the_target(text: str, target: str) -> None:
    from newscoder.eval.events import analyse

    events = analyse(text, "2023-05-09").events
    assert target in {a.country for e in events if e.cameo[:2] in ("11", "12") for a in e.target}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "target"),
    [
        # forces readied for an act are aimed at whom the act is against
        ("Russia massed troops for an offensive against Ukraine.", "UKR"),
        ("Armenia put its troops on alert for an attack on Azerbaijan.", "AZE"),
    ],
)
def test_forces_readied_for_an_act_aim_at_its_target(text: str, target: str) -> None:
    from newscoder.eval.events import analyse

    events = analyse(text, "2023-05-09").events
    assert target in {a.country for e in events if e.cameo[:2] == "15" for a in e.target}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "target"),
    [
        # "among" names the parties of an act as "between" does
        ("The African Union may halt mediation efforts among Sudan's warring factions.", "SDN"),
        ("Qatar suspended its mediation among the Afghan factions.", "AFG"),
    ],
)
def test_the_parties_among_whom_an_act_is_done_are_its_target(text: str, target: str) -> None:
    from newscoder.eval.events import analyse

    events = analyse(text, "2023-05-09").events
    assert target in {a.country for e in events for a in e.target}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "target"),
    [
        # an offer to send help is aimed at whom the help is meant to serve
        ("Norway is willing to send equipment to help defend Saudi Arabia.", "SAU"),
        ("Canada offered to send doctors to help Haiti.", "HTI"),
    ],
)
def test_help_sent_is_aimed_at_whom_its_purpose_names(text: str, target: str) -> None:
    from newscoder.eval.events import analyse

    events = analyse(text, "2023-05-09").events
    assert target in {a.country for e in events if e.cameo[:2] == "03" for a in e.target}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a protest act done during a protest the text names is aimed at its target
        ("Kenyan students threw stones during protests against the Ugandan government.", "UGA"),
        (
            "Lebanese youths threw rocks during demonstrations against raids by the Israeli army.",
            "ISR",
        ),
    ],
)
def test_a_protest_act_during_a_protest_shares_its_target(text: str, target: str) -> None:
    from newscoder.eval.events import analyse

    events = analyse(text, "2023-05-09").events
    assert target in {a.country for e in events if e.cameo[:2] == "14" for a in e.target}
