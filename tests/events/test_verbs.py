"""The verb dictionary: reading its format, the shipped table, matching, and event dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscoder.events.dating import precision, shifted
from newscoder.events.verbs import load_verbs
from newscoder.events.verbs_build import (
    build,
    read_blocks,
    read_code,
    read_pattern,
    read_verb_line,
    regular_forms,
    singular,
    verb_forms,
    written_for,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("050", ("050", None)),
        ("042:043", ("042", "043")),
        (":173", (None, "173")),
        ("---", (None, None)),
        ("", (None, None)),
    ],
)
def test_verbs_codes_pair_forward_and_back(raw: str, expected: tuple) -> None:
    assert read_code(raw) == expected


def test_verbs_pattern_parts_land_in_subject_object_and_prepositions() -> None:
    pattern = read_pattern(" $ TROOP * (INTO +) &WEAPON {ARMS SHIPMENT} ")
    assert pattern is not None
    assert pattern["source"] == "subj" and pattern["target"] == "prep:into"
    assert pattern["subj"] == [{"any": ["troop"]}]
    assert pattern["obj"] == [{"set": "WEAPON"}, {"all": ["arm", "shipment"]}]
    assert pattern["preps"] == [{"prep": "into", "words": []}]


def test_verbs_pattern_without_a_verb_is_skipped() -> None:
    assert read_pattern(" TROOP (INTO) ") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("GIVE {GIVES GAVE GIVEN }  # jw", ("give", None, None)),
        ("+CALL_OFF [160]", ("call", "off", "160")),
        ("ASK     [020]", ("ask", None, "020")),
    ],
)
def test_verbs_verb_lines(line: str, expected: tuple) -> None:
    assert read_verb_line(line) == expected


@pytest.mark.parametrize(
    "header",
    ["---  STALLING   [120]  ---", "---  STALLING   [120]---  ---"],  # spaced or not
)
def test_verbs_block_header_with_or_without_space_opens_a_block(header: str) -> None:
    lines = ["---  PRAISING   [051]  ---", "LAUD", header, "STALL", "- * TALKS  [164]  # STALL"]
    praising, stalling = read_blocks(lines)
    assert [v["lemma"] for v in praising["verbs"]] == ["laud"]
    assert stalling["code"] == "120" and [v["lemma"] for v in stalling["verbs"]] == ["stall"]
    assert [p["code"] for p in stalling["patterns"]] == ["164"]


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("cordon", {"cordons", "cordoned", "cordoning"}),
        ("tap", {"taps", "tapped", "tapping"}),
        ("seize", {"seizes", "seized", "seizing"}),
        ("rally", {"rallies", "rallied", "rallying"}),
        ("bless", {"blesses", "blessed", "blessing"}),
    ],
)
def test_verbs_regular_forms(lemma: str, forms: set) -> None:
    assert forms <= regular_forms(lemma)


def test_verbs_forms_point_to_their_verb_and_never_shadow_one() -> None:
    lines = ["---  MOVING   [---]  ---", "RIDE {RIDES RODE RIDDEN}", "FENCE", "FENCED [170]"]
    forms = verb_forms(lines, {"ride", "fence", "fenced"})
    assert forms["rode"] == "ride" and forms["fencing"] == "fence"
    assert "fenced" not in forms  # a listed verb of its own


@pytest.mark.parametrize(
    ("comment", "verbs"),
    [("RESTORE , RENEW <ab 02 Dec 2005>", ["renew", "restore"]), ("SET_UP", ["set"]), ("", [])],
)
def test_verbs_patterns_know_the_verbs_they_were_written_for(comment: str, verbs: list) -> None:
    assert written_for(comment) == verbs


@pytest.mark.parametrize(
    ("word", "lemma"), [("attacks", "attack"), ("rallies", "rally"), ("press", "press")]
)
def test_verbs_plural_guess(word: str, lemma: str) -> None:
    assert singular(word) == lemma


def test_verbs_shipped_table_is_indexed_by_lemma() -> None:
    verbs = load_verbs()
    assert verbs is load_verbs()
    assert "restore" in verbs.verbs and "shell" in verbs.verbs
    for block in verbs.blocks:
        sizes = [p.size for p in block.patterns]
        assert sizes == sorted(sizes, reverse=True)  # most specific first


@pytest.mark.shared
def test_verbs_build_gives_the_shipped_bytes(tmp_path: Path) -> None:
    """Rebuilding from unchanged sources gives the committed table, byte for byte."""
    from newscoder.events.verbs import DATA
    from newscoder.events.verbs_build import VERB_FILE, sources_dir

    try:
        sources_dir()
    except Exception:
        pytest.skip(f"{VERB_FILE} not available")
    out = tmp_path / DATA.name
    build(out)
    assert out.read_bytes() == DATA.read_bytes()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb", "code"),
    [
        # a pattern naming the object; the block's default; a particle verb's own pattern
        ("Norway restored diplomatic ties with Chile.", "restored", "050"),
        ("The rebels shelled the airport.", "shelled", "190"),
        ("The minister called off the strike.", "called", "087"),
    ],
)
def test_verbs_match_the_most_specific_pattern(text: str, verb: str, code: str) -> None:
    from newscoder.model import Document
    from newscoder.parse import parse

    doc = parse(Document(id="t", text=text)).doc
    (token,) = [t for t in doc if t.text == verb]
    found = load_verbs().match(token)
    assert found is not None and found.code == code


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2014-01-12", "day"),
        ("2021-W09", "week"),
        ("2013-09", "month"),
        ("1967", "year"),
        ("P4M", None),
        (None, None),
    ],
)
def test_dating_precision_of_a_value(value: str | None, expected: str | None) -> None:
    assert precision(value) == expected


@pytest.mark.parametrize(
    ("value", "unit", "amount", "expected"),
    [
        ("2021-03-10", "year", -18, "2003"),
        ("2021-03-10", "month", -3, "2020-12"),
        ("2021-03-10", "day", 5, "2021-03-15"),
    ],
)
def test_dating_offsets_move_a_date(value: str, unit: str, amount: int, expected: str) -> None:
    assert shifted(value, unit, amount) == expected
