"""Reported content of two joined predicates: a second predicate that shares the reported
clause's subject (a modal of its own, a bare infinitive beside an infinitive) stays in the
content even when its verb is one of saying; the speaker's own next act is cut off."""

import pytest
from quotes_reading import reports

KEPT = [
    (
        "Inspector Dana Wells said the council would review the deal and would announce a ruling.",
        "said",
        "the council would review the deal and would announce a ruling",
    ),
    (
        "Omar Haddad said the agency has the full report and will explain its findings soon.",
        "said",
        "the agency has the full report and will explain its findings soon",
    ),
    (
        "Coach Lena Berg said the team could win the league and might declare an early victory.",
        "said",
        "the team could win the league and might declare an early victory",
    ),
]

CUT = [
    (
        "Senator Paul Grant said he would resign and called on his colleagues to follow.",
        "said",
        "he would resign",
    ),
    (
        "Judge Ada Moss said the hearing would resume on Monday and warned against delays.",
        "said",
        "the hearing would resume on Monday",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content"), KEPT + CUT)
def test_joined_predicate_content(text: str, cue: str, content: str) -> None:
    found = reports(text)
    assert cue in found, found
    assert found[cue][0] == content
