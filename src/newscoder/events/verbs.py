"""The CAMEO verb dictionary matched against spaCy's dependency parse.

The table (``data/verbs.json.gz``, built by :mod:`newscoder.events.verbs_build` from the
PETRARCH-2 dictionary) maps a verb lemma, with its phrasal particle, to a verb block: a
default code and patterns over the verb's arguments. PETRARCH-2 reads its patterns off a
constituency tree, word by word around the verb; here each part of a pattern is looked for
in the argument the dependency parse gives it:

* words written before ``*`` in the subject phrase,
* words after ``*`` in the object phrase (with its modifiers and "of" objects), the verb's
  particles and adverbs, or the verb of an open complement ("tried to *assassinate*"),
* ``(PREP words)`` in a prepositional phrase on the verb or on its object.

Every pattern whose parts are all found is a candidate; the most specific one (the most
parts) wins, ties going to the first in the dictionary. Without one, the verb's own code or
its block's default applies; a null code (``---``) means the verb is no event there.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from pathlib import Path
from typing import Any

from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Token

from newscoder.parse import doc_words

DATA = Path(__file__).resolve().parents[1] / "data" / "verbs.json.gz"
PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "nummod", "poss", "conj", "appos", "det"})
# The complement clause of a verb ("said *that* ...") is an event of its own: not searched.
POST_DEPS = frozenset({"prt", "advmod", "acomp", "oprd", "attr", "npadvmod", "xcomp"})
OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})

Words = tuple[str, ...]  # all must be in the phrase
Element = tuple[Words, ...]  # one of the alternatives


@dataclass(frozen=True, slots=True)
class VerbPattern:
    code: str | None  # from source to target; None with ``reverse`` only
    reverse: str | None  # the paired event from target to source
    subj: tuple[Element, ...]
    obj: tuple[Element, ...]
    preps: tuple[tuple[str, tuple[Element, ...]], ...]
    source: str | None  # where ``$`` is: "subj", "obj", "prep:<word>"
    target: str | None
    written_for: frozenset[str]  # the verbs of the block the pattern was written for
    size: int = 0  # its parts: the more, the more specific
    has_words: bool = False  # it names words, not only a preposition ("head *(FOR)*")

    def keys(self) -> frozenset[str]:
        """Words one of which an argument must offer for the pattern to hold: the first
        words of its first element's alternatives, or its first preposition."""
        for element in (*self.subj, *self.obj, *(w for _, words in self.preps for w in words)):
            return frozenset(alternative[0] for alternative in element)
        return frozenset(prep for prep, _ in self.preps[:1])

    def fits(self, word: str) -> bool:
        """A bare-preposition pattern is a trait of the verb it was written for ("head
        for" is travel); the block's other verbs inherit only patterns that name words."""
        return self.has_words or self.own_to(word)

    def own_to(self, word: str) -> bool:
        """Whether the pattern was written for this verb, or for no verb in particular."""
        return not self.written_for or word in self.written_for


@dataclass(frozen=True, slots=True)
class VerbBlock:
    name: str
    code: str | None
    patterns: tuple[VerbPattern, ...]  # most specific first
    by_key: dict[str, tuple[int, ...]]  # a key word → the patterns (indexes) that need it
    unkeyed: tuple[int, ...]  # patterns with no part at all

    def candidates(self, words: set[str]) -> list[VerbPattern]:
        """The patterns an argument's words can satisfy, most specific first."""
        found = set(self.unkeyed)
        for word in words:
            found.update(self.by_key.get(word, ()))
        return [self.patterns[i] for i in sorted(found)]


@dataclass(frozen=True, slots=True)
class VerbEntry:
    block: VerbBlock
    particle: tuple[str, ...]
    code: str | None


@dataclass(frozen=True, slots=True)
class VerbMatch:
    """What the dictionary says a verb token codes."""

    code: str | None
    reverse: str | None
    pattern: VerbPattern | None
    block: str
    default: str | None = None  # the verb's code without a pattern

    @property
    def is_event(self) -> bool:
        return bool(self.code or self.reverse)

    @property
    def restates_default(self) -> bool:
        """A pattern that gives the verb's own code again ("SUE - * (FOR) [173]") says the
        sense the verb has anyway: it is no more specific than the bare verb."""
        return self.pattern is not None and not self.reverse and self.code == self.default


