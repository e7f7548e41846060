"""The event coder's data: trigger patterns, the CAMEO codebook and the framing cues.

Three files under ``lexicons/en/events/``: ``patterns.tsv`` (lemma → CAMEO code, with
conditions on the trigger's arguments), ``codebook.tsv`` (CAMEO code → Goldstein score
and PLOVER category) and ``cues.toml`` (framing verbs, modality markers, recoding
tables). Each is read once per process.
"""

from __future__ import annotations

import csv
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from newscoder.events.verbs import VerbDictionary, load_verbs
from newscoder.lexicon import read_lexicon

# (negating verbs are not: "postponed the talks" is an act of its own in the dictionary)
TRANSPARENT_FRAMES = ("report", "aspect", "plan", "hypothetical", "attempt")


@dataclass(frozen=True, slots=True)
class Pattern:
    """One trigger row: the lemma, its part of speech (V/N), conditions and the code."""

    trigger: str
    pos: str
    conditions: tuple[tuple[str, frozenset[str]], ...]
    code: str  # "-" blocks the trigger
    plover: str | None = None
    # Set on rows of the verb dictionary (newscoder.events.verbs): the paired reverse event,
    # whether ``code`` itself runs from target to source, and where $ (source) and + (target)
    # sit in the pattern ("subj", "obj", "prep:with").
    reverse: str | None = None
    swapped: bool = False
    source_at: str | None = None
    target_at: str | None = None
    origin: str = "lexicon"

    @property
    def blocks(self) -> bool:
        return self.code == "-"


@dataclass(frozen=True, slots=True)
class CodeInfo:
    code: str
    goldstein: float
    plover: str  # "dropped" for CAMEO 01/02 roots
    mode: str
    name: str


@dataclass(slots=True)
class EventLexicon:
    patterns: dict[tuple[str, str], list[Pattern]] = field(default_factory=dict)
    codebook: dict[str, CodeInfo] = field(default_factory=dict)
    cues: dict[str, Any] = field(default_factory=dict)
    sets: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    verbs: VerbDictionary | None = None  # the CAMEO verb dictionary, where it is built
    # Derived from the above, so the coder can pass over a token whose lemma and word are
    # in none of them without looking at its parse.
    trigger_words: frozenset[str] = field(init=False)  # every pattern's trigger
    own_trigger_words: frozenset[str] = field(init=False)  # ours, without the dictionary's
    noun_triggers: frozenset[str] = field(init=False)  # the triggers of noun patterns
    frame_words: frozenset[str] = field(init=False)  # every framing word, of any kind
    # framing words whose complement is the event (reporting, aspect, plans, attempts):
    # never coded from the verb dictionary
    transparent_words: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self.own_trigger_words = frozenset(word for word, _ in self.patterns)
        dictionary = frozenset(self.verbs.verbs if self.verbs else ())
        dictionary |= frozenset(self.verbs.forms if self.verbs else ())
        self.trigger_words = self.own_trigger_words | dictionary
        self.noun_triggers = frozenset(word for word, pos in self.patterns if pos == "N")
        frames = [words for (section, _), words in self.sets.items() if section == "frames"]
        self.frame_words = frozenset().union(*frames)
        self.transparent_words = frozenset().union(
            *(self.frame(kind) for kind in TRANSPARENT_FRAMES)
        )

    def frame(self, kind: str) -> frozenset[str]:
        return self.sets.get(("frames", kind), frozenset())

    def cue(self, section: str, name: str) -> frozenset[str]:
        return self.sets.get((section, name), frozenset())

    def info(self, code: str) -> CodeInfo | None:
        """The codebook entry of ``code`` or of its nearest listed parent code."""
        for length in range(len(code), 1, -1):
            found = self.codebook.get(code[:length])
            if found:
                return found
        return None

    def plover(self, code: str, override: str | None = None) -> str | None:
        """The PLOVER category of a CAMEO code; None when PLOVER drops it (statements)."""
        if override:
            return override
        for prefix, category in self.cues.get("plover_override", {}).items():
            if code.startswith(prefix):
                return str(category)
        info = self.info(code)
        if info is None or info.plover == "dropped":
            return None
        return info.plover

    def compose(self, table: str, code: str) -> str | None:
        """Recode a complement event's code under a framing verb (``commit``, ``appeal``...).

        The longest prefix of ``code`` listed in the table wins; ``default`` otherwise.
        """
        mapping: dict[str, str] = self.cues.get("compose", {}).get(table, {})
        for length in range(len(code), 1, -1):
            if code[:length] in mapping:
                return mapping[code[:length]]
        return mapping.get("default")


def _read_text(name: str) -> str:
    return read_lexicon("events", name)


def parse_conditions(
    text: str, named: dict[str, frozenset[str]] | None = None
) -> tuple[tuple[str, frozenset[str]], ...]:
    """``key=a|b;key2=c``; a value ``@name`` stands for the word list ``name`` of the
    ``[events]`` section of cues.toml, so a long list several rows share is written once."""
    conditions = []
    for part in filter(None, (p.strip() for p in text.split(";"))):
        key, _, values = part.partition("=")
        words: set[str] = set()
        for value in filter(None, (v.strip() for v in values.split("|"))):
            words |= (named or {})[value[1:]] if value.startswith("@") else {value}
        conditions.append((key.strip(), frozenset(words)))
    return tuple(conditions)


def read_patterns(
    text: str, named: dict[str, frozenset[str]] | None = None
) -> dict[tuple[str, str], list[Pattern]]:
    patterns: dict[tuple[str, str], list[Pattern]] = {}
    rows = (line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    for row in csv.reader(rows, delimiter="\t"):
        if row[0] == "trigger":
            continue
        row += [""] * (5 - len(row))
        trigger, pos, when, code, plover = (cell.strip() for cell in row[:5])
        pattern = Pattern(trigger, pos, parse_conditions(when, named), code, plover or None)
        patterns.setdefault((trigger, pos), []).append(pattern)
    return patterns


def read_codebook(text: str) -> dict[str, CodeInfo]:
    codebook: dict[str, CodeInfo] = {}
    rows = (line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    for row in csv.DictReader(rows, delimiter="\t"):
        code = row["code"]
        if row["goldstein"]:
            goldstein = float(row["goldstein"])
        else:  # codes PLOVER added to CAMEO have no score of their own: the parent's
            parent = codebook.get(code[:-1]) or codebook.get(code[:2])
            goldstein = parent.goldstein if parent else 0.0
        codebook[code] = CodeInfo(code, goldstein, row["plover"], row["plover_mode"], row["name"])
    return codebook


@lru_cache(maxsize=1)
def load_lexicon() -> EventLexicon:
    """The event lexicon, read once per process."""
    cues = tomllib.loads(_read_text("cues.toml"))
    sets = {
        (section, name): frozenset(values)
        for section in ("frames", "modality", "events")
        for name, values in cues.get(section, {}).items()
    }
    return EventLexicon(
        patterns=read_patterns(
            _read_text("patterns.tsv"),
            {name: words for (section, name), words in sets.items() if section == "events"},
        ),
        codebook=read_codebook(_read_text("codebook.tsv")),
        cues=cues,
        sets=sets,
        verbs=load_verbs(),
    )


def statement_type() -> str | None:
    """The type the coder gives CAMEO's public statements (01), which PLOVER dropped."""
    return load_lexicon().plover("01")
