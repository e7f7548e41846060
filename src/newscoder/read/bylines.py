"""Bylines split into people, their roles and the outlets they credit.

``ROBERT BURNS, AP National Security Writer`` is the person Robert Burns, the role *National
Security Writer* and the outlet AP; ``JERUSALEM POST STAFF NOVEMBER 12, 2019`` credits an
outlet and names nobody. Dates, times, e-mail addresses and handles are never part of an
author, and a desk, a staff or a group of reporters is not a person. The word lists are data
files in ``lexicons/en/read/``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from newscoder.lexicon import read_lexicon
from newscoder.model import Author

MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?"
NOISE = re.compile(
    "|".join((
        r"[^\s@]+@[^\s@]+\.\w+",  # e-mail addresses (no "@" inside a part: linear time)
        r"https?://\S+",
        r"(?<!\w)@\w+",  # social media handles
        r"\b(?:last\s+)?(?:updated|published|posted|modified)(?:\s+on)?\b:?",
        r"\b\d+\s+(?:second|minute|hour|day|week|month|year)s?\s+ago\b",
        r"\b\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4}\b)?",
        rf"\b{WEEKDAY}(?=[\s,]|$)",
        rf"\b{MONTH}(?=[\s,]|$)",
        r"\b\d{4}-\d{2}-\d{2}(?:t[\d:.+z-]*)?\b",
        r"\b\d+(?:st|nd|rd|th)?\b",
    )),
    re.IGNORECASE,
)
# Possessive runs of spaces: a long run of blanks must not be tried at every split point.
SEPARATORS = re.compile(
    r"[^\S\n]*+(?:[;|\n•·()\[\]]|,)\s*|\s++(?:and|&|/)\s+", re.IGNORECASE
)
PREFIX = re.compile(
    r"^(?:(?P<role>(?:with\s+)?(?:additional\s+)?(?:reporting|editing|writing|reported|edited"
    r"|written|posted|compiled|produced|photos?|graphics|text|words|story)\s+)?by\s+"
    r"|(?:with\s+)(?=\S))",
    re.IGNORECASE,
)
IS_A = re.compile(
    r"^(?P<name>.+?)\s+is\s+(?:an?\s+|the\s+)?(?P<role>.+?)"
    r"(?:\s+(?:for|at|with|of)\s+(?P<outlet>.+?))?\.?$",
    re.IGNORECASE,
)
IN_PLACE = re.compile(r"\s+(?:in|reporting from|from)\s+[A-Z][\w .'’-]*$")
HONORIFIC = re.compile(r"^(?:dr|prof|mr|mrs|ms|sir|dame|rev|gen|col|capt|sgt)\.?\s+", re.I)
POSSESSIVE = re.compile(r"^(?P<outlet>.+?)['’]s\s+(?P<rest>.+)$")
PARTICLES = frozenset(
    {"de", "da", "del", "della", "der", "den", "van", "von", "la", "le", "bin", "ibn", "al",
     "el", "du", "dos", "di", "ter", "abu", "y"}
)
# The role a credit line's opening words give ("Reporting by ..."); writing is the default.
ROLE_OF_PREFIX = {"reporting": "reporting", "reported": "reporting", "editing": "editing",
                  "edited": "editing", "compiled": "compiling", "produced": "producing",
                  "photo": "photography", "photos": "photography", "graphics": "graphics"}
NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]\.)$")


@dataclass
class Byline:
    """People named by a byline, and the outlets it credits without a person."""

    authors: list[Author] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def agencies() -> dict[str, str]:
    """Lower-cased names as bylines write them → the outlet they credit."""
    table = {}
    for line in read_lexicon("read", "agencies.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            name, outlet = line.split("\t")
            table[name.casefold()] = outlet
    return table


@lru_cache(maxsize=4)
def words(name: str) -> frozenset[str]:
    lines = read_lexicon("read", name).splitlines()
    return frozenset(w.strip().casefold() for w in lines if w.strip() and w[0] != "#")


def split_byline(raw: str | None) -> Byline:
    """The people, roles and outlets of a byline (see the module docstring)."""
    byline = Byline()
    if not raw:
        return byline
    for segment in SEPARATORS.split(NOISE.sub(" ", raw)):
        segment = " ".join(segment.split()).strip(" .,:-–—'\"")
        if segment:
            read_segment(segment, byline)
    return byline


def read_segment(segment: str, byline: Byline, role: str | None = None) -> None:
    """Add what one segment of a byline says: a person, a role, an outlet or nothing."""
    prefix = PREFIX.match(segment)
    if prefix:
        role = role or ROLE_OF_PREFIX.get(prefix_role(prefix.group("role")))
        segment = segment[prefix.end() :].strip()
    outlet = agency(segment)
    if outlet:
        credit(byline, outlet)
        return
    if "/" in segment:  # "AFP/Reuters" (a name with a slash, "RFE/RL", is matched above)
        for part in segment.split("/"):
            read_segment(part.strip(), byline, role)
        return
    if sentence_about(segment, byline):
        return
    if split_agency(segment, byline, role):
        return
    if is_role(segment):
        if byline.authors and byline.authors[-1].role is None:
            byline.authors[-1].role = segment
        return
    read_name(segment, byline, role)


def read_name(segment: str, byline: Byline, role: str | None) -> None:
    """A person's name, an outlet named after an author, a desk's credit, or nothing."""
    name = person_name(segment)
    if name:
        byline.authors.append(Author(name=name, role=role))
    elif segment.startswith("The ") and byline.authors and all(
        NAME_TOKEN.match(t) for t in segment.split()
    ):
        credit(byline, segment)  # "Lee Anderson | The Daily Planet": the outlet's name
    else:
        group_credit(segment, byline)


def prefix_role(words_before_by: str | None) -> str:
    """``with additional reporting`` → ``reporting``: the last word before *by*."""
    return (words_before_by or "").split()[-1].lower() if words_before_by else ""


def agency(segment: str) -> str | None:
    return agencies().get(segment.casefold().removeprefix("the ").strip()) or agencies().get(
        segment.casefold()
    )


def credit(byline: Byline, outlet: str) -> None:
    """An outlet credited after people is theirs; every credit is listed once."""
    for author in reversed(byline.authors):
        if author.outlet is not None:
            break
        author.outlet = outlet
    if outlet not in byline.credits:
        byline.credits.append(outlet)


def sentence_about(segment: str, byline: Byline) -> bool:
    """``Phil Helsel is a reporter for NBC News`` (an author's note) → person, role, outlet."""
    match = IS_A.match(segment)
    if not match:
        return False
    name = person_name(match.group("name"))
    if not name:
        return False
    outlet_name = match.group("outlet")
    outlet = (agency(outlet_name) or outlet_name.strip()) if outlet_name else None
    byline.authors.append(Author(name=name, role=match.group("role").strip(), outlet=outlet))
    if outlet and outlet not in byline.credits:
        byline.credits.append(outlet)
    return True


def split_agency(segment: str, byline: Byline, role: str | None) -> bool:
    """An outlet glued to a name or a role: ``AP National Security Writer``, ``PETE O'HARA
    Associated Press``, ``CNN's Jake Tapper``."""
    tokens = segment.split()
    possessive = POSSESSIVE.match(segment)
    if possessive and agency(possessive.group("outlet")):
        rest = possessive.group("rest")
        before = len(byline.authors)
        read_segment(rest, byline, role)
        for author in byline.authors[before:]:
            author.outlet = agency(possessive.group("outlet"))
        credit(byline, agency(possessive.group("outlet")) or "")
        return True
    for size in range(min(4, len(tokens) - 1), 0, -1):
        head, tail = " ".join(tokens[:size]), " ".join(tokens[size:])
        if agency(head):
            credit(byline, agency(head) or "")
            read_segment(tail, byline, role)
            return True
        head, tail = " ".join(tokens[:-size]), " ".join(tokens[-size:])
        if agency(tail):
            read_segment(head, byline, role)
            credit(byline, agency(tail) or "")
            return True
    return False


def is_role(segment: str) -> bool:
    return any(word in words("byline_roles.txt") for word in segment.casefold().split())


def person_name(segment: str) -> str | None:
    """The segment as a person's name (two to five name words), or None."""
    segment = HONORIFIC.sub("", IN_PLACE.sub("", segment)).strip(" .,")
    tokens = segment.split()
    if not 2 <= len(tokens) <= 5:
        return None
    if any(t.casefold().strip(".") in words("byline_not_people.txt") for t in tokens):
        return None
    letters = [c for c in segment if c.isalpha()]
    shouting = all(c.isupper() for c in letters)
    if shouting:
        tokens = [title_case(t) for t in tokens]
    if not (NAME_TOKEN.match(tokens[0]) and NAME_TOKEN.match(tokens[-1])):
        return None
    if not all(NAME_TOKEN.match(t) or t.casefold() in PARTICLES for t in tokens):
        return None
    return " ".join(t.lower() if shouting and t.casefold() in PARTICLES else t for t in tokens)


def title_case(token: str) -> str:
    """``O'HARA`` → ``O'Hara``, ``AL-MASRI`` → ``Al-Masri``."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), token)


def group_credit(segment: str, byline: Byline) -> None:
    """``Jerusalem Post Staff``, ``Gazette Reports``: an outlet's desk credits the outlet."""
    tokens = segment.split()
    desks = words("byline_desks.txt")
    while tokens and tokens[-1].casefold() in desks:
        tokens.pop()
    if len(tokens) == len(segment.split()) or not tokens:
        return
    rest = " ".join(tokens)
    outlet = agency(rest)
    if outlet is None and all(NAME_TOKEN.match(t) or t.isupper() for t in tokens):
        outlet = " ".join(title_case(t) if t.isupper() and len(t) > 3 else t for t in tokens)
    if outlet and not set(outlet.casefold().split()) & words("byline_not_people.txt"):
        credit(byline, outlet)
