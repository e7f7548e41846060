"""The guest received or the one called is the target (issue 15): invented sentences.

"Received *the Chilean president*", "welcomed *a Malian delegation*": the object a host
receives is who is met, not a thing handed on, so the town where they met is no target.
"""

from __future__ import annotations

import pytest
from events_reading import coded, has_dyad

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-09-17").events


# (sentence, host's country, guest's country)
HOSTS = [
    ("Morocco's King Mohammed received the Senegalese president in Rabat.", "MAR", "SEN"),
    ("The Emir of Kuwait received the Iraqi prime minister.", "KWT", "IRQ"),
    ("Ghana's president welcomed a Togolese delegation in Accra on Monday.", "GHA", "TGO"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "host", "guest"), HOSTS)
def test_the_guest_received_is_the_target(text: str, host: str, guest: str) -> None:
    found = [e for e in events_of(text) if e.plover == "CONSULT"]
    assert has_dyad(found, host, guest), coded(found)
