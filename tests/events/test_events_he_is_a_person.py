""""He" and "she" stand for a person (issue 15): invented sentences.

A pronoun's actor is the last one named before it, skipping towns and plurals; a state
itself ("Kenya", coded bare) and a body ("the cabinet", "the electorate") were taken for
"he" and "she" too, so a minister's criticism ran from the country he had flown to
(args.ArgumentFinder.pronoun, BODIES). A person the actors stage gave only a country keeps
being found.
"""

from __future__ import annotations

import pytest
from events_reading import coded, has_dyad

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    found = analyse(text, "2024-03-05").events
    return [e for e in found if e.modality in ("asserted", "reported")]


PERSONS = [
    (
        "The Irish foreign minister flew to Kenya on Monday. "
        "He criticised Uganda over the border closure.",
        "IRL",
        "UGA",
    ),
    (
        "The Brazilian trade minister addressed the cabinet on Friday. "
        "She accused Argentina of dumping steel.",
        "BRA",
        "ARG",
    ),
    (
        "The Polish defence minister met voters in Lithuania. "
        "He warned Belarus against moving troops to the border.",
        "POL",
        "BLR",
    ),
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "source", "target"), PERSONS)
def test_he_or_she_is_the_person_named_before(text: str, source: str, target: str) -> None:
    found = events_of(text)
    assert has_dyad(found, source, target), coded(found)
