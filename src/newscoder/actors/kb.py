"""The actor knowledge base: names, countries, capitals and role words with CAMEO codes.

Loaded once (lazily) in layers, each winning over the ones before it for the names it lists:

1. the base, ``data/actors_kb.json.gz``, built from the Phoenix/PETRARCH dictionaries by
   :mod:`newscoder.actors.kb_build`;
2. the project's own tables: hand-kept facts and role words (``lexicons/en/actors/facts.tsv``,
   ``agents.tsv``) and the actors active since 2015 (``lexicons/en/actors/recent.tsv``: armed
   groups, militias, juntas, new governments and their leaders, with dated roles);
3. a user's overlay file in the same format as ``recent.tsv`` (``newscoder analyze --actors
   FILE``, the ``NEWSCODER_ACTORS`` variable or ``[actors] overlay`` in the settings), which
   adds or overrides entries without touching the package.

Every lookup is a dict access on a normalised key.

    >>> country_code("Iraqi")
    'IRQ'
    >>> lookup_actor("John Kerry", "2014-01-13").code
    'USAGOV'
"""

from __future__ import annotations

import csv
import gzip
import json
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import TextIO, overload

from newscoder.actors.normalize import name_key, name_tokens, plurals, singular, strip_article
from newscoder.errors import NewscoderError
from newscoder.lexicon import lexicon_path
from newscoder.settings import DEFAULT_PATH, SETTINGS

PACKAGE = Path(__file__).resolve().parent.parent
KB_FILE = PACKAGE / "data" / "actors_kb.json.gz"
FACTS_FILE = lexicon_path("actors", "facts.tsv")
AGENTS_FILE = lexicon_path("actors", "agents.tsv")
SECTORS_FILE = lexicon_path("actors", "sectors.tsv")
RECENT_FILE = lexicon_path("actors", "recent.tsv")
WEAPONS_FILE = lexicon_path("actors", "weapons.txt")
VISITING_FILE = lexicon_path("actors", "visiting_roles.txt")
PEOPLES_FILE = lexicon_path("actors", "peoples.tsv")
# Words after which the last word of a name is no surname ("Secretary *of* State", "Ministry
# *for* Health"), so "State" after a title is not the US State Department.
_NOT_BEFORE_SURNAME = frozenset({"of", "for", "the", "and", "on"})
OVERLAY_VARIABLE = "NEWSCODER_ACTORS"
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# When one name has several entries, the likelier referent first ("Jordan" is the country).
KIND_RANK = {"country": 1, "igo": 2, "group": 3, "named": 4, "person": 5}


