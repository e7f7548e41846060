"""A line opened by a poll, survey, study or report and a colon reports what it found, as
'in the poll, ...' does (issue 16); a name or topic before the colon stays a topic line
unless the words after it show a speaker."""

import pytest

from newscoder import analyze

FINDINGS = [
    ("Poll: Young voters turn away from both parties.\n\nThe story goes on.",
     "Poll", "Young voters turn away from both parties."),
    ("Survey: Most farmers expect a poor harvest this year.\n\nMore below.",
     "Survey", "Most farmers expect a poor harvest this year."),
    ("Study: Night shifts raise the risk of heart disease.\n\nDetails follow.",
     "Study", "Night shifts raise the risk of heart disease."),
]


@pytest.mark.parametrize(("text", "source", "content"), FINDINGS)
def test_quotes_finding_line_reports(text: str, source: str, content: str) -> None:
    quotes = [q for q in analyze(text).quotes if q.cue is not None and text[q.cue.start] == ":"]
    assert len(quotes) == 1
    assert quotes[0].speaker is not None and quotes[0].speaker.name == source
    assert text[quotes[0].content[0].start : quotes[0].content[0].end] == content


TOPICS = [
    "Julian Moss: Sweden drops the inquiry.\n\nThe story goes on.",
    "Election night: Turnout rises in the north.\n\nThe story goes on.",
    "Poll results: Turnout rises in the north.\n\nThe story goes on.",
]


@pytest.mark.parametrize("text", TOPICS)
def test_quotes_finding_line_not_for_a_topic(text: str) -> None:
    assert not [q for q in analyze(text).quotes if q.cue is not None and text[q.cue.start] == ":"]
