"""The shared records turn into the same plain values as ``dataclasses.asdict`` gives."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

import pytest

from newscoder.model import Check, Entity, Quote, Span, Speaker, as_plain


@pytest.mark.parametrize(
    "record",
    [
        Span(3, 9),
        Quote(kind="direct", content=[Span(10, 40), Span(55, 80)],
              speaker=Speaker("the minister", 0, 12, entity_id=2), cue=Span(41, 45)),
        Quote(kind="indirect", content=[Span(0, 5)], speaker=None, cue=None),
        Entity(id=0, name="Ana Ruiz", label="PERSON", mentions=[1, 4], titles=["mayor"],
               aliases=["Ruiz"]),
        Check(kind="sum", verdict="consistent", figures=[0, 2], detail="3 + 4 = 7",
              evidence=Span(5, 30)),
    ],
)
def test_as_plain_is_asdict(record: Any) -> None:
    assert as_plain(record) == asdict(record)


def test_as_plain_rebuilds_containers_and_keeps_tuples() -> None:
    inner = [Span(1, 2)]
    value = {"spans": inner, "pair": (Span(0, 1), "x")}
    plain = as_plain(value)
    assert plain == {"spans": [{"start": 1, "end": 2}], "pair": ({"start": 0, "end": 1}, "x")}
    assert plain["spans"] is not inner