@dataclass(frozen=True, slots=True)
class Role:
    """A CAMEO code held over a date range (ISO dates, "" for an open end)."""

    code: str
    start: str = ""
    end: str = ""

    @property
    def dated(self) -> bool:
        return bool(self.start or self.end)

    def covers(self, date: str) -> bool:
        return (not self.start or self.start <= date) and (not self.end or date <= self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    kb_id: str
    kind: str  # country, person, group, igo, named, fact
    roles: tuple[Role, ...]

    def code_on(self, date: str | None = None) -> str:
        """The code in force on ``date``: a dated role that covers it (the latest to start),
        else the undated default, else the role nearest in time."""
        if date:
            active = [r for r in self.roles if r.dated and r.covers(date)]
            if active:
                return max(active, key=lambda r: r.start).code
        undated = [r for r in self.roles if not r.dated]
        if undated:
            return undated[0].code
        if date:
            before = [r for r in self.roles if r.end and r.end < date]
            if before:
                return max(before, key=lambda r: r.end).code
            return min(self.roles, key=lambda r: r.start or "9999").code
        return max(self.roles, key=lambda r: (not r.end, r.start)).code

    def valid_on(self, date: str | None) -> bool:
        return date is None or any(not r.dated or r.covers(date) for r in self.roles)


@dataclass(frozen=True, slots=True)
class Agent:
    """A role word. ``flag``: "weak" for a generic head ("officials") that a more specific
    role word in the same phrase overrides; "title" for an honorific with no role ("Mr");
    "former" for a word that makes the role a past one ("former", "ousted"); "weapon" for a
    weapon or vehicle ("warplanes"), which gives its sector only to a named owner; "person"
    for a person's role whose last word is also a weapon's ("suicide bomber"), never one."""

    code: str  # "GOV", "COP", "GOVHLH"; "IGO~" puts the code before the country
    flag: str = ""
    country: str = ""  # the one state whose office the role is ("pope": VAT), if any

    @property
    def weak(self) -> bool:
        return self.flag == "weak"

    @property
    def weapon(self) -> bool:
        return self.flag == "weapon"


@dataclass(frozen=True, slots=True)
class Match:
    """A name found in a token sequence: tokens ``start:end`` name ``entry``."""

    start: int
    end: int
    entry: Entry
    code: str
    capital: bool = False  # a capital city: alone, it stands for the government
    place: bool = False  # a town listed under its country ("Mosul" -> IRQ)


class ActorTableError(NewscoderError):
    """A row of an actor table (the project's or a user's overlay) that cannot be read."""


Facts = list[tuple[list[str], Entry]]


class Entries(Sequence[Entry]):
    """The entries, each built from its JSON row when first read.

    A run reads a few hundred of the base's 27,000 entries; building them all took about a
    third of the knowledge base's load, which every start-up pays.
    """

    def __init__(self, rows: list[list]) -> None:
        self.rows = rows
        self.built: list[Entry | None] = [None] * len(rows)

    @overload
    def __getitem__(self, index: int) -> Entry: ...
    @overload
    def __getitem__(self, index: slice) -> list[Entry]: ...
    def __getitem__(self, index: int | slice) -> Entry | list[Entry]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        entry = self.built[index]
        if entry is None:
            kb_id, kind, roles = self.rows[index]
            entry = Entry(kb_id, kind, tuple(Role(*r) for r in roles))
            self.built[index] = entry
        return entry

    def __len__(self) -> int:
        return len(self.built)

    def kind_and_codes(self, index: int) -> tuple[str, list[str]]:
        """An entry's kind and role codes, read without building it."""
        entry = self.built[index]
        if entry is not None:
            return entry.kind, [r.code for r in entry.roles]
        _, kind, roles = self.rows[index]
        return kind, [r[0] for r in roles]

    def append(self, entry: Entry) -> None:
        self.rows.append([])
        self.built.append(entry)


class KnowledgeBase:
    def __init__(self, data: dict, facts: Facts, agents: dict, *layers: Facts) -> None:
        self.entries = Entries(data["entries"])
        # JSON lists serve as the tuples of entry indices: converting 34,000 of them at
        # every start-up bought nothing (a name a later layer adds gets a tuple)
        self.names: dict[str, Sequence[int]] = data["names"]
        self.capitals: dict[str, str] = data["capitals"]
        self.places = frozenset(data["places"])
        self.iso: dict[str, str] = data["iso"]
        self.countries: dict[str, tuple[str, str]] = {
            code: (name, capital) for code, (name, capital) in data["countries"].items()
        }
        self.non_country_roots = frozenset(data["non_country_roots"])
        self.former_states = frozenset(data.get("former_states", ()))
        self.agents: dict[str, Agent] = {
            key: Agent(code) for key, code in data["agents"].items()
        } | agents
        # entry index -> its layer (hand-kept facts 1, later tables higher); the base is 0
        self.layer: dict[int, int] = {}
        for rank, table in enumerate((facts, *layers), start=1):
            self.add_layer(table, rank)
        # the sector codes role words use (GOV, MIL, REB, ...), to read codes like SYRREBMUS
        self.sectors = frozenset(a.code.strip("~")[:3] for a in self.agents.values() if a.code)
        self.max_name = max(len(k.split()) for k in self.names)
        self.max_agent = max(len(k.split()) for k in self.agents)

    @property
    def facts(self) -> set[int]:
        """The entries of the hand-kept layers (over the built base)."""
        return set(self.layer)

    def add_layer(self, table: Facts, rank: int) -> None:
        """Add a table's entries; for a name listed in several layers, the latest wins."""
        for keys, entry in table:
            self.layer[len(self.entries)] = rank
            self.entries.append(entry)
            for key in keys:
                self.names[key] = (len(self.entries) - 1, *self.names.get(key, ()))

    def entries_for(self, key: str, date: str | None = None) -> list[Entry]:
        """The entries a name key may refer to, likeliest first: the latest layer's, then by
        kind, then entries valid on ``date`` before those that are not."""
        ids = sorted(
            self.names.get(key, ()),
            key=lambda i: (-self.layer.get(i, 0), KIND_RANK.get(self.entries[i].kind, 9)),
        )
        found = [self.entries[i] for i in ids]
        return sorted(found, key=lambda e: not e.valid_on(date))

    def best(self, key: str, date: str | None = None) -> Match | None:
        if key not in self.names and key not in self.capitals:
            return None  # most keys tried are no names: spare the sorting below
        entries = self.entries_for(key, date)
        capital = self.capitals.get(key)
        if capital and entries and self.not_yet_capital(entries[0], capital, date):
            # "Juba" in 1990 is a town of Sudan, not the seat of a state yet to be
            return Match(0, 0, entries[0], entries[0].code_on(date), place=True)
        if capital and (not entries or entries[0].kind in ("country", "named")):
            entry = Entry(key.upper().replace(" ", "_"), "capital", (Role(capital),))
            return Match(0, 0, entry, capital, capital=True)
        if not entries:
            return None
        place = key in self.places and entries[0].kind == "country"
        return Match(0, 0, entries[0], entries[0].code_on(date), place=place)

    def not_yet_capital(self, entry: Entry, capital: str, date: str | None) -> bool:
        """Whether a capital's state had not yet its own code on ``date``: its entry is
        that state's now and a part of another state that still is one then ("SDNSSD"
        before 2011; not "USRUKR", of a union that is no more)."""
        if date is None or entry.kind != "country" or entry.code_on(None)[:3] != capital:
            return False
        then = entry.code_on(date)[:3]
        return then != capital and then in self.capitals.values()

    def match_name(self, tokens: Sequence[str], i: int, date: str | None) -> Match | None:
        """The longest name starting at token ``i`` (a plural last word may be singular)."""
        for end in range(min(len(tokens), i + self.max_name), i, -1):
            key = " ".join(tokens[i:end])
            found = self.best(key, date)
            if found is None and (one := singular(tokens[end - 1])):
                found = self.best(" ".join([*tokens[i : end - 1], one]), date)
            if found:
                return Match(i, end, found.entry, found.code, found.capital, found.place)
        return None

    def match_agent(self, tokens: Sequence[str], i: int) -> tuple[int, Agent] | None:
        """The longest role phrase starting at token ``i``: (end, agent)."""
        for end in range(min(len(tokens), i + self.max_agent), i, -1):
            agent = self.agents.get(" ".join(tokens[i:end]))
            if agent is None and (one := singular(tokens[end - 1])):
                agent = self.agents.get(" ".join([*tokens[i : end - 1], one]))
            if agent:
                return end, _as_weapon(agent, tokens[end - 1])
        return None

    @cached_property
    def surnames(self) -> dict[str, tuple[int, ...]]:
        """Last word of a person's name -> the people it may be ("mugabe" -> ROBERT_MUGABE),
        for a surname after a title ("President Mugabe"); built on first use."""
        return {last: tuple(sorted(ids)) for last, ids in self.surname_table[0].items()}

    @cached_property
    def surname_table(self) -> tuple[dict[str, set[int]], dict[int, set[str]]]:
        """The people by the last word of their names, and the other words of each one's
        names ("robert", "gabriel" for ROBERT_MUGABE), to tell "President Robert Mugabe" from
        another man of that surname."""
        table: dict[str, set[int]] = {}
        words: dict[int, set[str]] = {}
        for key, ids in self.names.items():
            head, _, last = key.rpartition(" ")
            if not head or head.rpartition(" ")[2] in _NOT_BEFORE_SURNAME:
                continue  # "department of state": an office's last word is no surname
            people = {i for i in ids if self.person_like_at(i)}
            if people:
                table.setdefault(last, set()).update(people)
                for i in people:
                    words.setdefault(i, set()).update(head.split())
        return table, words

    def person_like(self, entry: Entry) -> bool:
        """People, and "named" entries coded under a country (Phoenix files many people so)."""
        return self.person_like_kind(entry.kind, [r.code for r in entry.roles])

    def person_like_at(self, index: int) -> bool:
        return self.person_like_kind(*self.entries.kind_and_codes(index))

    def person_like_kind(self, kind: str, codes: list[str]) -> bool:
        if kind in ("person", "fact"):
            return True
        return kind == "named" and all(code[:3] in self.countries for code in codes)

    def by_surname(self, last: str, date: str | None, given: str | None = None) -> Match | None:
        """The one person a surname names on ``date``, or None when unknown or ambiguous
        (people of different countries, or several in office at once). With ``given``, the
        first word of the name as written ("michael" in "Michael Howard"), only people with
        that word in one of their names are candidates: John Howard is no Michael Howard."""
        ids = self.surnames.get(last, ())
        if given is not None:
            words = self.surname_table[1]
            ids = tuple(i for i in ids if given in words.get(i, ()))
        entries = [self.entries[i] for i in ids]
        valid = [e for e in entries if e.valid_on(date)] or entries
        serving = [e for e in valid if e.code_on(date)[3:6] != "ELI"] or valid
        codes = {e.code_on(date) for e in serving}
        if len(codes) != 1:
            return None
        entry = serving[0]
        return Match(0, 0, entry, entry.code_on(date))

    @cached_property
    def hand_kept(self) -> frozenset[Entry]:
        """The entries of the project's tables and the user's overlay."""
        return frozenset(self.entries[i] for i in self.layer)

    def dated_on(self, entry: Entry, date: str | None) -> bool:
        """Whether a hand-kept entry has a role in force on ``date`` that began on a known
        day (a role open at its start says little about the years before its end)."""
        return (
            date is not None
            and entry in self.hand_kept
            and any(r.start and r.covers(date) for r in entry.roles)
        )

    @cached_property
    def by_id(self) -> dict[str, Entry]:
        """kb_id -> entry (the latest layer's when several share an id); built on first use."""
        table: dict[str, Entry] = {}
        for index, entry in enumerate(self.entries):
            if index in self.layer or entry.kb_id not in table:
                table[entry.kb_id] = entry
        return table

    def is_country(self, root: str) -> bool:
        return root in self.countries

    def iso3(self, root: str) -> str:
        """The ISO 3166 alpha-3 code of a CAMEO country code (they differ for a few)."""
        return self.iso.get(root, root)


def read_facts(path: Path) -> Facts:
    """``names<TAB>roles<TAB>kind``: names split by ``|``, roles by ``;`` as
    ``CODE`` or ``CODE FROM..TO`` with ISO dates (either end may be empty); further columns
    are notes. A row that cannot be read raises :class:`ActorTableError` naming the line."""
    facts = []
    for line, row in _numbered_rows(path):
        try:
            facts.append(read_fact(row))
        except ValueError as error:
            raise ActorTableError(f"{path}:{line}: {error}") from None
    return facts


def read_fact(row: list[str]) -> tuple[list[str], Entry]:
    names, roles_text, kind = (row + ["", "", ""])[:3]
    keys = [name_key(n) for n in names.split("|") if name_key(n)]
    if not keys:
        raise ValueError("no name in the first column")
    roles = tuple(read_role(part) for part in roles_text.split(";") if part.strip())
    if not roles:
        raise ValueError(f"no CAMEO code in the second column for {names!r}")
    return keys, Entry(keys[0].upper().replace(" ", "_"), kind.strip() or "fact", roles)


def read_role(text: str) -> Role:
    """``SDNMIL 2013-08-01..2023-04-14`` -> Role; a year or month alone is its first day
    as a start and its last as an end."""
    code, _, span = text.strip().partition(" ")
    if not re.fullmatch(r"[A-Z0-9]{3,}", code):
        raise ValueError(f"{code!r} is not a CAMEO code (capital letters, e.g. SDNREB)")
    start, _, end = (part.strip() for part in span.strip().partition(".."))
    if span.strip() and ".." not in span:
        raise ValueError(f"dates {span.strip()!r} must read FROM..TO (either may be empty)")
    for value in (start, end):
        if value and not _DATE.match(value):
            raise ValueError(f"{value!r} is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)")
    return Role(code, _padded(start, "-01-01"), _padded(end, "-12-31"))


def _padded(value: str, tail: str) -> str:
    """A year or month made a full date by ``tail``: its first or its last day (-31 is no
    date in every month, but dates are compared as strings, where it sorts last)."""
    return value + tail[len(value) - 4 :] if value else value


def overlay_path() -> Path | None:
    """The user's overlay file: ``$NEWSCODER_ACTORS``, else ``[actors] overlay`` in the
    settings (a relative path is read from the settings file's folder), else None."""
    given = os.environ.get(OVERLAY_VARIABLE) or SETTINGS.actors.get("overlay", "")
    if not given:
        return None
    path = Path(given).expanduser()
    if not path.is_absolute() and not os.environ.get(OVERLAY_VARIABLE):
        settings = Path(os.environ.get("NEWSCODER_SETTINGS", DEFAULT_PATH))
        path = settings.resolve().parent / path
    if not path.is_file():
        raise ActorTableError(f"{path}: actor overlay file not found")
    return path.resolve()


def read_agents(path: Path) -> dict[str, Agent]:
    """``phrase<TAB>code<TAB>flag<TAB>country``: the project's own role words, over
    Phoenix's (the flag and country columns may be left out)."""
    agents: dict[str, Agent] = {}
    plural_forms: dict[str, Agent] = {}
    for row in _rows(path):
        phrase, code, *rest = row
        key = name_key(phrase)
        flag, country = (*(part.strip() for part in rest), "", "")[:2]
        agents[key] = Agent(code.strip(), flag, country)
        head, _, last = key.rpartition(" ")
        for form in plurals(last):  # so that "militants" follows "militant" here too
            plural_forms[f"{head} {form}".strip()] = agents[key]
    return plural_forms | agents


def _word_list(path: Path, what: str) -> frozenset[str]:
    """The words of a one-word-per-line table, lower case, "#" lines left out."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise ActorTableError(f"{path}: cannot read the {what}: {error}") from None
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


@cache
def weapon_heads() -> frozenset[str]:
    """The head words of weapons and materiel (``weapons.txt``), singular."""
    return _word_list(WEAPONS_FILE, "weapons list")


@cache
def visiting_roles() -> frozenset[str]:
    """Roles whose holders are where they talk or serve, not from there
    (``visiting_roles.txt``), singular."""
    return _word_list(VISITING_FILE, "visiting roles")


@cache
def peoples() -> dict[str, frozenset[str]]:
    """Stateless peoples' words and the countries they live in (``peoples.tsv``)."""
    try:
        lines = PEOPLES_FILE.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise ActorTableError(f"{PEOPLES_FILE}: cannot read the peoples: {error}") from None
    found: dict[str, frozenset[str]] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        word, _, homes = line.partition("\t")
        if not homes.split():
            raise ActorTableError(f"{PEOPLES_FILE}:{number}: no homelands for {word!r}")
        found[word.strip().lower()] = frozenset(homes.split())
    return found


def is_visiting(word: str) -> bool:
    """Whether a role word (either number) names someone visiting where they are."""
    word = word.lower()
    return word in visiting_roles() or singular(word) in visiting_roles()


def _as_weapon(agent: Agent, last: str) -> Agent:
    """The role of a phrase ending in a weapon's name is flagged as one ("Syrian warplanes")."""
    heads = weapon_heads()
    if agent.flag or (last not in heads and singular(last) not in heads):
        return agent
    return Agent(agent.code, "weapon", agent.country)


def _rows(path: Path) -> list[list[str]]:
    return [row for _, row in _numbered_rows(path)]


def reader(handle: TextIO) -> Iterator[list[str]]:
    """One row per line: tabs split, quotes are plain characters ("Jaysh al-Mahdi")."""
    return csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


def _numbered_rows(path: Path) -> list[tuple[int, list[str]]]:
    """The data rows of a TSV file with their line numbers (comments and blanks skipped)."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return [
                (line, row)
                for line, row in enumerate(reader(handle), 1)
                if row and row[0].strip() and not row[0].startswith("#")
            ]
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise ActorTableError(f"{path}: cannot read the actor table: {error}") from None


@cache
def load() -> KnowledgeBase:
    """The knowledge base, read once per process."""
    with gzip.open(KB_FILE, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    layers = [read_facts(RECENT_FILE)]
    overlay = overlay_path()
    if overlay is not None:
        layers.append(read_facts(overlay))
    return KnowledgeBase(data, read_facts(FACTS_FILE), read_agents(AGENTS_FILE), *layers)


def country_code(name: str) -> str | None:
    """The CAMEO/ISO alpha-3 code of a country name, demonym or capital:
    ``"the US"``, ``"American"``, ``"Iraqis"``, ``"Damascus"`` -> USA, USA, IRQ, SYR."""
    kb = load()
    tokens = strip_article(name_tokens(name))
    found = kb.match_name(tokens, 0, None) if tokens else None
    if found is None or found.end != len(tokens) or found.entry.kind not in ("country", "capital"):
        return None
    root = found.code[:3]
    return kb.iso3(root) if kb.is_country(root) else None


def lookup_actor(text: str | Sequence[str], date: str | None = None) -> Match | None:
    """The KB entry named by the whole of ``text`` (a string or its words), with the code of
    the role in force on ``date`` (YYYY-MM-DD; None = the entry's default role)."""
    kb = load()
    words = name_tokens(text) if isinstance(text, str) else name_tokens(" ".join(text))
    tokens = strip_article(words)
    found = kb.match_name(tokens, 0, date) if tokens else None
    return found if found and found.end == len(tokens) else None


def agent_sector(word: str) -> str | None:
    """The CAMEO agent code of a role word or phrase: ``"rebels"`` -> ``"REB"``."""
    tokens = strip_article(name_tokens(word))
    found = load().match_agent(tokens, 0) if tokens else None
    if found is None or found[0] != len(tokens):
        return None
    return found[1].code.strip("~")


@cache
def _plover_sectors() -> dict[str, str]:
    return {row[0].strip(): row[1].strip() for row in _rows(SECTORS_FILE)}


@cache
def secondary_sectors() -> frozenset[str]:
    """Codes that qualify an actor rather than give its role (religions: MUS, CHR, ...)."""
    return frozenset(
        row[0].strip() for row in _rows(SECTORS_FILE) if len(row) > 2 and row[2] == "secondary"
    )


def plover_sector(sector: str | None) -> str | None:
    """The PLOVER sector of a CAMEO agent code: ``HLH`` -> ``MED``, ``MED`` -> ``JRN``."""
    if not sector:
        return None
    return _plover_sectors().get(sector[:3], sector[:3])
