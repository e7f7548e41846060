"""Reported speech beyond 'X said that ...' (issue 16): polls and reports as sources, hedged
reports with no source named, stances held by adjectives and light verbs, and 'according to'
inside the clause it qualifies."""

from __future__ import annotations

import pytest

from newscoder.model import Analysis, Document, Quote
from newscoder.pipeline import analyze_document

STAGES = ("entities", "quotes")


def analyse(text: str) -> Analysis:
    return analyze_document(Document(id="t", text=text), stages=STAGES)


def content(analysis: Analysis, quote: Quote) -> str:
    return " ".join(analysis.text[s.start : s.end] for s in quote.content)


def holding(analysis: Analysis, words: str) -> list[Quote]:
    return [q for q in analysis.quotes if words in content(analysis, q)]


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (
            "In the latest county survey, the mayor's lead over her rival has shrunk to three "
            "points.",
            "the mayor's lead",
            "survey",
        ),
        (
            "The governor leads her challenger by six points in a new statewide poll.",
            "The governor leads",
            "poll",
        ),
    ],
)
def test_quotes_forms_a_poll_reports_its_finding(text: str, words: str, source: str) -> None:
    analysis = analyse(text)
    found = holding(analysis, words)
    assert found, [content(analysis, q) for q in analysis.quotes]
    speaker = found[0].speaker
    assert speaker is not None and source in text[speaker.start : speaker.end]
    assert "poll" not in content(analysis, found[0]).split()[-1:]


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    "text",
    [
        "In a statement, the ministry said that the bridge would stay shut.",
        "The contract was printed in large gold letters on the wall.",
    ],
)
def test_quotes_forms_a_document_with_its_own_cue_or_none_reports_nothing(text: str) -> None:
    """'In a statement, X said': the verb's attribution, not a second one from the phrase."""
    analysis = analyse(text)
    cues = [text[q.cue.start : q.cue.end] for q in analysis.quotes if q.cue is not None]
    assert "In" not in cues and "in" not in cues


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The club is reportedly preparing a bid for the striker.", "preparing a bid"),
        ("Reportedly, the mayor kept the letter in her desk for a year.", "the mayor kept"),
        ("Asked whether the plant would close, the manager shook his head.", "plant would close"),
        ("The senator is expected to sign the bill on Friday.", "sign the bill"),
    ],
)
def test_quotes_forms_reportedly_names_no_source(text: str, words: str) -> None:
    """'reportedly', a question put by no one named, an expectation held by no one named:
    reports of sources the text leaves unnamed."""
    analysis = analyse(text)
    found = holding(analysis, words)
    assert found and found[0].speaker is None
    assert not content(analysis, found[0]).lower().startswith("reportedly")
    assert not content(analysis, found[0]).endswith(".")


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Senator Olga Brandt was openly critical of the harbour expansion.", "harbour", "Brandt"),
        (
            "The farmers' union is worried that the drought will cut the harvest in half.",
            "the drought will cut",
            "union",
        ),
    ],
)
def test_quotes_forms_a_stance_held_by_an_adjective(text: str, words: str, speaker: str) -> None:
    analysis = analyse(text)
    found = holding(analysis, words)
    assert found, [content(analysis, q) for q in analysis.quotes]
    quote = found[0]
    assert quote.speaker is not None and speaker in text[quote.speaker.start : quote.speaker.end]


@pytest.mark.slow
@pytest.mark.issue(16)
def test_quotes_forms_according_to_inside_the_clause_keeps_the_clause() -> None:
    text = "Ticket sales, according to the organisers, have doubled since March."
    analysis = analyse(text)
    (quote,) = holding(analysis, "have doubled")
    assert content(analysis, quote).startswith("Ticket sales")
    assert quote.speaker is not None and "organisers" in quote.speaker.name


@pytest.mark.slow
@pytest.mark.issue(16)
def test_quotes_forms_according_to_at_the_end_reports_what_comes_before() -> None:
    text = "The ferry sank in calm water, according to the coast guard."
    analysis = analyse(text)
    (quote,) = holding(analysis, "The ferry sank")
    assert "coast guard" not in content(analysis, quote)


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "words", "speaker", "cue"),
    [
        (
            '"The river will be back inside its banks by Friday," Ana Moreno guessed.',
            "river will be back",
            "Moreno",
            "guessed",
        ),
        (
            'Tomas Ek left the hall early. "Nobody here listens to the farmers," he grumbled.',
            "Nobody here listens",
            "Tomas Ek",
            "grumbled",
        ),
    ],
)
def test_quotes_forms_any_verb_closing_an_open_quotation_is_its_cue(
    text: str, words: str, speaker: str, cue: str
) -> None:
    """'"...," he surmised.': the verb of the short clause after a quotation left open on a
    comma tells who spoke, listed or not."""
    analysis = analyse(text)
    (quote,) = holding(analysis, words)
    assert quote.speaker is not None and speaker in quote.speaker.name
    assert quote.cue is not None and text[quote.cue.start : quote.cue.end] == cue


@pytest.mark.slow
@pytest.mark.issue(16)
def test_quotes_forms_who_issued_the_statement_speaks() -> None:
    text = "Mayor Lena Park released a statement saying the clinic would stay open."
    analysis = analyse(text)
    (quote,) = holding(analysis, "the clinic would stay open")
    assert quote.speaker is not None and "Lena Park" in quote.speaker.name


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    "text",
    [
        "You could argue that the bridge was never needed.",
        "Nobody was in the room. It said on the screen that the vote was delayed.",
    ],
)
def test_quotes_forms_an_unresolved_pronoun_is_no_speaker(text: str) -> None:
    """Every pronoun speaker is resolved to a name or dropped, never shown as 'You'."""
    analysis = analyse(text)
    for quote in analysis.quotes:
        speaker = quote.speaker
        assert speaker is None or speaker.name.lower() not in ("you", "it", "i", "we", "they")


@pytest.mark.slow
@pytest.mark.issue(16)
def test_quotes_forms_it_speaks_for_the_organisation_before() -> None:
    text = (
        "The Harbour Authority closed the north pier on Monday. It said that repairs would "
        "take a month."
    )
    analysis = analyse(text)
    (quote,) = holding(analysis, "repairs would take")
    assert quote.speaker is not None and "Harbour Authority" in quote.speaker.name


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    "text",
    [
        "The Red Cross opened a clinic in the town. It appears that the fighting has spread.",
        "The Red Cross opened a clinic in the town. It seems the roads are closed again.",
    ],
)
def test_quotes_forms_it_that_speaks_for_no_one_is_no_speaker(text: str) -> None:
    """'It appears that ...': no organisation speaks through an 'it' that is no speaker's."""
    analysis = analyse(text)
    for quote in analysis.quotes:
        assert quote.speaker is None or "Red Cross" not in quote.speaker.name


@pytest.mark.slow
@pytest.mark.issue(16)
def test_quotes_forms_mixed_content_runs_to_the_end_of_its_clause() -> None:
    text = 'The coach said the team faced a "very long road" before the final in May.'
    analysis = analyse(text)
    (quote,) = holding(analysis, "very long road")
    assert quote.kind == "mixed"
    assert content(analysis, quote).rstrip(".").endswith("before the final in May")


@pytest.mark.slow
@pytest.mark.issue(16)
def test_quotes_forms_a_person_named_by_age_speaks() -> None:
    text = 'The crowd cheered.\n\n"The harbour is our whole life," said the 46-year-old.'
    analysis = analyse(text)
    (quote,) = holding(analysis, "harbour is our whole life")
    assert quote.speaker is not None and "46-year-old" in quote.speaker.name
