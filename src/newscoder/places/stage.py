"""Stage `places`: find every toponym and resolve it to a GeoNames entry.

Detection (``place_detect``) starts from the tagger's GPE/LOC/FAC entities and adds names
the gazetteer knows that the tagger missed or mistyped, demonyms standing for a country
("Turkish forces" -> Turkey) and feature words ("Idlib province" prefers the province).
Resolution scores every candidate by population and
feature importance, explicit qualifiers ("Paris, Texas"; "Paris, Tenn."), and the countries
and regions the rest of the document resolves to, in two passes; one name keeps one sense
through a document. A country the document names only as a whole does not pull a capital's or
regional seat's name to a small namesake of its own ("met at Geneva" in talks with the US).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from newscoder.context import Context
from newscoder.lexicon import read_lexicon
from newscoder.model import Place
from newscoder.parse import doc_text
from newscoder.places import gazetteer
from newscoder.places.detect import Toponym, detect, lexicon
from newscoder.places.gazetteer import ALTERNATE, CODE, DEMONYM, PRIMARY, SPELLING, Candidate
from newscoder.places.headline import TEXT_TOPONYMS, TITLE_PLACES, outlet_parts, title_context

__all__ = [
    "detect", "extract_places", "famous_sense", "market_state", "place_for_span", "resolve",
    "run", "to_place",
]

# Score weights: log10(population) is the unit, so +1 is "ten times as populous".
FCODE_PRIOR = {"PCLI": 3.0, "CONT": 3.0, "ADM1": 0.5, "PPLC": 2.5, "PPL": 0.0, "ADM2": -1.0}
# World regions and seas (lexicon entries without population) rank like a large town.
REGION_PRIOR = 6.0
# A region named like a town in it ("Aleppo" governorate) is the town unless the text says so.
SHARED_NAME_PENALTY = 2.0
KIND_PENALTY = {PRIMARY: 0.0, CODE: 0.0, DEMONYM: 0.0, ALTERNATE: 1.5, SPELLING: 2.0}
HINT_BONUS = 4.0
QUALIFIER_BONUS = 8.0
COUNTRY_CONTEXT = 5.0  # times the share of the document's other places in that country
REGION_CONTEXT = 5.0  # times the share in that first-level region
# times the share on that continent: of two towns of a name in two countries, the one on the
# continent the story is about ("St. Louis" in a story about Mauritania is Senegal's)
CONTINENT_CONTEXT = 1.0
EXPLICIT_CONTEXT = 1.5  # the country or region is itself named in the document
COHERENCE = 3.0  # times the share of other names that could lie in the same region
PEER_CONTEXT = 1.5  # times the share of the others that are regions of the same country
PLAUSIBLE_MARGIN = 4.0  # a candidate this close to a name's best prior is plausible
# A town in a county the document also names, and that county: "Paris and Henry County" are
# Paris, Tennessee and its county, not a Paris and a Henry County in two other states.
NESTED_BONUS = 3.0
# A name listed next to regions or countries is their peer: "Utah, Washington and Wisconsin"
# lists states, "Georgia, Armenia and Azerbaijan" countries.
LIST_PEER_BONUS = 3.0
_LIST_JOINERS = frozenset({",", "and", ", and", "or", ", or", "&"})
# A big town that outnumbers every other town of its name tenfold is the one a reader takes
# the bare name for ("Miami", "Memphis", "San Antonio"): a small namesake needs the text to
# name its region, not only other small towns that happen to lie there.
FAME_POPULATION = 100_000
FAME_RATIO = 10.0
FAME_BONUS = 6.0
FAME_SUPPORT = 2  # other names placed in a namesake's region that outweigh the fame
NEAR_KM = 50.0  # a namesake this close to a big city the document names is the one meant
# A country named only as a whole ("talks between Iran and the United States") is weaker
# evidence than a state, county or town of it: a capital, or the leading town of its
# first-level region, abroad and this many times as populous as every namesake, keeps the
# bare name ("met at Geneva") unless the text places something inside the namesake's country.
SEAT_RATIO = 5.0
SEAT_BONUS = FAME_BONUS
HINT_CODES = {
    "ADM1": {"ADM1"}, "ADM2": {"ADM2", "ADM1"}, "PPL": {"PPL", "PPLC"}, "PCLI": {"PCLI"},
}


# --- resolution -----------------------------------------------------------------------------


def prior(candidate: Candidate, toponym: Toponym) -> float:
    """How likely a candidate is before looking at the rest of the document."""
    score = math.log10(candidate.population + 1) + FCODE_PRIOR.get(candidate.fcode, 0.0)
    if candidate.fclass == "L" and candidate.fcode != "CONT":
        score += REGION_PRIOR
        if toponym.key.rsplit(" ", 1)[-1] in lexicon().name_words:
            score += HINT_BONUS  # "the Red Sea" is the sea, not Sudan's Red Sea state
    score -= KIND_PENALTY.get(candidate.kind, 0.0)
    if toponym.hint and candidate.fcode in HINT_CODES.get(toponym.hint, ()):
        score += HINT_BONUS
    elif candidate.fclass == "A" and candidate.fcode != "PCLI" and any(
        # a town of the very name: "Montana City" does not make Montana a town's name
        _town_of_the_name(c, candidate) for c in toponym.candidates
    ):
        score -= SHARED_NAME_PENALTY
    elif candidate.fclass == "P" and candidate.kind == PRIMARY:
        score = max(score, _region_of_the_name(candidate, toponym))
    # "Paris, Texas" binds; the place an organisation is in ("... Court in London") leans
    q = toponym.qualifier or toponym.container
    if q is not None and candidate.geonameid != q.geonameid:
        same = candidate.admin1 == q.admin1 if q.fcode == "ADM1" else candidate.cc == q.cc
        score += QUALIFIER_BONUS if same else 0.0
    return score


def _town_of_the_name(town: Candidate, region: Candidate) -> bool:
    """A town named as the region it lies in, under its own name or under an other name
    when it holds most of the region's people ("Raqqa", filed as Ar Raqqah)."""
    if town.fclass != "P" or town.admin1 != region.admin1:
        return False
    return town.kind == PRIMARY or (
        town.kind == ALTERNATE and town.population >= region.population * MOST_OF
    )


