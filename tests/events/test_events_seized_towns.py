"""A town seized is its holder's (issue 15): invented sentences.

"Captured *the Ukrainian town* of X": the town taken is no thing handed on but what its
holder loses, so the state its phrase names is the target even where the gazetteer does not
know the town itself.
"""

from __future__ import annotations

import pytest

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-10-02").events


# (sentence, taker's code prefix, holder's code prefix)
SEIZURES = [
    ("Rebel fighters captured the Malian town of Tessalitville.", "", "MLI"),
    ("Russian forces seized the Ukrainian village of Krasnohirka.", "RUSMIL", "UKR"),
    ("Jihadists overran the Nigerien outpost of Bakoumba.", "", "NER"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "taker", "holder"), SEIZURES)
def test_a_seized_town_names_its_holder(text: str, taker: str, holder: str) -> None:
    found = [e for e in events_of(text) if e.cameo.startswith("19")]
    described = [(e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in found]
    assert any(
        any(a.code.startswith(holder) for a in e.target)
        and (not taker or any(a.code.startswith(taker) for a in e.source))
        for e in found
    ), described
