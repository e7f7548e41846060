"""The figures stage's lexicon (``lexicons/en/figures/figures.toml``), loaded once."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from newscoder.lexicon import read_lexicon


@dataclass(frozen=True)
class FigureLexicon:
    units: dict[str, float]
    scales: dict[str, float]
    vague: dict[str, tuple[float, float]]
    qualifiers: dict[str, tuple[str, ...]]  # phrase (lower case, words) → qualifier
    range_joiners: frozenset[str]
    predicates: dict[str, str]
    nouns: dict[str, str]
    nominal_predicates: dict[str, str]
    quantity_nouns: frozenset[str]
    life_predicates: frozenset[str]
    bare_toll_verbs: frozenset[str]
    toll_nouns: frozenset[str]
    toll_modifiers: dict[str, str]
    update_verbs: frozenset[str]
    refugee_cues: frozenset[str]
    aid_cues: frozenset[str]
    combatants: frozenset[str]
    fatal_only: frozenset[str]
    crossing_words: frozenset[str]
    aim_preps: frozenset[str]
    weapon_nouns: frozenset[str]
    suicide_verbs: frozenset[str]
    own_life_verbs: frozenset[str]
    pair_nouns: frozenset[str]
    release_verbs: frozenset[str]
    who: dict[str, frozenset[str]]
    person_suffixes: tuple[str, ...]
    exclude_after: frozenset[str]
    exclude_before: frozenset[str]
    years: tuple[int, int]
    entity_types: frozenset[str]
    currencies: frozenset[str]
    age_of: frozenset[str]
    attribution_verbs: frozenset[str]
    background_cues: tuple[tuple[str, ...], ...]
    background_topics: frozenset[str]
    war_killers: frozenset[str]
    tally_spans: tuple[tuple[str, ...], ...]
    tally_edges: frozenset[str]
    tally_units: frozenset[str]
    separate_words: frozenset[str]
    event_nouns: frozenset[str]
    event_series: frozenset[str]
    deadly_words: re.Pattern[str]
    subset_cues: tuple[tuple[str, ...], ...]
    superset_cues: tuple[tuple[str, ...], ...]
    superset_links: tuple[tuple[str, ...], ...]
    superset_link_categories: frozenset[str]
    care_verbs: frozenset[str]
    care_places: frozenset[str]
    care_preps: frozenset[str]
    discharge_verbs: frozenset[str]
    patient_conditions: frozenset[str]
    stay_verbs: frozenset[str]
    wound_nouns: frozenset[str]
    death_words: frozenset[str]
    bullet_verbs: frozenset[str]
    bullet_nouns: frozenset[str]
    survival_verbs: frozenset[str]
    unhurt_words: frozenset[str]
    survived_harms: frozenset[str]
    fractions: dict[str, float]
    combine_cues: tuple[tuple[str, ...], ...]
    tolerance: float
    distinct: frozenset[str]
    doer_contrast: frozenset[str]
    harm_verbs: frozenset[str]


def _phrases(items: list[str]) -> tuple[tuple[str, ...], ...]:
    """Phrases as word tuples, longest first so the longest match wins."""
    return tuple(sorted((tuple(p.lower().split()) for p in items), key=len, reverse=True))


def _word_pattern(words: list[str]) -> re.Pattern[str]:
    """Any of the words or phrases, whole, in any case (an empty list is an error)."""
    if not words:
        raise ValueError("figures lexicon: an empty word list makes a pattern match anything")
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


def _load(raw: dict[str, Any]) -> FigureLexicon:
    num, qual, cat = raw["numbers"], raw["qualifiers"], raw["categories"]
    exc, checks = raw["exclusions"], raw["checks"]
    qualifiers = {
        phrase: name for name in ("at_least", "at_most", "about") for phrase in _phrases(qual[name])
    }
    return FigureLexicon(
        units={k: float(v) for k, v in num["units"].items()},
        scales={k: float(v) for k, v in num["scales"].items()},
        vague={k: (float(v[0]), float(v[1])) for k, v in num["vague"].items()},
        qualifiers=qualifiers,  # type: ignore[arg-type]
        range_joiners=frozenset(qual["range_joiners"]),
        predicates=dict(cat["predicates"]),
        nouns=dict(cat["nouns"]),
        nominal_predicates=dict(cat["nominal_predicates"]),
        quantity_nouns=frozenset(cat["quantity_nouns"]),
        life_predicates=frozenset(cat["life_predicates"]),
        bare_toll_verbs=frozenset(cat["bare_toll_verbs"]),
        toll_nouns=frozenset(cat["toll_nouns"]),
        toll_modifiers=dict(cat["toll_modifiers"]),
        update_verbs=frozenset(cat["update_verbs"]),
        refugee_cues=frozenset(cat["refugee_cues"]),
        aid_cues=frozenset(cat["aid_cues"]),
        combatants=frozenset(cat["combatants"]),
        fatal_only=frozenset(cat["fatal_only"]),
        crossing_words=frozenset(cat["crossing_words"]),
        aim_preps=frozenset(cat["aim_preps"]),
        weapon_nouns=frozenset(cat["weapon_nouns"]),
        suicide_verbs=frozenset(cat["suicide_verbs"]),
        own_life_verbs=frozenset(cat["own_life_verbs"]),
        pair_nouns=frozenset(cat["pair_nouns"]),
        release_verbs=frozenset(cat["release_verbs"]),
        who={
            k: frozenset(v)
            for k, v in raw["who"].items()
            if isinstance(v, list) and k != "person_suffixes"
        },
        person_suffixes=tuple(raw["who"]["person_suffixes"]),
        exclude_after=frozenset(exc["after"]),
        exclude_before=frozenset(exc["before"]),
        years=(int(exc["years"][0]), int(exc["years"][1])),
        entity_types=frozenset(exc["entity_types"]),
        currencies=frozenset(exc["currencies"]),
        age_of=frozenset(exc["age_of"]),
        attribution_verbs=frozenset(raw["attribution"]["verbs"]),
        background_cues=_phrases(raw["headline"]["background_cues"]),
        background_topics=frozenset(raw["headline"]["background_topics"]),
        war_killers=frozenset(raw["headline"]["war_killers"]),
        tally_spans=_phrases(raw["headline"]["tally_spans"]),
        tally_edges=frozenset(raw["headline"]["tally_edges"]),
        tally_units=frozenset(raw["headline"]["tally_units"]),
        separate_words=frozenset(raw["headline"]["separate_words"]),
        event_nouns=frozenset(raw["headline"]["event_nouns"]),
        event_series=frozenset(raw["headline"]["event_series"]),
        deadly_words=_word_pattern(raw["headline"]["deadly_words"]),
        subset_cues=_phrases(raw["nesting"]["subset_cues"]),
        superset_cues=_phrases(raw["nesting"]["superset_cues"]),
        superset_links=_phrases(raw["nesting"]["superset_links"]),
        superset_link_categories=frozenset(raw["nesting"]["superset_link_categories"]),
        **{key: frozenset(words) for key, words in raw["care"].items()},
        fractions={k: float(v) for k, v in checks["fractions"].items()},
        combine_cues=_phrases(checks["combine_cues"]),
        tolerance=float(checks["tolerance"]),
        **{key: frozenset(words) for key, words in raw["persons"].items()},
    )


@lru_cache(maxsize=1)
def lexicon() -> FigureLexicon:
    return _load(tomllib.loads(read_lexicon("figures", "figures.toml")))