MOST_OF = 0.5


def _region_of_the_name(town: Candidate, toponym: Toponym) -> float:
    """A town named like the region it is the seat of ("Gaza", "Kandahar") is as prominent as
    the region: the name's region in another country does not outrank it. The lift is against
    regions only: it never carries the town above a more populous town of the name, so
    Senegal's Saint-Louis, seat of its region, stays below St. Louis, Missouri."""
    lift = max(
        (_base(c) for c in toponym.candidates
         if c.fcode in ("ADM1", "ADM2") and c.kind == PRIMARY and c.admin1 == town.admin1
         and c.cc == town.cc),
        default=-math.inf,
    )
    bigger = [_base(c) for c in toponym.candidates
              if c.fclass == "P" and c.kind == PRIMARY and c.population > town.population]
    return min([lift, *(score - TOWN_MARGIN for score in bigger)])


TOWN_MARGIN = 0.1  # a lifted town stays this far below a more populous town of its name


def _base(candidate: Candidate) -> float:
    """Population and feature importance alone."""
    return math.log10(candidate.population + 1) + FCODE_PRIOR.get(candidate.fcode, 0.0)


@dataclass
class DocumentContext:
    """Where the document's other places are: shares per country and per region."""

    countries: Counter[str] = field(default_factory=Counter)
    continents: Counter[str] = field(default_factory=Counter)
    regions: Counter[str] = field(default_factory=Counter)
    peers: Counter[str] = field(default_factory=Counter)  # first-level regions per country
    named: set[str] = field(default_factory=set)  # countries and regions named outright
    counties: set[str] = field(default_factory=set)  # the regions of the counties named
    support: dict[str, set[str]] = field(default_factory=dict)  # region -> names put there
    inside: dict[str, set[str]] = field(default_factory=dict)  # country -> names below it
    cities: list[tuple[str, Candidate]] = field(default_factory=list)  # big towns named
    total: int = 0
    # the regions each name could plausibly be in: "Athens" and "Georgia" can share one
    plausible: dict[str, set[str]] = field(default_factory=dict)

    def coherence(self, candidate: Candidate, own_key: str) -> float:
        others = [regions for key, regions in self.plausible.items() if key != own_key]
        if not candidate.admin1 or not others:
            return 0.0
        shared = sum(candidate.admin1 in regions for regions in others)
        return COHERENCE * shared / len(others)

    def score(self, candidate: Candidate, own_key: str, own: dict[str, Candidate]) -> float:
        mine = own.get(own_key)
        countries, regions, total = self.countries.copy(), self.regions.copy(), self.total
        peers, continents = self.peers.copy(), self.continents.copy()
        if mine is not None:  # leave the name's own vote out
            countries[mine.cc or ""] -= 1
            continents[gazetteer.continent(mine.cc) or ""] -= 1
            regions[mine.admin1 or ""] -= 1
            peers[mine.cc or ""] -= mine.fcode == "ADM1"
            total -= 1
        if total <= 0:
            return 0.0
        score = COUNTRY_CONTEXT * countries[candidate.cc or ""] / total
        continent = gazetteer.continent(candidate.cc)
        if continent:
            score += CONTINENT_CONTEXT * continents[continent] / total
        if candidate.fcode == "ADM1":  # "Utah, Washington, Wyoming": a state among states
            score += PEER_CONTEXT * peers[candidate.cc or ""] / total
        if candidate.admin1:
            score += REGION_CONTEXT * regions[candidate.admin1] / total
        named = self.named - ({mine.cc or "", mine.admin1 or ""} if mine else set())
        if candidate.fcode != "PCLI" and candidate.cc in named:
            score += EXPLICIT_CONTEXT
        if candidate.fcode not in ("PCLI", "ADM1") and candidate.admin1 in named:
            score += EXPLICIT_CONTEXT
        return score + self.coherence(candidate, own_key)


