"""Weak readings of names are trusted only in a country the document already talks about.

Variant spellings of towns, and the letter codes of regions ("NSW", but also "NTL", which
is Northland in New Zealand and a cable company in a British story).

A name the gazetteer does not know exactly may be a transliteration variant of one it knows
("Tuz Khurmatu" for Tuz Khurmato, "Salaheddin" for Salah ad Din). A close spelling of a town
is also very often just another town's name: "Greenlane" (an Auckland suburb) is no misspelt
Greenlawn, New York, nor "Headington" (Oxford) a Haddington. Transliteration variants are
written of places in the countries a story is about, so a town reached only through a variant
spelling is kept when its country is named in the document, or is the country of a region the
document names; countries and first-level regions themselves are misspelt widely enough
("Mauritious") to be kept anywhere.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from newscoder.places.gazetteer import CODE, SPELLING, Candidate

if TYPE_CHECKING:
    from newscoder.places.detect import Toponym

LOGGER = logging.getLogger(__name__)

# Feature codes a variant spelling may reach wherever the document is.
ANYWHERE = frozenset({"PCLI", "ADM1"})
# Feature codes of the names that say which countries a document talks about.
NAMING = frozenset({"PCLI", "ADM1"})


def story_countries(toponyms: list[Toponym]) -> set[str]:
    """The countries the document names, by itself or by one of their regions, through a
    name as written (not through a variant spelling)."""
    return {
        c.cc for t in toponyms for c in t.candidates
        if c.cc and c.fcode in NAMING and c.kind != SPELLING and not t.demonym
    } | {c.cc for t in toponyms if t.demonym for c in t.candidates if c.cc}


def plausible(candidate: Candidate, countries: set[str]) -> bool:
    return candidate.kind != SPELLING or candidate.fcode in ANYWHERE or candidate.cc in countries


def keep_plausible_spellings(toponyms: list[Toponym]) -> list[Toponym]:
    """Drop the variant-spelling candidates outside the story's countries; a toponym left
    with none is no place the gazetteer knows (logged)."""
    countries = story_countries(toponyms)
    kept: list[Toponym] = []
    for toponym in toponyms:
        candidates = tuple(c for c in toponym.candidates if plausible(c, countries))
        if toponym.candidates and not candidates:
            LOGGER.debug("dropped %r: only a close spelling of places elsewhere", toponym.text)
            continue
        toponym.candidates = candidates
        kept.append(toponym)
    return kept


def _region_code(toponym: Toponym) -> bool:
    """A name reaching only first-level regions by their letter code ("NSW", "NTL")."""
    return bool(toponym.candidates) and all(
        c.kind == CODE and c.fcode == "ADM1" for c in toponym.candidates
    )


def _leading_countries(toponyms: list[Toponym], key: str) -> set[str]:
    """The countries the other names' most populous candidates lie in."""
    return {
        max(t.candidates, key=lambda c: c.population).cc or ""
        for t in toponyms if t.key != key and t.candidates
    }


def keep_codes_in_story(toponyms: list[Toponym]) -> list[Toponym]:
    """Drop a region's letter code when the document's other places all lie in other
    countries (with no other place, nothing says it is elsewhere)."""
    kept: list[Toponym] = []
    for toponym in toponyms:
        others = [t for t in toponyms if t.key != toponym.key and t.candidates]
        if _region_code(toponym) and others:
            countries = story_countries(others) | _leading_countries(others, toponym.key)
            if not any(c.cc in countries for c in toponym.candidates):
                LOGGER.debug("dropped %r: a region's code in a story elsewhere", toponym.text)
                continue
        kept.append(toponym)
    return kept
