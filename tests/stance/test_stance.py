"""Stance: reported fact, attributed claim or the author's opinion, per sentence; tone.

Sentences are our own; the seed test reads the seed article from ../shared.
"""

from __future__ import annotations

import pytest

from newscoder.model import Document
from newscoder.pipeline import analyze_document
from newscoder.stance.stage import analyzer, compound, lexicon, term_pattern


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("a cynical manoeuvre", ["cynical"]),
        ("the pseudo-left press", ["pseudo-left"]),
        ("they tried to cover  up the losses", ["cover  up"]),
        ("the left bank of the river", []),
        ("an uncynical reading", []),
    ],
)
def test_stance_term_pattern(text: str, found: list[str]) -> None:
    assert [m.group(0) for m in term_pattern().finditer(text)] == found


@pytest.mark.parametrize(
    "text",
    ["The committee met on Tuesday in the town hall.",
     "No, the bridge was not reopened!!!",
     "Residents called the delay (\"shameful\") and wonderful-ish.",
     "The mayor 😊 signed the order at noon.",
     "IT WAS A DISASTER, SAID THE FARMERS."],
)
def test_stance_compound_skips_vader_only_where_it_would_score_zero(text: str) -> None:
    assert compound(text) == analyzer().polarity_scores(text)["compound"]


def test_stance_lexicon_feeds_vader() -> None:
    assert lexicon().opinion_threshold > 0
    negative = analyzer().polarity_scores("a duplicitous plan")["compound"]
    assert negative < 0


def stances(text: str) -> list[str]:
    document = Document(id="t", text=text, published="2021-05-04")
    analysis = analyze_document(document, stages=["quotes", "stance"])
    return [s.label for s in analysis.stance]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The council approved the budget on Tuesday by a vote of seven to two.", "reported_fact"),
        (
            "This shameless budget is a cynical gift to the landlords who fund the council.",
            "opinion",
        ),
        (
            '"We will not accept this budget," the opposition leader told reporters.',
            "attributed_claim",
        ),
        ("The mayor said the vote was a victory for the whole city.", "attributed_claim"),
        (
            "According to the treasurer, the reserve fund will be empty by autumn.",
            "attributed_claim",
        ),
        ("The judges of the International Criminal Court met in The Hague.", "reported_fact"),
        ("The senator called the new tariff a cynical stunt.", "attributed_claim"),
        ("The ballot was branded a farce by the exiled opposition.", "attributed_claim"),
    ],
)
def test_stance_labels(text: str, label: str) -> None:
    assert stances(text) == [label]


@pytest.mark.slow
def test_stance_quoted_loaded_words_are_not_the_authors() -> None:
    text = 'The minister called the protest "a shameful, cynical stunt" on Monday.'
    document = Document(id="t", text=text, published="2021-05-04")
    (stance,) = analyze_document(document, stages=["quotes", "stance"]).stance
    assert stance.label != "opinion"
    assert stance.loaded_terms == []


@pytest.mark.slow
def test_stance_tone_sign() -> None:
    bleak = "The reckless, corrupt regime brought a disastrous, senseless war."
    bright = "Volunteers did admirable, heroic work and the town celebrated a wonderful day."
    tones = []
    for text in (bleak, bright):
        document = Document(id="t", text=text, published="2021-05-04")
        tones.append(analyze_document(document, stages=["stance"]).tone)
    assert tones[0] is not None and tones[1] is not None
    assert tones[0] < 0 < tones[1]


@pytest.mark.slow
def test_stance_seed(seed_analysis) -> None:  # type: ignore[no-untyped-def]
    text = seed_analysis.text

    def label_of(fragment: str) -> str:
        at = text.index(fragment)
        (found,) = [s for s in seed_analysis.stance if s.start <= at < s.end]
        return found.label

    assert label_of("reactionary role of pseudo-left groups") == "opinion"
    assert label_of("a cynical attempt to cover up") == "opinion"
    assert label_of("has claimed 697 lives") != "opinion"
    assert label_of("22 people were killed") == "reported_fact"
    cynical = next(s for s in seed_analysis.stance if s.start <= text.index("cynical") < s.end)
    marked = {text[span.start : span.end] for span in cynical.loaded_terms}
    assert {"cynical", "criminal"} <= marked
    assert seed_analysis.tone is not None and -1 <= seed_analysis.tone <= 1