def _plausible(groups: dict[str, list[Toponym]]) -> dict[str, set[str]]:
    """Per name, the regions of the candidates whose prior is near the best one's."""
    plausible: dict[str, set[str]] = {}
    for key, toponyms in groups.items():
        scored = [(prior(c, t), c) for t in toponyms for c in t.candidates]
        if not scored:
            continue
        best = max(score for score, _ in scored)
        plausible[key] = {
            c.admin1 for score, c in scored if c.admin1 and score >= best - PLAUSIBLE_MARGIN
        }
    return plausible


def _context(chosen: dict[str, Candidate], plausible: dict[str, set[str]]) -> DocumentContext:
    context = DocumentContext(plausible=plausible)
    for key, candidate in chosen.items():
        if candidate.fcode == "ADM2" and key.endswith((" county", " parish")):
            context.counties.add(candidate.admin1 or "")
        context.total += 1
        if candidate.admin1:
            context.support.setdefault(candidate.admin1, set()).add(key)
        if candidate.fcode != "PCLI" and candidate.cc:
            context.inside.setdefault(candidate.cc, set()).add(key)
        if candidate.fclass == "P" and candidate.population >= FAME_POPULATION:
            context.cities.append((key, candidate))
        context.countries[candidate.cc or ""] += 1
        context.continents[gazetteer.continent(candidate.cc) or ""] += 1
        context.regions[candidate.admin1 or ""] += 1
        context.peers[candidate.cc or ""] += candidate.fcode == "ADM1"
        if candidate.fcode == "PCLI" and candidate.cc:
            context.named.add(candidate.cc)
        if candidate.fcode == "ADM1" and candidate.admin1:
            context.named.add(candidate.admin1)
    return context


def _nested(groups: dict[str, list[Toponym]]) -> set[int]:
    """The candidates that are a town and a county of the same document lying one in the
    other (same first-level region, the town's county named like the county)."""
    counties: dict[tuple[str, str], list[int]] = defaultdict(list)
    named = {key for key, toponyms in groups.items() if _names_county(key, toponyms)}
    for key in named:
        for c in {c for t in groups[key] for c in t.candidates if c.fcode == "ADM2"}:
            counties[(gazetteer.normalize(c.name), c.admin1 or "")].append(c.geonameid)
    if not counties:
        return set()
    nested: set[int] = set()
    for key, toponyms in groups.items():
        if key in named:
            continue
        for c in {c for t in toponyms for c in t.candidates if c.fclass == "P" and c.admin1}:
            county = gazetteer.admin2_name(c.geonameid)
            found = counties.get((gazetteer.normalize(county), c.admin1 or "")) if county else None
            if found:
                nested.add(c.geonameid)
                nested.update(found)
    return nested


def _names_county(key: str, toponyms: list[Toponym]) -> bool:
    """The document names a county outright: "Henry County", "Jackson and Barrow counties"."""
    return key.endswith((" county", " parish")) or any(t.hint == "ADM2" for t in toponyms)


