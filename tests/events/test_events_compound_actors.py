"""Who a noun phrase names: invented sentences in the project's own words.

A title written right before a name is one person, not two parties ("Chilean Foreign
Minister X met ..." codes one source); names co-ordinated before a head each name a party
("Kenyan and Somali officials" are from both countries); an ethnic group is coded in the
country it lives in, told by where the act it takes part in happened.
"""

from __future__ import annotations

import pytest

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2021-06-02").events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Chilean Foreign Minister Alberto Vargas met Peruvian officials in Lima.", "04"),
        ("Ghanaian President Kofi Mensah criticised Togo over the border closure.", "11"),
    ],
)
def test_a_title_before_a_name_is_one_source(text: str, root: str) -> None:
    events = [e for e in events_of(text) if e.cameo.startswith(root)]
    assert events
    first = min(events, key=lambda e: e.trigger.start)
    assert len(first.source) == 1, [a.name for a in first.source]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("The Sudanese envoy met Kenyan and Somali officials in Nairobi.", {"KEN", "SOM"}),
        ("Brazil condemned Chilean and Peruvian fishing fleets.", {"CHL", "PER"}),
    ],
)
def test_names_coordinated_before_a_head_are_each_a_party(text: str, countries: set) -> None:
    targets = {a.country for e in events_of(text) for a in e.target}
    assert countries <= targets


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country"),
    [
        # where the clause happened places the ethnic group, numbers before it or not
        ("Police detained four ethnic Uzbeks in Osh, Kyrgyzstan.", "KGZ"),
        ("Troops shot two ethnic Armenians during a raid in Georgia.", "GEO"),
    ],
)
def test_an_ethnic_group_lives_where_the_act_happens(text: str, country: str) -> None:
    targets = {a.country for e in events_of(text) for a in e.target}
    assert country in targets, targets
