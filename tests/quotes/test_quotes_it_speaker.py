"""Who 'it' is when it opens a report (issue 16): an 'it' that speaks or acts ('it said',
'it attacked the mayor') stands for an organisation named before; an 'it' of a copula or an
impersonal verb ('it is clear that', 'it appears that') stands for no one: the clause is the
writer's own hedged claim, not reported speech, and gives no quote. A pronoun subject no one
is found for gives no speaker: never a name near the cue, which is often the one spoken to
or about."""

from __future__ import annotations

import pytest
from quotes_reading import reports
from spacy.tokens import Token

from newscoder import analyze
from newscoder.model import Document
from newscoder.parse import parse
from newscoder.quotes.lexicon import lexicon
from newscoder.quotes.speakers import stands_for_someone
from newscoder.quotes.stage import impersonal


def token(text: str, word: str) -> Token:
    return next(t for t in parse(Document(id="t", text=text)).doc if t.text == word)


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "acts"),
    [
        ("The paper endorsed her. Meanwhile, it attacked the governor.", True),
        ("The agency published figures. It referenced rising prices.", True),
        ("The union wrote to members. It said the strike would go on.", True),
        ("It is clear that the plan failed.", False),
        ("It appears that the road will stay shut.", False),
        ("It seems the vote was close.", False),
        ("It's worth noting that the plant closed.", False),
    ],
)
def test_quotes_it_stands_for_someone_when_it_acts(text: str, acts: bool) -> None:
    it = next(t for t in parse(Document(id="t", text=text)).doc if t.lower_ == "it")
    assert stands_for_someone(it, lexicon()) is acts


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("It appears that the road will stay shut until May.", "appears"),
        ("It is worth noting that the plant closed in June.", "noting"),
    ],
)
def test_quotes_impersonal_it_names_no_source(text: str, cue: str) -> None:
    assert impersonal(token(text, cue), lexicon())


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The board met on Monday. It said that the school would stay open.", "said"),
        ("Ms Ruiz said that the school would stay open.", "said"),
    ],
)
def test_quotes_named_or_acting_source_is_not_impersonal(text: str, cue: str) -> None:
    assert not impersonal(token(text, cue), lexicon())


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "not_speaker"),
    [
        (
            "The Harbour Gazette backed Ms Ruiz on Sunday.\n\n"
            "Meanwhile, it attacked Tomas Havel, saying his plan would ruin the port.",
            "Havel",
        ),
        ("Earlier, he told Maria Ortiz that the ferry would stop running.", "Ortiz"),
    ],
)
def test_quotes_pronoun_source_never_becomes_a_nearby_name(text: str, not_speaker: str) -> None:
    """'it attacked Havel': Havel is attacked; 'he told Ortiz': Ortiz is told."""
    speakers = [q.speaker.name for q in analyze(text).quotes if q.speaker is not None]
    assert not [s for s in speakers if not_speaker in s], speakers


@pytest.mark.slow
@pytest.mark.issue(16)
def test_quotes_acting_it_takes_the_organisation_before() -> None:
    text = (
        "The Harbour Gazette backed Ms Ruiz on Sunday.\n\n"
        "Meanwhile, it attacked Tomas Havel, saying his plan would ruin the port."
    )
    found = reports(text)
    who = [speaker for _, speaker in found.values() if speaker is not None]
    assert who and all("Gazette" in s for s in who), found


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    "text",
    [
        "Talks resumed on Tuesday. It appears that the two ports will share the new ferry line.",
        "The vote was delayed again, and it is unclear whether the council will meet before June.",
        "It seems the harvest will be smaller than last year's.",
        "It is worth noting that the bridge was closed twice in March.",
    ],
)
def test_quotes_writers_hedged_claim_is_no_quote(text: str) -> None:
    """A fact-checker asks who said what: the writer's 'it appears that' quotes no one."""
    assert analyze(text).quotes == [], analyze(text).quotes


@pytest.mark.slow
@pytest.mark.issue(16)
def test_quotes_acting_it_still_reports_beside_a_hedge() -> None:
    text = (
        "The Harbour Board met on Monday. It said that fees would rise in May, "
        "and it appears that shippers will pay most of them."
    )
    quotes = analyze(text).quotes
    assert len(quotes) == 1, quotes
    assert quotes[0].speaker is not None and "Harbour Board" in quotes[0].speaker.name
    assert "fees would rise" in text[quotes[0].content[0].start : quotes[0].content[-1].end]