class VerbDictionary:
    """The verb table; a verb's block of patterns is built the first time a text uses the
    verb (building all 15,000 patterns up front was a tenth of a second of start-up)."""

    def __init__(self, table: dict[str, Any]) -> None:
        self.synsets = {
            name: tuple(tuple(member.split()) for member in members)
            for name, members in table["synsets"].items()
        }
        self.raw_blocks: list[dict[str, Any]] = table["blocks"]
        # lemma → its rows (block index, particle, code): which verbs the dictionary lists
        self.verbs: dict[str, list[list[Any]]] = table["verbs"]
        # an inflected form → its verb, where the parser's lemma misses ("cordoned")
        self.forms: dict[str, str] = table.get("forms", {})
        self.built_blocks: dict[int, VerbBlock] = {}
        self.built_entries: dict[str, tuple[VerbEntry, ...]] = {}

    def block(self, index: int) -> VerbBlock:
        found = self.built_blocks.get(index)
        if found is None:
            found = self.built_blocks[index] = self._block(self.raw_blocks[index], self.synsets)
        return found

    @property
    def blocks(self) -> list[VerbBlock]:
        return [self.block(index) for index in range(len(self.raw_blocks))]

    def verb_entries(self, lemma: str) -> tuple[VerbEntry, ...]:
        found = self.built_entries.get(lemma)
        if found is None and lemma not in self.verbs:
            return ()
        if found is None:
            found = self.built_entries[lemma] = tuple(
                VerbEntry(self.block(n), tuple((particle or "").split()), code)
                for n, particle, code in self.verbs.get(lemma, ())
            )
        return found

    @staticmethod
    def _element(raw: dict[str, Any], synsets: dict[str, tuple[Words, ...]]) -> Element | None:
        if "set" in raw:
            members = synsets.get(raw["set"])
            return members or None
        if "all" in raw:
            return VerbDictionary._phrase_element(raw["all"], synsets)
        return tuple((w,) for w in raw["any"])

    @staticmethod
    def _phrase_element(parts: list[str], synsets: dict[str, tuple[Words, ...]]) -> Element | None:
        """A noun phrase's alternatives: its words, with each ``&NAME`` in it read as any
        member of the set ("{&MILITARY AID}": "military aid", "army aid" ...); None when a
        set is unknown, as PETRARCH drops a pattern naming an undefined set."""
        options: list[tuple[Words, ...]] = []
        for part in parts:
            if part.startswith("&"):
                members = synsets.get(part[1:])
                if not members:
                    return None
                options.append(members)
            else:
                options.append(((part,),))
        return tuple(
            tuple(word for words in choice for word in words) for choice in product(*options)
        )

    def _elements(
        self, raws: list[dict[str, Any]], synsets: dict[str, Any]
    ) -> tuple[Element, ...] | None:
        """The parts of one side of a pattern; None when one names a set the dictionary
        does not define: dropping only that part would leave a looser pattern that holds
        where the dictionary never meant it to ("* {&WEATHER}" on any object)."""
        found = [self._element(r, synsets) for r in raws]
        return None if any(e is None for e in found) else tuple(e for e in found if e)

    def _pattern(self, raw: dict[str, Any], synsets: dict[str, Any]) -> VerbPattern | None:
        subj = self._elements(raw["subj"], synsets)
        obj = self._elements(raw["obj"], synsets)
        prep_words = [self._elements(q["words"], synsets) for q in raw["preps"]]
        if subj is None or obj is None or any(w is None for w in prep_words):
            return None
        pairs = zip(raw["preps"], prep_words, strict=True)
        preps = tuple((q["prep"], words) for q, words in pairs if words is not None)
        size = parts(raw["subj"]) + parts(raw["obj"])
        size += sum(1 + parts(q["words"]) for q in raw["preps"])
        return VerbPattern(
            code=raw["code"],
            reverse=raw["reverse"],
            subj=subj,
            obj=obj,
            preps=preps,
            source=raw.get("source"),
            target=raw.get("target"),
            written_for=frozenset(raw.get("written_for", ())),
            size=size,
            has_words=bool(subj or obj or any(words for _, words in preps)),
        )

    def _block(self, raw: dict[str, Any], synsets: dict[str, Any]) -> VerbBlock:
        # sorted by size, stable, so the first pattern that holds is the most specific
        built = (self._pattern(p, synsets) for p in raw["patterns"])
        found = [p for p in built if p is not None]
        patterns = tuple(sorted(found, key=lambda p: -p.size))
        by_key: dict[str, list[int]] = {}
        unkeyed = []
        for index, pattern in enumerate(patterns):
            keys = pattern.keys()
            if not keys:
                unkeyed.append(index)
            for key in keys:
                by_key.setdefault(key, []).append(index)
        keyed = {key: tuple(indexes) for key, indexes in by_key.items()}
        return VerbBlock(raw["name"], raw["code"], patterns, keyed, tuple(unkeyed))

    def lemma_of(self, token: Token) -> str:
        """The token's verb as the dictionary lists it: the parser's lemma, else the verb
        its word is a form of ("cordoned", lemmatized "cordone", is "cordon")."""
        word = token.lemma_.lower()
        if word in self.verbs:
            return word
        return self.forms.get(token.lower_, word)

    def entries(self, token: Token) -> list[VerbEntry]:
        """The verb's entries whose particle the token has ("called *off*"), particles first."""
        found = self.verb_entries(self.lemma_of(token))
        if not found:
            return []
        attached = {c.lower_ for c in token.children if c.dep_ in ("prt", "prep", "advmod")}
        with_particle = [e for e in found if e.particle and set(e.particle) <= attached]
        bare = [e for e in found if not e.particle]
        return with_particle + bare

    def match(self, token: Token) -> VerbMatch | None:
        """The dictionary's code for a verb token, or None when it does not list the verb."""
        entries = self.entries(token)
        if not entries:
            return None
        args = Arguments(token)
        word = self.lemma_of(token)
        best: tuple[tuple[int, bool], VerbPattern, VerbEntry] | None = None
        words = args.words()
        for entry in entries:
            for pattern in entry.block.candidates(words):
                if best is not None and pattern.size < best[0][0]:
                    break  # most specific first: no later pattern can do better
                # the most parts wins; between equals, the one written for this verb
                rank = (pattern.size, pattern.own_to(word))
                better = best is None or rank > best[0]
                if better and pattern.fits(word) and args.hold(pattern):
                    best = (rank, pattern, entry)
        if best is not None:
            _, pattern, entry = best
            own = entry.code
            return VerbMatch(pattern.code, pattern.reverse, pattern, entry.block.name, own)
        entry = default_entry(entries)
        return VerbMatch(entry.code, None, None, entry.block.name, entry.code)


