"""Marks that open in lower case after words of the writer's sentence and close on a comma
before the cue complete a clause begun outside them: the cue reports the whole clause, marks
and all (mixed speech), and a passage after it goes on with the same speaker (issue 16).
Marks that open a sentence, hold a capital or open inside a noun phrase stay as they are."""

import pytest

from newscoder import analyze

LED_IN = [
    (
        'Raising the fares again "would be a disaster for commuters," said Tom Reyes, who '
        "runs the riders' group.",
        'Raising the fares again "would be a disaster for commuters',
        "Tom Reyes",
    ),
    (
        "Keeping the museum open on Sundays ''makes no sense at all,'' the director said.",
        "Keeping the museum open on Sundays ''makes no sense at all",
        "the director",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), LED_IN)
def test_quotes_writers_lead_is_mixed(text: str, content: str, speaker: str) -> None:
    quotes = analyze(text).quotes
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.kind == "mixed"
    assert text[quote.content[0].start : quote.content[0].end] == content
    assert quote.speaker is not None and quote.speaker.name == speaker


def test_quotes_writers_lead_goes_on_in_the_next_passage() -> None:
    text = (
        'The new bridge "is already too narrow," the engineer said. "We warned them about it '
        'for years."'
    )
    quotes = analyze(text).quotes
    assert len(quotes) == 1 and quotes[0].kind == "mixed"
    assert [text[s.start : s.end] for s in quotes[0].content] == [
        'The new bridge "is already too narrow,',
        "We warned them about it for years.",
    ]


DIRECT = [
    ('"The plan is a mess," said Lina Ortiz. "It will cost too much."', "The plan is a mess,"),
    ('On the fares, "We cannot raise them again," said Tom Reyes.', "We cannot raise them again,"),
    ('Tom Reyes was blunt: "no more fare rises," he said.', "no more fare rises,"),
    # marks that open inside a noun phrase: a scare quote, the writer's sentence not theirs
    ("The mayor mocked the council's own \"expert,\" Ortiz said on Tuesday.", "expert,"),
    ('Critics laughed at the new "safety plan," one resident said.', "safety plan,"),
    ('The club hired a famous "coach," the owner said.', "coach,"),
]


@pytest.mark.parametrize(("text", "words"), DIRECT)
def test_quotes_writers_lead_not_for_a_quotation_of_its_own(text: str, words: str) -> None:
    start = text.index(words)
    holding = [q for q in analyze(text).quotes if q.content[0].start <= start < q.content[0].end]
    assert [q.kind for q in holding] == ["direct"]
    assert text[holding[0].content[0].start : holding[0].content[0].end] == words
