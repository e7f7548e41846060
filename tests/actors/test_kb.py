"""The actor knowledge base: its build from TABARI-format dictionaries and its lookups."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from conftest import shared_file
from newscoder.actors import kb, kb_build
from newscoder.actors.normalize import name_key, plurals, singular

# A small dictionary in the Phoenix format, with invented actors.
ACTORS = """\
# comment line
RURITANIA_  [RUR]
+RURITANIAN_
+STRELSAU_
KARL_VOGEL_  # CountryInfo.txt
+PRESIDENT_VOGEL
\t[RURGOVLEG 990101-120630]
\t[RURGOV >120630]
\t[RURELI]
RED_HAND_BRIGADE_
BROTHERS_OF_THE_RED_HAND
\t[RURREB]
+NORTHERN_WATCH_
\t[RURREB <050101]
UNION_OF_MARITIME_STATES_ [IGOMAR]
+UMS_
"""

AGENTS = """\
!PERSON! = MAN, MEN, WOMAN
HARBOUR_POLICE [~COP]
COAST!PERSON! [~MIL]
MINISTER_OF_FISHERIES {MINISTERS_OF_FISHERIES} [~GOVAGR]
DOCKER {} [~LAB]
"""


@pytest.mark.parametrize(
    ("digits", "iso"),
    [
        ("130201", "2013-02-01"),
        ("850103", "1985-01-03"),
        ("20060520", "2006-05-20"),
        ("1920030320", "2003-03-20"),
        ("991399", None),
        ("12345", None),
    ],
)
def test_parse_date(digits: str, iso: str | None) -> None:
    assert kb_build.parse_date(digits) == iso


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("USAGOV >130201", ("USAGOV", "2013-02-01", "")),
        ("IRQ <20030320", ("IRQ", "", "2003-03-20")),
        ("FRAGOV 840717-860320", ("FRAGOV", "1984-07-17", "1986-03-20")),
        ("SYROPP > 20110101", ("SYROPP", "2011-01-01", "")),
        ("SYRREB", ("SYRREB", "", "")),
        ("---", None),
    ],
)
def test_parse_role(text: str, role: tuple[str, str, str] | None) -> None:
    assert kb_build.parse_role(text) == role


def test_read_groups_follows_the_dictionary_layout(tmp_path: Path) -> None:
    path = tmp_path / "actors.txt"
    path.write_text(ACTORS, encoding="utf-8")
    groups = {g.names[0]: g for g in kb_build.read_groups(path)}
    assert groups["RURITANIA_"].names == ["RURITANIA_", "RURITANIAN_", "STRELSAU_"]
    assert groups["KARL_VOGEL_"].person
    assert len(groups["KARL_VOGEL_"].roles) == 3
    # names with no code yet share the next code lines
    assert groups["RED_HAND_BRIGADE_"].names == ["RED_HAND_BRIGADE_", "BROTHERS_OF_THE_RED_HAND"]
    # a synonym line after tab-indented codes opens a new group
    assert groups["NORTHERN_WATCH_"].roles == [("RURREB", "", "2005-01-01")]
    # synonyms after a primary with inline codes belong to it
    assert groups["UNION_OF_MARITIME_STATES_"].names[-1] == "UMS_"


def test_read_agents_expands_substitutions_and_plurals(tmp_path: Path) -> None:
    path = tmp_path / "agents.txt"
    path.write_text(AGENTS, encoding="utf-8")
    agents = kb_build.read_agents(path)
    assert agents["harbour police"] == "~COP"
    assert agents["coastman"] == agents["coastwoman"] == "~MIL"
    assert agents["ministers of fisheries"] == "~GOVAGR"
    assert agents["docker"] == "~LAB"
    assert "dockers" not in agents  # {} means: no regular plural


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("AL-NUSRA_FRONT_", "al nusra front"),
        ("al-Nusra Front", "al nusra front"),
        ("U.S.", "us"),
        ("The Islamic State", "islamic state"),
        ("Nigeria's airlines", "nigeria airlines"),
        ("Khürelsükh", "khurelsukh"),
        ("DA'ESH", "daesh"),
    ],
)
def test_name_key(text: str, key: str) -> None:
    assert name_key(text) == key


@pytest.mark.parametrize(
    ("word", "one", "many"),
    [("rebels", "rebel", None), ("militias", "militia", None), ("policeman", None, "policemen")],
)
def test_singular_and_plural(word: str, one: str | None, many: str | None) -> None:
    if one:
        assert singular(word) == one
    if many:
        assert many in plurals(word)


def test_committed_kb_is_in_the_package() -> None:
    # make setup skips existing data files, so the built KB must ship with the code
    assert kb.KB_FILE.exists()
    assert kb.KB_FILE.stat().st_size < 5_000_000
    with gzip.open(kb.KB_FILE, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    assert {"entries", "names", "agents", "capitals", "countries"} <= set(data)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Iraq", "IRQ"),
        ("the US", "USA"),
        ("United States", "USA"),
        ("American", "USA"),
        ("Iraqis", "IRQ"),
        ("Syrian", "SYR"),
        ("Britain", "GBR"),
        ("Damascus", "SYR"),
        ("Kosovo", "XKX"),
        ("Free Syrian Army", None),
        ("the meeting", None),
    ],
)
def test_country_code(name: str, code: str | None) -> None:
    assert kb.country_code(name) == code


@pytest.mark.parametrize(
    ("name", "date", "code"),
    [
        ("John Kerry", "2010-06-01", "USAGOVLEG"),
        ("John Kerry", "2014-01-13", "USAGOV"),
        ("John Kerry", "2019-05-01", "USAELI"),
        ("Laurent Fabius", "1985-03-01", "FRAGOV"),
        ("Laurent Fabius", "2014-01-13", "FRAGOV"),
        ("Nouri al-Maliki", "2010-01-01", "IRQGOV"),
        ("Nuri al-Maliki", "2020-01-01", "IRQELI"),
        ("ISIS", "2014-01-13", "IMGMUSISI"),
        ("Jabhat al-Nusra", None, "SYRREBMUS"),
        ("the United Nations", None, "IGOUNO"),
    ],
)
def test_lookup_actor_takes_the_role_in_force(name: str, date: str | None, code: str) -> None:
    found = kb.lookup_actor(name, date)
    assert found is not None
    assert found.code == code


def test_lookup_actor_needs_the_whole_text_to_be_a_name() -> None:
    assert kb.lookup_actor("John Kerry said", "2014-01-13") is None
    assert kb.lookup_actor("the harbour", None) is None


@pytest.mark.parametrize(
    ("word", "sector"),
    [
        ("Secretary of State", "GOV"),
        ("rebels", "REB"),
        ("opposition", "OPP"),
        ("militants", "REB"),
        ("police", "COP"),
        ("policemen", "COP"),
        ("army", "MIL"),
        ("troops", "MIL"),
        ("officials", "GOV"),
        ("breakfast", None),
    ],
)
def test_agent_sector(word: str, sector: str | None) -> None:
    assert kb.agent_sector(word) == sector


@pytest.mark.parametrize(("cameo", "plover"), [("HLH", "MED"), ("MED", "JRN"), ("GOV", "GOV")])
def test_plover_sector(cameo: str, plover: str) -> None:
    assert kb.plover_sector(cameo) == plover


@pytest.mark.slow
@pytest.mark.shared
def test_build_from_phoenix_sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sources = shared_file("kb-sources/phoenix/Phoenix.agents.txt").parent
    monkeypatch.setenv("NEWSCODER_KB_SOURCES", str(sources))
    out = tmp_path / "actors_kb.json.gz"
    kb_build.build(out)
    with gzip.open(out, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    assert len(data["entries"]) > 20_000
    assert "john kerry" in data["names"]
    assert data["agents"]["secretary of state"] == "~GOV"
    assert data["capitals"]["damascus"] == "SYR"
    # the committed file is this build's output (compared decompressed: zlib versions differ)
    with gzip.open(kb.KB_FILE, "rt", encoding="utf-8") as handle:
        assert json.load(handle) == data
