"""A market or a good that "explodes" grows; it is no blast (issue 15): invented sentences.

The ACLED backfill codes an explosion cue unless its doer is neither a weapon nor a thing
that can be hit; a market can be hit, but a stock market or share prices that explode are
trade. A car or a bomb that explodes is still coded.
"""

from __future__ import annotations

import pytest

from newscoder import analyze


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "The stock market exploded after the central bank cut its rates.",
        "The bond market exploded last week as investors fled equities.",
    ],
)
def test_acled_a_booming_market_is_no_explosion(text: str) -> None:
    assert all(e.acled is None for e in analyze(text).events)


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "A car exploded outside the police station in Kabul.",
        "A roadside bomb exploded near the market in Mogadishu.",
    ],
)
def test_acled_blasts_near_markets_stay_explosions(text: str) -> None:
    types = [e.acled.event_type for e in analyze(text).events if e.acled]
    assert "Explosions/Remote violence" in types