def parts(raws: list[dict[str, Any]]) -> int:
    """How specific one side of a pattern is: a word or a set counts one, a noun phrase
    each of its words, as PETRARCH's pattern tree gives a phrase's modifiers a step each
    ("CUT * {DIPLOMATIC TIES}" 161 is more specific than "CUT * TIES" 160)."""
    return sum(len(raw["all"]) if "all" in raw else 1 for raw in raws)


def default_entry(entries: list[VerbEntry]) -> VerbEntry:
    """The entry whose code a verb takes where no pattern holds. A phrasal verb's own entry
    first ("called *off*"); of a verb listed in several blocks, a code written on its own
    line ("GREET [050]" in a block of 051) before a block's, then the first block that
    gives one: a block without a code gives its verbs no default, it does not say they are
    no event (ABANDON, listed in EVACUATE [---] and in its own block ABANDON [080], is 080).
    UniversalPetrarch reads such a verb the same way (its last block listing it wins)."""
    if entries[0].particle:
        return entries[0]
    own = [e for e in entries if e.code != e.block.code]
    coded = [e for e in entries if e.code]
    return (own or coded or entries)[0]


@dataclass(frozen=True, slots=True)
class Tree:
    """A document's dependency tree as plain lists, built once: walking spaCy tokens makes a
    Python object per step, and the dictionary looks at every verb's arguments."""

    dep: list[str]
    children: list[list[int]]
    lemma: list[str]
    lower: list[str]


