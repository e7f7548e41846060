"""Marks before a verb of saying whose own clause follows it (issue 16): 'Granting that the
mayor "got a few things right," Okafor did suggest that ...'. The verb reports its 'that'
clause; the marked words, in a phrase before it, are not its quotation, and taking them for
one lost the report itself."""

import pytest
from quotes_reading import reports

from newscoder import analyze

CASES = [
    (
        'Granting that the mayor "got a few things right," Okafor did suggest that the new '
        "tram line would cost far more than planned.",
        "suggest",
        "that the new tram line would cost far more than planned",
    ),
    (
        'Admitting that the budget "looks thin in places," the treasurer insisted that no '
        "school would close this year.",
        "insisted",
        "that no school would close this year",
    ),
    (
        'After calling the plan "a rushed job," Senator Mensah argued that the vote should '
        "wait until spring.",
        "argued",
        "that the vote should wait until spring",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content"), CASES)
def test_quotes_marks_before_cue_report_kept(text: str, cue: str, content: str) -> None:
    found = reports(text)
    assert cue in found and found[cue][0] == content, found


@pytest.mark.parametrize(
    "text",
    [  # guards: a quotation closed by its cue stays that cue's
        '"We will open the bridge in May," Okafor said on Tuesday.',
        '"The fund is empty," the treasurer said, adding that no school would close.',
    ],
)
def test_quotes_marks_before_cue_quotation_kept(text: str) -> None:
    quotes = [q for q in analyze(text).quotes if q.kind == "direct"]
    assert len(quotes) == 1 and quotes[0].cue is not None, analyze(text).quotes
