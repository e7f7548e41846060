"""The place a story is about: where its lead incident is recorded.

A local news story names its town again and again — in the dateline, the lead, "Pittsburgh
police said" — and names other towns in passing: where a victim lived, the hospital's city,
where a suspect was caught. The place of the incident the story is about is the town it
names most within the state it is told from (the first named on a tie), where the story is
told from one state; a neighbourhood ("Englewood", "Jamaica Plain") counts for the city
around it that the story also names.
"""

from __future__ import annotations

import dataclasses
import math
import re
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from newscoder.context import Context
from newscoder.incidents.where import (
    KNOWN_TOWN_POPULATION,
    address_town,
    home_country,
    place_precision,
    place_record,
    population,
    told_as_place,
)
from newscoder.lexicon import read_lexicon
from newscoder.model import IncidentPlace, Place, Span
from newscoder.places import gazetteer
from newscoder.places.detect import lexicon as places_lexicon
from newscoder.places.gazetteer import PRIMARY
from newscoder.places.stage import famous_sense, market_state, title_places

DATELINE_WEIGHT = 3  # the dateline says where the story is told from
DATELINE_TOWN_COUNT = 0.5  # but not where it happened: half a mention of its town
FAME_VOTES = 1  # a big city's mention weighs two small towns'
# The outlet's state (named in the title, "WXYZ - Greenville, SC") weighs as one mention of
# a place there: a station's stories happen in its market, but it covers neighbouring states.
MARKET_VOTES = 1
# The headline names where the story happened ("2 dead in Brookhaven shooting"); its town
# weighs as this many mentions in the text, which also name where victims lived or were
# treated and where a suspect was caught.
HEADLINE_TOWN_COUNT = 1
STATE_SHARE = 0.4  # the story's state holds at least this share of its votes
# A town lies inside a city when it is within this many km per square root of a thousand
# inhabitants of the city (Chicago: 15 km; a town of 60,000: 2 km), and the city is at
# least twice its size.
KM_PER_ROOT_THOUSAND = 0.3
CITY_SIZE_RATIO = 2
TOWN_LEVELS = ("city", "point")
CARE_WINDOW = 60  # characters either side of a town read for a care phrase
WHERE_WINDOW = 24  # characters either side of a region read for how it is told
WHERE_BEFORE = re.compile(r"\b(?:in|near|outside)\s+(?:the\s+)?$", re.IGNORECASE)
NAME_GOES_ON = re.compile(
    r"(?:['’]s?)?\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[A-Z]|['’]s\b"
)
CALENDAR = frozenset((
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
))
COUNTY_WORD = re.compile(r"\b(?:County|Parish|Borough|District|Township|Co\.)", re.I)
# A town named without its state is the best-known town of its name ("Cleveland" is Ohio's)
# where that one has at least this many people and this many times the gazetteer's reading,
# unless the story supports the reading's state: a state or a county named there, or a
# town there big enough to be known (the small towns and streets a story names find
# namesakes everywhere: "on Bosworth", "Grant").
BEST_KNOWN_POPULATION = 100_000
BEST_KNOWN_RATIO = 10
TownKey = int | tuple[str, str | None]  # a GeoNames id, or a post office town's name and state


def story_place(ctx: Context, found: IncidentPlace | None) -> IncidentPlace | None:
    """The lead incident's place: the story's town in the story's state, else the place
    found in the incident's own text where it is in that state, else the state's finest
    place the story names."""
    home, region = _market(ctx, home_country(ctx))
    market = region.name if region is not None else None
    if home is None and region is not None and not ctx.analysis.places:
        home = region.country  # a page that names no place: the outlet's country
    headline = headline_towns(ctx, home)
    places = best_known(in_market(_story_places(ctx), market))
    state = story_state(ctx, home, places, market)
    if home is None or state is None:
        return found
    if found is not None and _placed_elsewhere(ctx, found, state, places):
        return found
    named = [p for p in places if p.country == home and p.admin1 == state]
    named += cued_towns(ctx, state, places)
    datelines = ctx.analysis.document.datelines or []
    titled = [t for t in headline if t.admin1 == state]
    town = principal_town(named, datelines, ctx.text, titled)
    if town is not None and any(town is t for t in titled):
        return place_record(town, "title", None)  # the headline's town, not in the text
    if town is not None:
        return _record(ctx, town)
    if found is not None and found.admin1 == state:
        return found
    wider = [p for p in named if place_precision(p) in ("admin2", "admin1")]
    if not wider and found is None and region is not None and state == market and not headline:
        return place_record(_region_place(region), "title", None)  # the outlet's state
    if not wider:
        return found
    finest = min(wider, key=lambda p: (place_precision(p) != "admin2", p.start))
    return _record(ctx, finest)


