"""The incidents stage's word lists (``lexicons/en/incidents/incidents.toml``), loaded once."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache

from newscoder.lexicon import read_lexicon


@dataclass(frozen=True)
class IncidentLexicon:
    verb_kinds: dict[str, str]  # lemma -> kind
    noun_kinds: dict[str, str]
    families: dict[str, str]  # kind -> family of kinds that can tell one occurrence
    acled_kinds: frozenset[str]
    other_occurrence: frozenset[str]
    victims: frozenset[str]  # people a word of another occurrence may be said of
    not_asserted: frozenset[str]
    denials: frozenset[str]
    claim_verbs: frozenset[str]
    claim_objects: frozenset[str]
    reporters: frozenset[str]
    reporting_verbs: frozenset[str]
    vague_counts: dict[str, int]
    idioms: dict[str, frozenset[str]]  # noun -> heads after which it is no occurrence
    follow_up: frozenset[str] = frozenset()  # verbs whose dates are not the occurrence's
    claim_speech: frozenset[str] = frozenset()  # "X said it carried out the attack"
    claim_acts: frozenset[str] = frozenset()
    claim_behind: frozenset[str] = frozenset()  # "X said it was behind the attack"
    claim_selves: frozenset[str] = frozenset()
    tolls_after: frozenset[str] = frozenset()  # families a toll told after them belongs to
    tally_since: tuple[str, ...] = ()  # "since January", "so far this year": up to now
    tally_recent: frozenset[str] = frozenset()  # "the past year", "recent weeks"
    trend_verbs: frozenset[str] = frozenset()  # "shootings have risen"
    trend_nouns: frozenset[str] = frozenset()  # "a surge in attacks"
    arson: dict[str, frozenset[str]] = field(default_factory=dict)  # "set fire": violence
    part_of_preps: frozenset[str] = frozenset()  # "a fire broke out during the raid"
    part_of_families: frozenset[str] = frozenset()
    gunfire_verbs: frozenset[str] = frozenset()  # "shots rang out Friday": the harm's day
    gunfire_objects: frozenset[str] = frozenset()  # "opened fire Sunday": the harm's day
    apart_openers: tuple[str, ...] = ()  # "Meanwhile, ...": the sentence tells another one
    sequence_verbs: frozenset[str] = frozenset()  # "the shooting comes after ...": another
    sequence_links: frozenset[str] = frozenset()
    sequence_subjects: frozenset[str] = frozenset()  # "the incident", "the death"


@lru_cache(maxsize=1)
def lexicon() -> IncidentLexicon:
    raw = tomllib.loads(read_lexicon("incidents", "incidents.toml"))
    verbs = {lemma: kind for kind, words in raw["kinds"].items() for lemma in words["verbs"]}
    nouns = {lemma: kind for kind, words in raw["kinds"].items() for lemma in words["nouns"]}
    return IncidentLexicon(
        verb_kinds=verbs,
        noun_kinds=nouns,
        families=dict(raw["families"]),
        acled_kinds=frozenset(raw["acled_kinds"]["kinds"]),
        other_occurrence=frozenset(raw["other_occurrence"]["words"]),
        victims=frozenset(raw["other_occurrence"]["victims"]),
        not_asserted=frozenset(raw["not_asserted"]["verbs"]),
        denials=frozenset(raw["not_asserted"]["denials"]),
        claim_verbs=frozenset(raw["claims"]["verbs"]),
        claim_objects=frozenset(raw["claims"]["objects"]),
        reporters=frozenset(raw["reporters"]["nouns"]),
        reporting_verbs=frozenset(raw["reporters"]["verbs"]),
        vague_counts={k: int(v) for k, v in raw["vague_counts"].items()},
        idioms={noun: frozenset(heads) for noun, heads in raw["idioms"].items()},
        follow_up=frozenset(raw.get("follow_up", {}).get("verbs", [])),
        claim_speech=frozenset(raw["claims"]["speech_verbs"]),
        claim_acts=frozenset(raw["claims"]["acts"]),
        claim_behind=frozenset(raw["claims"]["behind"]),
        claim_selves=frozenset(raw["claims"]["selves"]),
        tolls_after=frozenset(raw["tolls_after"]["families"]),
        tally_since=tuple(raw["tallies"]["since"]),
        tally_recent=frozenset(raw["tallies"]["recent"]),
        trend_verbs=frozenset(raw["tallies"]["trend_verbs"]),
        trend_nouns=frozenset(raw["tallies"]["trend_nouns"]),
        arson={noun: frozenset(heads) for noun, heads in raw["arson"].items()},
        part_of_preps=frozenset(raw["part_of"]["prepositions"]),
        part_of_families=frozenset(raw["part_of"]["families"]),
        gunfire_verbs=frozenset(raw["gunfire"]["verbs"]),
        gunfire_objects=frozenset(raw["gunfire"]["objects"]),
        apart_openers=tuple(raw["other_occurrence"]["apart_openers"]),
        sequence_verbs=frozenset(raw["other_occurrence"]["sequence_verbs"]),
        sequence_links=frozenset(raw["other_occurrence"]["sequence_links"]),
        sequence_subjects=frozenset(raw["other_occurrence"]["sequence_subjects"]),
    )
