"""Finding the cue phrases of the ACLED rules in a run of tokens.

A phrase is a tuple of words matched in order against each token's lower-case form or lemma;
``*`` matches any one token and ``@place`` a token inside a place name. The index is keyed by
a phrase's first word, so one pass over the tokens finds every list's matches.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

ANY = "*"
PLACE = "@place"
Phrase = tuple[str, ...]


def phrase(text: str) -> Phrase:
    """ "blow themselves up" → ("blow", "themselves", "up")."""
    return tuple(text.lower().split())


@dataclass
class Matches:
    """Where each cue list matched: list name → (first token, end token) pairs, in order."""

    found: dict[str, list[tuple[int, int]]] = field(default_factory=lambda: defaultdict(list))

    def has(self, name: str) -> bool:
        return bool(self.found.get(name))

    def at(self, name: str) -> list[tuple[int, int]]:
        return self.found.get(name, [])

    def merged(self, other: Matches) -> Matches:
        union = Matches()
        for source in (self, other):
            for name, spans in source.found.items():
                union.found[name].extend(spans)
        return union


class CueIndex:
    """Every named cue list, indexed by the first word of its phrases."""

    def __init__(self, lists: Mapping[str, Iterable[str]]) -> None:
        self.by_first: dict[str, list[tuple[Phrase, str]]] = defaultdict(list)
        self.place_lists: list[str] = []
        for name, phrases in lists.items():
            for text in phrases:
                words = phrase(text)
                if words == (PLACE,):
                    self.place_lists.append(name)
                elif words:
                    self.by_first[words[0]].append((words, name))

    def find(
        self,
        lower: Sequence[str],
        lemma: Sequence[str],
        start: int,
        end: int,
        places: frozenset[int] = frozenset(),
        times: frozenset[int] = frozenset(),
    ) -> Matches:
        """The matches of every list among tokens ``start`` to ``end``; no cue starts inside
        a time expression ("in March" is no march, "in May" no modal)."""
        matches = Matches()
        for i in range(start, end):
            if i in places:
                for name in self.place_lists:
                    matches.found[name].append((i, i + 1))
            if i in times:
                continue
            candidates = self.by_first.get(lower[i], [])
            if lemma[i] != lower[i]:
                candidates = candidates + self.by_first.get(lemma[i], [])
            for words, name in dict.fromkeys(candidates):
                if _matches_at(words, lower, lemma, i, end):
                    matches.found[name].append((i, i + len(words)))
        return matches


def _matches_at(
    words: Phrase, lower: Sequence[str], lemma: Sequence[str], i: int, end: int
) -> bool:
    if i + len(words) > end:
        return False
    return all(
        word == ANY or word == lower[i + k] or word == lemma[i + k] for k, word in enumerate(words)
    )