def _record(ctx: Context, place: Place) -> IncidentPlace:
    """The story's place record of one of its places, read anew in the outlet's state or
    as resolved: its index is that of its mention in places[]."""
    index = next(
        (i for i, p in enumerate(ctx.analysis.places) if (p.start, p.end) == (place.start,
                                                                               place.end)),
        None,
    )
    return place_record(place, "story", index)


def _market(
    ctx: Context, home: str | None
) -> tuple[str | None, gazetteer.Candidate | None]:
    """The story's country and the state the outlet's title names, where the story is told
    at home there; a country whose only places in the text are towns is a namesake's the
    gazetteer chose ("Richmond" and "Chippenham", England, in a story of a station of
    Richmond, Virginia): the outlet's country is the story's."""
    code = market_state(ctx)
    region = gazetteer.admin1(code) if code is not None else None
    if region is None:
        return home, None
    if home in (None, region.country):
        return home, region
    if _only_towns(ctx, home):
        return region.country, region
    return home, None


def _only_towns(ctx: Context, country: str) -> bool:
    """Every place of the country the text names is a town: no state, county or the country
    itself."""
    return all(
        place_precision(p) in TOWN_LEVELS for p in _story_places(ctx) if p.country == country
    )


def _region_place(region: gazetteer.Candidate) -> Place:
    """A state as a place no mention in the text names (the outlet's, in the title)."""
    return Place(
        start=0, end=0, name=region.name, geonameid=region.geonameid, lat=round(region.lat, 5),
        lon=round(region.lon, 5), country=region.country, feature_code=region.fcode,
        admin1=region.name, text=region.name, coords_from=region.coords_from,
        precision="admin1",
    )


def in_market(places: list[Place], market: str | None) -> list[Place]:
    """The places, a town whose state the text never names read in a state the text names
    (a state, or a county of it: "Harris County") or else in the outlet's state, where a
    town of its name lies there ("Pasadena" in a story that names Harris County is
    Pasadena, Texas; "Duncan police" in a story of a station of South Carolina is Duncan,
    South Carolina, not the bigger Duncan, Oklahoma). A county of a name many states
    share, whose state the text never names, is the outlet's state's county of the name
    ("Marion County" in a story of a Mississippi station)."""
    places = [_county_in_market(p, places, market) or p for p in places]
    named = {
        (p.country, p.admin1) for p in places
        if (place_precision(p) in ("admin1", "admin2") or (p.feature_code or "") == "ADM1")
        and not _bare_county(p)
    }
    bound = _named_states(places)
    if not bound and market is None:
        return places
    return [
        p if (p.country, p.admin1) in named or p.admin1 in (None, market)
        or (place_precision(p) not in TOWN_LEVELS and not _bare_county(p))
        or _famous(p)  # "Dallas" is Dallas, Texas
        else _namesake_among(p, _states_of(p.country, bound, market)) or p
        for p in places
    ]


