"""Acts both sides take part in, coded both ways as CAMEO does, and their one PLOVER record.

Invented sentences in the project's own words: meetings and talks are coded back from the
target; co-operation by co-ordinated parties and no one else is done by each to the others;
one-sided acts and acts by a compound subject on a third party are not turned round.
"""

from __future__ import annotations

import pytest

from newscoder.eval.events import plover_records
from newscoder.model import Actor, Event, Span


def dyads_of(text: str) -> set[tuple[str, str, str]]:
    from newscoder.eval.events import analyse

    return {
        (s.country or "", t.country or "", e.cameo[:2])
        for e in analyse(text, "2023-05-04").events
        for s in e.source
        for t in e.target
    }


BOTH_WAYS = [
    ("The Indian prime minister met the Japanese prime minister in Tokyo.", "IND", "JPN", "04"),
    ("Kenya and Uganda held talks on the border dispute on Friday.", "KEN", "UGA", "04"),
    ("Chile and Peru restored diplomatic relations on Monday.", "CHL", "PER", "05"),
    ("Talks between Armenia and Azerbaijan resumed in Washington.", "ARM", "AZE", "04"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "one", "other", "root"), BOTH_WAYS)
def test_reciprocal_acts_both_ways(text: str, one: str, other: str, root: str) -> None:
    found = dyads_of(text)
    assert (one, other, root) in found and (other, one, root) in found, found


ONE_WAY = [
    ("Chile and Peru condemned the coup in Bolivia.", "CHL", "PER"),
    ("Spain and Portugal sent aid to Morocco after the earthquake.", "ESP", "PRT"),
    ("Egyptian troops attacked Libyan positions near the border.", "LBY", "EGY"),
    # an offer or a welcome made together is not made to each other
    ("The United States and Japan pledged more aid for the flood victims.", "USA", "JPN"),
    ("France and Germany welcomed the result of the election.", "FRA", "DEU"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "one", "other"), ONE_WAY)
def test_one_sided_acts_are_not_turned_round(text: str, one: str, other: str) -> None:
    found = dyads_of(text)
    assert not any(s == one and t == other for s, t, _ in found), found


@pytest.mark.slow
def test_a_place_does_not_talk_back() -> None:
    from newscoder.eval.events import analyse

    text = "The Cypriot negotiators returned to Geneva for talks on Monday."
    sources = [a.name for e in analyse(text, "2023-05-04").events for a in e.source]
    assert "Geneva" not in sources


def test_a_reciprocal_pair_is_one_plover_record() -> None:
    one = Actor(code="KEN", name="Kenya", start=0, end=5, country="KEN")
    other = Actor(code="UGA", name="Uganda", start=10, end=16, country="UGA")
    third = Actor(code="TZA", name="Tanzania", start=20, end=28, country="TZA")
    trigger = Span(30, 35)

    def event(source: Actor, target: Actor) -> Event:
        return Event("CONSULT", "040", [source], [target], Span(0, 40), trigger=trigger)

    records = plover_records([event(one, other), event(other, one), event(one, third)])
    assert [(r.source[0].code, r.target[0].code) for r in records] == [
        ("KEN", "UGA"),
        ("KEN", "TZA"),
    ]


TWO_SIDED = [
    ("Heavy fighting between the Malian army and the rebels went on overnight.", "MLI", "19"),
    ("Serbia and Kosovo accused each other of stoking tension.", "SRB", "11"),
    ("Israeli soldiers and Palestinian gunmen exchanged fire in Nablus.", "ISR", "19"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "one", "root"), TWO_SIDED)
def test_two_sided_acts_both_ways(text: str, one: str, root: str) -> None:
    from newscoder.eval.events import analyse

    events = [e for e in analyse(text, "2023-05-04").events if e.cameo.startswith(root)]
    directions = {(bool(e.source), bool(e.target)) for e in events}
    assert len(events) >= 2 and directions == {(True, True)}, [
        (e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in events
    ]
    assert any(one in {a.country for a in e.source} for e in events)
    assert any(one in {a.country for a in e.target} for e in events)


@pytest.mark.slow
def test_two_nationalities_before_one_noun_are_two_actors() -> None:
    from newscoder.eval.events import analyse

    events = analyse("French and German troops attacked the insurgents' camp.", "2023-05-04").events
    sources = {a.code for e in events for a in e.source}
    assert {"FRAMIL", "DEUMIL"} <= sources, sources


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "one", "other", "code"),
    [
        # co-ordinated parties who agree *that* something is so share a view: 050 both ways
        (
            "Brazil and Chile agree that the border dispute should be settled by arbitration.",
            "BRA",
            "CHL",
            "050",
        ),
        # one party agreeing with another keeps the agreement's own code, one way
        (
            "Kenya agrees with Uganda that the dispute should be settled in court.",
            "KEN",
            "UGA",
            "030",
        ),
        # an agreement to act is an intent, not a view shared
        ("Ethiopia and Eritrea agreed to reopen the border.", "ETH", "ERI", "03"),
    ],
)
def test_views_shared_by_parties(text: str, one: str, other: str, code: str) -> None:
    from newscoder.eval.events import analyse

    events = analyse(text, "2023-05-09").events
    found = {(s.country, t.country, e.cameo) for e in events for s in e.source for t in e.target}
    assert any(s == one and t == other and c.startswith(code) for s, t, c in found)
    if code == "050":
        assert any(s == other and t == one and c == code for s, t, c in found)
    else:
        assert not any(c == "050" for _, _, c in found)
