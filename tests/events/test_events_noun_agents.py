"""The doer of an event noun named by "by" after its object is the source (issue 15: the agent
of a nominal event), in invented real-news sentences: in "the arrest of two journalists *by
Ugandan police*" the parser hangs "by" on "journalists", and the police arrest them.
"""

from __future__ import annotations

import pytest
from events_reading import coded

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2022-05-17").events


# (sentence, doer, the code's root)
AGENTS_AFTER_OBJECTS = [
    ("The arrest of the opposition leader by Ugandan police sparked protests.", "UGACOP", "17"),
    ("The arrest of two journalists by Ugandan police angered Kenya.", "UGACOP", "17"),
    ("The abduction of two Indian engineers by Afghan gunmen shocked Delhi.", "AFG", "18"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "doer", "root"), AGENTS_AFTER_OBJECTS)
def test_by_phrase_after_the_object_names_the_doer(text: str, doer: str, root: str) -> None:
    found = [e for e in events_of(text) if e.cameo.startswith(root)]
    assert any(any(a.code.startswith(doer) for a in e.source) for e in found), coded(
        events_of(text)
    )