def _county_in_market(place: Place, places: list[Place], market: str | None) -> Place | None:
    """The outlet's state's county of the name of a county told as one ("Marion County")
    whose state the text names nowhere else: None where the text names its state, or the
    outlet's state has no county of the name. (A state the text names in passing is no such
    clue: "King County" beside a suspect who fled to Texas is Washington's.)"""
    if market is None or place.admin1 in (None, market) or place_precision(place) != "admin2":
        return None
    if _bare_county(place) or any(
        q.admin1 == place.admin1 and place_precision(q) == "admin1" for q in places
    ):
        return None
    for candidate in gazetteer.lookup(place.text):
        if candidate.fcode != "ADM2" or not candidate.admin1:
            continue
        region = gazetteer.admin1(candidate.admin1)
        if region is not None and region.name == market:
            return dataclasses.replace(
                place, name=candidate.name, geonameid=candidate.geonameid,
                lat=round(candidate.lat, 5), lon=round(candidate.lon, 5),
                country=candidate.country, admin1=market,
            )
    return None


def _bare_county(place: Place) -> bool:
    """A county the gazetteer read from a bare name ("Richmond" as Richmond County, New
    York): as often a town of that name."""
    return place_precision(place) == "admin2" and not COUNTY_WORD.search(place.text)


def _states_of(
    country: str | None, bound: list[tuple[str | None, str]], market: str | None
) -> list[str]:
    """The states of a country the text names, then the outlet's."""
    states = [state for home, state in bound if home == country]
    return states + ([market] if market is not None and market not in states else [])


def _named_states(places: list[Place]) -> list[tuple[str | None, str]]:
    """The states (country, state) the text names, most named first, then those it names by
    a county only one state has ("Gilchrist County") or one of many whose town of a name
    the text gives lies in it ("Westmoreland County" of Pennsylvania beside "Mt. Pleasant";
    not "Lincoln County" alone, which the gazetteer may have put in the wrong state)."""
    states: Counter[tuple[str | None, str]] = Counter()
    counties: Counter[tuple[str | None, str]] = Counter()
    for p in places:
        if not p.admin1 or p.demonym or p.metonym:
            continue
        if place_precision(p) == "admin1" or (p.feature_code or "") == "ADM1":
            states[(p.country, p.admin1)] += 1
        elif place_precision(p) == "admin2" and (
            _county_states(p.text) == 1 or _holds_a_town(p, places)
        ):
            counties[(p.country, p.admin1)] += 1
    ordered = [state for state, _ in states.most_common()]
    return ordered + [state for state, _ in counties.most_common() if state not in states]


def _holds_a_town(county: Place, places: list[Place]) -> bool:
    """A town of a name the text gives lies in the county (as the gazetteer read it)."""
    if not county.admin1:
        return False
    return any(
        c.fclass == "P" and c.kind == PRIMARY and c.admin1
        and (state := gazetteer.admin1(c.admin1)) is not None and state.name == county.admin1
        and gazetteer.admin2_name(c.geonameid) == county.name
        for p in places if place_precision(p) in TOWN_LEVELS and p.admin1 != county.admin1
        and p.admin2 != county.name  # its own reading lies in a county of the name too
        for c in gazetteer.lookup(p.text)
    )


@lru_cache(maxsize=4096)
def _county_states(name: str) -> int:
    """How many states have a county of this name."""
    return len({c.admin1 for c in gazetteer.lookup(name) if c.fcode == "ADM2" and c.admin1})


def _namesake_among(town: Place, states: list[str]) -> Place | None:
    """The town of the same name in the first of the states where one lies."""
    return next(
        (found for state in states if (found := namesake_in(town, state)) is not None), None
    )


def namesake_in(town: Place, state: str) -> Place | None:
    """The town of the same name in a state, as a place of the same mention."""
    for candidate in gazetteer.lookup(town.text):
        if candidate.fclass != "P" or candidate.kind != PRIMARY or not candidate.admin1:
            continue
        region = gazetteer.admin1(candidate.admin1)
        if region is not None and region.name == state:
            return _read_as(town, candidate, state)
    return None


def _read_as(town: Place, candidate: gazetteer.Candidate, state: str) -> Place:
    """The same mention read as another town of its name."""
    return dataclasses.replace(
        town, name=candidate.name, geonameid=candidate.geonameid,
        lat=round(candidate.lat, 5), lon=round(candidate.lon, 5),
        country=candidate.country, feature_code=candidate.fcode, admin1=state,
        admin2=gazetteer.admin2_name(candidate.geonameid),
    )


