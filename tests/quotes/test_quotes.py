"""The quotes stage: direct, reported and mixed speech, with speakers resolved."""

from __future__ import annotations

import pytest

from newscoder.model import Analysis, Document, Quote
from newscoder.pipeline import analyze_document
from newscoder.quotes.marks import find_quoted
from newscoder.quotes.stage import quote_at

STAGES = ("entities", "quotes")


def analyse(text: str) -> Analysis:
    return analyze_document(Document(id="t", text=text), stages=STAGES)


def content_of(analysis: Analysis, quote: Quote) -> str:
    return " ".join(analysis.text[s.start : s.end] for s in quote.content)


def quote_with(analysis: Analysis, words: str) -> Quote:
    found = [q for q in analysis.quotes if words in content_of(analysis, q)]
    assert found, f"no quote holds {words!r}: {[content_of(analysis, q) for q in analysis.quotes]}"
    return found[0]


# -- quotation marks (no model) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said: "The bridge is closed."', [["The bridge is closed."]]),
        ("She said: “The ferry runs at noon.”", [["The ferry runs at noon."]]),
        (
            "“The first part ends here.\n\n“The second part ends there,” she said.",
            [["The first part ends here.", "The second part ends there,"]],
        ),
        (
            'An "unclosed passage runs on.\n\nA new paragraph "closes" fine.',
            [
                ["unclosed passage runs on."],
                ["closes"],
            ],
        ),
        (
            "'We leave at dawn,' the captain said. Don't wait for the players' bus.",
            [
                ["We leave at dawn,"],
            ],
        ),
        ("\"Outer with 'inner words' kept,\" he said.", [["Outer with 'inner words' kept,"]]),
        ('Stray closing mark" here and "never closed', [["never closed"]]),
        # issue 16: paragraphs that each open and none closes are a missing closing mark
        (
            "“The well ran dry.\n\n“The pump broke too.\n\nThe village waited for rain.",
            [["The well ran dry."], ["The pump broke too."]],
        ),
        # the convention carries a quotation over only after a finished sentence
        (
            "“We waited all night,\n\n“Then the boats came,” a fisherman said.",
            [["We waited all night,"], ["Then the boats came,"]],
        ),
        (
            "He wrote ‘‘the river is rising.’’ Then “rain” fell.",
            [["the river is rising."], ["rain"]],
        ),
        ("The guide said ``turn left here'' twice.", [["turn left here"]]),
        ("Sie sagte „Wir kommen morgen“ und ging.", [["Wir kommen morgen"]]),
        ("The sign read «no entry» in red.", [["no entry"]]),
        (
            "“The road is shut. “Use the ferry,” the officer said.",
            [["The road is shut."], ["Use the ferry,"]],
        ),
    ],
)
def test_quote_marks_pairs_passages(text: str, expected: list[list[str]]) -> None:
    passages = find_quoted(text)
    assert [[text[f.start : f.end] for f in q.fragments] for q in passages] == expected


# -- attribution (model) ------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "words", "speaker", "cue"),
    [
        (
            'Mayor Anna Brooks said, "We will rebuild the harbour before winter."',
            "rebuild the harbour",
            "Anna Brooks",
            "said",
        ),
        (
            '"The dam will hold through the spring floods," engineer Tomas Reyes insisted.',
            "dam will hold",
            "Tomas Reyes",
            "insisted",
        ),
        (
            "Union leader Maria Okafor warned: “Nobody goes back to work until the pay is fixed.”",
            "Nobody goes back",
            "Maria Okafor",
            "warned",
        ),
        (
            "Harold Finch met the council on Monday. Finch later noted that the budget was "
            "short by two million dollars.",
            "the budget was short",
            "Harold Finch",
            "noted",
        ),
        (
            "Senator Ruth Calder opposed the new pipeline through the national park.",
            "new pipeline",
            "Ruth Calder",
            "opposed",
        ),
        (  # issue 16: the officer named before 'said:' speaks, not the organisation
            'Harbour Trust chief executive Ingrid Solberg said: "The quay reopens in May."',
            "quay reopens",
            "Ingrid Solberg",
            "said",
        ),
        (
            "According to the Port Authority, the cargo ship left the dock without a permit.",
            "cargo ship left",
            "Port Authority",
            "According to",
        ),
    ],
)
def test_quotes_speaker_and_cue(text: str, words: str, speaker: str, cue: str) -> None:
    analysis = analyse(text)
    quote = quote_with(analysis, words)
    assert quote.speaker is not None and speaker in quote.speaker.name
    assert quote.cue is not None and text[quote.cue.start : quote.cue.end] == cue


