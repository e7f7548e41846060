"""Sources the parse leaves without a subject, and contents that run into another report
(issue 16): a poll's share opening the clause ('About 6 in 10 say ...') holds the view; a
gerund after 'in addition to' is its clause's subject's; the names opening the turns of a
transcript are speakers even where the read stage takes one for a dateline; a second
report hung on the first cue ('..., and most said ...') is not part of the first's
content, which never ends on the 'and' that joined them."""

from __future__ import annotations

import pytest
from quotes_reading import reports

from newscoder import analyze
from newscoder.quotes.stage import transcript_turn, turn_name


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        (  # the parser reads the share as a number on the verb
            "About 6 in 10 say they want the city to build more homes.",
            "say",
            "they want the city to build more homes",
            "About 6 in 10",
        ),
        (  # a fraction read as an adverb of the verb
            "Less than a third agreed that the harbour should be dredged again.",
            "agreed",
            "that the harbour should be dredged again",
            "Less than a third",
        ),
        (  # a plain subject, as before
            "The farmers said the drought had cut their yields.",
            "said",
            "the drought had cut their yields",
            "The farmers",
        ),
        (  # the gerund in a phrase on the phrase: the main clause's subject stated it
            "In addition to stating that the levy was unfair, Martinez has promised to cut it.",
            "stating",
            "that the levy was unfair",
            "Martinez",
        ),
    ],
)
def test_source_without_a_subject(text: str, cue: str, content: str, speaker: str) -> None:
    found = reports(text)
    assert found[cue] == (content, speaker)


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (  # a second source's report, hung on 'said' by the parser
            "Most riders said they were unhappy with the timetable, and nearly half said "
            "the new trams would not help.",
            "said",
            "they were unhappy with the timetable",
        ),
        (  # 'that A and that B' is one report: both clauses stay
            "The inspector said that the wiring was old and that the roof leaked.",
            "said",
            "that the wiring was old and that the roof leaked",
        ),
    ],
)
def test_second_report_not_in_first(text: str, cue: str, content: str) -> None:
    contents = [
        " || ".join(text[s.start : s.end] for s in q.content)
        for q in analyze(text).quotes
        if q.cue is not None and text[q.cue.start : q.cue.end] == cue
    ]
    assert content in contents


TRANSCRIPT = (
    "A transcript of the radio debate follows.\n\n"
    "MARTA OLSEN: Why will you not publish the budget?\n\n"
    "DEREK HALE: We will publish it when the auditors have finished their work.\n\n"
    "OLSEN: That could take until the spring, could it not?\n"
)


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("content", "speaker"),
    [
        ("Why will you not publish the budget?", "MARTA OLSEN"),
        ("We will publish it when the auditors have finished their work.", "DEREK HALE"),
        ("That could take until the spring, could it not?", "OLSEN"),
    ],
)
def test_transcript_turns_have_speakers(content: str, speaker: str) -> None:
    found = {
        " ".join(TRANSCRIPT[s.start : s.end] for s in q.content): q.speaker
        for q in analyze(TRANSCRIPT).quotes
    }
    assert content in found
    assert found[content] is not None and found[content].name == speaker


@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "turn"),
    [
        ("MARTA OLSEN: Why?\n\nDEREK HALE: Because.\n", True),
        ("NEW DELHI: The rules will stay, officials said.\n\nThey date from May.\n", False),
        ("Update: the road is open.\n\nUpdate: the bridge is open too.\n", False),  # one name
    ],
)
def test_transcript_turn_needs_two_names(text: str, turn: bool) -> None:
    assert transcript_turn(text, text.index(":")) is turn


@pytest.mark.parametrize(
    ("lead", "name"),
    [("KATE MILLER", "KATE MILLER"), ("Hale", "HALE"), ("Note 2", None), ("the mayor", None)],
)
def test_turn_name(lead: str, name: str | None) -> None:
    assert turn_name(lead) == name