def best_known(places: list[Place]) -> list[Place]:
    """The places, a small town whose state nothing else in the story supports read as the
    best-known town of its name in the same country ("Columbus" beside a street or a
    surname that the gazetteer also found in Texas is Columbus, Ohio)."""
    return [_best_known_reading(p, places) or p for p in places]


def _best_known_reading(town: Place, places: list[Place]) -> Place | None:
    if place_precision(town) not in TOWN_LEVELS or town.geonameid is None:
        return None
    best = _best_known_town(town.text, town.country)
    if best is None or best.geonameid == town.geonameid:
        return None
    if best.population < BEST_KNOWN_RATIO * population(town.geonameid):
        return None
    if _state_supported(town, places):
        return None
    region = gazetteer.admin1(best.admin1) if best.admin1 else None
    return _read_as(town, best, region.name) if region is not None else None


@lru_cache(maxsize=4096)
def _best_known_town(name: str, country: str | None) -> gazetteer.Candidate | None:
    """The most populous town of the name in a country, if it has BEST_KNOWN_POPULATION."""
    towns = [
        c for c in gazetteer.lookup(name)
        if c.fclass == "P" and c.kind == PRIMARY and c.country == country
    ]
    best = max(towns, key=lambda c: c.population, default=None)
    return best if best is not None and best.population >= BEST_KNOWN_POPULATION else None


def _lone_namesake(town: Place, places: list[Place]) -> bool:
    """A small town whose state nothing else in the story supports and whose name other
    states' towns share."""
    if place_precision(town) not in TOWN_LEVELS or town.geonameid is None:
        return False
    if population(town.geonameid) >= KNOWN_TOWN_POPULATION:
        return False
    return _shared_name(town.text, town.admin1) and not _state_supported(town, places)


@lru_cache(maxsize=4096)
def _shared_name(name: str, state: str | None) -> bool:
    """Towns of the name lie in another first-level region than this one."""
    for c in gazetteer.lookup(name):
        if c.fclass != "P" or c.kind != PRIMARY or not c.admin1:
            continue
        region = gazetteer.admin1(c.admin1)
        if region is not None and region.name != state:
            return True
    return False


def _state_supported(town: Place, places: list[Place]) -> bool:
    """Another place of the story lies in the town's state and says so: the state, a
    county told as one ("Hill County", not a bare "Hill"), or a town big enough to be
    known."""
    for p in places:
        if p.admin1 != town.admin1 or p.country != town.country or _same_name(p, town):
            continue
        level = place_precision(p)
        if level == "admin1" or (level == "admin2" and not _bare_county(p)):
            return True
        if level in TOWN_LEVELS and population(p.geonameid) >= KNOWN_TOWN_POPULATION:
            return True
    return False


def _placed_elsewhere(
    ctx: Context, found: IncidentPlace, state: str, places: list[Place]
) -> bool:
    """A region outside the story's state that the incident's text names as where it
    happened, or a town there whose region the story names ("the village of Kadisau in
    Zamfara state" in a story from Borno): not a namesake the gazetteer chose."""
    if found.admin1 in (None, state) or found.precision in ("country", "region"):
        return False
    if found.precision not in TOWN_LEVELS:
        named = ctx.analysis.places[found.place] if found.place is not None else None
        return named is None or (
            _named_as_where(ctx.text, named) and not _county_at_home(named, state)
        )
    return any(
        p.admin1 == found.admin1 and p.country == found.country
        and place_precision(p) in ("admin1", "admin2")
        for p in places
    )


def headline_towns(ctx: Context, home: str | None) -> list[Place]:
    """The towns at home the headline names (a record's title apart from its text), in a
    state the text names places in, if it names any: a headline's name of a quarter
    ("Hamilton Heights") may find a namesake town in another state."""
    states = {p.admin1 for p in _story_places(ctx) if p.country == home and p.admin1}
    return [
        p for p in title_places(ctx)
        if p.geonameid and not p.demonym and not p.metonym and p.country == home
        and p.admin1 and place_precision(p) in TOWN_LEVELS and (not states or p.admin1 in states)
    ]


