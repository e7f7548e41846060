"""Landmark buildings that stand for the body seated in them ("the White House said").

They are metonyms with their city's point (``lexicons/en/places/landmarks.tsv``), never a
namesake town: "White House" is no hamlet in Tennessee, "Kremlin" no village elsewhere.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from newscoder.lexicon import read_lexicon
from newscoder.places import gazetteer
from newscoder.places.gazetteer import Candidate


@lru_cache(maxsize=1)
def landmarks() -> dict[str, tuple[str, str]]:
    """Landmark name -> (city, where the city is: a country or admin1 code)."""
    rows = [
        line.split("\t") for line in read_lexicon("places", "landmarks.tsv").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    return {row[0]: (row[1], row[2]) for row in rows if len(row) == 3}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    names = sorted(landmarks(), key=len, reverse=True)
    if not names:
        raise ValueError("landmarks.tsv lists no landmarks")
    alternation = "|".join(re.escape(name) for name in names)
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


@lru_cache(maxsize=256)
def city_of(name: str) -> Candidate | None:
    """The city a landmark stands in: the most populous town of that name in its place."""
    city, where = landmarks()[name]
    towns = [
        c for c in gazetteer.lookup(city)
        if c.fclass == "P" and where in (c.cc, c.admin1)
    ]
    return max(towns, key=lambda c: c.population, default=None)


def find(doc_text: str) -> list[tuple[int, int, str]]:
    """Where the text names a landmark: (start, end, name)."""
    return [(m.start(), m.end(), m.group(0)) for m in _pattern().finditer(doc_text)]


def is_building(span: Span) -> bool:
    """Whether the span is a landmark's name as written."""
    return span.text in landmarks()
