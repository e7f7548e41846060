"""Crowds gathering for a protest (issue 15): invented sentences.

Verbs of coming together ("converged", "flocked") take their event from a "for" object as
"gathered" does: "converged on the capital for a rally" is a protest by the crowd.
"""

from __future__ import annotations

import pytest

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-07-09").events


# (sentence, protesters' country)
GATHERINGS = [
    ("Thousands of Kenyans converged on Nairobi for a rally against the new tax law.", "KEN"),
    ("Thousands of Ghanaians were converging on Accra for a rally against power cuts.", "GHA"),
    ("Hundreds of Chileans flocked to Santiago for a rally against the pension reform.", "CHL"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "country"), GATHERINGS)
def test_a_crowd_converging_for_a_rally_protests(text: str, country: str) -> None:
    events = [e for e in events_of(text) if e.plover == "PROTEST"]
    described = [(e.cameo, [a.code for a in e.source]) for e in events]
    assert any(any(a.code.startswith(country) for a in e.source) for e in events), described