def _named_as_where(text: str, region: Place) -> bool:
    """A region told as where something happened: after "in", "near" or "outside" ("in
    Zamfara state"), not where someone went or came from ("fled to California", "a warrant
    from the state of Arkansas") nor the first words of a longer name ("Wyoming Boulevard",
    "the Tulsa County Sheriff's Office")."""
    before = text[max(0, region.start - WHERE_WINDOW):region.start]
    after = text[region.end:region.end + WHERE_WINDOW]
    return bool(WHERE_BEFORE.search(before)) and not NAME_GOES_ON.match(after)


def _county_at_home(region: Place, state: str) -> bool:
    """A county named like one of the story's own state ("Halifax County" in a story told
    from Virginia is Virginia's, not North Carolina's)."""
    if place_precision(region) != "admin2":
        return False
    return any(
        c.fcode == "ADM2" and c.admin1 and (home := gazetteer.admin1(c.admin1)) is not None
        and home.name == state
        for c in gazetteer.lookup(region.text)
    )


def story_state(
    ctx: Context,
    home: str | None,
    places: list[Place] | None = None,
    market: str | None = None,
) -> str | None:
    """The first-level division (a US state) the story is told from: the one its places at
    home are in, a dateline's counting thrice, the outlet's state once, where it holds a
    clear share of them."""
    if home is None:
        return None
    datelines = ctx.analysis.document.datelines or []
    people = person_words(ctx)  # "Martinez" said nine times of a witness is no town
    votes: Counter[str] = Counter()
    lone: dict[str, tuple[str, int]] = {}  # a lone town's name: its state, its top vote
    places = places if places is not None else _story_places(ctx)
    for place in places:
        if place.country != home or not place.admin1:
            continue
        if place_precision(place) in ("country", "region") or place.text in people:
            continue
        if _told_weight(ctx.text, place) == 0:
            continue  # "Houston said", "taken to a hospital in Fargo": not where it is told
        in_dateline = any(d.start <= place.start < d.end for d in datelines)
        weight = DATELINE_WEIGHT if in_dateline else 1
        vote = weight + (FAME_VOTES if _famous(place) else 0)
        if _lone_namesake(place, places):
            # a small town alone in its state, one of several towns of its name, votes
            # once however often it is said: a city's quarter ("Madisonville" of
            # Cincinnati) or a surname finds such a town, and is said as often as the
            # story's own town
            name = place.text.casefold()
            lone[name] = (place.admin1, max(vote, lone.get(name, ("", 0))[1]))
            vote = 0  # counted below; a first mention still orders a tie
        votes[place.admin1] += vote
    for state, vote in lone.values():
        votes[state] += vote
    if market is not None:
        votes[market] += MARKET_VOTES
    if not votes:
        return None
    state, count = votes.most_common(1)[0]
    return state if count >= STATE_SHARE * sum(votes.values()) else None


def _famous(place: Place) -> bool:
    """The big city a bare name means ("Chicago", "Memphis"): a surer clue to the story's
    state than the small namesakes its neighbourhoods and streets find ("Austin", "Shasta")."""
    if place.geonameid is None or place_precision(place) not in TOWN_LEVELS:
        return False
    return _famous_id(place.name) == place.geonameid


@lru_cache(maxsize=4096)
def _famous_id(name: str) -> int | None:
    found = famous_sense(gazetteer.lookup(name))
    return found.geonameid if found is not None else None


def person_words(ctx: Context) -> set[str]:
    """The words of the people's names the story gives in full ("Crystal Bowman", "Chief
    Bobby Bell"): a town of one of those words is as likely the person said again."""
    offices = places_lexicon().institutions
    words: set[str] = set()
    for mention in ctx.analysis.mentions:
        parts = mention.text.split()
        if mention.label != "PERSON" or not 2 <= len(parts) <= 4:
            continue
        if any(part.lower() in offices for part in parts):
            continue  # "Memphis Police Director" names a town's office, not a person
        words.update(part for part in parts if part[:1].isupper())
    return words


