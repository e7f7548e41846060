"""The events evaluation: dictionary reading, dyads, scoring and a small sample run."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import shared_file
from newscoder.eval.events import (
    country,
    dyads,
    expand_macros,
    fictional_actors,
    figures,
    iso_date,
    match_count,
    read_dictionary,
    validate_names,
)
from newscoder.model import Actor, Event, Span

ACTORS = """<!-- an invented validation dictionary -->
<!-- a comment block
FAKE_ENTRY [XXX]
-->
ZEMBLA [ZEM]
+ZEMBLAN
NOVA_ZEMBLA [NZE] # an older name
ONHAVA  [ONH]
"""
AGENTS = """!PERSON! = MAN, MEN
BORDER_GUARD [~COP]
PRIME_MINISTER {PRIME_MINISTERS} [~GOV]
"""


@pytest.fixture()
def dictionaries(tmp_path: Path) -> Path:
    (tmp_path / "petrarch2_PETR.Validate.actors.txt").write_text(ACTORS)
    (tmp_path / "petrarch2_PETR.Validate.agents.txt").write_text(AGENTS)
    validate_names.cache_clear()
    return tmp_path


def test_read_dictionary(dictionaries: Path) -> None:
    names = read_dictionary(dictionaries / "petrarch2_PETR.Validate.actors.txt", agent=False)
    assert {(n.words, n.code) for n in names} == {
        (("zembla",), "ZEM"),
        (("zemblan",), "ZEM"),
        (("nova", "zembla"), "NZE"),
        (("onhava",), "ONH"),
    }
    agents = read_dictionary(dictionaries / "petrarch2_PETR.Validate.agents.txt", agent=True)
    assert {(n.words, n.code) for n in agents} == {
        (("border", "guard"), "COP"),
        (("border", "guards"), "COP"),  # the regular plural
        (("prime", "minister"), "GOV"),
        (("prime", "ministers"), "GOV"),  # the plural the entry gives
    }


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Nova Zembla recalled its envoy from Onhava.", ["NZE", "ONH"]),
        ("Zembla's prime minister flew to Onhava.", ["ZEMGOV", "ONH"]),
        ("A border guard fired at Zemblan fishermen.", ["---COP", "ZEM"]),
        # a list of two actors is not one composed actor
        ("Zembla and the prime minister met.", ["ZEM", "---GOV"]),
        ("Onhava, prime ministers and envoys met.", ["ONH", "---GOV"]),
    ],
)
def test_fictional_actors(dictionaries: Path, text: str, codes: list[str]) -> None:
    actors = fictional_actors(text, dictionaries)
    assert [a.code for a in actors] == codes
    for actor in actors:
        assert text[actor.start : actor.end] == actor.name


DATED = """KINBOTE  # an entry with dated codes only
+BOTKIN
	[ZEM < 590101]
	[ZEMGOV 19590101 - 19620630]
	[ONHREB > 620630]
SHADE [ZEM]
OLD_KINGDOM
	[--- <700101]
	[ZEM]
"""


@pytest.mark.parametrize(
    ("text", "day", "codes"),
    [
        ("Kinbote met Botkin.", "19580301", ["ZEM", "ZEM"]),
        ("Kinbote met Botkin.", "19600301", ["ZEMGOV", "ZEMGOV"]),
        ("Kinbote met Botkin.", "19650301", ["ONHREB", "ONHREB"]),
        ("Kinbote met Botkin.", None, []),  # no day: no undated code to fall back on
        ("Shade met Old Kingdom.", "19650301", ["ZEM"]),  # not yet an actor then
        ("Shade met Old Kingdom.", "19750301", ["ZEM", "ZEM"]),
    ],
)
def test_fictional_actors_dated_codes(
    tmp_path: Path, text: str, day: str | None, codes: list[str]
) -> None:
    """An entry's dated codes hold for its synonyms too, and a synonym takes no code from
    the entry written before it."""
    (tmp_path / "petrarch2_PETR.Validate.actors.txt").write_text(ACTORS + DATED)
    (tmp_path / "petrarch2_PETR.Validate.agents.txt").write_text(AGENTS)
    validate_names.cache_clear()
    assert [a.code for a in fictional_actors(text, tmp_path, day)] == codes
    validate_names.cache_clear()


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Relief Corps Zembla flew to Onhava.", ["NGOZEM", "ONH"]),
        ("A Relief Corps Zembla border guard flew to Onhava.", ["NGOZEMCOP", "ONH"]),
        ("Relief Corps met Onhava.", ["---NGO", "ONH"]),  # no country right after it
    ],
)
def test_fictional_actors_prefix_agents(tmp_path: Path, text: str, codes: list[str]) -> None:
    """An agent written "[NGO~]" goes before the country that follows it, and a suffix
    agent after both."""
    (tmp_path / "petrarch2_PETR.Validate.actors.txt").write_text(ACTORS)
    (tmp_path / "petrarch2_PETR.Validate.agents.txt").write_text(AGENTS + "RELIEF_CORPS [NGO~]\n")
    validate_names.cache_clear()
    assert [a.code for a in fictional_actors(text, tmp_path)] == codes
    validate_names.cache_clear()


def test_dictionary_word_macros_are_written_out() -> None:
    lines = ["!BODY! = COUNCIL, COUNCILS", "WAR_!BODY! [~MIL]", "!NOPE!_GROUP [~X]", "ENVOY [~GOV]"]
    assert list(expand_macros(lines)) == [
        "WAR_COUNCIL [~MIL]",
        "WAR_COUNCILS [~MIL]",
        "ENVOY [~GOV]",
    ]


def test_dyads_fan_out_actor_lists() -> None:
    def actor(code: str) -> Actor:
        return Actor(code=code, name=code, start=0, end=1)

    event = Event("ASSAULT", "190", [actor("AAA"), actor("BBB")], [actor("CCC")], Span(0, 1))
    assert sorted(dyads(event)) == [("AAA", "CCC", "190"), ("BBB", "CCC", "190")]
    lonely = Event("PROTEST", "141", [], [], Span(0, 1))
    assert list(dyads(lonely)) == [("---", "---", "141")]


def test_scoring_helpers() -> None:
    assert match_count([("a",), ("a",), ("b",)], [("a",), ("c",)]) == 1
    assert figures("x", 1, 2, 1, 4) == {"x_precision": 0.5, "x_recall": 0.25, "x_f1": 0.3333}
    assert figures("x", 0, 0, 0, 0)["x_f1"] == 0.0
    assert country("JAP") == "JPN" and country("usagov") == "USA" and country(None) is None
    assert iso_date("19950103") == "1995-01-03" and iso_date("") is None


@pytest.mark.slow
@pytest.mark.shared
def test_plover_sample_has_a_floor() -> None:
    from newscoder.eval.events import evaluate

    result = evaluate(shared_file("data/events/plover_gsr.jsonl"), limit=60)
    assert result["sentences"] == 60
    assert result["category_f1"] >= 0.45
    assert 0.0 <= result["extra_event_rate"] <= 0.6


@pytest.mark.slow
@pytest.mark.shared
def test_petrarch_sample_runs() -> None:
    from newscoder.eval.events import evaluate

    validate_names.cache_clear()
    result = evaluate(shared_file("data/events/petrarch_unittest.jsonl"), limit=25)
    assert result["sentences"] == 25
    assert result["dyads_coded"] > 0
    assert result["dyad_recall"] > 0.05
