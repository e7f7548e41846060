"""Business, charts and prizes are no violence (issue 15): invented sentences.

* A firm or a product that "fights back" or is "attacked" competes; no one is harmed
  ("fought back with a budget airline", "attacking a spammer's website"). (A market that
  "exploded" is in tests/acled/test_acled_trade.py.)
* To "beat" artists or films in a list, a poll or to a prize is a ranking; to beat someone
  "by two seconds" is a race.
* Real attacks on markets, by car bombs or between forces keep their event.
"""

from __future__ import annotations

import pytest
from events_reading import coded

from newscoder.model import Event

VIOLENT = ("18", "19", "20")


def violent_events(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    found = analyse(text, "2024-10-14").events
    return [e for e in found if e.cameo.startswith(VIOLENT)]


NOT_VIOLENCE = [
    "The national carrier, Qantas, fought back with a new low-fare airline last spring.",
    "Attacking a spammer's website only helps the spammer, the firm warned.",
    "Hollywood star Tom Hanks beat actors including Brad Pitt to the prize for best actor.",
    # a winning margin is a race or a game
    "The French student beat Kenya's Paul Tergat by two seconds over the distance.",
    "The American golfer beat Spain's Jon Rahm by three strokes at Augusta.",
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize("text", NOT_VIOLENCE)
def test_trade_and_rankings_give_no_violence(text: str) -> None:
    found = violent_events(text)
    assert not found, coded(found)


STILL_VIOLENCE = [
    "Rebels attacked the market in Goma on Monday, killing six traders.",
    "A car bomb exploded near an army convoy in Mogadishu.",
    "Israeli troops fought with Palestinian gunmen in Jenin.",
    "Gunmen attacked a company's office in Lagos, killing two guards.",
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize("text", STILL_VIOLENCE)
def test_real_attacks_keep_their_event(text: str) -> None:
    assert violent_events(text)
