"""Stage `actors`: code the noun phrases that denote political actors in CAMEO.

A phrase is coded from the names and role words it contains, looked up in
:mod:`newscoder.actors.kb`: a known person or group gives its code for the role in force on the
date of the event its clause tells (:mod:`newscoder.actors.dating`; the article's date when the
clause gives none) (``John Kerry`` in 2014 -> ``USAGOV``); a country, demonym or capital gives the
country and a role word the sector (``Iraqi security forces`` -> ``IRQCOP``, ``US officials``
-> ``USAGOV``); a person's country combines with a role word that follows the name (``the
Maliki government`` -> ``IRQGOV``); a capital alone stands for its government (``Damascus``
-> ``SYRGOV``). :func:`code_phrase` does this for any text; :func:`run` applies it to the
noun phrases and named entities of a document; :func:`actor_at` serves later stages.

Not every name is an actor: the dateline and the byline, a news outlet that only reports the
story ("Reuters reported", "told AFP"), the names of events ("the Afghan war") and the names
inside them are left out; a role word alone has a sector but never a country, except a role
only one state has ("the pope": the Holy See). Once all are coded, a titled person the KB
lacks and a shadow minister (the opposition, not the office's holder) take the country the
document tells for them (:mod:`newscoder.actors.told`).
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newscoder.actors import kb, told
from newscoder.actors.consistency import one_code_per_actor
from newscoder.actors.dating import phrase_date
from newscoder.actors.names import armed_group_sector
from newscoder.actors.normalize import name_key, name_tokens
from newscoder.context import Context
from newscoder.lexicon import lexicon_path, read_words
from newscoder.model import Actor, Analysis, Entity, Mention
from newscoder.parse import doc_text

# Raw words of a phrase: punctuation that never sits inside a name splits them.
_RAW_WORD = re.compile(r"[^\s,;:()\[\]\"“”/]+")
# Arabic particles that begin a hyphenated name ("al-Alimi"), unlike "pro-" in "pro-Russian"
_NAME_PARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|ul|ud|ed)$")
_CLOCK = re.compile(r"^[ap]\.?m\.?$", re.IGNORECASE)
CLOCK_KEY = "#clock"  # a key no name or role has
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those", "some", "its"})
_COUNTRY_KINDS = frozenset({"country", "capital"})
_PERSON_KINDS = frozenset({"person", "fact"})
# Sectors of the role words that title a person ("President", "General", "Judge"), as
# opposed to words that begin a name ("People's Liberation Army", "Islamic ... Assembly")
_TITLE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "OPP", "REB", "ELI", "REL"})
# Sectors of armed or political groups outside the state: their members share their code.
_NON_STATE_SECTORS = frozenset({"REB", "OPP", "UAF", "INS", "SEP", "CRM"})
# Role words of armed men: those of a group that governs are the state's forces
_ARMED_ROLES = frozenset({"MIL", "REB", "UAF", "INS"})
# Entity labels of names that are not places even where a gazetteer knows a town so named
_NOT_PLACES = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "EVENT"})
# English function words that are also short names ("US", "IT"): a name only in capitals
_FUNCTION_WORDS = frozenset(
    {"us", "it", "in", "is", "as", "at", "an", "am", "be", "by", "do", "go", "he", "if", "me",
     "my", "no", "of", "on", "or", "so", "to", "up", "we", "oh", "ok"}
)
# Phoenix files many people without the CountryInfo mark, as plain "named" entries
_PEOPLE_KINDS = _PERSON_KINDS | {"named"}
# International bodies whose officers act for them ("UN envoy X"), others that are no persons,
# and how many title words may stand between the body and the person ("foreign policy chief").
BODY_ROOTS = frozenset({"IGO", "NGO"})
OTHER_BODY_ROOTS = frozenset({"IMG", "MNC", "NGM"})
TITLE_WORDS = 3
# Words after which a phrase no longer says who the actor is ("the Red Crescent in Bam", "the
# ambassador to Poland", "rebels who ..."); a name spanning one ("Al Qaeda in Iraq") is kept.
_PHRASE_ENDS = frozenset(
    {"in", "at", "near", "from", "on", "to", "with", "who", "whom", "which", "that", "inside",
     "outside", "across", "over", "against", "after", "during", "since", "by"}
)
# Words before "to" or "over" in a number's quantifier ("up to 500", "close to 1,000").
_QUANTIFIER_WORDS = frozenset({"up", "close", "well", "just", "slightly", "nearly", "some"})
# An acronym in brackets right after a name: "the Arakan Army (AA)"
# A wire dateline with a date before the agency ("KHARTOUM, May 3 (Reuters) -"), which the
# reader's datelines (a name, a dash) leave out.
_WIRE_DATELINE = re.compile(
    r"^[ \t]*(?P<name>[A-Z][A-Z.'’-]{2,}(?:[ \t]+[A-Z][A-Z.'’-]*)*)"
    r"(?:,[^\n(]{0,40})?[ \t]*\([A-Za-z][\w .&/-]*\)[ \t]*(?:—|–|--|-)",
    re.M,
)
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Z0-9-]{1,9})\)")
# Small words inside a name that the parse takes for the end of a noun phrase
# Compass words that name a part of the country after them ("Western Cambodia").
_COMPASS = frozenset({"western", "eastern", "northern", "southern", "central", "west", "east"})
_JOINERS = frozenset({"for", "of", "and", "in"})
# Landforms that, written with a country's name, name a region, not the country: the Niger
# Delta is in Nigeria, Lake Chad and the Congo Basin span several states. Such a name is
# looked up as a place (or left uncoded), never read as the country its first word names.
_LANDFORMS = frozenset(
    {"delta", "basin", "valley", "river", "lake", "sea", "gulf", "canal", "strait", "straits",
     "mountains", "highlands", "plateau", "desert", "peninsula", "bay", "lakes", "rift"}
)
# Of those, the ones after which a place says where the actor is ("rebels in Darfur").
_LOCATIVES = frozenset({"in", "inside", "near", "at", "across", "from"})
# A name before one of these ("US-backed", "Al Qaeda-linked") names a patron or ally, not
# the actor itself: "the US-backed opposition" is not coded USA (but "US-led forces" are).
_PATRON_WORDS = frozenset(
    {"backed", "linked", "allied", "aligned", "affiliated", "sponsored", "supported",
     "funded", "trained", "inspired", "controlled", "dominated", "friendly"}
)
# Likewise a name before one of these says where the actor comes from, not whose actor it is:
# the "Argentine-born pontiff" heads the Holy See, a "Somali-born Dutch lawmaker" is Dutch.
_ORIGIN_WORDS = frozenset({"born", "raised", "bred"})
# A town named inside an actor phrase ("Kyiv police") gives its country only if this large:
# small places share names with people and villages elsewhere.
PLACE_MIN_POPULATION = 20000


@dataclass(frozen=True, slots=True)
class Item:
    """A name or role word found in a phrase, over key tokens ``start:end``."""

    start: int
    end: int
    match: kb.Match | None = None
    agent: kb.Agent | None = None


@dataclass(frozen=True, slots=True)
class Coded:
    code: str
    country: str | None
    sector: str | None
    kb_id: str | None
    kind: str  # the kind of the name the code rests on, or "agent" for role words alone


# How a word is written: lower case, Capitalised, or ALL CAPS (an acronym, or a shouted text);
# POSSESSIVE is added to the last key of a word with 's, where a name ends ("Ankara's")
LOWER, CAPITAL, UPPER, POSSESSIVE = 0, 1, 2, 4
_POSSESSIVE_END = ("'s", "’s", "s'", "s’")


def key_offsets(text: str) -> list[tuple[int, int]]:
    """For each key of :func:`key_tokens`, the character span of the word it comes from."""
    spans = []
    for raw in _RAW_WORD.finditer(text):
        spans += [(raw.start(), raw.end())] * len(name_tokens(raw.group()))
    return spans


AGAINST_PREFIX = "anti-"
# Phrases recur within and across articles ("the government", "police"): their words and
# the KB's names in them are computed once. The KB never changes within a process.
CACHED_PHRASES = 1 << 16


@lru_cache(maxsize=CACHED_PHRASES)
def key_tokens(text: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Normalised words of ``text`` and, for each, how its raw word is written (LOWER,
    CAPITAL or UPPER; a true value means capitalised). The parts of a hyphenated word are
    read one by one ("HTS-led": a name, then a lower-case word), but a capital after a
    lower-case prefix names nothing ("pro-Russian") unless the prefix is a particle of the
    name ("al-Alimi")."""
    keys: list[str] = []
    caps: list[int] = []
    last = ""
    for raw in _RAW_WORD.findall(text):
        clock = _CLOCK.match(raw) and last[:1].isdigit()
        last = raw
        if clock:
            # "6 p.m." is a time of day, not the prime minister ("PM") it spells
            keys.append(CLOCK_KEY)
            caps.append(LOWER)
            continue
        before = None
        # what an "anti-" word is against is not who the phrase names ("anti-government
        # protesters" are no government): its parts are kept, but as no name or role
        against = raw.lower().startswith(AGAINST_PREFIX)
        for n, part in enumerate(raw.split("-")):
            case = part_case(part, before)
            before = part if part else before
            for key in name_tokens(part):
                key = AGAINST_PREFIX + key if against and n else key
                keys.append(key)
                caps.append(LOWER if key in _ARTICLES else case)  # "The" starts no name
        if keys and raw.endswith(_POSSESSIVE_END):
            caps[-1] |= POSSESSIVE
    return tuple(keys), tuple(caps)