def principal_town(
    places: list[Place],
    datelines: Sequence[Span] = (),
    text: str = "",
    headline: Sequence[Place] = (),
) -> Place | None:
    """The town named most often, a neighbourhood counting for its city, a town of the
    headline as HEADLINE_TOWN_COUNT mentions; the first named on a tie. A dateline says
    where the story is filed, not where it happened (the court's town of a trial, the
    station's city): its town is counted only where the story names no other or as a
    tie-break ("MORRISON - A Rock Falls teen was sentenced ...").
    A town known only by its post office (no GeoNames id) counts as itself."""
    towns = [p for p in places if place_precision(p) in TOWN_LEVELS]
    titled = [p for p in headline if place_precision(p) in TOWN_LEVELS]
    if not towns and not titled:
        return None
    around = containers(towns + titled)
    counts: dict[TownKey, float] = {}
    first: dict[TownKey, Place] = {}
    for town in towns:
        city = around.get(town.geonameid) or _in_address_town(town)
        key = town_key(city)
        in_dateline = any(d.start <= town.start < d.end for d in datelines)
        weight = DATELINE_TOWN_COUNT if in_dateline else 1.0
        counts[key] = counts.get(key, 0.0) + weight * _told_weight(text, town)
        first.setdefault(key, city)
    for town in titled:
        city = around.get(town.geonameid) or _in_address_town(town)
        key = town_key(city)
        counts[key] = counts.get(key, 0.0) + HEADLINE_TOWN_COUNT
        first.setdefault(key, city)
    best = max(counts, key=lambda key: (counts[key], -first[key].start))
    return first[best]


def speaks(text: str, place: Place) -> bool:
    """The name is told as who speaks ("Houston said", "said Tyler.")."""
    before = text[max(0, place.start - CARE_WINDOW):place.start]
    return care_patterns().speaks(before, text[place.end:place.end + CARE_WINDOW])


def _told_weight(text: str, town: Place) -> float:
    """How much one mention of a town says where the story happened: none where it names
    where the wounded were cared for ("taken to Seatville", "a hospital in Seatville"), is
    part of a hospital's or school's name ("Seatville Regional Medical Center") or is who
    speaks ("Seatville said", a person's surname), a whole
    mention otherwise."""
    if not text:
        return 1.0
    before = text[max(0, town.start - CARE_WINDOW):town.start]
    after = text[town.end:town.end + CARE_WINDOW]
    return 0.0 if care_patterns().mentions(before, after) or speaks(text, town) else 1.0


@dataclass(frozen=True)
class CarePatterns:
    """Where a town is told as where victims were taken (lexicons/en/incidents/care.toml)."""

    before: re.Pattern[str]
    after: re.Pattern[str]
    speaker_after: re.Pattern[str]
    speaker_before: re.Pattern[str]

    def mentions(self, before: str, after: str) -> bool:
        return bool(self.before.search(before) or self.after.match(after))

    def speaks(self, before: str, after: str) -> bool:
        """The name is who speaks: "Bell said", "said Bell." (a name followed by its
        office, "said Bell police", is the office's town)."""
        return bool(self.speaker_after.match(after) or (
            self.speaker_before.search(before) and re.match(r"\s*[.,;]", after)
        ))


@lru_cache(maxsize=1)
def care_patterns() -> CarePatterns:
    raw = tomllib.loads(read_lexicon("incidents", "care.toml"))
    verbs = "|".join(map(re.escape, raw["care"]["verbs"]))
    places = "|".join(map(re.escape, raw["care"]["places"]))
    qualifiers = "|".join(map(re.escape, raw["care"]["name_qualifiers"]))
    heads = "|".join(map(re.escape, raw["care"]["name_heads"]))
    speech = "|".join(map(re.escape, raw["speakers"]["verbs"]))
    return CarePatterns(
        before=re.compile(
            rf"(?:\b(?:{verbs})\s+to\s+(?:an?\s+|the\s+)?|\b(?:{places})\s+in\s+)$", re.I
        ),
        after=re.compile(rf"^(?:\s+(?:{qualifiers}))*\s+(?:{heads})\b"),
        speaker_after=re.compile(rf"^\s+(?:{speech})\b"),
        speaker_before=re.compile(rf"\b(?:{speech})\s+$"),
    )


