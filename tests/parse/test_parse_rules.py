"""The faster attribute rules and lemmas give every token the same values as spaCy's own."""

from __future__ import annotations

from functools import cache

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newscoder.parse import MODEL_NAME, UNUSED_COMPONENTS, load_nlp
from newscoder.parserules import AttributeRules, CachedLemmas, token_test, value_test

pytestmark = pytest.mark.slow

TEXTS = [
    "Rebels said they had taken the town, but the army denied it and sent more troops.",
    "I'd say you're gonna need a bigger boat, ain't that right? Let's go, y'all.",
    "There were no arrests. It is thought that she herself had been warned twice.",
    "Nothing was found; everyone left once the police got there. C'mon, he said.",
    "The ministers, whose talks began on Monday, hadn't agreed by Friday.\n\nThey will meet again.",
    "Gotta admit: we did what we could with what we had, and they did too.",
]


@cache
def stock() -> Language:
    return spacy.load(MODEL_NAME, exclude=UNUSED_COMPONENTS)


def values(doc: Doc) -> list[tuple[object, ...]]:
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_)
        for t in doc
    ]


def test_parse_rules_replace_the_two_components_under_their_names() -> None:
    nlp = load_nlp()
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeRules)
    assert isinstance(nlp.get_pipe("lemmatizer"), CachedLemmas)


@pytest.mark.parametrize("text", TEXTS)
def test_parse_rules_give_the_same_token_values(text: str) -> None:
    # load_nlp also splits curly quotes and marks paragraph starts; none occur in TEXTS
    # except a paragraph break, which the stock pipeline parses the same way here.
    # It also computes with another BLAS: the same values here too (dependencies, entities).
    nlp = load_nlp()
    ours, theirs = values(nlp(text)), values(stock()(text))
    if "\n\n" in text:  # the stock pipeline may run a sentence over a paragraph break
        ours, theirs = [v[:5] for v in ours], [v[:5] for v in theirs]
    assert ours == theirs


def test_parse_rules_give_the_same_values_twice_from_the_cache() -> None:
    nlp = load_nlp()
    first = [values(doc) for doc in nlp.pipe(TEXTS)]
    again = [values(doc) for doc in nlp.pipe(TEXTS)]
    assert first == again


@pytest.mark.parametrize(
    ("spec", "value", "expected"),
    [
        ("NN", "NN", True),
        ("NN", "NNS", False),
        ({"IN": ["a", "an"]}, "an", True),
        ({"NOT_IN": ["TO", ""]}, "", False),
        ({"NOT_IN": ["TO", ""]}, "VB", True),
        ({"REGEX": "^n'?t$"}, "n't", True),
        ({"REGEX": "^n'?t$"}, "not", False),
    ],
)
def test_parse_rules_read_pattern_values_as_the_matcher_does(
    spec: object, value: str, expected: bool
) -> None:
    test = value_test(spec)
    assert test is not None
    assert test(value) is expected


@pytest.mark.parametrize(
    "spec",
    [{"LENGTH": 3}, {"LOWER": {">=": "a"}}, {"TAG": "NN", "OP": "+"}, {"_": {"x": 1}}],
)
def test_parse_rules_leave_other_patterns_to_the_matcher(spec: dict[str, object]) -> None:
    assert token_test(spec) is None


@pytest.mark.parametrize("text", [*TEXTS, "", "  ", "Yes."])
def test_parse_rules_plain_lists_equal_token_values(text: str) -> None:
    from newscoder.parse import doc_syntax, doc_words

    doc = load_nlp()(text)
    words, syntax = doc_words(doc), doc_syntax(doc)
    assert words.lower == [t.lower_ for t in doc]
    assert words.lemma == [t.lemma_.lower() for t in doc]
    assert syntax.head == [t.head.i for t in doc]
    assert syntax.dep == [t.dep_ for t in doc]
    assert syntax.pos == [t.pos_ for t in doc]