def part_case(part: str, before: str | None) -> int:
    """How one part of a (hyphenated) word is written; ``before`` is the part before it."""
    letters = [c for c in part if c.isalpha()]
    if before is not None and before[:1].islower() and not _NAME_PARTICLE.match(before):
        return LOWER  # "pro-Russian", "anti-Hamas"
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return UPPER
    if part[:1].isupper() or part[:1].isdigit():
        return CAPITAL
    return LOWER


PlaceCountry = Callable[[str], str | None]


Keys = Sequence[str]
Caps = Sequence[int]


def find_items(
    keys: Keys, caps: Caps, date: str | None, place_country: PlaceCountry | None = None
) -> list[Item]:
    """Names and role words left to right, longest first; a name must be capitalised
    (so "us" the pronoun is not the US) and wins a tie with a role word."""
    items = list(known_items(tuple(keys), tuple(caps), date))
    if place_country:
        items += places_in_gaps(keys, caps, items, place_country)
    items = [it for it in items if not (it.match and patron(keys, it.end))]
    items = [it for it in items if not gathering_party(keys, it)]
    cut = next((k for k in range(1, len(keys)) if phrase_ends(keys, k)), len(keys))
    head = [it for it in items if it.start < cut]  # "Red Crescent in Bam" is not Iranian
    # "negotiators *in Doha*": a venue, not their country (lexicons/en/actors/visiting_roles.txt)
    visiting = any(kb.is_visiting(k) for k in keys[:cut])
    if (
        not any(it.match for it in head)
        and cut < len(keys)
        and keys[cut] in _LOCATIVES
        and not (visiting and keys[cut] != "from")
    ):
        # ... but "rebels in Darfur" are Sudanese: a place after "in" gives a role word
        # alone its country
        where = [it for it in items if it.start > cut and it.match]
        head += [it for it in where if it.match and it.match.entry.kind in _COUNTRY_KINDS][:1]
    return sorted(head, key=lambda it: it.start)


# The role words a gathering word turns into a group of guests or a crew
_PARTY_KEYS = frozenset({"party", "parties"})


@lru_cache(maxsize=1)
def gathering_words() -> frozenset[str]:
    """Words that make "party" after them a gathering or a crew (``gathering_words.txt``)."""
    return word_list("gathering_words.txt")


def gathering_party(keys: Keys, item: Item) -> bool:
    """Whether a role word is "party" in a wedding, search or boarding party: people
    gathered for an occasion or a task, no political party."""
    return (
        item.agent is not None
        and item.start > 0
        and keys[item.end - 1] in _PARTY_KEYS
        and keys[item.start - 1] in gathering_words()
    )


def phrase_ends(keys: Keys, k: int) -> bool:
    """Whether the phrase stops saying who the actor is at word ``k``; "to" and "over" in
    a number's quantifier ("*up to* 500 soldiers", "well *over* 100 rebels") do not."""
    if keys[k] not in _PHRASE_ENDS:
        return False
    counted = k + 1 < len(keys) and keys[k + 1][:1].isdigit()
    return not (counted and keys[k - 1] in _QUANTIFIER_WORDS)


@lru_cache(maxsize=CACHED_PHRASES)
def known_items(keys: tuple[str, ...], caps: tuple[int, ...], date: str | None) -> tuple[Item, ...]:
    """The names and role words the KB knows in a phrase (see :func:`find_items`); a tuple,
    as the cached result is shared (its items are never changed)."""
    base = kb.load()
    items: list[Item] = []
    i = 0
    while i < len(keys):
        name = base.match_name(keys, i, date)
        if name and not any(caps[name.start : name.end]):
            name = None
        if name and name.end - name.start == 1 and keys[i] in _FUNCTION_WORDS:
            name = name if caps[i] & 3 == UPPER else None  # "US" and "U.S.", not "Us"
        agent = base.match_agent(keys, i)
        if (
            name
            and agent
            and agent[0] < name.end
            and base.person_like(name.entry)
            and agent[1].code.strip("~")[:3] in _TITLE_SECTORS
        ):
            # a title listed with a name ("PRESIDENT_OBAMA"): the title is a role word, the
            # rest names the same person
            items.append(Item(i, agent[0], agent=agent[1]))
            person = kb.Match(agent[0], name.end, name.entry, name.code)
            items.append(Item(agent[0], name.end, match=person))
            i = name.end
        elif name and landform_beside(name, keys, caps):
            i = name.end  # "the Niger Delta", "Lake Chad": a region, looked up as a place
        elif name and (agent is None or name.end >= agent[0]):
            items.append(Item(i, name.end, match=name))
            i = name.end
        elif agent:
            items.append(Item(i, agent[0], agent=agent[1]))
            i = agent[0]
        else:
            i += 1
    items = drop_name_parts(items, caps, keys)
    items += surnames_after_titles(keys, caps, items, date)
    return tuple(items)


def landform_beside(name: kb.Match, keys: Keys, caps: Caps) -> bool:
    """Whether a country's name is joined to a capitalised landform word ("Niger Delta",
    "Lake Chad"): then it names a region, not the country."""
    if name.entry.kind != "country":
        return False
    after = name.end < len(keys) and caps[name.end] and keys[name.end] in _LANDFORMS
    before = name.start > 0 and caps[name.start - 1] and keys[name.start - 1] in _LANDFORMS
    return bool(after or before)


def patron(keys: Keys, end: int) -> bool:
    return end < len(keys) and (keys[end] in _PATRON_WORDS or keys[end] in _ORIGIN_WORDS)


def drop_name_parts(items: list[Item], caps: Caps, keys: Keys = ()) -> list[Item]:
    """Drop a town, or a one-word name other than a country's, that sits inside a longer
    unknown proper name: "Valencia" in "Feliciano Valencia", "Hussein" in "Mohammed Hussein
    Roble", "San Jose" in "San Jose Guayabal", "Organization" (a Phoenix synonym of Tanzim) in
    "International Socialist Organization"."""
    covered = {i for it in items for i in range(it.start, it.end)}

    def unknown_capital(i: int) -> bool:
        # a compass word is no part of a name ("Eastern Ukraine" is Ukraine)
        compass = i < len(keys) and keys[i] in _COMPASS
        return 0 <= i < len(caps) and caps[i] and i not in covered and not compass

    kept = []
    for it in items:
        match = it.match
        part = (
            match is not None
            and (
                match.place
                or match.capital
                or (it.end - it.start == 1 and match.entry.kind not in _COUNTRY_KINDS)
            )
            and (
                (unknown_capital(it.start - 1) and not caps[it.start - 1] & POSSESSIVE)
                or (unknown_capital(it.end) and not caps[it.end - 1] & POSSESSIVE)
            )
        )
        if not (part or after_particle(it, keys, caps)):
            kept.append(it)
    return kept


