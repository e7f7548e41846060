"""A state halting what it exchanges with another (issue 15): invented sentences.

Halting trade, imports, exports, flights or arms sales is an embargo (CAMEO 163, counted
SANCTION as PLOVER counts international sanctions); halting talks is 164 and halting ties
161, whichever verb of halting the news uses. A sale at home is no embargo.
"""

from __future__ import annotations

import pytest

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-04-11").events


# (sentence, CAMEO code, source's country, target's country)
HALTS = [
    ("Beijing halted imports of Canadian canola.", "163", "CHN", "CAN"),
    ("Norway stopped arms sales to Turkey.", "163", "NOR", "TUR"),
    ("Qatar suspended flights to Beirut after the blast.", "163", "QAT", "LBN"),
    ("Washington curbed exports of chips to China.", "163", "USA", "CHN"),
    ("The European Union froze trade talks with Ankara.", "164", "IGO", "TUR"),
    ("Morocco froze contact with the German embassy.", "161", "MAR", "DEU"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code", "source", "target"), HALTS)
def test_halting_an_exchange_is_a_sanction(text: str, code: str, source: str, target: str) -> None:
    found = [e for e in events_of(text) if e.cameo == code]
    described = [(e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in found]
    assert any(
        any(a.code.startswith(source) for a in e.source)
        and any(a.code.startswith(target) for a in e.target)
        for e in found
    ), [(e.cameo, e.source, e.target) for e in events_of(text)] or described


NO_EMBARGO = [
    "The finance ministry suspended the sale of the national railway.",
    "Farmers cut their purchases of fertiliser this spring.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", NO_EMBARGO)
def test_a_sale_at_home_is_no_embargo(text: str) -> None:
    found = [e for e in events_of(text) if e.cameo == "163"]
    assert not found, [(e.cameo, e.source, e.target) for e in found]
