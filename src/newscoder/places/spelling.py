"""Weak readings of names are trusted only in a country the document already talks about.

Variant spellings of places, and the letter codes of regions ("NSW", but also "NTL", which
is Northland in New Zealand and a cable company in a British story).

A name the gazetteer does not know exactly may be a transliteration variant of one it knows
("Tuz Khurmatu" for Tuz Khurmato, "Salaheddin" for Salah ad Din). A close spelling of a town
is also very often just another town's name: "Greenlane" (an Auckland suburb) is no misspelt
Greenlawn, New York, nor "Headington" (Oxford) a Haddington; "Mangala" (an Indian oilfield)
no Mongala province of Congo. Transliteration variants are written of places in the
countries a story is about, so a town or region reached only through a variant spelling is
kept when its country is named in the document (or one of its regions); countries
themselves are misspelt widely enough ("Mauritious") to be kept anywhere, and in a document
naming no other place nothing says a variant lies elsewhere.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from newscoder.places.gazetteer import CODE, SPELLING, Candidate

if TYPE_CHECKING:
    from newscoder.places.detect import Toponym

LOGGER = logging.getLogger(__name__)

# Feature codes a variant spelling may reach wherever the document is.
ANYWHERE = frozenset({"PCLI"})
# Feature codes of the names that say which countries a document talks about.
NAMING = frozenset({"PCLI", "ADM1"})


def story_countries(toponyms: list[Toponym]) -> set[str]:
    """The countries the document names, by themselves, their peoples or their regions,
    through names as written (not through a variant spelling)."""
    return {
        c.cc or "" for t in toponyms for c in t.candidates
        if c.kind != SPELLING and (c.fcode in NAMING or t.demonym)
    }


def leading_countries(toponyms: list[Toponym]) -> set[str]:
    """The countries the names' most populous entries, as written, lie in."""
    countries: set[str] = set()
    for toponym in toponyms:
        written = [c for c in toponym.candidates if c.kind != SPELLING]
        if written:
            countries.add(max(written, key=lambda c: c.population).cc or "")
    return countries


def plausible(candidate: Candidate, countries: set[str] | None) -> bool:
    """Reached as written, a country, or in the story's countries (``None``: the document
    names no other place, so nothing says the variant lies elsewhere)."""
    if candidate.kind != SPELLING or candidate.fcode in ANYWHERE or countries is None:
        return True
    return candidate.cc in countries


def keep_plausible_spellings(toponyms: list[Toponym]) -> list[Toponym]:
    """Drop the variant-spelling candidates outside the story's countries; a toponym left
    with none is no place the gazetteer knows (logged)."""
    kept: list[Toponym] = []
    for toponym in toponyms:
        others = [t for t in toponyms if t.key != toponym.key and t.candidates]
        countries = story_countries(others) if others else None
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


def keep_codes_in_story(toponyms: list[Toponym]) -> list[Toponym]:
    """Drop a region's letter code when the document's other places all lie in other
    countries (with no other place, nothing says it is elsewhere)."""
    kept: list[Toponym] = []
    for toponym in toponyms:
        others = [t for t in toponyms if t.key != toponym.key and t.candidates]
        if _region_code(toponym) and others:
            countries = story_countries(others) | leading_countries(others)
            if not any(c.cc in countries for c in toponym.candidates):
                LOGGER.debug("dropped %r: a region's code in a story elsewhere", toponym.text)
                continue
        kept.append(toponym)
    return kept