@pytest.mark.slow
def test_quotes_pronoun_resolves_to_earlier_person() -> None:
    text = (
        "Police chief Daniel Osei met residents on Tuesday. "
        '"We will add patrols in the old town," he said.'
    )
    analysis = analyse(text)
    quote = quote_with(analysis, "add patrols")
    assert quote.speaker is not None
    assert text[quote.speaker.start : quote.speaker.end] == "he"
    assert quote.speaker.name == "Daniel Osei"


@pytest.mark.slow
def test_quotes_interrupted_quote_is_one_with_two_fragments() -> None:
    text = '"The vote was close," Clara Mendes wrote, "but the result will stand."'
    analysis = analyse(text)
    assert len(analysis.quotes) == 1
    quote = analysis.quotes[0]
    assert len(quote.content) == 2
    assert quote.speaker is not None and quote.speaker.name == "Clara Mendes"


@pytest.mark.slow
def test_quotes_medium_is_not_the_speaker() -> None:
    text = 'Analyst Peter Vance told Reuters, "The currency will fall again next month."'
    quote = quote_with(analyse(text), "currency will fall")
    assert quote.speaker is not None and quote.speaker.name == "Peter Vance"
    assert quote.medium == "Reuters"


@pytest.mark.slow
def test_quotes_anonymous_source_is_kept() -> None:
    text = 'A senior police official told reporters: "The suspect was armed and dangerous."'
    quote = quote_with(analyse(text), "suspect was armed")
    assert quote.speaker is not None and quote.speaker.kind == "anonymous"
    assert "official" in quote.speaker.name


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        'Delegates gathered for the "Harbour Accord" meeting in the capital.',
        'The rebels were hailed by supporters as heroes of a "liberation."',
    ],
)
def test_quotes_names_and_scare_quotes_are_not_speech(text: str) -> None:
    assert analyse(text).quotes == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "before", "after", "speaker"),
    [
        (
            "The new levy, the treasurer Ines Varga said, would fall hardest on small farms.",
            "The new levy",
            "would fall hardest",
            "Ines Varga",
        ),
        (
            # issue 16: a pronoun needs someone to stand for, or it is no speaker
            "Elias Grant grew up there. Back in the valley, he said, the mill shut its doors "
            "for good.",
            "Back in the valley",
            "the mill shut",
            "he",
        ),
    ],
)
def test_quotes_parenthetical_cue_splits_the_content(
    text: str, before: str, after: str, speaker: str
) -> None:
    analysis = analyse(text)
    quote = quote_with(analysis, before)
    fragments = [text[s.start : s.end] for s in quote.content]
    assert len(fragments) == 2 and before in fragments[0] and after in fragments[1]
    assert "said" not in " ".join(fragments)
    assert quote.speaker is not None
    assert text[quote.speaker.start : quote.speaker.end].endswith(speaker)


@pytest.mark.slow
def test_quotes_time_after_cue_is_not_the_speaker() -> None:
    text = "“We will reopen when the storm has passed,” said Friday the port director."
    quote = quote_with(analyse(text), "reopen when")
    assert quote.speaker is None or "Friday" not in quote.speaker.name


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The new mayor seems to enjoy long walks by the river.",
        "The harbour board appears to have lost the vote on the levy.",
        "The council is seeking a larger budget for the bridge.",
    ],
)
def test_quotes_weak_stance_verbs_are_not_speech(text: str) -> None:
    assert analyse(text).quotes == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "CLEVELAND (AP) — Former governor Ann Pike told reporters that the party would unite.",
            "party would unite",
            "Ann Pike",
        ),
        ("NATO said the drills would go ahead.", "drills would go ahead", "NATO"),
    ],
)
def test_quotes_dateline_is_not_the_speaker(text: str, words: str, speaker: str) -> None:
    quote = quote_with(analyse(text), words)
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.slow
def test_quotes_mixed_speech() -> None:
    text = 'The minister said the negotiations had been "constructive and open."'
    quote = quote_with(analyse(text), "constructive")
    assert quote.kind == "mixed"
    assert "negotiations" in content_of(analyse(text), quote)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        'He said "this never ends.\n\nThe next "paragraph" goes on and " on.',
        "",
        '"',
        "“”“",
        "'‘’ he said, \"",
        'According to : told AFP "',
        "“Nested “inner” marks never close, the mayor said.",
    ],
)
def test_quotes_unbalanced_marks_do_not_crash(text: str) -> None:
    analysis = analyse(text)
    for quote in analysis.quotes:
        assert all(0 <= s.start <= s.end <= len(text) for s in quote.content)


