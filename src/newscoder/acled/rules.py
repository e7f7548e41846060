"""The ACLED rules and cue lists (``lexicons/en/acled/rules.toml``), loaded once."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from newscoder.acled.cues import CueForms, CueIndex
from newscoder.lexicon import read_lexicon
from newscoder.model import AcledType

SIDES = ("state", "armed", "civilian")
NAME_ORDER = ("armed", "state", "civilian")  # "pro-government militia" is a militia
TARGETS = (*SIDES, "fighters")


@dataclass(frozen=True)
class Rule:
    """One line of precedence: when its conditions hold, the incident is ``acled``."""

    rank: int
    acled: AcledType
    needs: tuple[str, ...]  # cue lists that must all match
    near: int | None  # the lists' matches within this many tokens of the first list's
    unless: tuple[str, ...]
    source: str | None
    target: str | None
    cameo: tuple[str, ...]  # CAMEO code prefixes one of the events must have
    strategic: bool  # verbal and co-operative events may take it
    backfill: bool  # the cue alone reports an occurrence
    code: str | None  # CAMEO code of a backfilled event
    crime_ok: bool  # still coded where the text is about ordinary crime
    generic: bool  # types violence by who is hit, not by what was used
    why: str


@dataclass(frozen=True)
class Sides:
    state_sectors: frozenset[str]
    armed_sectors: frozenset[str]
    civilian_sectors: frozenset[str]
    names: tuple[tuple[str, re.Pattern[str]], ...]  # side → a pattern of words of actor names
    fighter_targets: tuple[str, ...]


@dataclass(frozen=True)
class AcledRules:
    rules: tuple[Rule, ...]
    cues: CueIndex
    sides: Sides
    material: frozenset[str]  # PLOVER categories ACLED may code
    strategic: frozenset[str]  # PLOVER categories coded only as strategic developments
    modalities: frozenset[str]
    incident_sentences: int
    codes: dict[str, tuple[str, float]]  # CAMEO code of a backfilled event → (PLOVER, Goldstein)
    framing: frozenset[str] = frozenset()  # lemmas whose dependants are what a statement is about
    framing_nouns: frozenset[str] = frozenset()  # the same, where the word is a noun
    time_words: frozenset[str] = frozenset()  # prepositions of time, which frame nothing
    not_coded_cameo: tuple[str, ...] = ()  # CAMEO code prefixes ACLED never codes


class RulesError(ValueError):
    """The rules file names a list, side or field that does not exist."""


def _rule(rank: int, raw: dict[str, Any], lists: dict[str, Any]) -> Rule:
    needs, unless = tuple(raw.get("all", ())), tuple(raw.get("unless", ()))
    unknown = [name for name in needs + unless if name not in lists]
    if unknown:
        raise RulesError(f"rule {rank} names unknown cue lists {unknown}; known: {sorted(lists)}")
    if raw.get("source") not in (None, *SIDES) or raw.get("target") not in (None, *TARGETS):
        raise RulesError(f"rule {rank}: source must be one of {SIDES}, target of {TARGETS}")
    if not raw.get("why"):
        raise RulesError(f"rule {rank} says no 'why'")
    if raw.get("backfill") and not raw.get("code"):
        raise RulesError(f"rule {rank} backfills events but gives no CAMEO 'code'")
    return Rule(
        rank=rank,
        acled=AcledType(raw["event_type"], raw["sub_event_type"]),
        needs=needs,
        near=raw.get("near"),
        unless=unless,
        source=raw.get("source"),
        target=raw.get("target"),
        cameo=tuple(raw.get("cameo", ())),
        strategic=bool(raw.get("strategic", False)),
        backfill=bool(raw.get("backfill", False)),
        code=raw.get("code"),
        crime_ok=bool(raw.get("crime_ok", False)),
        generic=bool(raw.get("generic", False)),
        why=raw["why"],
    )


def _words_pattern(words: list[str]) -> re.Pattern[str]:
    """Any of the words, whole, in the singular or plural."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")(?:e?s)?\b")


def _sides(raw: dict[str, Any]) -> Sides:
    return Sides(
        state_sectors=frozenset(raw["state_sectors"]),
        armed_sectors=frozenset(raw["armed_sectors"]),
        civilian_sectors=frozenset(raw["civilian_sectors"]),
        names=tuple((side, _words_pattern(raw[f"{side}_words"])) for side in NAME_ORDER),
        fighter_targets=tuple(raw["fighter_targets"]),
    )


def _forms(raw: dict[str, Any], lists: dict[str, Any]) -> CueForms:
    masked_by = raw.get("masks", {}).items()
    masks = tuple((mask, masked) for mask, targets in masked_by for masked in targets)
    not_by = {name: frozenset(sides) for name, sides in raw.get("not_by", {}).items()}
    named = [*raw.get("acts", ()), *raw.get("framed", ()), *not_by]
    named += [name for pair in masks for name in pair]
    unknown = sorted({name for name in named if name not in lists})
    if unknown:
        raise RulesError(f"[forms] names unknown cue lists {unknown}; known: {sorted(lists)}")
    if any(side not in SIDES for sides in not_by.values() for side in sides):
        raise RulesError(f"[forms.not_by] sides must be among {SIDES}")
    return CueForms(frozenset(raw.get("acts", ())), frozenset(raw.get("framed", ())), masks, not_by)


def parse_rules(text: str) -> AcledRules:
    data = tomllib.loads(text)
    lists, sides = data["words"], data["sides"]
    # the side words are cue lists too, so a text's words can say who was hit
    cue_lists = dict(lists)
    for side in SIDES:
        cue_lists[f"{side}_side"] = sides[f"{side}_words"]
    cue_lists["fighter_targets"] = sides["fighter_targets"]
    events = data["events"]
    return AcledRules(
        rules=tuple(_rule(rank, raw, cue_lists) for rank, raw in enumerate(data["rule"])),
        cues=CueIndex(cue_lists, _forms(data.get("forms", {}), cue_lists)),
        sides=_sides(sides),
        material=frozenset(events["material"]),
        strategic=frozenset(events["strategic"]),
        modalities=frozenset(events["modalities"]),
        incident_sentences=int(events["incident_sentences"]),
        codes={code: (str(row[0]), float(row[1])) for code, row in data["codes"].items()},
        framing=frozenset(data.get("forms", {}).get("framing", ())),
        framing_nouns=frozenset(data.get("forms", {}).get("framing_nouns", ())),
        time_words=frozenset(data.get("forms", {}).get("time_words", ())),
        not_coded_cameo=tuple(events.get("not_coded_cameo", ())),
    )


def side_of_words(sides: Sides, words: str) -> str | None:
    """The side a phrase's words name ("pro-government militia" is a militia), or None."""
    return next((side for side, pattern in sides.names if pattern.search(words)), None)


@lru_cache(maxsize=1)
def load_rules() -> AcledRules:
    return parse_rules(read_lexicon("acled", "rules.toml"))
