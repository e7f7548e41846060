"""A state set off by commas inside a list is a member of the list, not a description of the
member before it (issue 15, compound actors), in invented real-news sentences: "Oman, the
small Qatar, and rich Kuwait" are three parties; a description between commas ("the UN
relief coordinator") still describes.
"""

from __future__ import annotations

import pytest
from events_reading import coded

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2022-05-17").events


# (sentence, every country that acts)
LISTS = [
    (
        "Wealthy Oman, the small Qatar, and rich Kuwait welcomed the resumption of ties with Iran.",
        {"OMN", "QAT", "KWT"},
    ),
    (
        "Landlocked Mali, the vast Niger, and poor Chad condemned the coup in Guinea.",
        {"MLI", "NER", "TCD"},
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "parties"), LISTS)
def test_state_between_commas_in_a_list_is_a_party(text: str, parties: set[str]) -> None:
    found = events_of(text)
    sources = {a.code[:3] for e in found for a in e.source}
    assert parties <= sources, coded(found)


@pytest.mark.slow
def test_description_between_commas_is_no_party() -> None:
    found = events_of("Kenzo Oshima, the UN relief coordinator, and the Sudanese president met.")
    assert not any(a.code == "JPN" for e in found for a in e.source + e.target), coded(found)