@lru_cache(maxsize=1)
def town_cues() -> re.Pattern[str]:
    """Words that tell the name after them is a town (care.toml [town_cues]); an age
    before "of" tells where the person named lives ("Ann Lee, 53, of Burns")."""
    raw = tomllib.loads(read_lexicon("incidents", "care.toml"))["town_cues"]
    nouns = "|".join(map(re.escape, raw["nouns"]))
    before = "|".join(map(re.escape, raw["before"]))
    name = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}"
    return re.compile(
        rf"\b(?:(?i:{nouns})\s+of|(?:{before})|,\s*\d{{1,3}},\s+of)\s+(?P<name>{name})"
    )


def cued_towns(ctx: Context, state: str, places: list[Place]) -> list[Place]:
    """Towns of the story's state the place reader missed that the words around them tell
    as towns ("the town of What Cheer", "in Stokes"): not a name it read, a person's name, a
    month or a day, and not the first words of a longer name ("in Stokes County")."""
    taken = [(p.start, p.end) for p in ctx.analysis.places]
    people = person_words(ctx)
    found: list[Place] = []
    for match in town_cues().finditer(ctx.text):
        start, end = match.span("name")
        name = match.group("name")
        if NAME_GOES_ON.match(ctx.text, end) or name.split()[0] in people:
            continue
        if any(s < end and start < e for s, e in taken) or name.lower() in CALENDAR:
            continue
        town = namesake_in(Place(start=start, end=end, name=name, text=name), state)
        if town is not None and not _famous(town):
            found.append(dataclasses.replace(town, precision=place_precision(town)))
    return found


def _in_address_town(town: Place) -> Place:
    """The mention read as the town its addresses give, where it names a quarter or an
    unincorporated place of a bigger town (places.postal): "Broad Ripple" counts for
    Indianapolis though the story never names it."""
    found = address_town(town) if town.geonameid else None
    return _read_as(town, found, town.admin1) if found is not None and town.admin1 else town


def town_key(town: Place) -> TownKey:
    """A town's identity: its GeoNames id, else (a post office's town) its name and state."""
    return town.geonameid or (town.name.lower(), town.admin1)


def containers(towns: list[Place]) -> dict[int, Place]:
    """For each town (by GeoNames id), the biggest other town named in the story that it
    lies inside, if any."""
    sizes = {t.geonameid: population(t.geonameid) for t in towns if t.geonameid}
    distinct = {t.geonameid: t for t in towns if t.geonameid}
    found: dict[int, Place] = {}
    for gid, town in distinct.items():
        inside = [c for cid, c in distinct.items() if cid != gid and _inside(town, c, sizes)]
        if inside:
            found[gid] = max(inside, key=lambda c: sizes[c.geonameid])
    return found


def _inside(town: Place, city: Place, sizes: dict[int | None, int]) -> bool:
    if town.admin1 != city.admin1 or None in (town.lat, town.lon, city.lat, city.lon):
        return False
    size = sizes[city.geonameid]
    if size <= CITY_SIZE_RATIO * sizes[town.geonameid]:
        return False
    distance = gazetteer.distance_km(town.lat, town.lon, city.lat, city.lon)  # type: ignore[arg-type]
    return distance <= KM_PER_ROOT_THOUSAND * math.sqrt(size / 1000)


def _story_places(ctx: Context) -> list[Place]:
    """Places the story names as places (see :func:`where.told_as_place`)."""
    return [p for p in ctx.analysis.places if told_as_place(ctx, p)]


def _same_name(a: Place, b: Place) -> bool:
    """Two mentions of one name ("COLUMBUS —" and "Columbus police")."""
    return a.text.casefold() == b.text.casefold()
