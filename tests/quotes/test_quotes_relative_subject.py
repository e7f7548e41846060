"""A relative pronoun subject is classed by the noun its clause describes (issue 16): in
'the senator, who said ...' who can speak is the senator; 'who' alone tells the cue model
nothing a thing ('it', 'this') would not."""

from __future__ import annotations

import pytest

from newscoder.model import Document
from newscoder.parse import parse
from newscoder.quotes.features import subject_class
from newscoder.quotes.lexicon import lexicon


def subject_of_verb(text: str, verb: str) -> str:
    doc = parse(Document(id="t", text=text)).doc
    cue = next(t for t in doc if t.text == verb)
    subject = next(c for c in cue.children if c.dep_ == "nsubj")
    return subject_class(subject, lexicon())


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("relative", "plain", "verb"),
    [
        (
            "The vote was led by Marta Olsen, who argued that the tax was unfair.",
            "Marta Olsen argued that the tax was unfair.",
            "argued",
        ),
        (
            "It was the spokesman who denied that the plant would close.",
            "The spokesman denied that the plant would close.",
            "denied",
        ),
        (
            "Farmers joined the union that criticised the new levy.",
            "The union criticised the new levy.",
            "criticised",
        ),
    ],
)
def test_quotes_relative_subject_class(relative: str, plain: str, verb: str) -> None:
    assert subject_of_verb(relative, verb) == subject_of_verb(plain, verb) != "pron_other"


@pytest.mark.slow
@pytest.mark.issue(16)
def test_quotes_question_who_stays_a_pronoun() -> None:
    """'Who said that?' asks: there is no noun it stands for."""
    assert subject_of_verb("Who said that the bridge was unsafe?", "said") == "pron_other"
