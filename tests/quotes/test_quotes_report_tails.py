"""Where reported speech ends, and where an object's report starts (issue 16), following
the dependency subtree of what was reported as PolNeAR marks it: the noun a light verb takes
('voiced | concerns about | X') belongs to the cue and only its phrase is reported; a clause
telling when or despite what, set off by a comma at the end, or a sentence joined on by a
semicolon, is the writer's; a 'which' clause after a reported clause goes on with the source's
account, while after a thing named, and a 'who' gloss on a person, it is the writer's."""

from __future__ import annotations

import pytest
from quotes_reading import reports


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Several farmers have expressed misgivings about the new canal.",
            "expressed",
            "the new canal",
        ),
        ("Union leaders raised concerns about the pension fund.", "raised", "the pension fund"),
        pytest.param(
            "The council voiced strong support for the library plan.",
            "voiced",
            "the library plan",
            # the part model refitted by scikit-learn (C=0.3 by cross-validation on train) keeps
            # 'strong support' at p=0.52, on the edge; the hand-written SGD left it out (0.35)
            marks=pytest.mark.xfail(strict=True, reason="learned part model at the threshold"),
        ),
        # a thing the verb acts on keeps its phrase: it is what the stance is about
        (
            "The senator disavowed the remarks of her deputy.",
            "disavowed",
            "the remarks of her deputy",
        ),
        ("The mayor downplayed the risk of flooding.", "downplayed", "the risk of flooding"),
    ],
)
def test_quotes_a_light_verbs_noun_is_part_of_the_cue(text: str, cue: str, content: str) -> None:
    assert reports(text)[cue][0] == content


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The minister said the plan would cut waiting times, after the report was "
            "delayed twice.",
            "the plan would cut waiting times",
        ),
        (
            "The coach said the team would recover, although two players were still injured.",
            "the team would recover",
        ),
        (
            "Officials said the road would reopen on Friday; crews were still clearing the rubble.",
            "the road would reopen on Friday",
        ),
        (
            "The agency reported that exports rose in May; imports fell for a third month.",
            "that exports rose in May",
        ),
    ],
)
def test_quotes_the_writers_setting_after_a_report_is_left_out(text: str, content: str) -> None:
    assert [c for c, _ in reports(text).values()] == [content]


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The auditor said the city had lost the files, which meant the audit could not "
            "be finished.",
            "said",
            "the city had lost the files, which meant the audit could not be finished",
        ),
        (
            "The union said the strike would spread to the northern depot, which employs "
            "nine hundred drivers.",
            "said",
            "the strike would spread to the northern depot, which employs nine hundred drivers",
        ),
        (
            "The panel criticized the new stadium, which opened in May.",
            "criticized",
            "the new stadium",
        ),
        (
            "The agency said that most of the families had crossed into Chad, where aid "
            "groups already feed thousands.",
            "said",
            "that most of the families had crossed into Chad",
        ),
        (
            "The governor said she would meet the mayor of Springfield, who took office in "
            "January.",
            "said",
            "she would meet the mayor of Springfield",
        ),
    ],
)
def test_quotes_a_which_clause_goes_with_a_reported_clause_only(
    text: str, cue: str, content: str
) -> None:
    assert reports(text)[cue][0] == content


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry halted the payments after it emerged that the funds had gone missing.", {}),
        (
            "The union announced that it had ended the strike, after it transpired that the "
            "owners had agreed to talks.",
            {"announced": "that it had ended the strike"},
        ),
    ],
)
def test_quotes_it_emerged_is_no_one_speaking(text: str, expected: dict[str, str]) -> None:
    """'after it emerged that ...': an 'it' put before the clause it stands for names no
    source, so the clause is no one's report, and it closes the report before it."""
    found = reports(text)
    assert {cue: content for cue, (content, _) in found.items()} == expected
