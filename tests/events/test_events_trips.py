"""Trips for talks: invented sentences in the project's own words.

Setting off "for" a capital to hold talks names the hosts, as "flew to" a capital does; a
trip for talks that names no place and no partner names no one talked with; the visit an
arrival is on is the arrival's event, not a second one.
"""

from __future__ import annotations

import pytest

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2019-11-20").events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Chilean foreign minister left for Lima on Tuesday for talks.", "CHL", "PER"),
        ("A Kenyan delegation departed for Addis Ababa for consultations.", "KEN", "ETH"),
    ],
)
def test_leaving_for_a_capital_for_talks_meets_its_hosts(
    text: str, source: str, target: str
) -> None:
    pairs = {
        (s.country, t.country)
        for e in events_of(text)
        if e.cameo.startswith("04")
        for s in e.source
        for t in e.target
    }
    assert (source, target) in pairs, pairs


@pytest.mark.slow
def test_a_trip_for_talks_with_no_place_names_no_partner() -> None:
    events = [e for e in events_of("The Chilean foreign minister left for talks.") if e.target]
    assert not events


@pytest.mark.slow
def test_arriving_on_a_visit_is_one_visit() -> None:
    """The visit an arrival is on is the arrival's event, not a second one."""
    text = "The Portuguese premier arrived in Rabat on Sunday on an official visit."
    visits = [e for e in events_of(text) if e.cameo.startswith("04")]
    assert len(visits) == 1, [(e.cameo, [a.code for a in e.source]) for e in visits]


@pytest.mark.slow
def test_a_capital_read_as_an_adverb_is_still_the_place_visited() -> None:
    """The parser may hang a capital after "visited" as an adverb, as it would "Monday"."""
    text = "Egypt's army chief visited Washington."
    targets = {a.country for e in events_of(text) if e.cameo.startswith("04") for a in e.target}
    assert "USA" in targets
