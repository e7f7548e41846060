"""Acts named by a noun, and acts one is told to do (issue 15): invented sentences.

* "detention", "expulsion" and "request" are the nouns of detain (173), expel (166 for
  diplomats, 174 otherwise) and request (020), coded from their possessor or "by" object to
  their "of" object or addressee.
* A noun act that is the subject of what it set off ("... *worsened* relations", "*drew* a
  protest") was done.
* "told X to do Y" asks X to do Y: Y has not happened (hypothetical), as after "urged".
"""

from __future__ import annotations

import pytest
from events_reading import coded, events_of, has_dyad

NOMINAL = [
    ("The detention of three Britons by Iran worsened relations.", "IRN", "GBR", "173"),
    ("Nepal's request to India for fuel was ignored.", "NPL", "IND", "020"),
    (
        "Burundi's expulsion of two Belgian diplomats drew a protest from Brussels.",
        "BDI",
        "BEL",
        "16",
    ),
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "source", "target", "code"), NOMINAL)
def test_an_act_named_by_a_noun_is_coded(text: str, source: str, target: str, code: str) -> None:
    found = [e for e in events_of(text) if e.cameo.startswith(code)]
    assert has_dyad(found, source, target), coded(events_of(text))


TOLD_TO = [
    ("The Kenyan president told Somalia to withdraw its troops from the border.", "SOM"),
    ("The Spanish minister told Morocco to release the fishermen.", "MAR"),
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "addressee"), TOLD_TO)
def test_what_one_is_told_to_do_has_not_happened(text: str, addressee: str) -> None:
    found = events_of(text)
    done = [e for e in found if any(a.code.startswith(addressee) for a in e.source)]
    assert done == [], coded(found)


@pytest.mark.slow
@pytest.mark.issue(15)
def test_what_one_is_told_has_happened_stays_reported() -> None:
    found = events_of(
        "The minister told reporters that Russian troops had withdrawn from the town."
    )
    assert any(e.cameo.startswith("087") for e in found), coded(found)