def _list_neighbours(toponyms: list[Toponym]) -> dict[int, list[Toponym]]:
    """Per toponym (by id), the toponyms listed right beside it."""
    ordered = sorted(toponyms, key=lambda t: t.start)
    neighbours: dict[int, list[Toponym]] = defaultdict(list)
    for a, b in zip(ordered, ordered[1:], strict=False):
        between = doc_text(a.span.doc)[a.end : b.start].strip()
        if " ".join(between.split()) in _LIST_JOINERS:
            neighbours[id(a)].append(b)
            neighbours[id(b)].append(a)
    return neighbours


def _peer_bonus(candidate: Candidate, toponym: Toponym, neighbours: dict[int, list[Toponym]],
                chosen: dict[str, Candidate]) -> float:
    """A region or country listed beside the same kind of place (of the same country, for
    regions)."""
    if candidate.fcode not in ("ADM1", "PCLI"):
        return 0.0
    for other in neighbours.get(id(toponym), ()):
        peer = chosen.get(other.key)
        if peer is None or peer.fcode != candidate.fcode or other.key == toponym.key:
            continue
        if candidate.fcode == "PCLI" or peer.cc == candidate.cc:
            return LIST_PEER_BONUS
    return 0.0


def _choose(groups: dict[str, list[Toponym]], context: DocumentContext | None,
            chosen: dict[str, Candidate], nested: frozenset[int] = frozenset(),
            neighbours: dict[int, list[Toponym]] | None = None) -> dict[str, Candidate]:
    """One sense per name: sum every occurrence's scores and keep the best candidate."""
    result: dict[str, Candidate] = {}
    for key, toponyms in groups.items():
        totals: dict[int, float] = defaultdict(float)
        by_id: dict[int, Candidate] = {}
        for toponym in toponyms:
            for candidate in toponym.candidates:
                by_id[candidate.geonameid] = candidate
                totals[candidate.geonameid] += prior(candidate, toponym)
                totals[candidate.geonameid] += NESTED_BONUS * (candidate.geonameid in nested)
                if neighbours:
                    totals[candidate.geonameid] += _peer_bonus(
                        candidate, toponym, neighbours, chosen
                    )
        if not totals:
            continue
        for gid, candidate in by_id.items():
            if context is not None:
                totals[gid] += context.score(candidate, key, chosen) * len(toponyms)
        famous = famous_sense(by_id.values())
        if famous is not None and not _said_otherwise(famous, toponyms, by_id.values(), context):
            totals[famous.geonameid] += FAME_BONUS * len(toponyms)
        elif (seat := _seat_abroad(list(by_id.values()), toponyms, context)) is not None:
            totals[seat.geonameid] += SEAT_BONUS * len(toponyms)
        result[key] = by_id[max(totals, key=lambda gid: totals[gid])]
    return result


def famous_sense(candidates: Iterable[Candidate]) -> Candidate | None:
    """The town a name stands for on its own: the most populous town whose own name it is,
    with at least ``FAME_POPULATION`` people and ``FAME_RATIO`` times as many as any other
    town of that name, and no region of that name larger than it."""
    own = [c for c in candidates if c.kind == PRIMARY and c.fclass in ("P", "A")]
    towns = sorted((c for c in own if c.fclass == "P"), key=lambda c: -c.population)
    if not towns or towns[0].population < FAME_POPULATION:
        return None
    best = towns[0]
    if len(towns) > 1 and towns[1].population * FAME_RATIO > best.population:
        return None
    if any(c.fclass == "A" and c.population > best.population for c in own):
        return None  # "Washington" may be the state
    return best


def _said_otherwise(famous: Candidate, toponyms: list[Toponym],
                    candidates: Iterable[Candidate], context: DocumentContext | None) -> bool:
    """The text places the name elsewhere: a qualifier or container with one of its
    occurrences ("Miami, Okla."), or the region of another town of the name named outright,
    through one of its counties, or by several other names placed there (a story naming
    Arlington and Fairfax means Virginia's Alexandria)."""
    if any(t.qualifier is not None or t.container is not None for t in toponyms):
        return True
    if context is None:
        return False
    own = toponyms[0].key
    # a bare dateline ("BALTIMORE —") names a city readers know without its state: only a
    # region the text names outright takes it elsewhere, not the small names around it
    filed = any(t.dateline for t in toponyms)
    return any(
        (c.fclass == "P" or c.fcode == "ADM2") and c.admin1 and c.admin1 != famous.admin1
        and (c.admin1 in context.named or c.admin1 in context.counties
             or (c.cc != famous.cc and c.cc in context.named)
             or (not filed and len(_support(context, c.admin1, famous, own)) >= FAME_SUPPORT)
             or (not filed and _near_a_city(c, context, own)))
        for c in candidates
    )


