"""The verb dictionary's noun phrases that name a synonym set ("{&MILITARY AID}"), inside a
prepositional phrase too ("(OVER {&WEAPON ATTACK})"), and patterns naming a set the
dictionary never defines. Before, the set's name was read as a literal word, a phrase in
parentheses was cut at its spaces ("attack}"), and an undefined set was dropped from its
pattern, which then held on any object. A noun phrase is as specific as its words: "CUT *
{DIPLOMATIC TIES}" (161) outranks "CUT * TIES" (160) listed before it."""

from __future__ import annotations

import pytest

from newscoder.events.verbs import VerbDictionary, load_verbs
from newscoder.events.verbs_build import read_pattern


def test_phrase_names_a_set_the_matcher_expands() -> None:
    pattern = read_pattern(" * {&MILITARY_ AID} ")
    assert pattern is not None
    assert pattern["obj"] == [{"all": ["&MILITARY", "aid"]}]


@pytest.mark.parametrize("written", [" * AIR_STRIKE ", " * {AIR_STRIKE} "])
def test_words_joined_by_underscores_are_a_phrase(written: str) -> None:
    pattern = read_pattern(written)
    assert pattern is not None
    assert pattern["obj"] == [{"all": ["air", "strike"]}]  # was one word "air strike"


def test_phrase_inside_a_prepositional_phrase_stays_whole() -> None:
    pattern = read_pattern(" * &SECURITY (OVER {&WEAPON ATTACKS}) ")
    assert pattern is not None
    assert pattern["preps"] == [{"prep": "over", "words": [{"all": ["&WEAPON", "attack"]}]}]


def _dictionary(patterns: list[dict]) -> VerbDictionary:
    return VerbDictionary(
        {
            "synsets": {"ARMY": ["armed forces", "military"]},
            "blocks": [{"name": "HALT", "code": "191", "patterns": patterns}],
            "verbs": {"halt": [[0, None, "191"]]},
        }
    )


def _pattern(obj: list[dict], code: str) -> dict:
    return {"subj": [], "obj": obj, "preps": [], "code": code, "reverse": None}


def test_set_in_a_phrase_gives_one_alternative_per_member() -> None:
    block = _dictionary([_pattern([{"all": ["&ARMY", "cooperation"]}], "1622")]).block(0)
    (pattern,) = block.patterns
    (element,) = pattern.obj
    assert set(element) == {("armed", "forces", "cooperation"), ("military", "cooperation")}


@pytest.mark.parametrize(
    "element", [{"set": "WEATHER"}, {"all": ["&WEATHER", "warning"]}], ids=["set", "phrase"]
)
def test_pattern_naming_an_undefined_set_is_dropped_not_loosened(element: dict) -> None:
    block = _dictionary([_pattern([element], "0311"), _pattern([{"any": ["talks"]}], "1246")])
    assert [p.code for p in block.block(0).patterns] == ["1246"]


def test_a_phrase_outranks_its_head_word_listed_first() -> None:
    block = _dictionary(
        [
            _pattern([{"any": ["ties"]}], "160"),
            _pattern([{"all": ["diplomatic", "tie"]}], "161"),
        ]
    ).block(0)
    assert [p.code for p in block.patterns] == ["161", "160"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb", "code"),
    [
        ("Bahrain cut diplomatic ties with Qatar.", "cut", "161"),
        ("Bahrain cut its ties with Qatar.", "cut", "160"),
        ("Turkey halted military cooperation with Israel.", "halted", "1622"),
        ("Russia suspended military cooperation with Niger.", "suspended", "1622"),
        ("The mediators delivered a ceasefire proposal to Hamas.", "delivered", "026"),
        # guard: without the set's word the phrase does not hold
        ("Turkey halted trade with Israel.", "halted", None),
    ],
)
def test_shipped_dictionary_reads_sets_in_phrases(text: str, verb: str, code: str | None) -> None:
    from newscoder.model import Document
    from newscoder.parse import parse

    doc = parse(Document(id="t", text=text)).doc
    (token,) = [t for t in doc if t.text == verb]
    found = load_verbs().match(token)
    assert found is not None
    assert (found.code if found.pattern is not None else None) == code