TREE_KEY = "newscoder_events_tree"


def tree_of(doc: Doc) -> Tree:
    found = doc.user_data.get(TREE_KEY)
    if isinstance(found, Tree):
        return found
    offsets = doc.to_array(HEAD).astype("int64").tolist()  # stored unsigned: signed again
    strings = doc.vocab.strings
    deps = [strings[dep] for dep in doc.to_array(DEP).tolist()]
    children: list[list[int]] = [[] for _ in range(len(doc))]
    for i, offset in enumerate(offsets):
        if offset:
            children[i + offset].append(i)
    words = doc_words(doc)
    tree = Tree(deps, children, words.lemma, words.lower)
    doc.user_data[TREE_KEY] = tree
    return tree


def _phrase(head: int, tree: Tree) -> set[str]:
    """Lemmas and words of a noun phrase without its clauses, with its "of" objects."""
    found: set[str] = set()
    stack = [head]
    seen: set[int] = set()
    dep, children, lower = tree.dep, tree.children, tree.lower
    while stack:
        token = stack.pop()
        if token in seen:
            continue
        seen.add(token)
        found.add(tree.lemma[token])
        found.add(lower[token])
        for child in children[token]:
            if dep[child] in PHRASE_DEPS:
                stack.append(child)
            elif dep[child] == "prep" and lower[child] == "of":
                stack.extend(c for c in children[child] if dep[c] == "pobj")
    return found


class Arguments:
    """The words a verb's arguments offer to the patterns, read once per verb."""

    def __init__(self, verb: Token) -> None:
        tree = tree_of(verb.doc)
        dep, children = tree.dep, tree.children
        own = children[verb.i]
        passive = any(dep[c] in ("nsubjpass", "auxpass") for c in own)
        self.subj: set[str] = set()
        self.obj: set[str] = set()
        self.preps: list[tuple[str, set[str]]] = []
        objects = []
        for child in own:
            kind = dep[child]
            if kind in ("nsubj", "csubj"):
                self.subj |= _phrase(child, tree)
            elif kind == "agent" and passive:
                for head in (c for c in children[child] if dep[c] == "pobj"):
                    self.subj |= _phrase(head, tree)
            elif kind in OBJECT_DEPS or (kind == "nsubjpass" and passive):
                objects.append(child)
                self.obj |= _phrase(child, tree)
            elif kind in POST_DEPS:
                self.obj.add(tree.lemma[child])
                self.obj.add(tree.lower[child])
                if kind == "xcomp":  # "tried to assassinate the minister"
                    for grand in children[child]:
                        if dep[grand] in OBJECT_DEPS:
                            self.obj |= _phrase(grand, tree)
        # prepositions on the verb, or on an object read after it ("lifting *of immunity*");
        # a passive subject's own phrase ("a camp *for refugees* was attacked") is not read
        for holder in [verb.i, *(o for o in objects if o > verb.i)]:
            for child in children[holder]:
                if dep[child] in ("prep", "agent", "dative"):
                    words: set[str] = set()
                    for pobj in children[child]:
                        if dep[pobj] in ("pobj", "pcomp"):
                            words |= _phrase(pobj, tree)
                    self.preps.append((tree.lower[child], words))

    def words(self) -> set[str]:
        """Every word the arguments offer, and their prepositions."""
        found = self.subj | self.obj
        for prep, words in self.preps:
            found.add(prep)
            found |= words
        return found

    @staticmethod
    def _has(element: Element, words: set[str]) -> bool:
        return any(all(w in words for w in alternative) for alternative in element)

    def hold(self, pattern: VerbPattern) -> bool:
        if not all(self._has(e, self.subj) for e in pattern.subj):
            return False
        if not all(self._has(e, self.obj) for e in pattern.obj):
            return False
        for prep, elements in pattern.preps:
            if not any(
                word == prep and all(self._has(e, words) for e in elements)
                for word, words in self.preps
            ):
                return False
        return True


@lru_cache(maxsize=1)
def load_verbs(path: Path = DATA) -> VerbDictionary:
    """The verb dictionary, read once per process."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return VerbDictionary(json.load(handle))
