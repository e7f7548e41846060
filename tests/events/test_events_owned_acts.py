"""A measure or bid is its possessor's (issue 15): invented sentences.

"Vetoed *Sweden's* NATO membership", "criticised *Georgia's* media law": the act aimed at a
state's bid or law is aimed at that state, not at another name inside the phrase (NATO) nor
at a sector word before the measure ("media").
"""

from __future__ import annotations

import pytest

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-12-03").events


# (sentence, source's country, target's country)
CASES = [
    ("Greece threatened to block North Macedonia's NATO membership.", "GRC", "MKD"),
    ("The European Union criticised Hungary's new media law.", "IGO", "HUN"),
    ("Chile rejected Bolivia's proposal for talks on sea access.", "CHL", "BOL"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "target"), CASES)
def test_a_measure_is_its_owners(text: str, source: str, target: str) -> None:
    found = events_of(text)
    described = [(e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in found]
    assert any(
        any(a.code.startswith(source) for a in e.source)
        and e.target
        and all(a.code.startswith(target) for a in e.target)
        for e in found
    ), described
