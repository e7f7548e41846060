""""The group" names an organisation again (issue 15): invented sentences.

A bare "the group", "the movement" or "the militia" stands for the organisation named
before it in its sentence or the one before, as a pronoun does: never a state, a place, a
person, nor the people the group acted on.
"""

from __future__ import annotations

import pytest

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-03-28").events


# (text, code the group's act must come from)
CASES = [
    ("Jordan struck Hamas positions after the group fired rockets at Jordanian towns.", "PSE"),
    (
        "Mali said Ansar Dine had abducted twelve traders. The group also attacked an army post.",
        "MLI",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source"), CASES)
def test_the_group_is_the_organisation_named_before(text: str, source: str) -> None:
    violent = [e for e in events_of(text) if e.cameo.startswith(("18", "19"))]
    later = max(violent, key=lambda e: e.trigger.start)
    described = [(e.cameo, [a.code for a in e.source]) for e in violent]
    assert any(a.code.startswith(source) for a in later.source), described
    assert all(a.sector not in ("CVL", "BUS") for a in later.source), described
