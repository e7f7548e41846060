"""The headline's own count of the dead and hurt: "2 dead, 3 injured in ...".

Headlines count casualties in a few fixed shapes — a number and a participle ("4 shot, 1
dead", "Five injured"), a verb and its number ("Gunman kills 1, wounds 3") — and an analyst
reads them first. The count of everyone hit ("6 shot") is the dead and the hurt together,
so the hurt are the shot less the dead, unless the count is of "others" or is listed after
the dead ("1 dead, 3 shot"). The shapes are
read from the headline's words (``lexicons/en/incidents/headline.toml``); a count of one
person ("Man killed") is left to the text, which says the same at more length. One person
hit without a count ("Boy shot in leg", "shooting of 12-year-old boy", "toe grazed by
bullet") is one hurt at least, where nothing tells a death.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache

from newscoder.figures.categories import person_nouns
from newscoder.figures.numbers import parse_number
from newscoder.lexicon import read_lexicon

WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’,-]*|[;:]")
MAX_BETWEEN = 3  # people words between a count and its participle: "3 young men shot"
MAX_COUNT = 1000  # a larger number in a headline is no toll of one shooting
DECADE = re.compile(r"\d0s|teens|(?:twen|thir|for|fif|six|seven|eigh|nine)ties")


@dataclass(frozen=True)
class HeadlineWords:
    killed_after: frozenset[str]
    injured_after: frozenset[str]
    shot_after: frozenset[str]
    killed_verbs: frozenset[str]
    injured_verbs: frozenset[str]
    shot_verbs: frozenset[str]
    people: frozenset[str]
    others: frozenset[str]
    death_words: frozenset[str]
    hurt_words: frozenset[str]
    death_counts: dict[str, int]
    multiples: dict[str, int]
    several: frozenset[str]
    severity: frozenset[str]
    singles: dict[str, int]
    possessives: frozenset[str]
    breaks: frozenset[str]
    of_nouns: frozenset[str]
    counted_nouns: frozenset[str]
    quantifiers: frozenset[str]
    # a title that tells one person hit without a count: the kinds of its words
    title_hits: dict[str, frozenset[str]]


@dataclass
class HeadlineToll:
    """What a headline counts: the dead, the hurt, everyone hit; None where it says none."""

    killed: int | None = None
    injured: int | None = None
    shot: int | None = None
    shot_others: bool = False
    least_killed: int | None = None  # a death told without a count: "fatal shooting" (1)
    least_hurt: int | None = None  # someone hit, no count and no death: "Boy shot in leg" (1)
    several: bool = False  # the counts are of several occurrences: "in separate shootings"
    severe: bool = False  # the hurt counted by severity, a part of them: "2 critically hurt"

    def hurt(self, killed: int | None = None) -> int | None:
        """The hurt: said, else everyone hit less the dead ("4 shot, 1 dead": 3); ``killed``
        is the dead where the headline does not count them. A count of the worst hurt
        beside a count of everyone hit is a part of those ("4 shot, one critically": 4)."""
        if self.injured is not None and not (self.severe and self.shot is not None):
            return self.injured
        if self.shot is None:
            return None
        if self.shot_others:
            return self.shot
        left = self.shot - (self.killed if self.killed is not None else killed or 0)
        if self.injured is not None:
            return max(left, self.injured)
        return left if left >= 0 else None


@lru_cache(maxsize=1)
def words() -> HeadlineWords:
    raw = tomllib.loads(read_lexicon("incidents", "headline.toml"))
    hits = {kind: frozenset(listed) for kind, listed in raw.pop("title_hits").items()}
    fields = {k: v if isinstance(v, dict) else frozenset(v) for k, v in raw.items()}
    return HeadlineWords(**fields, title_hits=hits)


def headline_toll(text: str) -> HeadlineToll:
    """The counts a headline gives ("One dead, six injured in Dallas club shooting")."""
    raw = [m.group() for m in WORD.finditer(text)]
    reader = _Reader(raw, [t.rstrip(",").lower() for t in raw])
    reader.read()
    _uncounted(reader.toll, reader.tokens)
    reader.toll.several = any(t in words().several for t in reader.tokens)
    return reader.toll


@dataclass
class _Reader:
    """Reads a headline's words left to right. A count waits for its participle with the
    noun phrase it governs ("3 Kettering residents injured"); a list of victim groups before
    one participle sums ("Girl, two uncles shot": 3); a count right after a participle that
    closed one starts a new count ("2 killed 5 wounded")."""

    raw: list[str]
    tokens: list[str]
    toll: HeadlineToll = field(default_factory=HeadlineToll)
    pending: list[int] = field(default_factory=list)  # counts waiting: "2 men, 3 women shot"
    named: int = 0  # the pending members said without a number: "Man, woman shot"
    subset: bool = False  # after "including" the counts are part of one already given
    dead_listed: bool = False  # "1 dead, 3 shot": a count of those hit after the dead is of others
    member_open: bool = False  # a list member is being read: its noun adds no member
    free: int = 0  # words since the last count outside the people words
    closed: int = -2  # where a participle last took the pending counts

    def read(self) -> None:
        i = 0
        while i < len(self.tokens):
            i = _decade_end(self.tokens, i)  # "in their 20s": an age of the people counted
            if i < len(self.tokens):
                self.step(i)
                if self.raw[i].endswith(","):
                    self.end_member(i)
            i += 1

    def end_member(self, i: int) -> None:
        """A comma ends a list member; a member counting things other than people ("17
        scenes, 7 dead") is no victim group and ends the list."""
        lex = words()
        token = self.tokens[i]
        if self.free and token not in lex.people and token not in lex.singles:
            self.reset()
        self.member_open = False

    def step(self, i: int) -> None:
        tokens = self.tokens
        value = _count(tokens[i])
        after_of = tokens[i - 1 : i] == ["of"]
        if value is not None and after_of:
            self.of_count(i, value)
        elif value is not None and not _age(self.raw, tokens, i):
            self.counted(i, value)
        elif value is None:
            self.word(i)

    def of_count(self, i: int, value: int) -> None:
        """ "shooting of five": the count of those hit; "father of 4" is no toll."""
        if i >= 2 and self.tokens[i - 2] in words().of_nouns and not _age(self.raw, self.tokens, i):
            _record(self.toll, "shot", value, self.tokens, i)
        self.reset()

    def counted(self, i: int, value: int) -> None:
        # "kills 2" takes the count as its object; "boy killed, 6 others shot" and
        # "2 killed 5 wounded" do not
        before = self.tokens[i - 1] if i and not self.raw[i - 1].endswith(",") else ""
        category = _verb_category(before) if self.closed != i - 1 else None
        if category is not None:
            _record(self.toll, category, value, self.tokens, i)
        elif self.tokens[i] in words().quantifiers and self.pending:
            # "Officer and suspect both shot": the number counts the list before it
            self.pending, self.named = [value], 0
        elif not self.subset:
            self.pending.append(value)
            self.member_open, self.free = True, 0

    def word(self, i: int) -> None:
        token = self.tokens[i]
        category = _participle(self.tokens, i)
        if category is not None:
            self.participle(i, category)
        elif token in words().singles and not self.member_open and not self.subset:
            self.pending.append(words().singles[token])
            self.named += 1
            self.member_open, self.free = True, 0
        elif token == "including":
            self.subset = True
        elif token in ("and", "&"):
            self.member_open = False
        elif not self.governed(token):
            self.reset()

    def participle(self, i: int, category: str) -> None:
        # one person named alone ("Man shot") is left to the text, which says more
        listed = self.named < len(self.pending) or self.named > 1
        # a count of shootings or victims is of the noun itself: "2 accidental shootings"
        # counts occurrences, not people hit
        noun = self.tokens[i] in words().counted_nouns and self.free > 0
        if self.pending and listed and not noun:
            _record(self.toll, category, sum(self.pending), self.tokens, i)
            self.toll.shot_others = self.toll.shot_others or (
                category == "shot" and self.dead_listed)
            self.closed = i
        self.dead_listed = self.dead_listed or (category == "killed" and self.raw[i].endswith(","))
        self.reset()

    def governed(self, token: str) -> bool:
        """Whether the word may belong to the noun phrase of a pending count: a people word,
        or a few other words that are no preposition nor participle ("3 Kettering residents")."""
        lex = words()
        if token in lex.people or token in lex.possessives:
            return True
        if token in lex.breaks or token.endswith("ed") or not self.pending:
            return False
        self.free += 1
        return self.free <= MAX_BETWEEN

    def reset(self) -> None:
        self.pending, self.named, self.subset, self.member_open = [], 0, False, False


def _decade_end(tokens: list[str], i: int) -> int:
    """Past "in their 20s", "in his late teens": an age told as a decade of life."""
    if tokens[i] != "in" or tokens[i + 1 : i + 2] not in (["their"], ["his"], ["her"]):
        return i
    for j in (i + 2, i + 3):
        if j < len(tokens) and DECADE.fullmatch(tokens[j]):
            return j + 1
    return i


def _uncounted(toll: HeadlineToll, tokens: list[str]) -> None:
    """Deaths and hits a headline tells without a number: "Man killed", "fatal shooting",
    "murder-suicide" (two), "triple shooting" (three hit), "double homicide" (two dead); and
    one hurt where it tells someone hit and nothing else ("Boy shot in leg")."""
    lex = words()
    for i, token in enumerate(tokens):
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if token in lex.multiples and after in lex.shot_verbs and toll.shot is None:
            toll.shot = lex.multiples[token]
        elif token in lex.multiples and after in lex.death_words | set(lex.death_counts):
            toll.least_killed = max(toll.least_killed or 0, lex.multiples[token])
        elif token in lex.death_counts:
            toll.least_killed = max(toll.least_killed or 0, lex.death_counts[token])
        elif token in lex.death_words:
            toll.least_killed = max(toll.least_killed or 0, 1)
    told = (toll.killed, toll.least_killed, toll.hurt())
    if all(count is None for count in told) and (
        any(t in lex.hurt_words for t in tokens) or one_hit(tokens)
    ):
        toll.least_hurt = 1


AGED = re.compile(r"\d+-(?:year|month|week|day)s?-olds?(?:'s|’s)?$")


def _person(token: str) -> bool:
    """A word that names one person or a group of people in a headline: "boy", "teen's",
    "12-year-old", "himself"; not the dead ("shooting deaths")."""
    stem, lex = re.sub(r"(?:'s|’s)$", "", token), words()
    if stem in lex.death_words or stem in lex.killed_after:
        return False
    nouns = person_nouns()
    return (stem in lex.singles or stem in nouns or stem.rstrip("s") in nouns
            or stem in words().title_hits["selves"] or AGED.match(token) is not None)


def one_hit(tokens: list[str]) -> bool:
    """Whether a headline's lower-cased words tell someone hit without a count (issue 18):
    a shooting of a person ("shooting of 12-year-old boy") or a person's ("Teen's
    shooting"), a person shot as an object ("after shooting girl in chest", "Shooting
    Himself"), a projectile striking ("toe grazed by bullet"), or a state only the hurt are
    in ("Boy stable after shooting"). A "shooting victim identified" is as often one who
    died, and is left out."""
    hits = words().title_hits
    for i, token in enumerate(tokens):
        after = tokens[i + 1 : i + 2]
        if token in hits["shootings"] and after == ["of"]:
            return any(_person(t) for t in tokens[i + 2 : i + 6])
        if token in hits["shootings"] and after and _person(after[0]):
            return True
        if token in hits["shootings"] and i and tokens[i - 1].endswith(("'s", "’s")):
            return _person(tokens[i - 1])
        if token in hits["hit_verbs"] and any(t in hits["projectiles"] for t in tokens):
            return True
        if token in hits["conditions"]:
            return True
    return False


def _age(raw: list[str], tokens: list[str], i: int) -> bool:
    """A number set off by commas after a noun ("Boy, 14, shot"; "girls, 7 and 5, shot"),
    said "at 25" or "ages 5 and 6", or a count of times, is no count of people."""
    if i and raw[i - 1].endswith(",") and _ends_apposition(raw, tokens, i):
        return True
    if i >= 2 and tokens[i - 1] == "and" and _count(tokens[i - 2]) is not None:
        return _age(raw, tokens, i - 2)  # the second of "7 and 5," is an age as the first
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    # "at 25", "ages 5 and 6", "aged 17"
    return (i > 0 and tokens[i - 1] in ("at", "age", "ages", "aged")) or after in (
        "times", "years", "year", "year-old", "years-old", "month-old", "months-old"
    )


def _ends_apposition(raw: list[str], tokens: list[str], i: int) -> bool:
    """The numbers from ``i`` close with a comma: "Boy, 14, shot", "two girls, 7 and 5, shot"."""
    while i < len(raw) and (_count(tokens[i]) is not None or tokens[i] == "and"):
        if raw[i].endswith(","):
            return True
        i += 1
    return False


def _participle(tokens: list[str], i: int) -> str | None:
    """The category a participle gives the counts before it; "shot dead" is of the dead."""
    lex = words()
    token = tokens[i]
    if token in lex.shot_after and i + 1 < len(tokens) and tokens[i + 1] in lex.killed_after:
        return "killed"
    if token in lex.shot_after and tokens[i + 1 : i + 3] == ["to", "death"]:
        return "killed"  # "shot to death"
    for category, after in (("killed", lex.killed_after), ("injured", lex.injured_after),
                            ("shot", lex.shot_after)):
        if token in after:
            return category
    return None


def _count(token: str) -> int | None:
    if token.isdigit() and len(token) > 3:
        return None  # a year, a street number
    value = parse_number(token) if token.isalnum() else None
    if value is None or value != int(value) or not 0 < value <= MAX_COUNT:
        return None
    return int(value)


def _verb_category(word: str) -> str | None:
    lex = words()
    for category, verbs in (("killed", lex.killed_verbs), ("injured", lex.injured_verbs),
                            ("shot", lex.shot_verbs)):
        if word in verbs:
            return category
    return None


def _record(toll: HeadlineToll, category: str, value: int, tokens: list[str], i: int) -> None:
    """The first count of each category stands: a headline gives the toll first. ``i`` is
    where the count's word ends."""
    if category == "killed" and toll.killed is None:
        toll.killed = value
    elif category == "injured" and toll.injured is None:
        toll.injured = value
        toll.severe = tokens[i] in words().severity
    elif category == "shot" and toll.shot is None:
        toll.shot = value
        toll.shot_others = any(t in words().others for t in tokens[max(0, i - 2) : i + 3])
