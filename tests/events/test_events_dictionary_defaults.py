"""The verb dictionary's default codes where our own rows or frames used to hide them (issue 15),
in invented real-news sentences:

- a framing verb with a plain object frames no clause ("pressed Germany over its deficit"):
  it is an act of its own and takes the dictionary's code, as any verb does;
- a bare "allow" yields (080), the dictionary's default for ALLOW ("allowed that Chile had
  kept its word"), not an easing of sanctions;
- a sector word before "ties", "relations" or "links" describes the tie: "military ties with
  Libya" is no military actor, and the state named after "with" is the party.
"""

from __future__ import annotations

import pytest
from events_reading import coded

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2022-05-17").events


# (sentence, the code's root, source country, target country)
FRAMES_WITH_PLAIN_OBJECTS = [
    ("France pressed Germany over its budget deficit.", "10", "FRA", "DEU"),
    ("China encouraged North Korea at the summit.", "05", "CHN", "PRK"),
    ("Japan advised the Chinese delegation on trade.", "02", "JPN", "CHN"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root", "source", "target"), FRAMES_WITH_PLAIN_OBJECTS)
def test_framing_verb_with_a_plain_object_takes_the_dictionary_code(
    text: str, root: str, source: str, target: str
) -> None:
    found = events_of(text)
    assert any(
        e.cameo.startswith(root)
        and any(a.code.startswith(source) for a in e.source)
        and any(a.code.startswith(target) for a in e.target)
        for e in found
    ), coded(found)


# a framed clause is still the event: the frame's own default is not coded beside it
FRAMES_WITH_CLAUSES = [
    "Kenya declined to comment on the Somali offer.",
    "Peru pressed ahead to finish the new road to Bolivia.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", FRAMES_WITH_CLAUSES)
def test_framing_verb_with_a_clause_takes_no_default(text: str) -> None:
    found = [e for e in events_of(text) if e.modality in ("asserted", "reported")]
    assert not any(e.cameo.startswith(("10", "12")) for e in found), coded(found)


ALLOWED = [
    "Peru allowed that Chile had kept its word.",
    "The Kenyan minister allowed that Uganda had a case.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", ALLOWED)
def test_bare_allow_yields(text: str) -> None:
    found = events_of(text)
    assert [e.cameo for e in found if e.cameo.startswith("08")] == ["080"], coded(found)


# (sentence, the state on the other side of the tie)
TIES = [
    ("Egypt will restore military ties with Libya.", "LBY"),
    ("Ghana will restore military relations with Togo.", "TGO"),
    ("Vietnam has improved its military ties with Laos.", "LAO"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "other"), TIES)
def test_sector_word_before_ties_is_no_actor(text: str, other: str) -> None:
    found = events_of(text)
    targets = {a.code for e in found for a in e.target}
    assert other in targets and not any(t.endswith("MIL") for t in targets), coded(found)
