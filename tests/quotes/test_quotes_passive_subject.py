"""A passive cue reports a proposition about its subject (issue 16): 'The coach was blamed
for the loss' is 'someone blamed the coach for the loss', so the subject belongs to what is
reported, whatever the complement ('for', 'with', 'of', an object); a passive with no
complement and no agent reports its subject alone ('The treaty was signed'). A clause of its
own ('was told that ...') and an 'it' that stands for a clause further on keep the subject
out."""

from __future__ import annotations

import pytest
import spacy
from quotes_reading import reports

from newscoder.model import Document
from newscoder.parse import parse
from newscoder.quotes.attribution import raised_subject
from newscoder.quotes.features import candidate_parts
from newscoder.quotes.lexicon import lexicon


def verb_named(text: str, word: str) -> spacy.tokens.Token:
    doc = parse(Document(id="t", text=text)).doc
    return next(t for t in doc if t.text == word)


def parts_after(verb: spacy.tokens.Token) -> list[spacy.tokens.Token]:
    return [c for c in candidate_parts(verb) if c.i > verb.i]


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "cue", "subject"),
    [
        ("The coach was blamed for the heavy defeat.", "blamed", "coach"),
        ("The two guards were charged with theft of the paintings.", "charged", "guards"),
        ("The treasurer was accused of hiding the losses.", "accused", "treasurer"),
        ("The harbour town is known for its fish market.", "known", "town"),
        ("Ms Okafor was declared the winner of the vote.", "declared", "Okafor"),
    ],
)
def test_quotes_passive_subject_opens_the_content(text: str, cue: str, subject: str) -> None:
    verb = verb_named(text, cue)
    raised = raised_subject(verb, parts_after(verb), lexicon())
    assert raised is not None and raised.text == subject


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("It has been known for some time that the mill would close.", "known"),
        ("The nurses were told that the ward would close.", "told"),
        ("The mayor was asked to resign before the vote.", "asked"),
    ],
)
def test_quotes_passive_subject_kept_out(text: str, cue: str) -> None:
    """An 'it' standing for a clause, a clause of the cue's own, one who is addressed."""
    verb = verb_named(text, cue)
    assert raised_subject(verb, parts_after(verb), lexicon()) is None


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "cue", "subject"),
    [
        ("The ceasefire was announced.", "announced", "ceasefire"),
        ("Her appointment to the board was confirmed.", "confirmed", "appointment"),
        # when and where it was done say nothing of what was reported
        ("The ceasefire was announced on the radio.", "announced", "ceasefire"),
        ("The ruling was overturned by the state court in March.", "overturned", "ruling"),
    ],
)
def test_quotes_bare_passive_offers_its_subject(text: str, cue: str, subject: str) -> None:
    """With nothing after it but its agent and when or where, what a passive reports can
    be its subject."""
    verb = verb_named(text, cue)
    assert subject in [c.text for c in candidate_parts(verb) if c.dep_ == "nsubjpass"]


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The rebels were hailed by their neighbours as heroes.", "hailed"),
        ("The pupils were asked by the head to stay indoors.", "asked"),
    ],
)
def test_quotes_passive_with_more_after_it_keeps_its_subject_as_no_part(
    text: str, cue: str
) -> None:
    """What the subject is taken for ('as heroes') or a clause after the passive may be what
    was said; its subject is then who or what is spoken of or to."""
    verb = verb_named(text, cue)
    assert not [c for c in candidate_parts(verb) if c.dep_ == "nsubjpass"]


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        (
            "The council's plan has been endorsed by three unions.",
            "endorsed",
            "The council's plan",
            "three unions",
        ),
        (
            "The proposal was rejected by the planning board at its meeting on Tuesday.",
            "rejected",
            "The proposal",
            "the planning board",
        ),
    ],
)
def test_quotes_passive_with_an_agent_reports_its_subject(
    text: str, cue: str, content: str, speaker: str
) -> None:
    """'X was rejected by Y on Tuesday': Y's stance on X, the day notwithstanding."""
    assert reports(text)[cue] == (content, speaker)
