"""Actors of today's conflicts coded for the date of the event (issue 26).

The table ``actors_dated_sentences.tsv`` beside this file holds short dated sentences on the
conflicts of 2019-2026 (written for these tests) with the code expected for one actor in each;
the same actor appears before and after a change of role.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from newscoder.actors import kb
from newscoder.actors.stage import actor_at, code_phrase
from newscoder.model import Analysis, Document

TABLE = Path(__file__).with_name("actors_dated_sentences.tsv")


def dated_sentences() -> list[tuple[str, str, str, str]]:
    with TABLE.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [tuple(row) for row in rows if row and not row[0].startswith("#")]  # type: ignore[misc]


def code_in_sentence(analysis: Analysis, sentence: str, actor: str) -> str | None:
    start = sentence.index(actor)
    found = actor_at(analysis, start, start + len(actor))
    return found.code if found else None


def analyse(sentence: str, date: str) -> Analysis:
    from newscoder.pipeline import analyze_document

    return analyze_document(Document(id="t", text=sentence, published=date))


@pytest.mark.slow
@pytest.mark.issue(26)
@pytest.mark.parametrize(("date", "sentence", "actor", "code"), dated_sentences())
def test_actors_dated_sentence(date: str, sentence: str, actor: str, code: str) -> None:
    assert code_in_sentence(analyse(sentence, date), sentence, actor) == code


def test_actors_dated_table_is_large_and_changes_roles() -> None:
    rows = dated_sentences()
    assert len({sentence for _, sentence, _, _ in rows}) >= 80
    codes: dict[str, set[str]] = {}
    for _, _, actor, code in rows:
        known = kb.lookup_actor(actor.split(" ", 1)[-1]) or kb.lookup_actor(actor)
        codes.setdefault(known.entry.kb_id if known else actor, set()).add(code)
    assert sum(len(found) > 1 for found in codes.values()) >= 20  # actors seen before and after


@pytest.mark.slow
@pytest.mark.issue(26)
def test_actors_date_in_the_sentence_wins_over_the_article_date() -> None:
    sentence = (
        "In June 2019, the Rapid Support Forces broke up the sit-in. Now the RSF besiege El Fasher."
    )
    analysis = analyse(sentence, "2024-06-01")
    assert code_in_sentence(analysis, sentence, "Rapid Support Forces") == "SDNMIL"
    assert code_in_sentence(analysis, sentence, "RSF") == "SDNREB"


@pytest.mark.parametrize(
    ("phrase", "date", "code"),
    [
        # a group named "Army", "Forces" or "Front" is coded by what it is
        ("the Kachin Independence Army", "2024-01-01", "MMRREB"),
        ("the Oromo Liberation Army", "2023-01-01", "ETHREB"),
        ("the Balochistan Liberation Army", "2025-01-01", "PAKREB"),
        ("the Syrian Democratic Forces", "2022-01-01", "SYRREB"),
        ("the National Liberation Army", "2024-01-01", "COLREB"),
        ("the Sudanese Armed Forces", "2024-01-01", "SDNMIL"),
        ("the People's Liberation Army", "2024-01-01", "CHNMIL"),
        # a name the knowledge base does not know, from its words
        ("the Kuki Liberation Front", "2024-01-01", "INDREB"),
        ("the Highland Independence Army", "2024-01-01", "REB"),
        # a people or region gives the country of the armed men it qualifies
        ("Kachin rebels", "2024-01-01", "MMRREB"),
        ("Baloch separatists", "2025-03-11", "PAKREB"),
        # a group that came to govern: its fighters are the state's forces
        ("Taliban fighters", "2019-01-01", "AFGREB"),
        ("Taliban fighters", "2023-01-01", "AFGMIL"),
        ("Sudanese paramilitaries", "2020-01-01", "SDNMIL"),
        ("Sudanese paramilitaries", "2024-01-01", "SDNREB"),
        # one name, two juntas, told apart by the date
        ("the CNSP", "2020-10-01", "MLIGOV"),
        ("the CNSP", "2023-10-01", "NERGOV"),
    ],
)
def test_actors_armed_group_names(phrase: str, date: str, code: str) -> None:
    found = code_phrase(phrase, date)
    assert found is not None
    assert found.code == code


@pytest.fixture
def overlay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A user's overlay that files the Wazalendo militias as Congo's army, in force for one
    test (the knowledge base and the phrase caches are reloaded before and after)."""
    from newscoder.actors import stage

    path = tmp_path / "my_actors.tsv"
    path.write_text("# my conflict's groups\nWazalendo|Wazalendo fighters\tCODMIL 2022..\tgroup\n")

    def reload() -> None:
        for cached in (kb.load, stage.known_items, stage.code_word):
            cached.cache_clear()

    monkeypatch.setenv(kb.OVERLAY_VARIABLE, str(path))
    reload()
    yield path
    monkeypatch.delenv(kb.OVERLAY_VARIABLE)
    reload()


