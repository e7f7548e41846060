"""A comment set off at the end of what was reported that holds a report of its own (', with
one poll showing ...', ', though she noted ...') is the writer's next attribution (issue 16):
the first report ends before it and the second stands on its own, as PolNeAR marks them. A
report inside the reported clause itself ('said the survey shows ...') or in a comment in its
middle stays part of the first."""

from __future__ import annotations

import pytest
from quotes_reading import reports


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister Anna Berg said the reform had been a success, though she noted that "
            "costs had risen.",
            {"said": "the reform had been a success", "noted": "that costs had risen"},
        ),
        (
            "Surveys show the governor with a narrow lead, with a Gallup poll showing her "
            "ahead by three points.",
            {"show": "the governor with a narrow lead", "showing": "her ahead by three points"},
        ),
    ],
)
def test_quotes_a_report_in_a_closing_comment_is_its_own(
    text: str, expected: dict[str, str]
) -> None:
    found = reports(text)
    assert {cue: content for cue, (content, _) in found.items()} == expected


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Lee said the survey shows wages rose.", "the survey shows wages rose"),
        (
            "The senator said that the deal, which critics say is flawed, would pass.",
            "that the deal, which critics say is flawed, would pass",
        ),
    ],
)
def test_quotes_a_report_within_the_reported_clause_stays_in_it(text: str, content: str) -> None:
    assert [c for c, _ in reports(text).values()] == [content]


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mayor Tom Reyes said the bridge was safe and engineers argued that it needed repairs.",
            {"said": "the bridge was safe", "argued": "that it needed repairs"},
        ),
        # the same speaker's two claims: one report
        (
            "The mayor said that the plan would fail and that critics had warned about it.",
            {"said": "that the plan would fail and that critics had warned about it"},
        ),
        (
            "The mayor said the plan would fail and the money would be lost.",
            {"said": "the plan would fail and the money would be lost"},
        ),
    ],
)
def test_quotes_another_speakers_report_joined_by_and_is_its_own(
    text: str, expected: dict[str, str]
) -> None:
    found = reports(text)
    assert {cue: content for cue, (content, _) in found.items()} == expected


@pytest.mark.slow
@pytest.mark.issue(16)
def test_quotes_an_as_clause_with_its_own_content_reports_that() -> None:
    """'as she called for a ban': the 'as' clause has words of its own; it does not report
    the clause it hangs on."""
    found = reports("The crowd cheered as Senator Maria Lopez called for a ban on the mine.")
    assert found == {"called": ("a ban on the mine", "Maria Lopez")}
