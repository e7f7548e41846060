"""Finding the cue phrases of the ACLED rules in a run of tokens.

A phrase is a tuple of words matched in order against each token's lower-case form or lemma;
``*`` matches any one token and ``@place`` a token inside a place name. The index is keyed by
a phrase's first word, so one pass over the tokens finds every list's matches.

Three kinds of token change what a cue means, and :class:`TokenFacts` names them: no cue
starts inside a time expression ("in March" is no march); a cue of an act (taking
territory) that is only an adjective of a noun ("the occupied West Bank") reports no act; and
a cue that is the subject-matter of an accusation, a denial, a sanction or a claim of
responsibility ("accused the army of bombing the town") reports no occurrence. A cue inside
a longer phrase of a masking list means what that phrase means ("riot police" are no riot).
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


@dataclass(frozen=True)
class TokenFacts:
    """Tokens of one document that change what a cue found on them means."""

    places: frozenset[int] = frozenset()
    times: frozenset[int] = frozenset()
    modifiers: frozenset[int] = frozenset()  # adjectives of a noun ("the occupied town")
    framed: frozenset[int] = frozenset()  # subject-matter of an accusation, denial, sanction
    doers: Mapping[int, str] = field(default_factory=dict)  # verb → side of its subject


@dataclass(frozen=True)
class CueForms:
    """Which lists a token fact silences, and which lists mask which."""

    acts: frozenset[str] = frozenset()  # lists of acts no adjective reports
    framed: frozenset[str] = frozenset()  # lists of occurrences a framing word silences
    masks: tuple[tuple[str, str], ...] = ()  # (masking list, masked list)
    not_by: Mapping[str, frozenset[str]] = field(default_factory=dict)  # list → doers it excludes


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

    def __init__(self, lists: Mapping[str, Iterable[str]], forms: CueForms = CueForms()) -> None:
        self.forms = forms
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
        facts: TokenFacts = TokenFacts(),
    ) -> Matches:
        """The matches of every list among tokens ``start`` to ``end``."""
        matches = Matches()
        for i in range(start, end):
            if i in facts.places:
                for name in self.place_lists:
                    matches.found[name].append((i, i + 1))
            if i in facts.times:
                continue
            candidates = self.by_first.get(lower[i], [])
            if lemma[i] != lower[i]:
                candidates = candidates + self.by_first.get(lemma[i], [])
            for words, name in dict.fromkeys(candidates):
                if not _matches_at(words, lower, lemma, i, end):
                    continue
                if not self._silenced(name, (i, i + len(words)), facts):
                    matches.found[name].append((i, i + len(words)))
        return self._masked(matches)

    def _silenced(self, name: str, span: tuple[int, int], facts: TokenFacts) -> bool:
        """An act named only as a modifier ("a combat drone": its last word, the phrase's
        head, describes a noun), done by a side its list excludes, or framed."""
        i = span[0]
        if name in self.forms.acts and span[1] - 1 in facts.modifiers:
            return True
        if facts.doers.get(i) in self.forms.not_by.get(name, ()):
            return True
        return name in self.forms.framed and i in facts.framed

    def _masked(self, matches: Matches) -> Matches:
        """Matches of a list inside a longer phrase of its masking list are dropped."""
        for masking, masked in self.forms.masks:
            covers = matches.at(masking)
            if covers and matches.has(masked):
                matches.found[masked] = [
                    span for span in matches.at(masked) if not _inside_any(span, covers)
                ]
        return matches


def _inside_any(span: tuple[int, int], covers: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in covers)


def _matches_at(
    words: Phrase, lower: Sequence[str], lemma: Sequence[str], i: int, end: int
) -> bool:
    if i + len(words) > end:
        return False
    return all(
        word == ANY or word == lower[i + k] or word == lemma[i + k] for k, word in enumerate(words)
    )
