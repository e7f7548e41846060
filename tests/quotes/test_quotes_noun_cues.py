"""Nouns of saying as cues (issue 16): 'the mayor's claim that ...', 'reports that ...'.
The noun's 'that' clause is what was said; a relative clause ('the claim that he made') is
not; the source is the possessor, the agent, or who takes up the claim."""

from __future__ import annotations

import pytest
from quotes_reading import reports


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        (
            "Governor Alvarez's claim that the dam was safe drew criticism from engineers.",
            "claim",
            "that the dam was safe",
            "Alvarez",
        ),
        (
            "The senator's warning that the fund would run dry was ignored.",
            "warning",
            "that the fund would run dry",
            "The senator",
        ),
        (
            "There were complaints that the police had waited too long.",
            "complaints",
            "that the police had waited too long",
            None,
        ),
        (
            "Senator Okonjo rejected the notion that her party would walk away from the talks.",
            "notion",
            "that her party would walk away from the talks",
            "Okonjo",
        ),
    ],
)
def test_quotes_noun_cues_report_their_that_clause(
    text: str, cue: str, content: str, speaker: str | None
) -> None:
    """The 'that' clause of a noun of saying, with whose claim it is."""
    assert reports(text)[cue] == (content, speaker)


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The claim that he made on Monday was false.", "claim"),
        ("The promise that the mayor had made was broken.", "promise"),
        ("The fact that the road was closed angered drivers.", "fact"),
        ("Her fear that the bank would fail grew each week.", "fear"),
    ],
)
def test_quotes_noun_cues_not_a_relative_clause_nor_a_state_of_mind(text: str, cue: str) -> None:
    """'the claim that he made' is a relative clause; a fact or a fear reports no words."""
    assert cue not in reports(text)
