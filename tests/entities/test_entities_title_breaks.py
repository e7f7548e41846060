"""A person's title never reaches back over a dateline or a dash that joins two parts of the
text (issue 15): the parse may hang "NAIROBI -" or the clause before a dash on the name's
phrase, but the title starts after it. Invented sentences; each one gave a longer title
before the fix, and the hyphenated titles show that a hyphen inside a word is kept."""

from __future__ import annotations

import pytest

from newscoder.pipeline import analyze

pytestmark = pytest.mark.slow


def titles_of(text: str, name: str) -> list[str]:
    analysis = analyze(text, published="2021-06-14")
    return next(e.titles for e in analysis.entities if e.name == name)


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # a dateline opening the story
        (
            "NAIROBI - Deputy Secretary-General Amina Mohammed said aid would reach the camps.",
            "Amina Mohammed",
            "Deputy Secretary-General",
        ),
        (
            "KABUL - Former vice-president Amrullah Saleh said the fighting had spread.",
            "Amrullah Saleh",
            "Former vice-president",
        ),
        (
            "MOGADISHU, Somalia - Police spokesman Abdifatah Aden said five people died.",
            "Abdifatah Aden",
            "Police spokesman",
        ),
        # a dateline opening a paragraph further down
        (
            "The talks stalled.\n\nBEIRUT - Health Minister Firas Abiad said hospitals were full.",
            "Firas Abiad",
            "Health Minister",
        ),
        # no dateline: a dash between two clauses
        (
            "The ceasefire held for a day - Army spokesman Nadav Shoshani said rockets were fired.",
            "Nadav Shoshani",
            "Army spokesman",
        ),
        (
            "Three people died in the blast - Police Chief Ali Ahmed said the bomber acted alone.",
            "Ali Ahmed",
            "Police Chief",
        ),
    ],
)
def test_a_title_starts_after_a_dateline_or_dash(text: str, name: str, title: str) -> None:
    assert titles_of(text, name) == [title]
