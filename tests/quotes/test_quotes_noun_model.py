"""The learned noun model (issue 16): a noun of saying or stance with the phrase or clause
after it that holds what it reports ('the mayor's doubts | about the deal', 'the governor's
pledge | to rebuild'), its source whose the noun is. Nouns of things and places with a
phrase after them ('the bridge over the river', 'the office on Elm Street') report nothing."""

from __future__ import annotations

import pytest
from quotes_reading import reports


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        (
            "The mayor's doubts about the stadium deal grew over the summer.",
            "doubts",
            "the stadium deal",
            "The mayor",
        ),
        (
            "The governor's pledge to rebuild the bridge by spring was met with scepticism.",
            "pledge",
            "to rebuild the bridge by spring",
            "The governor",
        ),
        (
            "Okafor's concerns about the audit were shared by two other trustees.",
            "concerns",
            "the audit",
            "Okafor",
        ),
        (
            "The chairman's opinion of the merger has not changed since May.",
            "opinion",
            "the merger",
            "The chairman",
        ),
    ],
)
def test_quotes_noun_reports_what_follows_it(
    text: str, cue: str, content: str, speaker: str
) -> None:
    assert reports(text).get(cue) == (content, speaker)


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    "text",
    [
        "The bridge over the river was closed for repairs.",
        "The price of bread rose again in March.",
        "The team's victory over the visitors was its third in a row.",
        "The mayor's office on Elm Street opened in 2019.",
    ],
)
def test_quotes_noun_of_a_thing_reports_nothing(text: str) -> None:
    assert reports(text) == {}


@pytest.mark.slow
@pytest.mark.issue(16)
def test_quotes_noun_report_found_once() -> None:
    """'voiced doubts about the plan' is found at the verb: the noun adds no second report."""
    found = reports("Reyes voiced doubts about the new parking rules on Monday.")
    assert [content for content, _ in found.values()] == ["the new parking rules"]