def _seat_abroad(candidates: list[Candidate], toponyms: list[Toponym],
                 context: DocumentContext | None) -> Candidate | None:
    """The capital or leading regional town a bare name means against namesakes in the
    countries the document names only as wholes (see ``SEAT_RATIO``); None where the text
    qualifies the name, or places a state, county, town or station in a namesake's country."""
    if context is None or any(t.qualifier is not None or t.container is not None
                              for t in toponyms):
        return None
    towns = sorted((c for c in candidates if c.fclass == "P" and c.kind == PRIMARY),
                   key=lambda c: -c.population)
    if not towns or towns[0].population < FAME_POPULATION or not _leading(towns[0]):
        return None
    seat = towns[0]
    # its own canton or county named like it is no rival ("Geneva", the canton)
    others = [c for c in candidates if c.admin1 != seat.admin1 and c.fcode != "PCLI"]
    if any(c.population * SEAT_RATIO > seat.population for c in others):
        return None  # a namesake of some size ("Washington", the state) is no small town
    rivals = [c for c in others if c.cc != seat.cc]
    if not any(c.cc in context.named for c in rivals):
        return None  # no namesake's country is named: the priors already decide
    own = toponyms[0].key
    placed = {c.cc for c in rivals if context.inside.get(c.cc or "", set()) - {own}}
    stations = {state.split(".")[0] for state in _station_states_in(doc_text(toponyms[0].span.doc))}
    return None if placed or any(c.cc in stations for c in rivals) else seat


def _leading(town: Candidate) -> bool:
    """A capital, or the most populous town of its first-level region (its seat, most
    often)."""
    return town.fcode == "PPLC" or (
        bool(town.admin1) and town.population >= _leading_population(town.admin1 or "")
    )


@lru_cache(maxsize=4096)
def _leading_population(admin1: str) -> int:
    row = gazetteer.connection().execute(
        "SELECT MAX(population) FROM place WHERE admin1 = ? AND fclass = 'P'", (admin1,)
    ).fetchone()
    return int(row[0] or 0) if row else 0


def _support(context: DocumentContext, admin1: str, famous: Candidate, own: str) -> set[str]:
    """The other names placed in a namesake's region that could not as well lie in the big
    town's: "Decatur" and "DeKalb" are in Georgia too, so they do not take Atlanta away."""
    return {
        key for key in context.support.get(admin1, set()) - {own}
        if famous.admin1 not in context.plausible.get(key, set())
    }


def _near_a_city(candidate: Candidate, context: DocumentContext, own: str) -> bool:
    """A namesake beside a big city the document names ("Alexandria" in a story that names
    Washington is Virginia's)."""
    return any(
        gazetteer.distance_km(candidate.lat, candidate.lon, city.lat, city.lon) <= NEAR_KM
        for key, city in context.cities if key != own
    )


def resolve(toponyms: list[Toponym]) -> None:
    """Pick a candidate for every toponym: priors first, then again in the document's light."""
    groups: dict[str, list[Toponym]] = defaultdict(list)
    for toponym in toponyms:
        groups[toponym.key].append(toponym)
    plausible = _plausible(groups)
    nested = frozenset(_nested(groups))
    chosen = _choose(groups, None, {}, nested)
    neighbours = _list_neighbours(toponyms)
    for _ in range(2):
        chosen = _choose(groups, _context(chosen, plausible), chosen, nested, neighbours)
    for toponym in toponyms:
        qualified = toponym.qualifier is not None
        own = chosen.get(toponym.key)
        if qualified and _fits(toponym):  # "Paris, Texas" binds this occurrence
            own = max(toponym.candidates, key=lambda c: prior(c, toponym), default=own)
        elif qualified and _unknown_in_its_state(toponym, own):
            own = _unknown_town(toponym)  # "PINETOWN, N.C.": a town of N.C. we do not know
        toponym.chosen = own
    _quarters_in_home_city(toponyms)


