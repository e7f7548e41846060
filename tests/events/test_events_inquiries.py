"""Inquiries (issue 15): invented sentences.

An inquiry, probe or investigation named by a noun is about the doer of what it looks
into ("an inquiry *into* abuses *by* the army"), as the verb "investigated abuses by the
army" is.
"""

from __future__ import annotations

import pytest
from events_reading import coded, has_dyad

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-09-17").events


# (sentence, source, target)
INQUIRIES = [
    ("The UN opened an inquiry into killings by Sudan's army.", "IGO", "SDN"),
    ("The EU launched a probe into abuses by Ethiopian troops.", "IGO", "ETH"),
    ("Germany began an investigation into spying by Chinese agents.", "DEU", "CHN"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "target"), INQUIRIES)
def test_an_inquiry_is_about_the_doer_of_what_it_looks_into(
    text: str, source: str, target: str
) -> None:
    found = [e for e in events_of(text) if e.cameo.startswith("09")]
    assert has_dyad(found, source, target), coded(found)
