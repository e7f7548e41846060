"""Who expels whom in the passive (issue 15): invented sentences.

"X was expelled from Y" names no agent, yet Y, the state, party or body one is expelled
from, is who expels; those expelled stay the target and Y is never the one who loses them.
"""

from __future__ import annotations

import pytest
from events_reading import coded, has_dyad

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-06-03").events


# (sentence, expeller's code prefix, expelled's code prefix)
EXPULSIONS = [
    ("Two Canadian diplomats were expelled from Nicaragua.", "NIC", "CAN"),
    ("A Dutch reporter was deported from Morocco on Sunday.", "MAR", "NLD"),
    ("Dozens of Nigerians were deported from Ghana last week.", "GHA", "NGA"),
    ("Three Chinese engineers were expelled by Zambia.", "ZMB", "CHN"),
    ("Turkey expelled a German correspondent.", "TUR", "DEU"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "target"), EXPULSIONS)
def test_the_state_one_is_expelled_from_expels(text: str, source: str, target: str) -> None:
    found = [e for e in events_of(text) if e.cameo[:2] in ("16", "17")]
    assert has_dyad(found, source, target), coded(found)
    assert not any(any(a.code.startswith(source) for a in e.target) for e in found), coded(found)