def _unknown_in_its_state(toponym: Toponym, own: Candidate | None) -> bool:
    """A town named with its state ("Pinetown, N.C.") that the gazetteer has only elsewhere:
    the text's state binds, so the place is recorded at the state's level (its precision
    says so), not as the namesake of another state or country."""
    q = toponym.qualifier
    return (
        q is not None and q.fcode == "ADM1" and own is not None and own.fclass == "P"
        and own.admin1 != q.admin1 and _abbreviated_qualifier(toponym)
    )


def _unknown_town(toponym: Toponym) -> Candidate | None:
    """The town an unknown name with its state's abbreviation names ("Pinetown, N.C."): a
    populated place of that state under the name written, with no gazetteer id and the
    state's point (its coordinates say so), so a reader asking for the town gets its name."""
    state = toponym.qualifier
    if state is None:
        return None
    text = toponym.text.title() if toponym.text.isupper() else toponym.text
    return replace(state, geonameid=0, name=text, fclass="P", fcode="PPL", population=0,
                   coords_from="centroid", kind=PRIMARY)


def _abbreviated_qualifier(toponym: Toponym) -> bool:
    """The state after the comma is written as datelines abbreviate it ("N.C.", "Mo.",
    "TX"): no list of peers ("Kiev, Minsk") nor a country's name ("Tbilisi, Georgia")."""
    doc, i = toponym.span.doc, toponym.span.end
    if i + 1 >= len(doc) or doc[i].text != ",":
        return False
    word, qualifiers = doc[i + 1].text, lexicon().qualifiers
    return word in qualifiers or f"{word}." in qualifiers


# A city this large has quarters a story names ("the Austin neighborhood" of Chicago).
MIN_HOME_CITY = 50_000


def _quarters_in_home_city(toponyms: list[Toponym]) -> None:
    """A name the text calls a quarter ("the Austin neighborhood") lies in the story's city
    when its town of the name is in a state no other place of the story is in: GeoNames'
    towns hold few quarters, so the namesake town elsewhere is not meant. Every mention of
    the name goes with it (one sense per name)."""
    keys = {t.key for t in toponyms if t.quarter}
    if not keys:
        return
    others = [t for t in toponyms if t.key not in keys and t.chosen is not None]
    home = _home_city(others)
    if home is None:
        return
    for toponym in toponyms:
        own = toponym.chosen
        if toponym.key in keys and (own is None or _apart(own, home, others)):
            toponym.chosen = home


def _home_city(toponyms: list[Toponym]) -> Candidate | None:
    """The city the story names most often (the larger on a tie), if it is large enough to
    have quarters and the story is about it: named twice, with another place of its state,
    or the only such city named."""
    counts: Counter[int] = Counter()
    by_id: dict[int, Candidate] = {}
    for toponym in toponyms:
        c = toponym.chosen
        if c is not None and c.fclass == "P" and c.population >= MIN_HOME_CITY:
            counts[c.geonameid] += 1
            by_id[c.geonameid] = c
    if not counts:
        return None
    home = by_id[max(counts, key=lambda gid: (counts[gid], by_id[gid].population))]
    beside = [t for t in toponyms if t.chosen is not None and t.chosen.geonameid != home.geonameid
              and t.chosen.admin1 == home.admin1]
    return home if counts[home.geonameid] >= 2 or beside or len(counts) == 1 else None


def _apart(candidate: Candidate, home: Candidate, others: list[Toponym]) -> bool:
    """A place in none of the story's other states, and far from the home city."""
    states = {t.chosen.admin1 for t in others if t.chosen is not None and t.chosen.admin1}
    far = gazetteer.distance_km(candidate.lat, candidate.lon, home.lat, home.lon) > NEAR_KM
    return far and candidate.admin1 not in states


def _fits(toponym: Toponym) -> bool:
    """Some sense of the name lies in its qualifier: "Paris, Texas" binds, a qualifier with no
    town of the name in it (a misread one) leaves the document's choice."""
    q = toponym.qualifier
    return q is not None and any(
        c.geonameid != q.geonameid
        and (c.admin1 == q.admin1 if q.fcode == "ADM1" else c.cc == q.cc)
        for c in toponym.candidates
    )


# --- output ---------------------------------------------------------------------------------


def _is_metonym(toponym: Toponym) -> bool:
    """A capital or country acting as its government: "Washington said", "Damascus denied"."""
    c = toponym.chosen
    if c is None or c.fcode not in ("PPLC", "PCLI") or toponym.demonym:
        return False
    root = toponym.span.root
    return root.dep_ in lexicon().metonymy_deps and root.head.pos_ in ("VERB", "AUX")