@pytest.mark.slow
def test_quote_at_finds_the_quote_holding_a_span() -> None:
    text = 'Governor Lena Park said, "Schools will reopen on Monday across the state."'
    analysis = analyse(text)
    start = text.index("Schools")
    assert quote_at(analysis, start, start + 7) == 0
    assert quote_at(analysis, 0, 8) is None


# -- the seed article ---------------------------------------------------------------------------

# (a few words of the quoted content, a word the resolved speaker's name must hold)
SEED_DIRECT = [
    ("close associates with blood", "statement"),
    ("We invite them to form", "statement"),
    ("confident personally that the Syrian", "Kerry"),
    ("With respect to the Assad regime", "Kerry"),
    ("by no means certain", "Rowland"),
    ("no future for Bashar al-Assad", "Jarba"),
    ("feeding terrorism", "Fabius"),
    ("no way to say 100 percent", "official"),
    ("playing a double role", "Caillet"),
    ("If ISIS really disappeared", "Caillet"),
    ("The sick and wounded", "Amos"),
    ("raising the possibility of a major war", "USA Today"),
    ("had difficulty assaulting Fallujah", "Lewis"),
    ("will most likely level Fallujah", "Lewis"),
]
SEED_INDIRECT = [
    ("Syrian opposition officials had not made", "Rowland"),
    ("the fighting has claimed 697 lives", "Observatory"),
    ("it had suspended its official aid", ""),
]
SEED_NOT_SPEECH = ['"Geneva II"', '"revolution."']


@pytest.mark.slow
@pytest.mark.issue(3)
@pytest.mark.parametrize(("words", "speaker"), SEED_DIRECT + SEED_INDIRECT)
def test_quotes_seed_attributions(seed_analysis: Analysis, words: str, speaker: str) -> None:
    text = seed_analysis.text
    start = text.index(words)
    index = quote_at(seed_analysis, start, start + len(words))
    assert index is not None, f"no quote holds {words!r}"
    quote = seed_analysis.quotes[index]
    assert quote.speaker is not None and quote.cue is not None
    assert speaker in quote.speaker.name


@pytest.mark.slow
@pytest.mark.issue(3)
def test_quotes_seed_speaker_mentions_and_media(seed_analysis: Analysis) -> None:
    text = seed_analysis.text

    def quote(words: str) -> Quote:
        start = text.index(words)
        index = quote_at(seed_analysis, start, start + len(words))
        assert index is not None
        return seed_analysis.quotes[index]

    added = quote("With respect to the Assad regime").speaker
    assert added is not None and text[added.start : added.end] == "He"
    assert added.name == "John Kerry"
    assert quote("had difficulty assaulting Fallujah").medium == "AFP"
    caillet = quote("playing a double role")
    assert caillet.medium is not None and "Nouvel Observateur" in caillet.medium
    assert caillet.speaker is not None and "Observateur" not in caillet.speaker.name
    assert len(quote("by no means certain").content) == 2
    us = quote("it had suspended its official aid").speaker
    assert us is not None and text[us.start : us.end] == "US"
    assert sum(q.kind == "direct" for q in seed_analysis.quotes) >= 13


@pytest.mark.slow
@pytest.mark.issue(3)
@pytest.mark.parametrize("marked", SEED_NOT_SPEECH)
def test_quotes_seed_names_and_scare_quotes(seed_analysis: Analysis, marked: str) -> None:
    start = seed_analysis.text.index(marked)
    assert quote_at(seed_analysis, start + 1, start + len(marked) - 1) is None
