"""Issue 25 item 2: a station's call letters in a page's title say which state its market is
in ("... - WSMV Channel 4" is Nashville's station, in Tennessee), as a state's name or code
there does. Titles written for these tests.
"""

from __future__ import annotations

import pytest

from newscoder.context import Context
from newscoder.model import Analysis, Document
from newscoder.places.stage import market_state

pytestmark = pytest.mark.issue(25)


def _market(title: str, text: str = "A man was shot on Friday.") -> str | None:
    document = Document(id="t", text=text, title=title)
    return market_state(Context(analysis=Analysis(document=document), doc=None, parse_text=""))


@pytest.mark.parametrize(
    ("title", "state"),
    [
        ("Toddler hurt in shooting - WSMV Channel 4", "US.TN"),
        ("Two shot outside store :: WRAL.com", "US.NC"),
        ("Teen dead in overnight shooting - WRCBtv.com | News, Weather & Sports", "US.TN"),
        ("Man wounded at party - KSLA News 12", "US.LA"),
        ("Woman shot in Quincy - wgem.com", "US.IL"),
        # a state named outright still counts, and agrees with the station
        ("Boy shot - WBTV - Charlotte, NC", "US.NC"),
        # call letters no table knows, and none at all
        ("Man shot - WZZZ News 9", None),
        ("Man shot in his home", None),
        # two outlets of two states: no single market
        ("Man shot - WSMV - WRAL.com", None),
        # capitals in the headline itself are no outlet ("UPDATE", "WATCH")
        ("WATCH: Man shot near park", None),
    ],
)
def test_places_station_market(title: str, state: str | None) -> None:
    assert _market(title) == state


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # the page names its own station where the title names none
        ("Sign in to comment. Copyright 2016 WSMV. All rights reserved.", "US.TN"),
        ("A neighbour told KSDK she heard four shots.", "US.MO"),
        # stations of two states: no single market
        ("A neighbour told KSDK and WRAL she heard shots.", None),
    ],
)
def test_places_station_market_in_text(text: str, state: str | None) -> None:
    assert _market("Man shot in his home", text) == state


def test_places_station_market_title_first() -> None:
    """The title's outlet is the page's own: a station the text quotes does not outvote it."""
    assert _market("Man shot - WRAL.com", "He told KSDK about it.") == "US.NC"
