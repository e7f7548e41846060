"""Where an incident happened: the finest place the text ties to it.

Looked for in the clauses of its mentions, then their sentences, then their paragraphs; a
dateline only after that, and then the document's first town. A finer place found at a wider
level wins over a country found in the clause ("in Somalia ... in Mogadishu's Hodan district").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from functools import lru_cache

from newscoder.context import Context
from newscoder.lexicon import read_words
from newscoder.model import IncidentPlace, Place, Span
from newscoder.places import gazetteer
from newscoder.places.postal import postal_town
from newscoder.places.stage import famous_sense

# A place name that opens a compound adjective qualifies a party, it does not say where.
COMPOUND = re.compile(r"-[a-z]")
# GeoNames feature codes by the precision they give an incident's place.
RANK = {"point": 0, "city": 1, "admin2": 2, "admin1": 3, "country": 4, "region": 5}
TOWN_LEVELS = ("city", "point")
AGED = re.compile(r",\s*\d{1,3},")  # "Rodriguez, 21,": a person told with an age
# The word before a name ("Officer", "Mr.") and a locative before it ("in Mendoza").
WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")
LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|outside)\s+$", re.IGNORECASE)
NAME_WINDOW = 24  # characters read before a name for its title or preposition
# A region told as one: "Clark County", "Zamfara state", "the province of Kandahar".
TYPED_REGION = re.compile(
    r"\b(?:County|Parish|Borough|Province|State|Region|Governorate|District|Prefecture|Oblast)"
    r"\b", re.IGNORECASE,
)


# A part of a town told by the compass ("the North Side", "Far South Side", "Northwest"):
# the gazetteer finds a hamlet, a region or a province of the words ("Far", Texas; the Cayman
# Islands' North Side), where the story means a part of its own city.
COMPASS = re.compile(
    r"(?:(?:Far|Near)\s+)?(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest"
    r"|Far|Near)(?:\s+(?:Side|End))?",
)
# A town this big is the one a story names, even outside the story's own state (the
# gazetteer's choice of a namesake is a risk for small towns).
KNOWN_TOWN_POPULATION = 50_000
# a sentence opened by such a preposition and a town, then a comma, is placed there
OPENING_PREPS = frozenset({"in", "at"})


def compass_part(place: Place) -> bool:
    """The place is read from words of the compass as a place of that very name (not "South
    Side" read as another name of Chicago)."""
    return bool(COMPASS.fullmatch(place.text)) and (
        gazetteer.normalize(place.name) == gazetteer.normalize(place.text)
    )


def place_precision(place: Place) -> str:
    code = place.feature_code or ""
    if code.startswith("PPL"):
        return "city"
    if code in ("ADM2", "ADM3", "ADM4", "ADM5", "ADMD"):
        return "admin2"
    if code == "ADM1":
        return "admin1"
    if code.startswith("PCL") or code in ("TERR", "ZN"):
        return "country"
    if code in ("CONT", "RGN", "RGNE", "AREA", "") or place.geonameid is None:
        return "region"
    return "point"  # a landmark, a building, an airport, a border crossing


def incident_place(ctx: Context, levels: list[tuple[str, list[Span]]]) -> IncidentPlace | None:
    """The finest place among the spans of the first level that names one, refined by later
    levels where they name a finer place inside it (a town in the state or county found)."""
    home = home_country(ctx)
    state = home_state(ctx, home)
    best: tuple[Place, str] | None = None
    namesake: tuple[Place, str] | None = None
    for source, spans in levels:
        named = _places_in(ctx, spans)
        found = _finest(named, home, state)
        if found is None:
            continue
        if _namesake(found, named, home, state):
            # a town of another state in a story told from one state: a namesake the
            # gazetteer chose ("Homewood" in a Pittsburgh story is not Alabama's)
            namesake = namesake or (found, source)
            continue
        # a town abroad in a story whose places are nearly all at home is a namesake the
        # gazetteer chose: a place at home at a wider level is the better reading
        abroad = best is not None and home is not None and best[0].country != home
        if best is None or _refines(found, best[0]) or (abroad and found.country == home):
            best = (found, source)
        if RANK[place_precision(best[0])] <= RANK["city"] and home in (None, best[0].country):
            break
        if source == "clause" and best[0] is found and _told_with_country(ctx, found, spans):
            # "fired missiles at the Saudi city of Jazan": a town abroad its own clause sets
            # in its country is where it happened, not a namesake of the story's country
            break
    best = best or namesake
    if best is None:
        return None
    place, source = best
    return incident_place_of(ctx, place, source)


def _told_with_country(ctx: Context, found: Place, spans: list[Span]) -> bool:
    """The place's country is named in the same spans, by name or by its people ("the Saudi
    city of Jazan")."""
    return any(
        p is not found and p.country == found.country
        and (p.demonym or place_precision(p) == "country")
        and any(s.start <= p.start and p.end <= s.end for s in spans)
        for p in ctx.analysis.places
    )


def incident_place_of(ctx: Context, place: Place, source: str) -> IncidentPlace:
    """The incident's place record of one of the document's places."""
    return place_record(place, source, ctx.analysis.places.index(place))


def place_record(place: Place, source: str, index: int | None) -> IncidentPlace:
    """The incident's place record of a resolved place; ``index`` is its position in
    places[], None for a place with no offsets in the text (the headline's). A quarter or
    an unincorporated place is recorded as the town its addresses give ("Rogers Park" as
    Chicago, see places.postal): the town an incident record names; the mention stays the
    evidence."""
    town = address_town(place)
    return IncidentPlace(
        name=town.name if town else place.name,
        lat=round(town.lat, 5) if town else place.lat,
        lon=round(town.lon, 5) if town else place.lon,
        country=place.country,
        admin1=place.admin1 if place_precision(place) != "country" else None,
        precision=place_precision(place),  # type: ignore[arg-type]
        place=index,
        source=source,
    )


def address_town(place: Place) -> gazetteer.Candidate | None:
    """The bigger town whose post office serves a US town of the gazetteer, if any."""
    if place.geonameid is None or place_precision(place) not in TOWN_LEVELS:
        return None
    entry = gazetteer.get(place.geonameid)
    return postal_town(entry) if entry is not None else None


def _refines(found: Place, best: Place) -> bool:
    """A finer place inside the one found so far: same country, and same state where the
    place found so far is a state or a county."""
    if RANK[place_precision(found)] >= RANK[place_precision(best)]:
        return False
    if found.country != best.country:
        return False
    return place_precision(best) == "country" or found.admin1 == best.admin1


HOME_COUNTRY = "incident_home_country"


def home_country(ctx: Context) -> str | None:
    """:func:`story_country`, worked out once per document: the incident, story and title
    readers all ask for it, and the places it reads are final once the places stage ran
    (the count of places guards against a caller that adds some)."""
    count, home = ctx.scratch.get(HOME_COUNTRY, (-1, None))
    if count != len(ctx.analysis.places):
        home = story_country(ctx)
        ctx.scratch[HOME_COUNTRY] = (len(ctx.analysis.places), home)
    return home  # type: ignore[no-any-return]


def story_country(ctx: Context) -> str | None:
    """The country most of the document's places are in, where it holds most of them: among
    places a clause names together, a town of another country is then a namesake the
    gazetteer chose ("Nathan" in a story from Louisiana). Names vote once each first: a name
    said twenty times is as often a person the story is about ("Officer Israel Roman ...
    Roman then drove") as a place, and a story's country shows in how many of its places lie
    there; where names do not settle it, each mention votes."""
    places = [
        p for p in ctx.analysis.places if p.country and not p.demonym and not compass_part(p)
    ]
    gone = surnames(ctx)
    places = [p for p in places if p.text not in gone]
    people = _person_words(ctx)
    told = told_countries(ctx.analysis.places, people)
    if not _told_by_one_town(places, told, people):
        places = _without_untold_towns(places, told)
    names = Counter(country for _, country in {(p.text, p.country) for p in places})
    return _majority(names) or _majority(Counter(p.country for p in places))


def _told_by_one_town(places: list[Place], told: set[str], people: Collection[str]) -> bool:
    """The countries told are each told by one famous town alone, and a country untold is
    named by more towns ("Benghazi", a venue's name, in a story of three Connecticut towns):
    one famous name is too little evidence to set those towns aside."""
    towns: dict[str | None, set[str]] = defaultdict(set)
    for p in places:
        if place_precision(p) in TOWN_LEVELS:
            towns[p.country].add(p.text)
    for country in told:
        own = [p for p in places if p.country == country]
        telling = {p.text for p in own if _tells_country(p, places, people)}
        if len(telling) != 1 or any(
            place_precision(p) not in TOWN_LEVELS for p in own if p.text in telling
        ):
            return False
    return bool(told) and any(len(t) > 1 and c not in told for c, t in towns.items())


def _without_untold_towns(places: list[Place], told: set[str]) -> list[Place]:
    """The places, without the towns of a country the text names by towns alone, where it
    names another country by more than its name and places there ("Bellagio", read as the
    Italian village, in a story of the Clark County sheriff; "Pinetown" in a story of
    Beaufort County): a country needs evidence in the story, and most towns have namesakes
    abroad. A country named only as such ("his family fled Iraq") grounds nothing, and a
    capital ("Kabul") keeps its vote: it is where news of its country is told."""
    grounded = {p.country for p in places if p.country in told and place_precision(p) != "country"}
    if not grounded:
        return places
    return [
        p for p in places
        if p.country in told or place_precision(p) not in TOWN_LEVELS or p.feature_code == "PPLC"
    ]


def told_countries(places: list[Place], people: Collection[str] = ()) -> set[str]:
    """The countries the text names by more than the name of a town with namesakes: the
    country itself, its people ("Iraqi"), a region told as one ("Harris County", "Kaduna
    state"), a first-level region with a town of it ("Texas" and "Houston"), or a city
    known by its name alone ("Memphis") that is no word of a person's name the story gives
    ("Rodriguez")."""
    return {
        p.country for p in places
        if p.country is not None and not p.metonym and _tells_country(p, places, people)
    }


def _tells_country(place: Place, places: list[Place], people: Collection[str]) -> bool:
    level = place_precision(place)
    if place.demonym or level == "country":
        return True
    if level in ("admin1", "admin2") and TYPED_REGION.search(place.text):
        return True
    if level in TOWN_LEVELS:
        return place.text not in people and _known_by_name(place)
    return level == "admin1" and any(
        t.country == place.country and t.admin1 == place.admin1
        and place_precision(t) in TOWN_LEVELS
        for t in places
    )


def _known_by_name(town: Place) -> bool:
    """The town is the one its name stands for on its own (places.stage.famous_sense)."""
    return town.geonameid is not None and _famous_id(town.text) == town.geonameid


@lru_cache(maxsize=4096)
def _famous_id(name: str) -> int | None:
    found = famous_sense(gazetteer.lookup(name))
    return found.geonameid if found is not None else None


def _person_words(ctx: Context) -> set[str]:
    """The words of the people's names the parser found ("Jose Rodriguez", "Rodriguez"), and
    the names read as towns that are told with an age ("Jaime Rodriguez, 21, was shot")."""
    words = {
        word for m in ctx.analysis.mentions if m.label == "PERSON" for word in m.text.split()
    }
    return words | {p.text for p in ctx.analysis.places if AGED.match(ctx.text, p.end)}


def surnames(ctx: Context) -> set[str]:
    """Names read as towns that the document uses as a person's surname: the last word of a
    person named in full ("Anthony Mendoza"), a name after a title ("Judge Mendoza") or told
    with an age ("Salazar, 34,"), wherever in the text. In that document the name is a
    person, not a town, unless it is also told as where ("in Mendoza"). Cached on the
    context: read per mention."""
    if "surnames" in ctx.scratch:
        return ctx.scratch["surnames"]  # type: ignore[no-any-return]
    last = {
        m.text.split()[-1] for m in ctx.analysis.mentions
        if m.label == "PERSON" and 2 <= len(m.text.split()) <= 4
    }
    names = {p.text for p in ctx.analysis.places if " " not in p.text and p.text[:1].isupper()}
    found = {name for name in names & last if not _told_as_where(ctx.text, name)}
    found |= {name for name in names - found if _told_as_person(ctx.text, name)}
    ctx.scratch["surnames"] = found
    return found


def _told_as_person(text: str, name: str) -> bool:
    if _told_as_where(text, name):
        return False
    for match in re.finditer(rf"\b{re.escape(name)}\b", text):
        if AGED.match(text, match.end()):
            return True
        title = WORD_BEFORE.search(text, max(0, match.start() - NAME_WINDOW), match.start())
        if title is not None and title.group(1).lower() in _person_titles():
            return True
    return False


def _told_as_where(text: str, name: str) -> bool:
    return any(
        LOCATIVE_BEFORE.search(text, max(0, m.start() - NAME_WINDOW), m.start())
        for m in re.finditer(rf"\b{re.escape(name)}\b", text)
    )


@lru_cache(maxsize=1)
def _person_titles() -> frozenset[str]:
    return read_words("places", "person_titles.txt")


def _majority(votes: Counter[str | None]) -> str | None:
    if not votes:
        return None
    country, count = votes.most_common(1)[0]
    return country if count * 2 > sum(votes.values()) else None


def _namesake(found: Place, named: list[Place], home: str | None, state: str | None) -> bool:
    """A town outside the story's state that nothing beside it places there: the text names
    no region of the town's own state with it ("Kadisau in Zamfara state" is in Zamfara)."""
    if state is None or found.country != home or found.admin1 in (None, state):
        return False
    if place_precision(found) not in ("city", "point"):
        return False
    if population(found.geonameid) >= KNOWN_TOWN_POPULATION:
        return False  # a big city ("the northern city of Kano" in a Lagos story) is itself
    return not any(
        p.admin1 == found.admin1 and place_precision(p) in ("admin1", "admin2") for p in named
    )


def population(geonameid: int | None) -> int:
    """The gazetteer's population of a place; 0 when it has none or no entry."""
    entry = gazetteer.get(geonameid) if geonameid else None
    return entry.population if entry else 0


def home_state(ctx: Context, home: str | None) -> str | None:
    """The first-level division (a US state) most of the home country's places are in, where
    it holds most of them and at least two."""
    votes = Counter(
        p.admin1 for p in ctx.analysis.places
        if p.country == home and p.admin1 and not p.demonym and place_precision(p) != "country"
    )
    if not votes:
        return None
    state, count = votes.most_common(1)[0]
    return state if count >= 2 and count * 2 > sum(votes.values()) else None


def told_as_place(ctx: Context, place: Place) -> bool:
    """Whether the text names a place as a place: not a people ("Iraqi"), not a government
    ("Washington said"), not the first half of a compound ("the London-based Observatory",
    "US-backed"), not a part of a town told by the compass ("the North Side"), not a word
    the story uses as a person's surname ("Jaime Salazar, 34")."""
    return not (
        place.demonym
        or place.metonym
        or COMPOUND.match(ctx.text, place.end)
        or compass_part(place)
        or place.text in surnames(ctx)
    )


def _places_in(ctx: Context, spans: Iterable[Span]) -> list[Place]:
    wanted = list(spans)
    return [
        p
        for p in ctx.analysis.places
        if told_as_place(ctx, p) and any(s.start <= p.start and p.end <= s.end for s in wanted)
    ]


def mention_towns(ctx: Context, sentence: Span) -> tuple[str | None, frozenset[str]]:
    """The town a sentence opens in ("In the northern city of Kano, a smaller rally ...",
    "At Dayton, ..."), if any, and the towns it names."""
    towns = [p for p in _places_in(ctx, [sentence]) if place_precision(p) == "city"]
    opening = ctx.text[sentence.start:sentence.end].lstrip()
    first = opening.split(" ", 1)[0].lower()
    comma = ctx.text.find(",", sentence.start, sentence.end)
    fronted = None
    if first in OPENING_PREPS and comma > 0:
        fronted = next((p.name for p in towns if p.end <= comma), None)
    return fronted, frozenset(p.name for p in towns)


def mention_country(ctx: Context, clause: Span, sentence: Span) -> str | None:
    """The country a mention happens in: its clause's finest place, else a town or region its
    sentence names (a country elsewhere in the sentence is as often a party as a place)."""
    found = _finest(_places_in(ctx, [clause]))
    if found is None:
        found = _finest(_places_in(ctx, [sentence]))
        if found is not None and RANK[place_precision(found)] > RANK["admin1"]:
            return None
    return found.country if found else None


def _finest(
    places: list[Place], home: str | None = None, state: str | None = None
) -> Place | None:
    """The most precise place, unless a region named with it lies in another country: then
    the town is a namesake the gazetteer chose wrongly ("the village of Kadisau in Zamfara
    state" is not Cadiz) and the incident is recorded at the region's level."""
    if home is not None and any(p.country == home for p in places):
        places = [p for p in places if p.country == home]
    if state is not None and any(p.admin1 == state for p in places):
        places = [p for p in places if p.admin1 == state or place_precision(p) == "country"]
    if not places:
        return None
    best = min(places, key=lambda p: (RANK[place_precision(p)], p.start))
    containers = [
        p for p in places
        if RANK["admin2"] <= RANK[place_precision(p)] <= RANK["admin1"] and p.country
    ]
    if containers and best.country not in {c.country for c in containers}:
        return min(containers, key=lambda p: (RANK[place_precision(p)], p.start))
    return best


def paragraph_of(text: str, span: Span) -> Span:
    start = text.rfind("\n\n", 0, span.start)
    end = text.find("\n\n", span.end)
    return Span(0 if start < 0 else start + 2, len(text) if end < 0 else end)
