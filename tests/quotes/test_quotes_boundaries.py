"""Where reported speech ends (issue 16): a second verb of saying joined to the reported
clause is a second report of the same speaker, and a gloss set off by a comma at the end
('..., who took office in May', '..., a firm that ...') is the writer's, not the source's."""

from __future__ import annotations

import pytest
from quotes_reading import reports


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The senator said he would vote against the bill and called on his colleagues "
            "to do the same.",
            "said",
            "he would vote against the bill",
        ),
        (
            "The mayor said the bridge would reopen in spring and warned drivers about "
            "long delays until then.",
            "said",
            "the bridge would reopen in spring",
        ),
        (
            "The chairwoman announced that the plant would close and added that no jobs "
            "would be lost.",
            "announced",
            "that the plant would close",
        ),
        (
            "The minister said the plan would fail, adding that the money had run out.",
            "said",
            "the plan would fail",
        ),
        (
            "Officials said the tax would pay for new schools and that the rate would stay low.",
            "said",
            "the tax would pay for new schools and that the rate would stay low",
        ),
        (
            "Analysts said the result would depend on turnout and on the weather.",
            "said",
            "the result would depend on turnout and on the weather",
        ),
        (
            "The coach said his players trained hard and deserved the win.",
            "said",
            "his players trained hard and deserved the win",
        ),
    ],
)
def test_quotes_boundaries_a_second_report_ends_the_first(
    text: str, cue: str, content: str
) -> None:
    """'said A and called on B': A only; 'said A and that B', 'said A and B': both."""
    assert reports(text)[cue][0] == content


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "The senator said he would vote against the bill and called on his colleagues "
            "to do the same.",
            "called",
            "The senator",
        ),
        (
            "Ms. Okafor said the deal was fair and warned that the talks could still fail.",
            "warned",
            "Okafor",
        ),
    ],
)
def test_quotes_boundaries_a_second_report_has_the_first_speaker(
    text: str, cue: str, speaker: str
) -> None:
    """The second verb of saying shares the first one's subject, not the reported clause's."""
    assert reports(text)[cue][1] == speaker


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The governor said she would meet the mayor of Springfield, who took office "
            "in January.",
            "said",
            "she would meet the mayor of Springfield",
        ),
        (
            "Critics argued that the contract went to Halvorsen Ltd, a firm that had "
            "donated to the campaign.",
            "argued",
            "that the contract went to Halvorsen Ltd",
        ),
        (
            "The treasurer said he backed the candidates who supported the reform.",
            "said",
            "he backed the candidates who supported the reform",
        ),
        (
            "The agency said the storm would reach the coast, Tuesday night at the latest.",
            "said",
            "the storm would reach the coast, Tuesday night at the latest",
        ),
    ],
)
def test_quotes_boundaries_a_closing_gloss_is_left_out(text: str, cue: str, content: str) -> None:
    """', who ...', ', a firm that ...' at the end: out; no comma: in (', which ...' after a
    clause stays: tests/quotes/test_quotes_report_tails.py)."""
    assert reports(text)[cue][0] == content


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The advertisement painted Senator Hale as a friend of the big banks.",
            "painted",
            "Senator Hale as a friend of the big banks",
        ),
        (
            "Many voters saw the debate as a turning point for the campaign.",
            "saw",
            "the debate as a turning point for the campaign",
        ),
    ],
)
def test_quotes_boundaries_an_object_described_as_something_is_a_view(
    text: str, cue: str, content: str
) -> None:
    """'painted X as Y' tells a view of X, as 'said X was Y' does: X goes with Y."""
    assert reports(text)[cue][0] == content


@pytest.mark.slow
@pytest.mark.issue(16)
def test_quotes_boundaries_an_object_used_as_something_is_no_view() -> None:
    """'used the depot as collateral' is an act, not a view, though it has the same shape."""
    assert "used" not in reports("The bank used the old depot as collateral for the loan.")