def after_particle(item: Item, keys: Keys, caps: Caps) -> bool:
    """Whether a one-word place or country name is part of an Arabic person's name (see
    :func:`in_arabic_name`): "Sheikh Nawaf al-Ahmad al-*Sabah*" is no Malaysian (Sabah is
    its state); "troops in al-Qaim" are in Iraq."""
    match = item.match
    return (
        match is not None
        and item.end - item.start == 1
        and (match.place or match.capital or match.entry.kind in _COUNTRY_KINDS)
        and in_arabic_name(keys, caps, item.start, item.end)
    )


def in_arabic_name(keys: Keys, caps: Caps, start: int, end: int) -> bool:
    """Whether words ``start:end`` sit in a person's name joined by a particle ("al", "bin"):
    a capitalised word, a particle, then these words, or these words, a particle and a
    capitalised word."""
    before = start > 1 and _NAME_PARTICLE.match(keys[start - 1]) and caps[start - 2]
    after = end + 1 < len(keys) and _NAME_PARTICLE.match(keys[end]) and caps[end + 1]
    return bool(before or after)


def unknown_runs(caps: Caps, items: list[Item]) -> Iterator[tuple[int, int]]:
    """Runs of capitalised words that no name or role word covers."""
    covered = {i for it in items for i in range(it.start, it.end)}
    i = 0
    while i < len(caps):
        if not caps[i] or i in covered:
            i += 1
            continue
        j = i
        while j < len(caps) and caps[j] and j not in covered:
            j += 1
        yield i, j
        i = j


def surnames_after_titles(
    keys: Keys, caps: Caps, items: list[Item], date: str | None
) -> list[Item]:
    """An unknown name right after a title, read by its last word: "President Mugabe",
    "President Omar al-Bashir" (the KB spells him otherwise)."""
    base = kb.load()
    titles = {it.end for it in items if it.agent and it.agent.code not in ("", "-")}
    found = []
    for start, end in unknown_runs(caps, items):
        # a first name written must be the known person's ("Tory leader Michael Howard" is
        # not Australia's John Howard)
        given = keys[start] if end - start > 1 else None
        if start in titles and (match := base.by_surname(keys[end - 1], date, given)):
            found.append(Item(start, end, match=kb.Match(start, end, match.entry, match.code)))
    return found


def places_in_gaps(
    keys: Keys, caps: Caps, items: list[Item], place_country: PlaceCountry
) -> list[Item]:
    """Runs of capitalised words the KB does not know, looked up as places: "Rakhine
    rebels" -> MMR (the whole run only, so a person's surname is not taken for a town)."""
    found = []
    for start, end in unknown_runs(caps, items):
        if all(case & 3 == UPPER for case in caps[start:end]):
            continue  # an acronym ("GRU") is no place name
        if all(key in _PLACE_PARTS or key in _LANDFORMS for key in keys[start:end]):
            # "Northern" or "Bay" alone is no place: the gazetteer has Uganda's Northern
            # Region and Somalia's Bay region, not the "Bay of Bengal" cut at "of"
            continue
        if in_arabic_name(keys, caps, start, end):
            # "Nawaf al-Ahmad al-Sabah" names no town of Kuwait nor Malaysia's state, "Salem
            # al-Sabah" no town of India ("fighters from al-Raqqa" still name a town)
            continue
        code = place_country(" ".join(keys[start:end]))
        if code:
            entry = kb.Entry(code, "country", (kb.Role(code),))
            found.append(Item(start, end, match=kb.Match(start, end, entry, code, place=True)))
    return found


def choose_agent(agents: list[kb.Agent]) -> kb.Agent | None:
    """The role that decides the sector: the head's, as English noun phrases end in their
    head ("Congress Party", "opposition lawmaker"), unless the head is generic and a
    modifier says more ("opposition officials", "police spokesman"); religion words only
    qualify ("Islamist rebels")."""
    roles = [a for a in agents if a.code and a.code != "-" and a.flag != "former"]
    secondary = kb.secondary_sectors()
    primary = [a for a in roles if a.code.strip("~")[:3] not in secondary]
    strong = [a for a in primary if a.flag == ""]
    if strong:
        return strong[-1]
    if primary:
        return primary[-1]
    return roles[-1] if roles else None


# Roles of the state's own bodies: their heads are the state's, as the title alone says.
STATE_BODY_ROLES = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
# Roles of public office, which a former holder keeps as an elite (CAMEO ELI); a retired
# teacher or doctor is still of their trade.
OFFICE_ROLES = STATE_BODY_ROLES | {"PTY", "ELI", "OPP", "IGO"}


def role_of(agent: kb.Agent | None, former: bool) -> str:
    code = agent.code.strip("~") if agent is not None else ""
    if former and (not code or code[:3] in OFFICE_ROLES):
        return "ELI"  # CAMEO codes former officials as elites
    if agent is None or agent.code.endswith("~"):  # a prefix role such as IGO~ observers
        return ""
    return agent.code.strip("~")


def compose(items: list[Item], date: str | None) -> Coded | None:
    """One code for the phrase from its names and role words (see the module docstring)."""
    names = [it for it in items if it.match]
    agents = [it.agent for it in items if it.agent]
    agent = choose_agent(agents)
    former = any(a.flag == "former" for a in agents)
    role = role_of(agent, former)
    if not names:
        # a weapon with no owner named stands for no one ("warplanes bombed the town")
        if not role or (agent and agent.weapon):
            return None
        if agent is not None and agent.country and len(agents) == 1:
            # a role only one state has ("the pope" is the Holy See's), unqualified: the
            # "Coptic pope" heads another church, a "former pope" is an elite
            return coded(agent.country + role, None, "agent")
        return role_coded(role)
    name = names[-1]
    assert name.match is not None
    match, entry = name.match, name.match.entry
    root = match.code[:3]
    base = kb.load()
    if match.capital and not role:
        return coded(root + "GOV", entry.kb_id, "capital")
    if entry.kind in _COUNTRY_KINDS or (len(match.code) == 3 and base.is_country(root)):
        return coded(match.code + role, entry.kb_id, entry.kind)
    qualifier = country_before(names, name)
    if qualifier and entry.kind == "named" and base.is_country(root) and qualifier != root:
        # an organisation name Phoenix files under one country, said of another:
        # "Chile's Defense Department" is not the Pentagon
        return coded(qualifier + match.code[3:], entry.kb_id, "composed")
    body = body_served(items, names, name)
    if body is not None and entry.kind in _PEOPLE_KINDS:
        # "U.N. mediator Diego Cordovez", "UN Secretary-General Kofi Annan": a person titled
        # by an office of an international body acts for it, not for the state they are of
        return coded(body, entry.kb_id, "composed")
    stated = [
        it.match.code[:3] for it in names[:-1] if it.match and it.match.entry.kind == "country"
    ]
    if stated and entry.kind in _PEOPLE_KINDS and base.is_country(root) and root not in stated:
        # "British Defence Secretary Tom King" is not the Tom King the KB knows elsewhere:
        # the country the text states wins
        return coded(stated[-1] + role, None, "composed")
    strong = agent is not None and not agent.weak
    if base.is_country(root):
        role_after = any(it.agent and it.start >= name.end for it in items)
        out_of_office = coded(match.code, None, "").sector == "ELI"
        office = office_before(names, name, root)
        if out_of_office and office and entry.kind in _PEOPLE_KINDS and not former:
            # "US Secretary of State Warren Christopher": the office named before the person
            return coded(office, entry.kb_id, "composed")
        titled = any(it.agent and it.end == name.start for it in items)
        # a role the project's tables date for that day says more than a title such as
        # "commander" or "Colonel" ("junta leader Colonel Assimi Goita" governs Mali)
        titled = titled and not base.dated_on(entry, date)
        if former or (
            entry.kind in _PEOPLE_KINDS and strong and (role_after or out_of_office or titled)
        ):
            # "the Maliki government"; "opposition leader Raila Odinga", "President Obama":
            # the title the text gives a person is better evidence than Phoenix's dates
            return coded(root + role, entry.kb_id, "composed")
        if entry.kind == "group" and match.code[3:6] == "GOV" and role in _ARMED_ROLES:
            # "Taliban fighters" once the Taliban govern: the state's armed forces
            return coded(root + "MIL", entry.kb_id, "composed")
    elif root in base.non_country_roots and strong and role and role not in match.code:
        return coded(match.code + role, entry.kb_id, "composed")  # "UN peacekeepers"
    return coded(match.code, entry.kb_id, entry.kind)


