"""What the place tests read of an invented text: its places by the words that name them."""

from __future__ import annotations

from newscoder.model import Document, Place


def places_of(text: str) -> dict[str, Place]:
    """The places the entities and places stages find in ``text``, keyed by their words."""
    from newscoder.parse import parse
    from newscoder.pipeline import load_stage

    ctx = parse(Document(id="t", text=text))
    load_stage("entities")(ctx)
    load_stage("places")(ctx)
    return {p.text: p for p in ctx.analysis.places}


def check_place(place: Place | None, word: str, *, country: str | None = None,
                admin1: str | None = None, known: bool = False) -> Place:
    """``place`` (read for ``word``) exists and lies in ``country`` (ISO alpha-3) and in
    ``admin1`` (GeoNames' name of the first-level region) where these are given; with
    ``known``, it has a gazetteer id and a point. Returns the place for further checks."""
    assert place is not None, f"{word!r} was not read as a place"
    where = (place.country, place.admin1)
    if country is not None:
        assert place.country == country, f"{word!r} placed in {where}, not {country}"
    if admin1 is not None:
        assert place.admin1 == admin1, f"{word!r} placed in {where}, not {admin1}"
    if known:
        assert place.geonameid is not None and place.lat is not None, f"{word!r} has no entry"
    return place


def place_in(text: str, word: str, *, country: str | None = None, admin1: str | None = None,
             known: bool = False) -> Place:
    """The place ``word`` names in ``text``, checked as ``check_place`` checks it."""
    return check_place(places_of(text).get(word), word, country=country, admin1=admin1,
                       known=known)