def test_actors_overlay_changes_a_code(overlay: Path) -> None:
    found = code_phrase("Wazalendo fighters", "2024-08-05")
    assert found is not None and found.code == "CODMIL"


@pytest.mark.slow
@pytest.mark.issue(26)
def test_actors_overlay_changes_a_test_sentence(overlay: Path) -> None:
    date, sentence, actor, code = next(row for row in dated_sentences() if "Wazalendo" in row[2])
    assert code == "CODUAF"  # the package's code, which the overlay overrides
    assert code_in_sentence(analyse(sentence, date), sentence, actor) == "CODMIL"


def test_actors_overlay_is_part_of_the_coder_hash(overlay: Path) -> None:
    from newscoder import coder

    with_overlay = coder.coder.__wrapped__()
    overlay.write_text("Wazalendo\tCODUAF\tgroup\n")
    assert coder.coder.__wrapped__() != with_overlay


def test_actors_without_overlay_the_package_code() -> None:
    found = code_phrase("Wazalendo fighters", "2024-08-05")
    assert found is not None and found.code == "CODUAF"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("Somebody\tnot a code\tgroup", "is not a CAMEO code"),
        ("Somebody\tSDNREB 2023-04-15\tgroup", "FROM..TO"),
        ("Somebody\tSDNREB 15/04/2023..\tgroup", "is not an ISO date"),
        ("Somebody\t\tgroup", "no CAMEO code"),
    ],
)
def test_actors_bad_overlay_row_names_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(f"# comment\nGood Group\tSDNREB\tgroup\n{row}\n")
    with pytest.raises(kb.ActorTableError, match=f"bad.tsv:3: .*{message}"):
        kb.read_facts(path)


def test_actors_missing_overlay_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(kb.OVERLAY_VARIABLE, "/nonexistent/actors.tsv")
    with pytest.raises(kb.ActorTableError, match="not found"):
        kb.overlay_path()


@pytest.mark.parametrize(
    ("phrase", "date", "code"),
    [
        # the project's dated role wins over a generic title before the name
        ("RSF commander Mohamed Hamdan Dagalo", "2024-05-01", "SDNREB"),
        ("paramilitary leader Hemedti", "2020-05-01", "SDNGOV"),
        ("Malian junta leader Colonel Assimi Goita", "2023-01-01", "MLIGOV"),
        ("General Min Aung Hlaing", "2022-01-01", "MMRGOV"),
        # ... but not over a title for a time the table does not date from its start
        ("Palestinian Prime Minister Ismail Haniyeh", "2000-01-01", "PSEGOV"),
        # and "former" always makes a past role
        ("former president Mohamed Bazoum", "2024-01-01", "NERELI"),
    ],
)
def test_actors_dated_role_and_title(phrase: str, date: str, code: str) -> None:
    found = code_phrase(phrase, date)
    assert found is not None
    assert found.code == code


@pytest.mark.slow
@pytest.mark.issue(26)
def test_actors_members_of_an_abbreviated_group_share_its_code() -> None:
    text = (
        "The Arakan Army (AA) said it had taken the town of Maungdaw. "
        "AA fighters then moved south along the coast."
    )
    analysis = analyse(text, "2024-12-09")
    assert code_in_sentence(analysis, text, "AA fighters") == "MMRREB"
