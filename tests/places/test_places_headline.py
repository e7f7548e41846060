"""Issue 25: the headline as a clue to where — the outlet's parts are cut from a page title,
and the headline's places are resolved beside the text's but never join ``places[]`` (the
title has no offsets in ``text``). Cases written for these tests."""

from __future__ import annotations

import pytest

from newscoder.places.headline import headline

pytestmark = pytest.mark.issue(25)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Three hurt in shooting near Maple Grove park :: WXYZ.com",
         "Three hurt in shooting near Maple Grove park"),
        ("Man shot outside diner - KQRS News 4 - Fargo, North Dakota",
         "Man shot outside diner"),
        ("KABC News Channel 7 - Two injured in late-night shooting",
         "Two injured in late-night shooting"),
        ("Boy wounded at park | Valley Herald | Local News, Weather & Sports",
         "Boy wounded at park"),
        # a colon or an outlet word inside the headline is the headline's own
        ("Police: woman shot three times in Elm Street robbery",
         "Police: woman shot three times in Elm Street robbery"),
        ("Newport News teen hurt in shooting", "Newport News teen hurt in shooting"),
        # two parts of one headline both stay
        ("Birthday party shooting - 2 gunmen, 5 victims",
         "Birthday party shooting - 2 gunmen, 5 victims"),
        ("2019", None),
        ("", None),
        (None, None),
    ],
)
def test_headline_drops_the_outlet(title: str | None, expected: str | None) -> None:
    assert headline(title) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "town", "state"),
    [
        # the text's "Franklin, Ind." decides which Franklin the headline means
        ("Two hurt in Franklin shooting",
         "FRANKLIN, Ind. -- Two men were hurt when shots were fired outside a bar, "
         "police said on Sunday.", "Franklin", "Indiana"),
        # the headline names a town the text never names; the text's state settles it
        ("Teen shot in Rocky Mount",
         "A boy of 15 was taken to a hospital after he was shot on Saturday. North "
         "Carolina police are looking for a gray car.", "Rocky Mount", "North Carolina"),
    ],
)
def test_headline_places_read_beside_the_text(title: str, text: str, town: str,
                                              state: str) -> None:
    from newscoder.model import Document
    from newscoder.parse import parse
    from newscoder.pipeline import load_stage
    from newscoder.places.stage import title_places

    ctx = parse(Document(id="t", text=text, published="2016-05-02", title=title))
    for stage in ("entities", "time", "places"):
        load_stage(stage)(ctx)
    found = [(p.name, p.admin1) for p in title_places(ctx)]
    assert (town, state) in found
    # the title's places index the headline and stay out of places[], whose offsets
    # index the text
    assert all(text[p.start : p.end] == p.text for p in ctx.analysis.places)
    assert all(title[p.start : p.end] == p.text for p in title_places(ctx))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "absent"),
    [
        # the first word of a quarter's or a park's name is no town of its own
        ("Two wounded in Hamilton Heights shooting",
         "Two men were wounded on a corner in Manhattan late on Friday, police said.",
         "Hamilton"),
        ("Boy hurt at Valencia Park cookout",
         "A boy of 12 was grazed by a bullet at a cookout in San Diego, police said.",
         "Valencia"),
        ("Gunfire at Warren Village leaves one hurt",
         "One man was shot in the arm at an apartment complex in Terre Haute, Indiana.",
         "Warren"),
    ],
)
def test_headline_name_opening_a_longer_name(title: str, text: str, absent: str) -> None:
    from newscoder.model import Document
    from newscoder.parse import parse
    from newscoder.pipeline import load_stage
    from newscoder.places.stage import title_places

    ctx = parse(Document(id="t", text=text, published="2016-05-02", title=title))
    for stage in ("entities", "time", "places"):
        load_stage(stage)(ctx)
    assert absent not in {p.text for p in title_places(ctx)}


@pytest.mark.parametrize(
    ("title", "state"),
    [
        ("Two hurt in shooting - WTVX.com-Albany, GA News Weather & Sports", "US.GA"),
        ("Man shot - KQRS News 4 - Fargo, North Dakota", "US.ND"),
        ("Crash on I-64 - WQRT 12 Beckley WV News and Weather", "US.WV"),
        ("Boy wounded - WZZZ 3 Connecticut", "US.CT"),
        # no state, or two of them, in the outlet's parts: none
        # call letters of no station the table knows (lexicons/en/places/stations.tsv)
        ("Boy wounded at park :: KQXZ.com", None),
        ("Four hurt in Bridgeport shooting", None),
        ("Boy wounded - KXXX News - Texarkana, Texas and Arkansas", None),
    ],
)
def test_market_state_of_the_outlet(title: str, state: str | None) -> None:
    from newscoder.model import Analysis, Document
    from newscoder.places.stage import market_state

    class Bare:  # market_state reads the document's title only
        analysis = Analysis(document=Document(id="t", text="", title=title))

    assert market_state(Bare()) == state  # type: ignore[arg-type]
