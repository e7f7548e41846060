"""Hand-made analyses for the store, web and export tests (invented articles, no model).

Offsets are found in the text by phrase, so the records are exactly what the extractors
would write for these sentences. Two outlets report the same invented meeting a day apart
(one event cluster with two reports); a third article carries hostile HTML everywhere.
"""

from __future__ import annotations

from newscoder.model import (
    AcledType,
    Actor,
    Analysis,
    Document,
    Entity,
    Event,
    Figure,
    Mention,
    Place,
    Quote,
    Sentence,
    Span,
    Speaker,
    TimeExpression,
)

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'

MEETING_A = (
    "Foreign Minister Lena Marsh met opposition leaders in Tarsis on Monday. "
    '"We will meet again before the spring," Marsh said after the talks. '
    "Shelling near Tarsis killed 12 people last week."
)
MEETING_B = (
    "Lena Marsh, the foreign minister, held talks with opposition leaders in Tarsis. "
    'Opposition spokesman Omar Vell said "the minister listened" to their demands.'
)
HOSTILE_TEXT = (
    f"Tarsis officials {HOSTILE} said nothing. "
    f'"{HOSTILE} is not a quote," Lena Marsh said in Tarsis.'
)

SHELLING = AcledType("Explosions/Remote violence", "Shelling/artillery/missile attack")
TARSIS = {"geonameid": 9000001, "lat": 36.8, "lon": 34.6, "country": "TUR"}