def to_place(toponym: Toponym) -> Place:
    c = toponym.chosen
    if c is None:
        return Place(toponym.start, toponym.end, toponym.text, text=toponym.text,
                     demonym=toponym.demonym)
    name = c.name if c.kind != ALTERNATE or c.fcode == "PCLI" else toponym.text
    region = gazetteer.admin1(c.admin1) if c.admin1 and c.fcode != "ADM1" else None
    if toponym.landmark:
        name = toponym.text
    return Place(
        start=toponym.start,
        end=toponym.end,
        name=name,
        geonameid=c.geonameid if c.geonameid > 0 else None,  # lexicon regions have no id
        lat=round(c.lat, 5),
        lon=round(c.lon, 5),
        country=c.country,
        feature_code=c.fcode,
        admin1=region.name if region else (c.name if c.fcode == "ADM1" else None),
        text=toponym.text,
        coords_from=c.coords_from,
        metonym=toponym.landmark or _is_metonym(toponym),
        demonym=toponym.demonym,
        precision=precision(c),
        admin2=_admin2(c),
    )


# How precise a place's point is, by GeoNames feature class and code.
PRECISION = {"PCLI": "country", "ADM1": "admin1", "ADM2": "admin2", "LCTY": "point"}


def precision(candidate: Candidate) -> str:
    """``country``, ``admin1``, ``admin2``, ``city`` (a populated place) or ``region`` (a
    continent, world region or sea); ``point`` for a site (a garrison, a crossing)."""
    if candidate.fcode in PRECISION:
        return PRECISION[candidate.fcode]
    return "city" if candidate.fclass == "P" else "region"


def _admin2(candidate: Candidate) -> str | None:
    if candidate.fcode == "ADM2":
        return candidate.name
    return gazetteer.admin2_name(candidate.geonameid) if candidate.fclass == "P" else None


def extract_places(ctx: Context) -> list[Place]:
    return [to_place(t) for t in _resolved(ctx)]


def _resolved(ctx: Context) -> list[Toponym]:
    toponyms = detect(ctx)
    resolve(toponyms)
    return toponyms


def run(ctx: Context) -> None:
    toponyms = _resolved(ctx)
    ctx.analysis.places.extend(to_place(t) for t in toponyms)
    ctx.scratch[TEXT_TOPONYMS] = toponyms  # the headline's names are read beside them


def title_places(ctx: Context) -> list[Place]:
    """The places the headline names, resolved in the light of the text's (the headline's
    "Franklin" is the text's "Franklin, Ind."); offsets index the headline, never ``text``,
    and none joins ``places[]``. Read on first use: only a stage that weighs the headline
    pays for its parse."""
    if TITLE_PLACES not in ctx.scratch:
        title = title_context(ctx)
        own = detect(title) if title is not None else []
        own = [t for t in own if not _opens_longer_name(t)]
        resolve_beside(own, ctx.scratch.get(TEXT_TOPONYMS, []))
        ctx.scratch[TITLE_PLACES] = [to_place(t) for t in own]
    places: list[Place] = ctx.scratch[TITLE_PLACES]
    return places


def _opens_longer_name(toponym: Toponym) -> bool:
    """A headline's name followed by a capitalised word that names places ("Hamilton
    Heights", "Valencia Park", "Warren Village"): the first words of a longer name the
    gazetteer does not know, a quarter or a park, not the town of the first words. A
    headline capitalises every word, so its tagger cannot tell where such a name ends."""
    doc, end = toponym.span.doc, toponym.span.end
    if end >= len(doc) or toponym.demonym:
        return False
    word = doc[end]
    return word.text[:1].isupper() and word.lower_ in lexicon().name_words


def resolve_beside(toponyms: list[Toponym], known: list[Toponym]) -> None:
    """Resolve names read apart from the text (a headline's) beside the text's resolved ones:
    a name the text has keeps the text's sense; another is chosen in the text's context."""
    if not toponyms:
        return
    senses = {t.key: t.chosen for t in known if t.chosen is not None}
    groups: dict[str, list[Toponym]] = defaultdict(list)
    for toponym in toponyms:
        groups[toponym.key].append(toponym)
    every: dict[str, list[Toponym]] = defaultdict(list)
    for toponym in known + toponyms:
        every[toponym.key].append(toponym)
    chosen = _choose(groups, _context(senses, _plausible(every)), senses)
    for toponym in toponyms:
        own = senses.get(toponym.key) or chosen.get(toponym.key)
        if toponym.qualifier is not None and _fits(toponym):  # "Toone, TN" binds it
            own = max(toponym.candidates, key=lambda c: prior(c, toponym), default=own)
        toponym.chosen = own


