"""An acronym the text spells out is that organisation's (issue 15): invented sentences.

The knowledge base knows one party or body per acronym, often another country's ("BNP" is
Bangladesh's nationalist party). Where the text names an organisation in full and then by
its initials, the initials are that organisation's and take its country
(actors.stage.spelled_out_owner); where it never spells them out, the knowledge base's
reading stands.
"""

from __future__ import annotations

import pytest

from newscoder.model import Actor


def actors_of(text: str) -> list[tuple[str, str]]:
    from newscoder.eval.events import analyse

    found: list[Actor] = analyse(text, "2024-03-05").actors
    return [(a.code, text[a.start : a.end]) for a in found]


SPELLED_OUT = [
    (
        "The British National Party held a rally in Leeds. The BNP said its leader would speak.",
        "BNP",
        "GBR",
    ),
    (
        "Police questioned members of the British National Party on Monday. "
        "BNP organiser Mark Collins was released on bail.",
        "BNP organiser Mark Collins",
        "GBR",
    ),
]


@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "name", "country"), SPELLED_OUT)
def test_an_acronym_the_text_spells_out_takes_its_country(
    text: str, name: str, country: str
) -> None:
    codes = [code for code, said in actors_of(text) if said == name]
    assert codes and all(code.startswith(country) for code in codes), actors_of(text)


NOT_SPELLED_OUT = [
    ("The BNP called a general strike in Dhaka on Sunday.", "BNP", "BGD"),
]


@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "name", "country"), NOT_SPELLED_OUT)
def test_an_acronym_alone_keeps_the_knowledge_base_reading(
    text: str, name: str, country: str
) -> None:
    codes = [code for code, said in actors_of(text) if said == name]
    assert codes and all(code.startswith(country) for code in codes), actors_of(text)