def span(text: str, phrase: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Span(start, start + len(phrase))


def mention(text: str, phrase: str, label: str, entity: int, nth: int = 0) -> Mention:
    s = span(text, phrase, nth)
    return Mention(s.start, s.end, phrase, label, entity)


def place(text: str, nth: int = 0) -> Place:
    s = span(text, "Tarsis", nth)
    return Place(s.start, s.end, "Tarsis", text="Tarsis", **TARSIS)


def sentences(text: str) -> list[Sentence]:
    found, start = [], 0
    for end in [i + 2 for i, ch in enumerate(text) if text[i : i + 2] == ". "] + [len(text)]:
        found.append(Sentence(start, end))
        start = end
    return found


def meeting_a() -> Analysis:
    text = MEETING_A
    doc = Document(id="meeting-a", text=text, published="2024-03-05",
                   title="Marsh meets the opposition", outlet="Daily Example",
                   url="https://example.org/a")
    marsh = Actor("TURGOV", "Lena Marsh", *astuple(span(text, "Lena Marsh")), country="TUR",
                  sector="GOV", entity_id=0)
    opposition = Actor("TUROPP", "opposition leaders", *astuple(span(text, "opposition leaders")),
                       country="TUR", sector="OPP")
    return Analysis(
        document=doc,
        sentences=sentences(text),
        mentions=[mention(text, "Lena Marsh", "PERSON", 0), mention(text, "Tarsis", "GPE", 1),
                  mention(text, "Marsh", "PERSON", 0, nth=1), mention(text, "Tarsis", "GPE", 1, 1)],
        entities=[Entity(0, "Lena Marsh", "PERSON", [0, 2], ["Foreign Minister"], ["Marsh"]),
                  Entity(1, "Tarsis", "GPE", [1, 3])],
        quotes=[Quote("direct", [span(text, "We will meet again before the spring,")],
                      Speaker("Lena Marsh", *astuple(span(text, "Marsh", 1)), entity_id=0),
                      span(text, "said"))],
        timexes=[TimeExpression(*astuple(span(text, "Monday")), "DATE", "2024-03-04"),
                 TimeExpression(*astuple(span(text, "last week")), "DATE", "2024-W09")],
        places=[place(text), place(text, 1)],
        actors=[marsh, opposition],
        events=[Event("CONSULT", "040", [marsh], [opposition],
                      span(text, "Foreign Minister Lena Marsh met opposition leaders in Tarsis on "
                                 "Monday."), date="2024-03-04", place=place(text), goldstein=1.0),
                Event("ASSAULT", "195", [], [], span(text, "Shelling near Tarsis killed 12 people "
                                                           "last week."),
                      date="2024-02-26", place=place(text, 1), goldstein=-10.0,
                      acled=SHELLING, fatalities=12)],
        figures=[Figure(*astuple(span(text, "12")), 12, "killed", headline=True)],
    )


def meeting_b() -> Analysis:
    text = MEETING_B
    doc = Document(id="meeting-b", text=text, published="2024-03-05", title="Talks in Tarsis",
                   outlet="Other Times")
    marsh = Actor("TURGOV", "Lena Marsh", *astuple(span(text, "Lena Marsh")), country="TUR",
                  sector="GOV", entity_id=0)
    opposition = Actor("TUROPP", "opposition leaders", *astuple(span(text, "opposition leaders")),
                       country="TUR", sector="OPP")
    return Analysis(
        document=doc,
        sentences=sentences(text),
        mentions=[mention(text, "Lena Marsh", "PERSON", 0), mention(text, "Tarsis", "GPE", 1),
                  mention(text, "Omar Vell", "PERSON", 2)],
        entities=[Entity(0, "Lena Marsh", "PERSON", [0]), Entity(1, "Tarsis", "GPE", [1]),
                  Entity(2, "Omar Vell", "PERSON", [2])],
        quotes=[Quote("mixed",
                      [span(text, "the minister listened"), span(text, "to their demands")],
                      Speaker("Omar Vell", *astuple(span(text, "Omar Vell")), entity_id=2),
                      span(text, "said"))],
        places=[place(text)],
        actors=[marsh, opposition],
        events=[Event("CONSULT", "040", [marsh], [opposition],
                      span(text, "Lena Marsh, the foreign minister, held talks with opposition "
                                 "leaders in Tarsis."), date="2024-03-05", place=place(text))],
    )


def hostile() -> Analysis:
    text = HOSTILE_TEXT
    doc = Document(id="hostile<b>", text=text, published="2024-03-06", title=HOSTILE,
                   outlet=HOSTILE, author=HOSTILE)
    officials = Actor("TURGOV", HOSTILE, *astuple(span(text, "Tarsis officials")), country="TUR")
    return Analysis(
        document=doc,
        sentences=sentences(text),
        mentions=[mention(text, "Lena Marsh", "PERSON", 0), mention(text, HOSTILE, "ORG", 1)],
        entities=[Entity(0, "Lena Marsh", "PERSON", [0]), Entity(1, HOSTILE, "ORG", [1])],
        quotes=[Quote("direct", [span(text, f"{HOSTILE} is not a quote,")],
                      Speaker(HOSTILE, *astuple(span(text, "Lena Marsh"))), span(text, "said", 1))],
        places=[Place(*astuple(span(text, "Tarsis", 1)), HOSTILE, lat=1.0, lon=2.0,
                      country="TUR")],
        actors=[officials],
        events=[Event("ACCUSE", "112", [officials], [], span(text, f"Tarsis officials {HOSTILE}"),
                      date="2024-03-06", place=Place(0, 6, HOSTILE, lat=1.0, lon=2.0,
                                                     country="TUR"))],
        figures=[Figure(*astuple(span(text, "Tarsis")), 1, HOSTILE)],
    )


def astuple(s: Span) -> tuple[int, int]:
    return s.start, s.end


def all_analyses() -> list[Analysis]:
    return [meeting_a(), meeting_b(), hostile()]


def reset_postgres(url: str) -> None:
    """Empty the scratch PostgreSQL database the tests are given."""
    from sqlalchemy import create_engine, text

    from newscoder.store.db import database_url

    engine = create_engine(database_url(url))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def build_store(db: str) -> None:
    """A store holding the three invented articles, written as ingest writes a batch."""
    from newscoder.store.db import open_store
    from newscoder.store.ingest import Deduplicator, write_batch

    with open_store(db) as store:
        write_batch(store, all_analyses(), Deduplicator(store))
