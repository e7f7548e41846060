"""The target of a warning with no condition (issue 15): invented sentences.

"X warned that police will not tolerate rallies by Y" threatens Y: the warned-of act falls on its
object, or on the one who does what that object names; the warner's own police or army, the
act's doers, are not the target.
"""

from __future__ import annotations

import pytest

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-06-20").events


# (sentence, target code the threat must have)
WARNINGS = [
    (
        "Egypt's interior minister warned that police will not tolerate rallies by the opposition.",
        "EGYOPP",
    ),
    ("Israel warned that it would strike Hezbollah positions in southern Lebanon.", "LBNREB"),
    (
        "The Tunisian government warned that security forces would not tolerate protests by "
        "the Muslim Brotherhood.",
        "MUS",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "target"), WARNINGS)
def test_a_warning_targets_whom_the_act_falls_on(text: str, target: str) -> None:
    events = [e for e in events_of(text) if e.plover == "THREATEN"]
    described = [(e.cameo, [a.code for a in e.target]) for e in events]
    assert any(any(target in a.code for a in e.target) for e in events), described
    # the warner's own forces never become the one warned
    assert not any(a.code.endswith(("COP", "MIL")) for e in events for a in e.target), described