def body_served(items: list[Item], names: list[Item], name: Item) -> str | None:
    """The code of an international body named right before a person, with at most a few
    title words between ("*U.N. mediator* Diego Cordovez", "*UN Secretary-General* Kofi
    Annan"), if the person is no body themselves."""
    if name.match is None or name.match.code[:3] in BODY_ROOTS | OTHER_BODY_ROOTS:
        return None
    bodies = [
        it
        for it in names
        if it is not name and it.end <= name.start and it.match and it.match.code[:3] in BODY_ROOTS
    ]
    if not bodies or name.start - bodies[-1].end > TITLE_WORDS:
        return None
    body = bodies[-1]
    between = [it for it in items if it.start >= body.end and it.end <= name.start]
    if any(it.match or not it.agent for it in between):
        return None
    assert body.match is not None
    return body.match.code


def office_before(names: list[Item], name: Item, root: str) -> str | None:
    """The code of an office of the same country named right before a person ("US Secretary
    of State" is a KB entry of its own), if any."""
    for other in names:
        match = other.match
        if (
            other.end == name.start
            and match
            and match.entry.kind not in _COUNTRY_KINDS
            and match.code[:3] == root
            and not match.code.endswith("ELI")
        ):
            return match.code
    return None


def country_before(names: list[Item], name: Item) -> str | None:
    """The country named right before ``name`` in the phrase ("Chile's" in "Chile's
    Defense Department"), if any."""
    for other in names:
        if other.end == name.start and other.match and other.match.entry.kind == "country":
            return other.match.code[:3]
    return None


def role_coded(role: str) -> Coded:
    """The code of a role word with no name: a sector and no country, even where the sector
    code is also a country's ("MUS", Muslim, is Mauritius's; "ELI", elites, a CAMEO root)."""
    base = kb.load()
    segments = [role[i : i + 3] for i in range(0, len(role), 3)]
    roles = [seg for seg in segments if seg in base.sectors]
    sector = roles[0] if roles else None
    if roles[:2] in (["GOV", "LEG"], ["GOV", "JUD"]):
        sector = roles[1]
    return Coded(role, None, sector, None, "agent")


def coded(code: str, kb_id: str | None, kind: str) -> Coded:
    """A code with its country (ISO alpha-3, or the CAMEO root of an international actor)
    and its sector: the first role segment after the root ("REB" in SYRREBMUS)."""
    base = kb.load()
    root = code[:3]
    segments = [code[i : i + 3] for i in range(3, len(code), 3)]
    roles = [seg for seg in segments if seg in base.sectors]
    sector = roles[0] if roles else None
    if roles[:2] in (["GOV", "LEG"], ["GOV", "JUD"]):
        sector = roles[1]  # CAMEO files the legislature and courts under government
    if segments and root in base.former_states and base.is_country(segments[0]):
        return Coded(code, base.iso3(segments[0]), sector, kb_id, kind)  # SCGSRB is Serbia
    if base.is_country(root):
        return Coded(code, base.iso3(root), sector, kb_id, kind)
    if root in base.non_country_roots:
        return Coded(code, root, sector, kb_id, kind)
    return Coded(code, None, root if root in base.sectors else None, kb_id, kind)


def gazetteer_country(name: str) -> str | None:
    """The country of a region or sizeable town named ``name`` in the project's gazetteer,
    when it is installed; None for unknown or ambiguous small places."""
    try:
        from newscoder.places import gazetteer
    except ImportError:
        return None
    try:
        candidates = gazetteer.lookup(name)
    except Exception:  # no gazetteer built: place names stay uncoded
        return None
    for candidate in candidates[:1]:
        big = candidate.fclass == "A" or candidate.population >= PLACE_MIN_POPULATION
        if big and candidate.country:
            return candidate.country
    return None


def code_phrase_all(
    text: str, date: str | None = None, place_country: PlaceCountry | None = None
) -> list[tuple[Coded, tuple[int, int] | None]]:
    """Like :func:`code_phrase`, with the codes of coordinated countries sharing a role:
    "US and European diplomats" -> USAGOV for the phrase (its first-named country), then
    USAGOV at "US" and EURGOV at "European" (character spans within ``text``; None for the
    whole phrase)."""
    keys, caps = key_tokens(text)
    items = find_items(keys, caps, date, place_country)
    items = headed_bodies(keys, items)
    opposition = shadow_office(keys, items)
    if opposition is not None:
        return [(opposition, None)]
    first = armed_group_sector(keys, caps, items, compose(items, date))
    if first is None:
        return []
    found: list[tuple[Coded, tuple[int, int] | None]] = [(first, None)]
    countries = coordinated_countries(keys, items)
    if len(countries) > 1:
        offsets = key_offsets(text)
        rest = [it for it in items if not (it.match and it.match.entry.kind in _COUNTRY_KINDS)]
        for country in countries:
            part = compose([country, *rest], date)
            if part is not None:
                found.append((part, (offsets[country.start][0], offsets[country.end - 1][1])))
        if len(found) > 1:
            found[0] = (found[1][0], None)  # the phrase as a whole: its first-named country
    return found


@lru_cache(maxsize=1)
def heading_titles() -> frozenset[str]:
    """Titles of whoever heads a body (``heading_titles.txt``)."""
    return word_list("heading_titles.txt")


def headed_bodies(keys: Keys, items: list[Item]) -> list[Item]:
    """The items without a head's title that follows a body of no state ("the union's
    president", "company president"): its holder is of that body, and the title alone would
    make them a state officer (GOV)."""
    kept: list[Item] = []
    for item in items:
        body = kept[-1].agent if kept and kept[-1].end == item.start else None
        title = " ".join(keys[item.start : item.end])
        if (
            body is not None
            and item.agent is not None
            and not item.agent.weak
            and title in heading_titles()
            and not body.weak
            and body.code.strip("~")[:3] not in STATE_BODY_ROLES
            and body.code.strip("~")[:3] not in kb.secondary_sectors()
        ):
            continue
        kept.append(item)
    return kept


def coordinated_countries(keys: Keys, items: list[Item]) -> list[Item]:
    """Country names joined only by "and"/"or" (commas are no words here), or []."""
    names = [it for it in items if it.match]
    kinds = {it.match.entry.kind for it in names if it.match}
    if len(names) < 2 or not kinds <= _COUNTRY_KINDS:
        return []
    for left, right in zip(names, names[1:], strict=False):
        if any(k not in ("and", "or") for k in keys[left.end : right.start]):
            return []
        if left.end == right.start and keys[left.start] in _COMPASS:
            return []  # "Western Cambodia" is a part of Cambodia, not the West and Cambodia
    return names


def code_phrase(
    text: str, date: str | None = None, place_country: PlaceCountry | None = None
) -> Coded | None:
    """The CAMEO code of a phrase that names or describes an actor, or None.

    ``date`` (YYYY-MM-DD) picks the role in force; ``place_country`` maps a place name the
    KB does not know to its country code (the places stage's findings, or a gazetteer)."""
    keys, caps = key_tokens(text)
    items = find_items(keys, caps, date, place_country)
    items = headed_bodies(keys, items)
    opposition = shadow_office(keys, items)
    if opposition is not None:
        return opposition
    return armed_group_sector(keys, caps, items, compose(items, date))


# A shadow office's words may stand between the shadow word and the role ("shadow *home*
# secretary", "shadow *foreign* secretary"); a shadow word further off qualifies no office.
SHADOW_REACH = 3
# The kind of a shadow minister's code whose country the phrase does not give: the stage
# takes it from the document (see :func:`shadow_countries`).
SHADOW_KIND = "shadow"


@lru_cache(maxsize=1)
def shadow_words() -> frozenset[str]:
    """Words that make the office after them the opposition's (``shadow_words.txt``)."""
    return word_list("shadow_words.txt")


