"""How a dictionary coder reads a sentence (issue 15), in invented real-news sentences:

- a verb listed in several blocks of the verb dictionary takes a code written on its own
  line first, then the first block that gives one: a block without a code gives no default;
- a stance on a "that"-clause that codes no event of its own is aimed at the clause's
  subject ("allowed that Turkey had a point");
- a warning to one's own people is aimed at what it warns of ("warned its citizens about
  the militias");
- a journey is no meeting with the place it set out from ("departed from Ethiopia");
- the last member of a list opened by "and" and describing words is a party too, where
  the parser read it as an apposition ("Peru, Chile and the proud wealthy Brazil").
"""

from __future__ import annotations

import pytest

from newscoder.events.verbs import VerbBlock, VerbEntry, default_entry
from newscoder.model import Event


def block(name: str, code: str | None) -> VerbBlock:
    return VerbBlock(name, code, (), {}, ())


# (entries as (block code, the verb's code on its line, particle), the code taken)
DEFAULTS = [
    # listed in a block without a code and in one with: the coded block's
    ([(None, None, ""), ("080", "080", "")], "080"),
    # a code on the verb's own line beats its block's
    ([("051", "051", ""), ("051", "050", "")], "050"),
    # a verb's own null code ("COME [---]" in a block of 040) is kept
    ([("040", None, ""), ("120", "120", "")], None),
    # a phrasal entry the token has comes first
    ([("160", "161", "off"), ("040", "040", "")], "161"),
    # one block only: its code
    ([("190", "190", "")], "190"),
    # no block gives a code: none
    ([(None, None, ""), (None, None, "")], None),
]


@pytest.mark.parametrize(("rows", "code"), DEFAULTS)
def test_verbs_default_entry_of_a_verb_in_several_blocks(
    rows: list[tuple[str | None, str | None, str]], code: str | None
) -> None:
    entries = [
        VerbEntry(block(f"B{i}", b), tuple(p.split()), own)
        for i, (b, own, p) in enumerate(rows)
    ]
    assert default_entry(entries).code == code


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2022-05-17").events


def countries(actors: list) -> set[str]:  # type: ignore[type-arg]
    return {a.country for a in actors if a.country}


# (sentence, the country the stance is aimed at)
STANCES_ON_CLAUSES = [
    ("The ministry allowed that Turkey had a point.", "TUR"),
    ("Serbia conceded that Ghana had kept the truce.", "GHA"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "country"), STANCES_ON_CLAUSES)
def test_stance_on_a_clause_is_aimed_at_its_subject(text: str, country: str) -> None:
    targets = {c for e in events_of(text) for c in countries(e.target)}
    assert country in targets, [(e.cameo, e.target) for e in events_of(text)]


# (sentence, the warner's country, the country of those warned of)
WARNINGS_TO_OWN_PEOPLE = [
    ("France warned its citizens about the militias in Mali.", "FRA", "MLI"),
    ("Germany warned their nationals about rebels in Chad.", "DEU", "TCD"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "own", "warned_of"), WARNINGS_TO_OWN_PEOPLE)
def test_warning_to_own_people_is_aimed_at_what_it_warns_of(
    text: str, own: str, warned_of: str
) -> None:
    warnings = [e for e in events_of(text) if e.cameo.startswith("13")]
    assert warnings, [(e.cameo, e.target) for e in events_of(text)]
    targets = {c for e in warnings for c in countries(e.target)}
    assert warned_of in targets and own not in targets, targets


# (sentence, the country set out from)
DEPARTURES = [
    ("The Kenyan delegation departed from Ethiopia on Monday.", "ETH"),
    ("Uganda's president left from Tanzania after a two-day stay.", "TZA"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "left"), DEPARTURES)
def test_place_left_does_not_meet_back(text: str, left: str) -> None:
    sources = {c for e in events_of(text) for c in countries(e.source)}
    assert left not in sources, [(e.cameo, e.source, e.target) for e in events_of(text)]


# (sentence, every country that acts)
LISTS_WITH_DESCRIBED_LAST_MEMBER = [
    (
        "Peru, Chile and the proud wealthy Brazil welcomed a resumption of formal ties "
        "with Bolivia.",
        {"PER", "CHL", "BRA"},
    ),
    (
        "Norway and the rich awful Sweden welcomed a resumption of formal ties with Finland.",
        {"NOR", "SWE"},
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "parties"), LISTS_WITH_DESCRIBED_LAST_MEMBER)
def test_described_last_member_of_a_list_is_a_party(text: str, parties: set[str]) -> None:
    sources = {c for e in events_of(text) for c in countries(e.source)}
    assert parties <= sources, sources
