"""Faster stand-ins for two rule components of the English model, with the same output.

The model's ``attribute_ruler`` (its tag map and exceptions: a token's part of speech,
morphology and some lemmas) and rule ``lemmatizer`` cost about a sixth of the parse, mostly
in per-token Python work and in the ``Matcher``'s walk of 179 patterns over every token. Both
decide from a handful of token values:

- an attribute-ruler pattern of one token reads only the token's tag, lower-case form,
  dependency label and whether it is a space. Which patterns match is therefore worked out
  once per distinct combination of those four values and kept; only the few patterns of
  several tokens (``gon na``, ``there is``) still go through a ``Matcher``. The matched rules
  are applied in the ruler's own order (a later rule wins), so every token gets the same
  values as from the ruler itself;
- the rule lemmatizer's answer depends on the word, its part of speech and its morphology
  only (spaCy caches it under that key too), so it is read from such a cache over plain
  arrays and the lemmatizer itself is asked only for a combination not seen before.

:func:`speed_up` swaps them into a loaded pipeline under the same names;
``tests/parse/test_parse_rules.py`` checks that every token attribute stays the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs
from spacy.vocab import Vocab

# The token values a one-token pattern may test to be decided from the cache key.
KEY_ATTRS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
Key = tuple[str, str, str, bool]
# Entries kept in each cache before it is emptied: a corpus of millions of documents keeps
# meeting new words, and the caches would otherwise grow with it (a few hundred MB).
CACHE_LIMIT = 200_000
Test = Callable[[Any], bool]


def value_test(spec: Any) -> Test | None:
    """A test of one token value for a pattern's value, or None for a form not handled."""
    if isinstance(spec, (str, bool)):
        return lambda value: value == spec
    if isinstance(spec, dict) and len(spec) == 1:
        (operator, argument), = spec.items()
        if operator == "IN":
            return lambda value: value in argument
        if operator == "NOT_IN":
            return lambda value: value not in argument
        if operator == "REGEX":
            compiled = re.compile(argument)
            return lambda value: bool(compiled.search(value))
    return None


def token_test(spec: dict[str, Any]) -> Callable[[Key], bool] | None:
    """A test of a token's key for a one-token pattern, or None when it reads other values."""
    tests = []
    for name, value in spec.items():
        test = value_test(value)
        if name not in KEY_ATTRS or test is None:
            return None
        tests.append((KEY_ATTRS[name], test))
    return lambda key: all(test(key[position]) for position, test in tests)


def anchor(spec: dict[str, Any]) -> tuple[str, frozenset[str]] | None:
    """The words (``LOWER``) or else tags (``TAG``) a one-token pattern can only match, when
    it names them: the rules worth testing on a token are then found by its word and tag."""
    for name in ("LOWER", "TAG"):
        value = spec.get(name)
        if isinstance(value, str):
            return name, frozenset([value])
        if isinstance(value, dict) and set(value) == {"IN"}:
            return name, frozenset(value["IN"])
    return None