def shadow_office(keys: Keys, items: list[Item]) -> Coded | None:
    """The code of a shadow minister ("the shadow home secretary", "Shadow Secretary of
    State for Defence"): the opposition that shadows the office, not the government that
    holds it, nor the other state whose office the KB files under that title (the US
    Secretary of State). Its country is the one the phrase names, else a known person's
    ("shadow foreign secretary Yvette Cooper"), else left to the document."""
    spots = [k for k, key in enumerate(keys) if key in shadow_words()]
    if not spots:
        return None
    after = [it for it in items if spots[0] < it.start <= spots[0] + SHADOW_REACH]
    office = after[0] if after else None
    if office is None or not office_item(office):
        return None
    base = kb.load()
    countries = [
        it.match.code[:3]
        for it in items
        if it.match
        and (it.match.entry.kind in _COUNTRY_KINDS or it.match.entry.kind in _PEOPLE_KINDS)
        and base.is_country(it.match.code[:3])
        and it is not office
    ]
    if countries:
        return coded(countries[-1] + "OPP", None, "composed")
    return Coded("OPP", None, "OPP", None, SHADOW_KIND)


def office_item(item: Item) -> bool:
    """Whether an item is a government office: a role word of government ("secretary",
    "chancellor") or an office the KB names ("Secretary of State")."""
    if item.agent is not None:
        return item.agent.code.strip("~")[:3] == "GOV"
    match = item.match
    return (
        match is not None
        and match.entry.kind not in _COUNTRY_KINDS | _PERSON_KINDS
        and match.code[3:6] == "GOV"
    )


@lru_cache(maxsize=CACHED_PHRASES)
def code_word(text: str) -> Coded | None:
    """:func:`code_phrase` without date or places, for the head words that every phrase
    asks about ("government", "officials")."""
    return code_phrase(text)


# --- the pipeline stage --------------------------------------------------------------------


def candidate_spans(ctx: Context) -> Iterator[SpacySpan]:
    """Noun phrases, joined over "of" after a role word ("Secretary of State John Kerry",
    "the president of Armenia", "the regime of Bashar al-Assad"), and named entities
    outside them."""
    doc = ctx.doc
    chunks = list(doc.noun_chunks)
    covered: set[int] = set()
    known: set[tuple[int, int]] = ctx.scratch.setdefault("actor_known_names", set())
    for name in names_over_joiners(ctx):
        covered.update(range(name.start, name.end))
        known.add((name.start, name.end))
        yield name
    i = 0
    while i < len(chunks):
        span = chunks[i]
        start = span.start  # "the" before a name joined over "of" is no name of its own
        while start < span.end and leading_filler(doc[start]):
            start += 1
        if covered.issuperset(range(start, span.end)):
            i += 1
            continue
        while (
            i + 1 < len(chunks)
            and span.end < len(doc)
            and doc[span.end].lower_ == "of"
            and chunks[i + 1].start == span.end + 1
            and is_role_word(span.root.text)
        ):
            i += 1
            span = doc[span.start : chunks[i].end]
        covered.update(range(span.start, span.end))
        yield span
        i += 1
    for ent in doc.ents:
        if not covered.intersection(range(ent.start, ent.end)):
            yield ent


# Kinds of KB entries whose names the parse cuts at a joiner and that are joined again.
JOINED_KINDS = frozenset({"group", "country"})


def names_over_joiners(ctx: Context) -> Iterator[SpacySpan]:
    """Known names that the parse cuts into several noun phrases at a small word ("Volunteers
    for the Defense of the Homeland", "Front for Change and Concord in Chad"), longest first."""
    doc = ctx.doc
    i = 0
    while i < len(doc):
        found = name_over_joiners(doc, i) if doc[i].text[:1].isupper() else None
        if found is not None:
            yield found
            i = found.end
        else:
            i += 1


def name_over_joiners(doc: Doc, i: int) -> SpacySpan | None:
    """The longest known group name from token ``i`` with a joiner inside and a capital at its
    end (people's titles with "of" are joined by :func:`candidate_spans` already)."""
    base, text = kb.load(), doc_text(doc)
    for end in range(min(len(doc), i + base.max_name), i + 2, -1):
        last = doc[end - 1]
        if not last.text[:1].isupper() or not any(t.lower_ in _JOINERS for t in doc[i + 1 : end]):
            continue
        key = name_key(text[doc[i].idx : last.idx + len(last)])
        # a country's formal name is cut too ("the People's Republic *of* China")
        if key in base.names and any(e.kind in JOINED_KINDS for e in base.entries_for(key)):
            # a name that qualifies a longer phrase ("the Friends of Syria countries") is
            # left to the phrase
            followed = end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN")
            return None if followed else doc[i:end]
    return None


def is_role_word(word: str) -> bool:
    """A word of the role table, a weapon too: alone a weapon codes no one ("warplanes"),
    but it heads the phrase that names its owner ("Syrian warplanes")."""
    found = code_word(word)
    return (found is not None and found.kind == "agent") or kb.agent_sector(word) is not None


# Heads for the people of a group named before them ("Hamas members", "Taliban loyalists").
_MEMBER_HEADS = frozenset(
    {"member", "supporter", "loyalist", "follower", "operative", "affiliate", "adherent"}
)


def heads_an_actor(span: SpacySpan) -> bool:
    """Whether the phrase's head word is (part of) a name or a role word: "US officials"
    is an actor, "US aid" and "Kerry's claims" are not (though "US" and "Kerry" are); a
    head that is a role word only with the word before it counts ("transitional council")."""
    root = span.root
    if root.pos_ == "PROPN" or code_word(root.text) is not None or is_role_word(root.text):
        return True
    if root.i > span.start and root.lemma_.lower() in _MEMBER_HEADS:
        return True  # "Islamic State *members*": the group's people, coded as the group
    if root.i > span.start:
        if root.lemma_.lower() in act_nouns():
            return False  # "military aid", "terrorist activities": acts, not actors
        return is_role_word(f"{span.doc[root.i - 1].text} {root.text}")
    return False


@lru_cache(maxsize=1)
def act_nouns() -> frozenset[str]:
    """Head nouns for acts and things (``lexicons/en/actors/act_nouns.txt``)."""
    return word_list("act_nouns.txt")


@lru_cache(maxsize=1)
def event_names() -> frozenset[str]:
    """Head nouns of the names of events and abstractions ("the Afghan *war*"), whose
    qualifying names are no actors (``lexicons/en/actors/event_names.txt``)."""
    return word_list("event_names.txt")


def word_list(name: str) -> frozenset[str]:
    return read_words("actors", name)


# Entity labels of names that are never actors: events, laws and quantities (not works of
# art: the parser gives that label to "The US Marines" at the start of a quotation)
_NEVER_ACTORS = frozenset(
    {"EVENT", "LAW", "DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL",
     "LANGUAGE"}
)


def names_an_event(span: SpacySpan) -> bool:
    """Whether a phrase is headed by the name of an event or an abstraction ("the Afghan
    war", "the Ukraine war", "the Kenyan election")."""
    return span.root.lemma_.lower() in event_names() or span.root.lower_ in event_names()


def possessor(ent: SpacySpan) -> bool:
    """Whether a name is the possessor of the phrase around it ("*Russia*'s war")."""
    return ent.root.dep_ == "poss" or (
        ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "POS"
    )


_PLACE_PARTS = frozenset(
    {"central", "northern", "southern", "eastern", "western", "north", "south", "east",
     "west", "northeastern", "northwestern", "southeastern", "southwestern", "downtown",
     "northeast", "northwest", "southeast", "southwest", "rural", "suburban", "coastal"}
)


def trim(span: SpacySpan) -> SpacySpan | None:
    """Drop leading determiners and possessive pronouns ("the Maliki government") and
    punctuation at either end, and take in a hyphenated word the parse cut ("al" "-"
    "Assad", not "US" "-" "backed"); None when nothing with a letter is left."""
    doc = span.doc
    start, end = span.start, span.end
    while end + 1 < len(doc) and cut_at_hyphen(doc, end):
        end += 2
    # each token is fetched once: doc[i] builds a new Token object every time
    while start < end and leading_filler(doc[start]):
        start += 1
    while start + 1 < end and part_of_place(doc[start], doc[start + 1]):
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if start == end:
        return None
    trimmed = doc[start:end]
    text = doc_text(doc)[trimmed.start_char : trimmed.end_char]  # Span.text re-joins tokens
    return trimmed if any(c.isalpha() for c in text) else None


