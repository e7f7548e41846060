"""A lead incident placed abroad in a story of local news at home.

Local crime news of one country uses words no other country's does ("the 600 block of Elm
Street", "sheriff's deputies", "called 911"; ``incidents.toml`` [local_news]). Where such a
story gives nothing but a town name that the gazetteer reads as a more famous town abroad
("York", "Chester", "Panama City") and names nothing else of that country (the country, its
people, another of its places), the incident happened at the namesake at home: in the
outlet's state where one of that name lies there, else at the most populous one.

Reads the lead incident's place, the document's places and text; rewrites the lead's place.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from newscoder.context import Context
from newscoder.incidents.titled import candidate_place
from newscoder.incidents.where import place_record
from newscoder.lexicon import read_lexicon
from newscoder.model import Incident
from newscoder.places import gazetteer
from newscoder.places.stage import market_state


@dataclass(frozen=True)
class LocalNews:
    country: str
    cues: re.Pattern[str]


@lru_cache(maxsize=1)
def local_news() -> LocalNews:
    raw = tomllib.loads(read_lexicon("incidents", "incidents.toml"))["local_news"]
    return LocalNews(raw["country"], re.compile("|".join(raw["patterns"]), re.IGNORECASE))


def place_at_home(ctx: Context, incidents: list[Incident]) -> None:
    """Move the lead incident from a town abroad to its namesake at home, where the story is
    local news of home and grounds the country abroad nowhere else."""
    lead = next((i for i in incidents if i.lead), None)
    news = local_news()
    place = lead.place if lead is not None else None
    if place is None or place.country in (None, news.country):
        return
    if not news.cues.search(ctx.text) or _grounded(ctx, place.country, place.name):
        return
    town = _namesake(place.name, news.country, market_state(ctx))
    if town is not None and lead is not None:
        lead.place = place_record(candidate_place(town, place.name), place.source, None)


def _grounded(ctx: Context, country: str, name: str) -> bool:
    """The text names the country abroad by more than this name: the country itself, its
    people, or another of its places (not the town told longer, "York City" for "York")."""
    own = gazetteer.normalize(name)
    return any(
        p.country == country and (p.demonym or not _same_town(gazetteer.normalize(p.name), own))
        for p in ctx.analysis.places
    )


def _same_town(one: str, other: str) -> bool:
    return one.startswith(other) or other.startswith(one)


def _namesake(name: str, country: str, market: str | None) -> gazetteer.Candidate | None:
    towns = [
        c for c in gazetteer.lookup(name)
        if c.country == country and c.fclass == "P" and c.kind == gazetteer.PRIMARY
    ]
    in_market = [c for c in towns if market is not None and c.admin1 == market]
    found = in_market or sorted(towns, key=lambda c: -c.population)
    return found[0] if found else None