class AttributeRules:
    """The rules of an ``AttributeRuler``, applied with a cache of one-token matches."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.attrs: list[dict[int, int]] = []
        # one-token rules (id and test) by the word or tag they need, and those needing none
        self.by_word: dict[str, list[tuple[int, Callable[[Key], bool]]]] = {}
        self.by_tag: dict[str, list[tuple[int, Callable[[Key], bool]]]] = {}
        self.unanchored: list[tuple[int, Callable[[Key], bool]]] = []
        self.others = Matcher(vocab, validate=False)
        self.indices: dict[int, int] = {}
        self.matches: dict[tuple[int, ...], tuple[int, ...]] = {}
        self.merged: dict[tuple[int, ...], dict[int, int]] = {}

    def copy_rules(self, ruler: AttributeRuler) -> None:
        """Take over ``ruler``'s patterns, attributes and order."""
        for rule_id, pattern in enumerate(ruler.patterns):
            self.attrs.append(ruler.attrs[rule_id])
            alternatives = pattern["patterns"]
            tests = [token_test(p[0]) if len(p) == 1 else None for p in alternatives]
            if all(test is not None for test in tests):
                for spec, test in zip(alternatives, tests, strict=True):
                    self.add_test(rule_id, spec[0], test)
            else:
                self.others.add(str(rule_id), alternatives)
                self.indices[rule_id] = ruler.indices[rule_id]

    def add_test(
        self, rule_id: int, spec: dict[str, Any], test: Callable[[Key], bool] | None
    ) -> None:
        assert test is not None
        found = anchor(spec)
        if found is None:
            self.unanchored.append((rule_id, test))
            return
        name, values = found
        table = self.by_word if name == "LOWER" else self.by_tag
        for value in values:
            table.setdefault(value, []).append((rule_id, test))

    def __call__(self, doc: Doc) -> Doc:
        rules = self.one_token_rules(doc)
        for match_id, start, end in self.others(doc, allow_missing=True):
            rule_id = int(self.vocab.strings[match_id])
            index = self.indices[rule_id]
            where = start + index if index >= 0 else end + index
            rules[where] = tuple(sorted({*rules[where], rule_id}))
        for i, ids in enumerate(rules):
            if ids:
                set_token_attrs(doc[i], self.attrs_of(ids))
        return doc

    def one_token_rules(self, doc: Doc) -> list[tuple[int, ...]]:
        """The ids of the one-token rules each token matches, in order."""
        rules = []
        for values in map(tuple, doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()):
            found = self.matches.get(values)
            if found is None:
                if len(self.matches) >= CACHE_LIMIT:
                    self.matches.clear()
                found = self.matches[values] = self.rules_for(values)
            rules.append(found)
        return rules

    def rules_for(self, values: tuple[int, ...]) -> tuple[int, ...]:
        """The one-token rules that match a token with these tag, lower, dep and space."""
        strings = self.vocab.strings
        tag, lower, dep, space = values
        key = (strings[tag], strings[lower], strings[dep], bool(space))
        tests = [
            *self.by_word.get(key[1], ()), *self.by_tag.get(key[0], ()), *self.unanchored
        ]
        return tuple(sorted({rule for rule, test in tests if test(key)}))

    def attrs_of(self, ids: tuple[int, ...]) -> dict[int, int]:
        """The attributes the rules ``ids`` set one after another (a later one wins)."""
        merged = self.merged.get(ids)
        if merged is None:
            merged = {}
            for rule_id in ids:
                merged.update(self.attrs[rule_id])
            self.merged[ids] = merged
        return merged


class CachedLemmas:
    """A rule lemmatizer's lemmas, looked up by (word, part of speech, morphology)."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.lemmatizer: Lemmatizer | None = None
        self.cache: dict[tuple[int, int, int], int] = {}

    def copy_rules(self, lemmatizer: Lemmatizer) -> None:
        """Use ``lemmatizer`` for words not seen yet, with its word lists made sets.

        Its rules test whether a form is a known word in lists of up to 57,000 words, one by
        one; a set answers the same in one step, and most of its time went there.
        """
        self.lemmatizer = lemmatizer
        index = lemmatizer.lookups.get_table("lemma_index", {})
        for pos, words in list(index.items()):
            index[pos] = frozenset(words)

    def __call__(self, doc: Doc) -> Doc:
        if self.lemmatizer is None:
            raise ValueError("newscoder_lemmas has no lemmatizer to copy (see speed_up)")
        if self.lemmatizer.overwrite:
            raise ValueError("newscoder_lemmas keeps the lemmas already set, as overwrite=False")
        table = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = table[:, 3].copy()
        for i in numpy.flatnonzero(lemmas == 0).tolist():
            key = (int(table[i, 0]), int(table[i, 1]), int(table[i, 2]))
            lemma = self.cache.get(key)
            if lemma is None:
                if len(self.cache) >= CACHE_LIMIT:
                    self.cache.clear()
                    self.lemmatizer.cache.clear()  # spaCy's own, which holds the same
                lemma = self.vocab.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                self.cache[key] = lemma
            lemmas[i] = lemma
        doc.from_array([LEMMA], lemmas)
        return doc


@Language.factory("newscoder_attribute_rules")
def make_attribute_rules(nlp: Language, name: str) -> AttributeRules:
    return AttributeRules(nlp.vocab)


@Language.factory("newscoder_lemmas")
def make_lemmas(nlp: Language, name: str) -> CachedLemmas:
    return CachedLemmas(nlp.vocab)


def speed_up(nlp: Language) -> None:
    """Replace the model's attribute ruler and rule lemmatizer, keeping their names."""
    for name, factory in (("attribute_ruler", "newscoder_attribute_rules"),
                          ("lemmatizer", "newscoder_lemmas")):
        if name not in nlp.pipe_names:
            continue
        original = nlp.get_pipe(name)
        if isinstance(original, Lemmatizer) and original.mode != "rule":
            continue
        nlp.replace_pipe(name, factory)
        nlp.get_pipe(name).copy_rules(original)