_ABOUT = re.compile(r"\b(\w+)\s+(?:the\s+)?$", re.IGNORECASE)
_SPECIFIC = {"PPL": 0, "PPLC": 0, "ADM2": 1, "ADM1": 2, "PCLI": 3, "CONT": 4}


def place_for_span(ctx: Context, start: int, end: int) -> Place | None:
    """The place a clause or sentence is about: a place inside the span, preferring one
    introduced by in/near/at/outside, then the most specific; never a demonym or a capital
    standing for its government (those are actors, not locations)."""
    inside = [
        p for p in ctx.analysis.places
        if start <= p.start and p.end <= end and not p.demonym and not p.metonym
    ]
    if not inside:
        return None
    about = lexicon().about

    def rank(place: Place) -> tuple[int, int, int]:
        match = _ABOUT.search(ctx.text[max(0, place.start - 24) : place.start])
        introduced = bool(match and match.group(1).lower() in about)
        return (0 if introduced else 1, _SPECIFIC.get(place.feature_code or "", 5), place.start)

    return min(inside, key=rank)


_STATE_CODE = re.compile(r"\b[A-Z][A-Za-z]{1,4}\.?(?![\w.])")
_NAME_WORDS = re.compile(r"[A-Z][a-z]+")


def market_state(ctx: Context) -> str | None:
    """The first-level region (a US state, as a GeoNames admin1 key) that the outlet parts
    of the title name, where they name one ("WTVM.com-Columbus, GA News", "WFSB 3
    Connecticut"): a local outlet's stories happen in its market, most of them in its state.
    Where the title names none, the stations the page itself names ("Copyright 2015 WSMV",
    "told KSDK"): a page carries its own outlet's name, and a station it quotes is most
    often of the same market. None where they name no state or several."""
    document = ctx.analysis.document
    found: set[str] = set()
    if document.title_span is None:
        for part in outlet_parts(document.title):
            found |= _states_in(part)
    if not found:
        found = _station_states_in(document.text)
    return found.pop() if len(found) == 1 else None


def _station_states_in(text: str) -> set[str]:
    """The states of the stations whose call letters a text writes."""
    stations = _station_states()
    return {
        stations[call] for m in _CALL_IN_NAME.finditer(text)
        if (call := (m.group(1) or m.group(2) or "").upper()) in stations
    }


def _states_in(text: str) -> set[str]:
    """The states a piece of an outlet's name writes: a postal or AP code ("GA", "Tenn."),
    a state's name ("West Virginia" before "Virginia"), or a station's call letters
    ("WSMV Channel 4", "WRCBtv.com") whose licence is in a state."""
    qualifiers = lexicon().qualifiers
    found = {qualifiers[m.group()] for m in _STATE_CODE.finditer(text) if m.group() in qualifiers}
    found |= _station_states_in(text)
    words = _NAME_WORDS.findall(text)
    taken: set[int] = set()
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            if taken & set(range(i, i + n)):
                continue
            region = _us_state(" ".join(words[i : i + n]))
            if region is not None:
                found.add(region)
                taken |= set(range(i, i + n))
    return {code for code in found if code.startswith("US.")}


# call letters in an outlet's name: in capitals ("KSLA News 12", "KCTV5", "WRCBtv.com") or
# as a web name in lower case ("wral.com")
_CALL_IN_NAME = re.compile(
    r"\b([KW][A-Z]{2,3})(?:-?(?:TV|tv|DT))?\d{0,2}\b|\b([kw][a-z]{2,3})(?:tv)?\.com\b"
)


@lru_cache(maxsize=1)
def _station_states() -> dict[str, str]:
    """Call letters -> the GeoNames admin1 key of the state of the station's licence
    (lexicons/en/places/stations.tsv)."""
    found: dict[str, str] = {}
    for line in read_lexicon("places", "stations.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            call, state = line.split("\t")[:2]
            found[call.strip()] = f"US.{state.strip()}"
    return found


def _us_state(name: str) -> str | None:
    for candidate in gazetteer.lookup(name):
        if candidate.fcode == "ADM1" and candidate.kind == PRIMARY and candidate.cc == "US":
            return candidate.admin1
    return None
