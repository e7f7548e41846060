"""A store for the interactive views: the three invented articles of ``storefixtures`` plus
short invented reports of incidents, at points, region and country centroids, on dates from
days to a month apart, so the map has clusters to split and the timeline a span to brush.
"""

from __future__ import annotations

from newscoder.model import (
    AcledType,
    Actor,
    Analysis,
    Document,
    Event,
    Incident,
    IncidentActor,
    IncidentPlace,
    Sentence,
    Span,
)
from storefixtures import HOSTILE, all_analyses

BATTLE = AcledType("Battles", "Armed clash")
BOMB = AcledType("Explosions/Remote violence", "Remote explosive/landmine/IED")
PROTEST = AcledType("Protests", "Peaceful protest")

# the CAMEO sector of the invented groups (the network's actor-kind filter)
SECTORS = {"Coast Guard": "MIL", "army patrol": "MIL", "Northern Front": "REB",
           "militia fighters": "REB", "students": "EDU", "teachers": "EDU"}

# (id, date, precision, place, lat, lon, country, geo precision, type, killed, who, whom)
REPORTS = [
    ("harbour-1", "2023-01-09", "day", "Port Wend", 2.00, 45.30, "SOM", "city", BOMB, 4,
     "unknown bombers", "market traders"),
    ("harbour-2", "2023-01-20", "day", "Port Wend", 2.10, 45.40, "SOM", "city", BOMB, 9,
     "unknown bombers", "hotel guests"),
    ("harbour-3", "2023-02-14", "day", "Port Wend", 1.90, 45.20, "SOM", "city", BATTLE, 2,
     "Coast Guard", "militia fighters"),
    ("harbour-4", "2023-03-02", "day", "Port Wend", 2.20, 45.10, "SOM", "city", BATTLE, 0,
     "Coast Guard", "unknown bombers"),
    ("ridge", "2023-02-03", "day", "Kessa Ridge", 18.44, 1.41, "MLI", "city", BATTLE, 5,
     "Northern Front", "army patrol"),
    ("north", "2023-W07", "week", "Northern Region", 19.0, 0.5, "MLI", "admin1", BATTLE, 3,
     "Northern Front", "army patrol"),
    ("square", "2023-03-10", "day", "Tarsis", 36.8, 34.6, "TUR", "city", PROTEST, None,
     "students", ""),
    ("nation", "2023-03", "month", "Türkiye", 39.0, 35.0, "TUR", "country", PROTEST, None,
     "teachers", ""),
    ("hostile-incident", "2023-02-20", "day", HOSTILE, 10.0, 10.0, "NGA", "city", BOMB, 1,
     HOSTILE, HOSTILE),
]


def actor(text: str, name: str, country: str) -> Actor:
    start = text.index(name)
    sector = SECTORS.get(name)
    return Actor(f"{country}{sector or ''}", name, start, start + len(name), country=country,
                 sector=sector)


def event(text: str, who: str, whom: str, country: str, day: str, protest: bool) -> Event:
    plover, cameo = ("PROTEST", "141") if protest else ("ASSAULT", "190")
    target = [actor(text, whom, country)] if whom else []
    return Event(plover, cameo, [actor(text, who, country)], target, Span(0, len(text)),
                 date=day)


def report(row: tuple) -> Analysis:
    doc_id, day, precision, name, lat, lon, country, geo, acled, killed, who, whom = row
    text = f"An invented report from {name} on {day}: {who} and {whom}."
    actors = [IncidentActor(who, None, "perpetrator")]
    if whom:
        actors.append(IncidentActor(whom, None, "victim"))
    incident = Incident(kind="violence" if acled is not PROTEST else "protest", lead=True,
                        date=day, date_precision=precision,
                        place=IncidentPlace(name, lat, lon, country, precision=geo),
                        fatalities=killed, acled=acled, actors=actors,
                        evidence=[Span(0, len(text))])
    return Analysis(document=Document(id=doc_id, text=text, published=day[:10],
                                      title=f"Report from {name}", outlet="Invented Wire"),
                    sentences=[Sentence(0, len(text))], incidents=[incident],
                    events=[event(text, who, whom, country, day, acled is PROTEST)])


def build_view_store(db: str) -> None:
    from newscoder.store.db import open_store
    from newscoder.store.ingest import Deduplicator, write_batch

    with open_store(db) as store:
        write_batch(store, [*all_analyses(), *(report(r) for r in REPORTS)],
                    Deduplicator(store))