def cut_at_hyphen(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen inside a word, before a capital ("al-Assad")."""
    hyphen = doc[i]
    return (
        hyphen.text == "-"
        and not hyphen.whitespace_
        and not doc[i - 1].whitespace_
        and doc[i + 1].text[:1].isupper()
    )


def part_of_place(token: Token, following: Token) -> bool:
    """A lower-case word for a part of a place before its name ("*central* London", "*north*
    Kabul"): where in the place, no part of its name ("North Korea" is written with a
    capital), so "central London" is London, not a second name the capital's government
    could stand for."""
    return token.lower_ in _PLACE_PARTS and token.text.islower() and following.pos_ == "PROPN"


def leading_filler(token: Token) -> bool:
    return token.is_punct or token.lower_ in _ARTICLES or token.tag_ in ("DT", "PRP$")


def head_entity(ctx: Context, span: SpacySpan) -> Entity | None:
    """The entity of a mention inside the phrase that covers its head word ("Kerry" in
    "Kerry's aides" is not the head; "Kerry" in "Secretary Kerry" is); the first such
    mention in the document's list decides."""
    head = span.root.idx
    starts, mentions = mentions_by_start(ctx)
    inside = mentions[bisect_left(starts, span.start_char) : bisect_right(starts, head)]
    covering = [
        (order, mention)
        for order, mention in inside
        if head < mention.end and mention.end <= span.end_char
    ]
    if not covering:
        return None
    return ctx.analysis.entities[min(covering)[1].entity_id]  # type: ignore[index]


def mentions_by_start(ctx: Context) -> tuple[list[int], list[tuple[int, Mention]]]:
    """The mentions with an entity, by start offset, each with its place in the document's
    list: every phrase asks, so they are sorted once per document (again if any were
    added)."""
    mentions = ctx.analysis.mentions
    count, starts, ordered = ctx.scratch.get("actor_mentions", (-1, [], []))
    if count != len(mentions):
        ordered = sorted(
            ((order, m) for order, m in enumerate(mentions) if m.entity_id is not None),
            key=lambda pair: pair[1].start,
        )
        starts = [m.start for _, m in ordered]
        ctx.scratch["actor_mentions"] = (len(mentions), starts, ordered)
    return starts, ordered


def place_resolver(ctx: Context) -> PlaceCountry:
    """Place names the places stage resolved in this document (it weighs the context, so a
    raw gazetteer lookup here would only add surnames taken for towns), except those the
    entities stage calls a person, an organisation or a work ("Muse", "Skinner")."""
    named = [(m.start, m.end) for m in ctx.analysis.mentions if m.label in _NOT_PLACES]
    known = {
        name_key(ctx.text[p.start : p.end]): p.country
        for p in ctx.analysis.places
        if p.country and not any(s <= p.start and p.end <= e for s, e in named)
    }
    return lambda name: known.get(name_key(name))


def code_span(
    ctx: Context, span: SpacySpan, place_country: PlaceCountry
) -> list[tuple[Coded, int, int]]:
    """The codes of one phrase with their character spans (the phrase, then each of
    coordinated countries: "US and European diplomats"), using the entities stage's fuller
    name for a short mention ("Kerry" -> "John Kerry") when the phrase alone gives no name."""
    start, end = span.start_char, span.end_char
    date = phrase_date(ctx, start, end)  # the date of the event told, not the article's
    text = ctx.text[start:end]  # the original, not the parse's copy
    parts = code_phrase_all(text, date, place_country)
    if parts and parts[0][1] is None:
        words = [t.text for t in span]
        parts[0] = (spelled_out_owner(ctx, words, parts[0][0], date, place_country), None)
        parts[0] = (of_a_country(ctx, span, parts[0][0], date, place_country), None)
    if not parts or parts[0][0].kind == "agent":
        known = entity_code(ctx, span, text, place_country, date) or remembered(ctx, span)
        if known is None and parts:
            known = modifier_code(ctx, span, parts[0][0], place_country, date)
        parts = [(known, None)] if known else parts
    located = []
    for result, where in parts:
        if where is None:
            located.append((result, start, end))
        else:
            located.append((result, start + where[0], start + where[1]))
    return located


# An acronym as written: two to six capitals ("BNP", "SNP"); a shorter or longer one is
# rarely a party's or a body's.
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def spelled_out_owner(
    ctx: Context, words: list[str], result: Coded, date: str | None, place_country: PlaceCountry
) -> Coded:
    """An acronym in the phrase that the text spells out elsewhere as an organisation's name
    takes that name's country: "BNP" after "the British National Party" is British, though
    the knowledge base knows a Bangladeshi BNP. Other acronyms, and names the text never
    spells out, keep the knowledge base's reading."""
    if not result.country or result.code[:3] != result.country:
        return result  # only a code built on a country can be moved to another
    for word in words:
        if not _ACRONYM.fullmatch(word):
            continue
        owner = spelled_out(ctx, word, date, place_country)
        if owner is not None and owner.country and owner.country != result.country:
            moved = owner.code[:3] + result.code[3:]
            return coded(moved, owner.kb_id, result.kind)
    return result


def of_a_country(
    ctx: Context, span: SpacySpan, result: Coded, date: str | None, place_country: PlaceCountry
) -> Coded:
    """A person's title and name followed by "of" and a country ("King Hassan *of
    Morocco*") is that country's, though the knowledge base knows the name as another's
    (Jordan's Prince Hassan): the phrase with its country is coded whole."""
    doc = span.doc
    if span.root.ent_type_ != "PERSON" or span.end + 1 >= len(doc):
        return result
    joiner, place = doc[span.end], doc[span.end + 1]
    if joiner.lower_ != "of" or place.ent_type_ != "GPE" or place.ent_iob_ != "B":
        return result
    end = place.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    text = ctx.text[span.start_char : doc[end - 1].idx + len(doc[end - 1])]
    whole = code_phrase(text, date, place_country)
    if whole is None or whole.kind == "agent" or not whole.country:
        return result
    return whole if whole.country != result.country else result


def spelled_out(
    ctx: Context, acronym: str, date: str | None, place_country: PlaceCountry
) -> Coded | None:
    """The code of an organisation the text names in full by words whose initials are the
    acronym ("British National Party" for "BNP")."""
    for entity in ctx.analysis.entities:
        if entity.label != "ORG":
            continue
        words = [w for w in entity.name.split() if w[:1].isupper()]
        if len(words) < 2 or "".join(w[0] for w in words) != acronym:
            continue
        owner = code_phrase(entity.name, date, place_country)
        if owner is not None and owner.kind != "agent" and owner.code[:3] == owner.country:
            return owner
    return None


def modifier_code(
    ctx: Context, span: SpacySpan, role: Coded, place_country: PlaceCountry, date: str | None
) -> Coded | None:
    """A role word qualified by an organisation the entities stage knows by a fuller name:
    "AA fighters" after "the Arakan Army (AA)" are the Arakan Army's (a non-state group's
    members share its code; a state body's take its country with the role)."""
    for owner in owners_before_head(ctx, span, place_country, date):
        if owner.kind == "agent" or owner.country is None:
            continue
        if owner.sector in _NON_STATE_SECTORS:
            return coded(owner.code, owner.kb_id, "composed")
        return coded(owner.code[:3] + role.code, owner.kb_id, "composed")
    return None


def owners_before_head(
    ctx: Context, span: SpacySpan, place_country: PlaceCountry, date: str | None
) -> Iterator[Coded]:
    """Codes of the organisations named before the phrase's head: entities the entities
    stage knows by a fuller name, and acronyms the text defined ("the Arakan Army (AA)")."""
    starts, mentions = mentions_by_start(ctx)
    inside = mentions[bisect_left(starts, span.start_char) : bisect_left(starts, span.root.idx)]
    for _, mention in inside:
        entity = ctx.analysis.entities[mention.entity_id]  # type: ignore[index]
        if entity.label == "ORG" and mention.end <= span.root.idx:
            owner = code_phrase(entity.name, date, place_country)
            if owner is not None:
                yield owner
    acronyms: dict[str, Coded] = ctx.scratch.get("actor_acronyms", {})
    for token in span[: span.root.i - span.start]:
        if token.text in acronyms:
            yield acronyms[token.text]


def remember_acronym(ctx: Context, span: SpacySpan, result: Coded) -> None:
    """Keep the code of a name the text abbreviates right after it ("the Arakan Army (AA)")
    under the acronym, for "AA fighters" later in the document."""
    found = _ACRONYM_AFTER.match(ctx.text, span.end_char)
    if found and result.kind != "agent" and result.country:
        ctx.scratch.setdefault("actor_acronyms", {}).setdefault(found.group(1), result)


def entity_code(
    ctx: Context, span: SpacySpan, text: str, place_country: PlaceCountry, date: str | None
) -> Coded | None:
    """The code of the person or organisation the entities stage says the phrase names:
    by its fullest name ("Kerry" -> "John Kerry"), else by a title the text gave it
    ("Armenian Prime Minister" for "Nikol Pashinyan"), else by its country alone."""
    entity = head_entity(ctx, span)
    if entity is None or entity.label not in ("PERSON", "ORG"):
        return None
    if entity.name != text:
        fuller = code_phrase(entity.name, date, place_country)
        if fuller is not None and fuller.kind != "agent":
            return spelled_out_owner(ctx, entity.name.split(), fuller, date, place_country)
    for title in entity.titles:
        titled = code_phrase(title, date, place_country)
        if titled is not None:
            titled = spelled_out_owner(ctx, title.split(), titled, date, place_country)
        # a former office holder or a cleric of no stated country is an elite or a cleric
        # all the same ("Former civil service chief Lord Butler" -> ELI for every "Lord
        # Butler" after; "Muslim cleric X" -> MUS): the roles CAMEO gives no state
        if titled is not None and (titled.country or titled.sector in stateless_roles()):
            return titled
    if entity.country and entity.label == "PERSON":
        return coded(entity.country, entity.name.upper().replace(" ", "_"), "composed")
    return None


@lru_cache(maxsize=1)
def stateless_roles() -> frozenset[str]:
    """Sectors a title gives a person even with no country: elites and religions."""
    return kb.secondary_sectors() | {"ELI", "REL"}


def remembered(ctx: Context, span: SpacySpan) -> Coded | None:
    """A surname alone that a fuller mention earlier in the document coded ("Pashinyan"
    after "Armenian Prime Minister Nikol Pashinyan")."""
    if len(span) != 1 or span.root.pos_ != "PROPN":
        return None
    memory: dict[str, Coded] = ctx.scratch.get("actor_surnames", {})
    return memory.get(span.root.lower_)


def remember(ctx: Context, span: SpacySpan, result: Coded) -> None:
    """Keep the code of a titled or full name under its last word, for later short mentions;
    a last word that is itself a place or group name is not a surname."""
    last = span[-1]
    if len(span) < 2 or last.pos_ != "PROPN" or result.kind == "agent":
        return
    alone = code_word(last.text)
    if alone is not None and alone.kind not in _PEOPLE_KINDS:
        return
    ctx.scratch.setdefault("actor_surnames", {}).setdefault(last.lower_, result)


def actor_spans(ctx: Context) -> Iterator[SpacySpan]:
    """The phrases worth coding: each candidate whose head denotes an actor, else the
    named entities inside it."""
    ents = list(ctx.doc.ents)  # Span.ents rebuilds the document's entities on every call
    starts = [ent.start for ent in ents]
    for raw in candidate_spans(ctx):
        span = trim(raw)
        if span is None or span.root.pos_ == "PRON":
            continue
        known = (raw.start, raw.end) in ctx.scratch["actor_known_names"]
        event = not known and (names_an_event(span) or never_an_actor(ents, starts, raw))
        if not event and (known or heads_an_actor(span)):
            yield span
            continue
        owner = None if event else group_before_head(span)
        if owner is not None:
            yield owner
        first = bisect_left(starts, raw.start)
        for ent in ents[first:]:
            if ent.start >= raw.end:
                break
            if ent.label_ in _NEVER_ACTORS or (event and not possessor(ent)):
                continue  # "the Afghan war" names no actor; "Russia's war" names Russia
            if owner is not None and ent.start < owner.end and owner.start < ent.end:
                continue  # "*Islamic* State targets": the group's whole name is coded
            inner = trim(titled(ent, raw.start)) if ent.end <= raw.end else None
            if inner is not None:
                yield inner


# Kinds of KB entries whose name before a head that is no actor names its owner.
_OWNER_KINDS = frozenset({"group", "country"})


def group_before_head(span: SpacySpan) -> SpacySpan | None:
    """The name of a known group or country right before a phrase's head that is no actor
    ("*Houthi* positions", "*Islamic State* targets", "*US* Predator attacks"): the
    capitalised words before the head, whose name the KB codes as a group or a country of
    its own, which the parser's entities may miss or cut ("Islamic" alone)."""
    root, start = span.root, span.root.i
    while start > span.start and span.doc[start - 1].text[:1].isupper():
        start -= 1
    doc = span.doc
    if start == root.i:
        return None
    if (start > 0 and doc[start - 1].pos_ == "ADP") or doc[start].ent_iob_ == "I":
        return None  # the end of a longer name ("the Friends *of Syria* group")
    name = doc[start : root.i]
    found = code_phrase(name.text)
    return name if found is not None and found.kind in _OWNER_KINDS else None


def never_an_actor(ents: list[SpacySpan], starts: list[int], span: SpacySpan) -> bool:
    """Whether a phrase is itself a named entity of a kind that is no actor (an event, a
    law: "the Arab Spring", "the Gulf War"), unless a role word heads it: the parser calls
    some armed forces events too."""
    first = bisect_left(starts, span.start)
    return any(
        ent.start == span.start
        and ent.end == span.end
        and ent.label_ in _NEVER_ACTORS
        and not is_role_word(span.root.text)
        for ent in ents[first : first + 1]
    )


def titled(ent: SpacySpan, floor: int) -> SpacySpan:
    """A name with the title the parse hangs on it ("*President* Reagan's statement": the
    entity is "Reagan" alone, which a surname cannot code without its title)."""
    doc, start = ent.doc, ent.start
    while (
        start - 1 >= floor
        and doc[start - 1].dep_ == "compound"
        and ent.start <= doc[start - 1].head.i < ent.end
        and is_role_word(doc[start - 1].text)
    ):
        start -= 1
    return doc[start : ent.end]


def after_dateline(span: SpacySpan, datelines: list[tuple[int, int]]) -> SpacySpan | None:
    """The part of a phrase after the dateline it overlaps: the parse may hang the dateline
    on the first subject of the story ("MOSCOW (Reuters) - *Lavrov* held talks"), whose own
    words stay an actor; a phrase inside a dateline is none."""
    for start, end in datelines:
        if start < span.end_char and span.start_char < end:
            rest = [t.i for t in span if t.idx >= end and not t.is_punct]
            if not rest or span.start_char >= start and span.end_char <= end:
                return None
            return span.doc[rest[0] : span.end]
    return span


def dateline_spans(ctx: Context) -> list[tuple[int, int]]:
    """The place names that open a dateline ("KHARTOUM, May 3 (Reuters) -", "CLEVELAND (AP)
    —"): where the story was filed, never a party to what it tells; nor is the agency in
    its brackets, which only carried the story, nor the byline ("By Jane Doe, Reuters")."""
    document = ctx.analysis.document
    found = [(d.start, d.end) for d in document.datelines or ()]
    found += [(m.start("name"), m.end()) for m in _WIRE_DATELINE.finditer(ctx.text)]
    if document.byline_span is not None:
        # the byline's writer and outlet wrote the story: they are no party to it
        found.append((document.byline_span.start, document.byline_span.end))
    return found


def run(ctx: Context) -> None:
    place_country = place_resolver(ctx)
    seen: set[tuple[int, int]] = set()
    datelines = dateline_spans(ctx)
    untold: list[tuple[Actor, SpacySpan, str]] = []  # actors whose phrase gives no country
    for span in actor_spans(ctx):
        if (span.start_char, span.end_char) in seen:
            continue
        seen.add((span.start_char, span.end_char))
        span = after_dateline(span, datelines)
        if span is None:
            continue
        if held_as(span):
            continue  # "the group took him *hostage*": how he is held, not who
        parts = code_span(ctx, span, place_country)
        if parts and reports_the_story(span, parts[0][0]):
            continue
        if parts and parts[0][0].kind == "agent":
            parts = [(possessor_country(ctx, span, parts[0][0]), parts[0][1], parts[0][2])]
        if parts:
            remember(ctx, span, parts[0][0])
            remember_acronym(ctx, span, parts[0][0])
        entity = head_entity(ctx, span)
        entity_id = entity.id if entity is not None else None
        for result, start, end in parts:
            whole = (start, end) == (span.start_char, span.end_char)
            actor = Actor(
                code=result.code,
                name=ctx.text[start:end],
                start=start,
                end=end,
                country=result.country,
                sector=result.sector,
                entity_id=entity_id if whole else None,
                kb_id=result.kb_id,
            )
            ctx.analysis.actors.append(actor)
            if whole and result.country is None and result.kind in (SHADOW_KIND, "agent"):
                untold.append((actor, span, result.kind))
    ctx.analysis.actors.sort(key=lambda a: (a.start, a.end))
    for actor, span, kind in untold:
        # the country the document tells, once every actor of it is coded
        if kind == SHADOW_KIND:
            told.fill_shadow(ctx, actor)
        elif actor.sector in _TITLE_SECTORS:
            told.fill_titled(ctx, actor, span)
    one_code_per_actor(ctx.analysis.actors, lambda a: phrase_date(ctx, a.start, a.end))


# Role words that, bare and singular, say how someone is held, not who: "took two aid workers
# hostage", "held captive".
_PREDICATE_ROLES = frozenset({"hostage", "captive"})
# Nouns that, as the possessor of a role word, stand for the state the text is about: "the
# country's president", "the nation's top court".
_STATE_NOUNS = frozenset({"country", "nation", "kingdom", "republic"})


@lru_cache(maxsize=1)
def reporting_words() -> dict[str, frozenset[str]]:
    """The words that tell an outlet reporting a story (``lexicons/en/actors/reporting.toml``)."""
    table = tomllib.loads(lexicon_path("actors", "reporting.toml").read_text(encoding="utf-8"))
    return {key: frozenset(words) for key, words in table.items()}


def held_as(span: SpacySpan) -> bool:
    """Whether a phrase is a bare "hostage" or "captive" with no determiner or number before
    it ("took him hostage", "held captive"), which says how someone is held."""
    if len(span) != 1 or span[0].lower_ not in _PREDICATE_ROLES:
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is None or before.tag_ not in ("DT", "CD", "PRP$", "JJ", "POS")


def reports_the_story(span: SpacySpan, result: Coded) -> bool:
    """Whether a phrase names a news outlet that only reports what it tells ("Reuters
    reported", "told AFP", "according to state media", "in an interview with the BBC"): it
    is no party to the story (an outlet that is raided, banned or sued stays an actor)."""
    words = reporting_words()
    root = span.root
    before = span.doc[span.start - 1] if span.start > 0 else None
    outlet_name = (
        before is not None
        and before.lemma_.lower() in words["outlet_heads"]
        and root.pos_ == "PROPN"
    )  # "the official news agency SANA"
    if not outlet_name:
        if "MED" not in (result.code[i : i + 3] for i in range(0, len(result.code), 3)):
            return False
        if root.pos_ != "PROPN" and root.lemma_.lower() not in words["outlet_heads"]:
            return False  # "a Reuters journalist", "reporters" are people
        if root.ent_type_ == "PERSON":
            return False  # "TV presenter Anne Robinson said": a person speaks
    return reporting_position(root, words)


def reporting_position(root: Token, words: dict[str, frozenset[str]]) -> bool:
    """Whether a phrase's head stands where an outlet carries words: the subject of a
    reporting verb, the one told, the outlet "according to" or "in an interview with"."""
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in words["reporting_verbs"]:
        return True
    if root.dep_ in ("dobj", "dative") and head.lemma_ in words["told_verbs"]:
        return True  # "told Reuters"
    if root.dep_ != "pobj":
        return False
    verb = head.head
    if head.lower_ == "to":
        return verb.lemma_ in words["told_verbs"] or verb.lower_ == "according"
    if head.lower_ == "with":
        return verb.lemma_ == "interview"
    return head.lower_ in ("by", "on", "in") and (
        verb.lemma_ in words["reporting_verbs"] or verb.lemma_ in words["said_nouns"]
    )


def possessor_country(ctx: Context, span: SpacySpan, result: Coded) -> Coded:
    """A role word after "its"/"their"/"his"/"her" takes the country of the actor before it in
    the sentence: "The Iraqi regime is massing its forces" -> IRQMIL; "Hemedti said his
    fighters ..." -> the RSF leader's code. After "the country's" it takes the country last
    named (see :func:`state_named_before`)."""
    if len(span) > 2 and span[0].lower_ in _STATE_NOUNS and span[1].tag_ == "POS":
        state = state_named_before(ctx, span)
        return coded(state + result.code, None, "composed") if state else result
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None or before.lower_ not in ("its", "their", "his", "her"):
        return result
    floor = span.sent.start_char
    earlier = [a for a in ctx.analysis.actors if floor <= a.start and a.end <= before.idx]
    if before.lower_ != "their":
        # "his", "her" and "its" stand for one: not for "rebels" named before "President X
        # and his ruling party"
        earlier = [a for a in earlier if not plural(ctx, a)]
    if not earlier:
        return result
    # the last actor named, as a whole: "Bosnian Serbs", not the "Serbs" inside it
    owner = max(earlier, key=lambda a: (a.end, a.end - a.start))
    if not owner.country:
        return result  # the owner is of no known country: nor is what is theirs
    if owner.sector in _NON_STATE_SECTORS:  # rebels' commanders are rebels too
        return coded(owner.code, owner.kb_id, "composed")
    return coded(owner.code[:3] + result.code, owner.kb_id, "composed")


def state_named_before(ctx: Context, span: SpacySpan) -> str | None:
    """The country last named before "the country's ..." in its sentence, else in the
    sentence before ("The Sudanese army said ... The country's paramilitary forces ..."):
    the state the text is about; None when there is none."""
    base = kb.load()
    sent = span.sent
    previous = span.doc[sent.start - 1].sent if sent.start > 0 else None
    for floor in (sent.start_char, previous.start_char if previous is not None else None):
        if floor is None:
            break
        named = [
            a
            for a in ctx.analysis.actors
            if floor <= a.start
            and a.end <= span.start_char
            and a.country
            and base.is_country(a.country)
        ]
        if named:
            return max(named, key=lambda a: (a.end, a.end - a.start)).country
    return None


def plural(ctx: Context, actor: Actor) -> bool:
    """Whether an actor's phrase is headed by a plural noun ("Rwandan rebels"), or is the
    nationality of one ("*Azerbaijani* crowds")."""
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ in ("amod", "compound", "nmod") and root.head.i >= span.end:
        root = root.head
    return root.tag_ in ("NNS", "NNPS")


def code_on(actor: Actor, date: str | None) -> str:
    """The actor's code on another date (an event's, where it differs from the date its
    phrase was coded for): the role in force then, when the code rests on a known name with
    dated roles, else the code as it is."""
    entry = kb.load().by_id.get(actor.kb_id or "")
    if entry is None or date is None or not any(r.dated for r in entry.roles):
        return actor.code
    if actor.code not in {r.code for r in entry.roles}:
        return actor.code  # composed with a role word the text gave ("the Maliki government")
    return entry.code_on(date)  # (a composed code equal to a role code is recoded too)


def actor_at(analysis: Analysis, start: int, end: int) -> Actor | None:
    """The actor that best matches a character span: the same span, else the smallest actor
    containing it, else the actor inside it that overlaps it most."""
    best: tuple[int, int, Actor] | None = None
    for actor in analysis.actors:
        if actor.end <= start or end <= actor.start:
            continue
        if actor.start <= start and end <= actor.end:
            rank = (0, actor.end - actor.start)
        else:
            overlap = min(end, actor.end) - max(start, actor.start)
            rank = (1, -overlap)
        if best is None or rank < best[:2]:
            best = (*rank, actor)
    return best[2] if best else None


def actors_in(analysis: Analysis, start: int, end: int) -> list[Actor]:
    """Every actor inside a span, in text order ("the US, Britain and France" -> three)."""
    return [a for a in analysis.actors if start <= a.start and a.end <= end]
