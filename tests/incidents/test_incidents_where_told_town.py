"""Issue 25 item 2: a page whose text names no place (a stub, a sign-in form) and whose
headline tells the town in words the parser does not type as a place ("Lingle man ...",
"shot at Haw River sports bar"): the town of that name, where only one town bears it, the
name stands for one on its own, or one lies in the outlet's state. Pages written for these
tests.
"""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.issue(25)]

STUB = "Sign in to read the rest of this story. Subscribers get unlimited access."


def _lead_place(text: str, title: str) -> tuple[str | None, str | None]:
    from newscoder.pipeline import analyze

    leads = [i for i in analyze(text, published="2016-03-02", title=title).incidents if i.lead]
    assert len(leads) == 1
    place = leads[0].place
    return (place.name, place.admin1) if place is not None else (None, None)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Lingle man kills infant before shooting himself", ("Lingle", "Wyoming")),
        ("Four shot at Haw River sports bar", ("Haw River", "North Carolina")),
        # two towns of the name, one in the outlet's state
        ("Orangeburg man shot while hunting - WLTX", ("Orangeburg", "South Carolina")),
        # towns of the name in two states and no outlet: no guess
        ("Orangeburg man shot while hunting", (None, None)),
        # a capitalised phrase that names no town
        ("Man shot in Critical Condition after argument", (None, None)),
    ],
)
def test_incidents_headline_told_town(title: str, expected: tuple[str | None, str | None]) -> None:
    assert _lead_place(STUB, title) == expected


def test_incidents_headline_town_not_over_text() -> None:
    """Where the text names the town, the headline's resident word does not move it."""
    text = ("Police in Casper said a man was shot outside a bar on Main Street late Friday. "
            "Casper officers arrested a suspect on Saturday.")
    name, state = _lead_place(text, "Lingle man shot outside bar")
    assert (name, state) == ("Casper", "Wyoming")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Man found shot dead in Auburn, Ala., home", ("Auburn", "Alabama")),
        ("Four shot outside Marion, N.C., nightclub", ("Marion", "North Carolina")),
    ],
)
def test_incidents_headline_town_in_its_state(
    title: str, expected: tuple[str | None, str | None]
) -> None:
    """A headline that names the town's state: the town of the name there."""
    assert _lead_place(STUB, title) == expected
