"""What is not speech (issue 16): names given, scare quotes, states of mind, topic headlines.

Each sentence is invented for the test. The words given must not be in any quote's content;
a contrast table checks that the same verbs still report speech when someone speaks.
"""

from __future__ import annotations

import pytest

from newscoder.model import Analysis, Document
from newscoder.pipeline import analyze_document

STAGES = ("entities", "quotes")


def analyse(text: str) -> Analysis:
    return analyze_document(Document(id="t", text=text), stages=STAGES)


def contents(analysis: Analysis) -> list[str]:
    return [" ".join(analysis.text[s.start : s.end] for s in q.content) for q in analysis.quotes]


NAMING = [
    ('Residents called the new footbridge "the eyesore" for years.', "eyesore"),
    ('Opponents dubbed the scheme "Plan B".', "Plan B"),
    ('The council labelled the flooded district a "red zone".', "red zone"),
    ('Critics branded the bargain "toxic".', "toxic"),
    ('Locals nicknamed the old stadium "the cauldron".', "cauldron"),
    ('The ministry calls the tents a "temporary shelter".', "temporary shelter"),
    ('He calls the new levy "reckless".', "reckless"),
    ('The army named the offensive "Northern Shield".', "Northern Shield"),
    ('Protesters called the cabinet "interim" after the vote.', "interim"),
    # unmarked: a definite name or a proper name is given, not a judgement said
    ("Residents called the old footbridge the eyesore.", "the eyesore"),
    ("The navy named the new frigate Sea Lark.", "Sea Lark"),
    # a participle naming what a thing goes by
    ("The weapons went to a coalition of armed groups called the Southern Alliance.",
     "Southern Alliance"),
    ("The refugees settled in a hamlet called Three Wells.", "Three Wells"),
]

# An event is no source: what it 'continues' or 'threatens' to do is nobody's words.
EVENTS_AS_SUBJECTS = [
    ("Fighting also continues to spread along the northern border.", "to spread"),
    ("Violence keeps rising in the eastern provinces.", "rising"),
    ("The shelling continued to hit the old town through the night.", "hit the old town"),
]

SCARE_QUOTES = [
    ('The so-called "peace dividend" never arrived.', "peace dividend"),
    ('The "interim" cabinet met on Tuesday.', "interim"),
    ('Thousands fled the "safe" zone overnight.', "safe"),
    ('The "reforms" left pensioners poorer.', "reforms"),
    ('Police cleared the "protest camp" at dawn.', "protest camp"),
    ('His "apology" satisfied nobody in the village.', "apology"),
    ('The lorry carried "fragile" goods across the pass.', "fragile"),
    ('The "experts" on the panel left early.', "experts"),
]

# Decisions taken on a thing are acts, not words about it: no content.
DECISIONS = [
    ("The mayor approved a new park beside the river.", "new park"),
    ("The council approved the harbour budget by nine votes to four.", "harbour budget"),
]

STATES_OF_MIND = [
    ("A farmer feared reprisals from the militia.", "reprisals"),
    ("The mayor hopes to reopen the market next month.", "reopen the market"),
    ("The union wants a bigger share of the budget.", "bigger share"),
    ("Many families wish to return home before winter.", "return home"),
    ("The rebels want control of the border crossing.", "control of the border"),
    ("Shopkeepers worry about the new tax on fuel.", "new tax"),
    ("Investors dread another devaluation of the peso.", "devaluation"),
    ("The coach plans to rest three players on Sunday.", "rest three players"),
    ("She intends to run for the senate seat in May.", "run for the senate"),
    ("The airline expects higher fuel costs this winter.", "higher fuel costs"),
    ("Parents need safer routes to the school.", "safer routes"),
    ("The army seeks to retake the valley before the rains.", "retake the valley"),
    ("Voters prefer the incumbent by a wide margin.", "the incumbent"),
    ("The sailors hoped for calmer seas this week.", "calmer seas"),
    ("Teachers fear a third closure of the schools.", "third closure"),
    ("The minister wants answers, not excuses.", "answers"),
    ("The company tried to block the merger.", "block the merger"),
    ("Rescuers need more time to reach the village.", "more time"),
    ("The city expects ten thousand visitors for the fair.", "visitors"),
]

TITLES = [
    ('Her favourite is still "Rivers Of The Cold North," the singer added.', "Rivers Of The"),
    ('She read from "How To Raise Bees In A City" on the radio.', "Raise Bees"),
    ('He grew up with "Sunday Morning With Dana Reyes," the mayor recalled.', "Dana Reyes"),
]

TOPIC_HEADLINES = [
    ("Maria Lopez: Court clears former mayor\n\nThe court ruled on Monday.", "Court clears"),
    ("Storm Ciara: Thousands without power\n\nCrews worked overnight.", "Thousands without"),
    ("Harbour fire: Two warehouses destroyed\n\nNobody was hurt.", "Two warehouses"),
    ("Julian Vance: Norway drops the inquiry\n\nProsecutors closed the case.", "Norway drops"),
    ("Election 2026: Polls open in the north\n\nQueues formed early.", "Polls open"),
    # a page's own label is nobody speaking, even before words that sound like speech
    ("BREAKING: We will not back down\n\nThe strike goes on.", "not back down"),
    ("The Latest: I am not leaving\n\nThe vote is on Monday.", "not leaving"),
]


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "words"),
    NAMING + SCARE_QUOTES + STATES_OF_MIND + TOPIC_HEADLINES + EVENTS_AS_SUBJECTS + DECISIONS,
)
def test_not_speech_is_no_quote(text: str, words: str) -> None:
    found = contents(analyse(text))
    assert not [c for c in found if words in c], found


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(("text", "words"), TITLES)
def test_not_speech_a_title_in_marks_is_no_quotation(text: str, words: str) -> None:
    """A song, book or show named in marks is no one's words, even beside a cue: what the
    sentence reports (if anything) is the writer's clause around it, not the title."""
    analysis = analyse(text)
    quoted = [q for q in analysis.quotes if q.kind == "direct"]
    assert not [c for c in contents(analysis) if words in c and len(c) < len(text) // 2]
    assert not quoted, contents(analysis)


SPEECH = [
    ('"WE WANT OUR LAND BACK," the farmers chanted at the gate.', "WANT OUR LAND"),
    ('The mayor said, "We hope to reopen the market next month."', "reopen the market"),
    ("The union said that it wants a bigger share of the budget.", "wants a bigger share"),
    ("Doctors warned that the outbreak would spread to the coast.", "outbreak would spread"),
    ("Trade minister Lena Holt: We will not sign this treaty\n\nTalks ended.", "not sign"),
    ('Lena Holt called the treaty "a betrayal of every worker in this country".', "betrayal"),
    # a judgement of what the object is, said without marks, is speech
    ("The judge called the charges baseless.", "baseless"),
    ("Critics called the tax cut a giveaway to landlords.", "giveaway"),
]


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(("text", "words"), SPEECH)
def test_not_speech_contrast_speech_is_kept(text: str, words: str) -> None:
    found = contents(analyse(text))
    assert [c for c in found if words in c], found
