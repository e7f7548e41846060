"""Readings of ordinary news sentences (issue 15): invented sentences.

* An event noun that is the subject of a violent verb ("Iranian drone strikes *hit* Erbil")
  tells one act, not two.
* A recipient the parser reads as a compound of what is given ("will give *Chad* aid") is
  the target.
* A person named doing violence ("Jannik Oberholz stabbed a soldier") is a side of the act, as
  "a man" is; the act is coded from where it was done.
* A "who" clause hung on a group named after a noun of people ("a man linked to the Islamic
  State who shot ...") describes the person.
* No violence from nature ("an earthquake hit X, destroying homes") nor from sport ("the
  rugby team crushed Fiji"); no act between states from a striker who "scored against" a
  side.
"""

from __future__ import annotations

import pytest
from events_reading import coded, events_of, has_dyad

from newscoder.model import Event

ONE_ACT = [
    ("Iranian drone strikes hit Erbil on Tuesday.", "IRN", "IRQ"),
    ("Turkish air strikes hit Kobani overnight.", "TUR", "SYR"),
    ("Russian shelling destroyed a hospital in Kherson.", "RUS", "UKR"),
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "source", "target"), ONE_ACT)
def test_event_noun_as_subject_of_violent_verb_is_one_event(
    text: str, source: str, target: str
) -> None:
    found = events_of(text)
    violent = [e for e in found if e.cameo[:2] in ("17", "18", "19", "20")]
    assert len(violent) == 1, coded(found)
    assert has_dyad(violent, source, target), coded(found)


@pytest.mark.slow
@pytest.mark.issue(15)
def test_fighting_between_sides_stays_theirs() -> None:
    found = events_of("Fighting between the Chadian army and Chadian rebels has devastated Chad.")
    assert has_dyad(found, "TCDMIL", "TCDREB"), coded(found)
    assert not any(a.code == "TCD" for e in found for a in e.target), coded(found)


GIVEN = [
    ("Qatar gave Chad aid last year.", "QAT", "TCD"),
    ("Norway will send Malawi aid.", "NOR", "MWI"),
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "source", "target"), GIVEN)
def test_recipient_read_as_compound_is_the_target(text: str, source: str, target: str) -> None:
    found = events_of(text)
    assert has_dyad(found, source, target), coded(found)


@pytest.mark.slow
@pytest.mark.issue(15)
def test_owner_of_what_is_sent_is_no_recipient() -> None:
    found = events_of("Poland sent German aid to Moldova.")
    assert has_dyad(found, "POL", "MDA"), coded(found)
    assert not has_dyad(found, "POL", "DEU"), coded(found)


@pytest.mark.slow
@pytest.mark.issue(15)
def test_promised_aid_is_intent_to_give() -> None:
    # CAMEO codes announced or promised aid as an intent (033), not as aid given (07)
    found = events_of("Norway will send Malawi aid.")
    assert [e.cameo[:2] for e in found] == ["03"], coded(found)


NAMED_DOERS = [
    ("Jannik Oberholz stabbed a German policeman in Hamburg on Friday.", "DEU", "DEUCOP"),
    ("Salah Qudairi ambushed an Iraqi army patrol near Mosul.", "IRQ", "IRQMIL"),
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "source", "target"), NAMED_DOERS)
def test_person_named_doing_violence_is_a_side(text: str, source: str, target: str) -> None:
    found = events_of(text)
    assert any(e.cameo[:2] in ("18", "19") for e in found), coded(found)
    assert has_dyad(found, source, target), coded(found)


@pytest.mark.slow
@pytest.mark.issue(15)
def test_person_named_saying_nothing_violent_gives_no_dyad() -> None:
    assert events_of("Jannik Oberholz visited Germany last week.") == []


DESCRIBED = [
    (
        "A Tunisian man linked to the Islamic State who stabbed two Belgian soldiers was "
        "arrested in Brussels.",
        "TUN",
        "BEL",
    ),
    (
        "A Yemeni gunman tied to Al-Qaeda who fired at British guards was handed over to "
        "London.",
        "YEM",
        "GBR",
    ),
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "source", "target"), DESCRIBED)
def test_who_clause_describes_the_person(text: str, source: str, target: str) -> None:
    found = events_of(text)
    violent = [e for e in found if e.cameo[:2] in ("18", "19")]
    assert has_dyad(violent, source, target), coded(found)
    assert not has_dyad(violent, "IMG", target), coded(found)


NO_EVENT = [
    "An earthquake struck western Nepal, destroying hundreds of homes.",
    "A cyclone hit the coast of Mozambique, killing dozens and flattening villages.",
    "Samoa's rugby team crushed Fiji in Apia on Saturday.",
    "The Ivorian striker scored twice against Morocco.",
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize("text", NO_EVENT)
def test_nature_and_sport_give_no_event(text: str) -> None:
    assert coded(events_of(text)) == []


NO_PROOF = [
    "Investigators said there was no evidence that Iranian drones attacked the tanker.",
    "The inquiry found no sign that Serbian police had beaten the Kosovar prisoners.",
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize("text", NO_PROOF)
def test_act_of_which_there_is_no_evidence_is_not_asserted(text: str) -> None:
    found = events_of(text)
    assert not any(e.cameo[:2] in ("18", "19") for e in found), coded(found)


DENIED = [
    "Uganda rejected claims that its troops attacked South Sudanese soldiers.",
    "Uganda denied attacking South Sudanese soldiers.",
    "Uganda denied that its soldiers attacked South Sudanese troops.",
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize("text", DENIED)
def test_denial_is_aimed_at_whom_the_act_concerns(text: str) -> None:
    found = events_of(text)
    denials = [e for e in found if e.cameo == "016"]
    assert has_dyad(denials, "UGA", "SSD"), coded(found)
    assert not has_dyad(denials, "UGA", "UGA"), coded(found)
    assert not any(e.cameo[:2] == "19" for e in found), coded(found)


@pytest.mark.slow
@pytest.mark.issue(15)
def test_years_after_written_out_date_the_act() -> None:
    found = events_of("Twelve years after Ethiopia invaded Somalia, its troops are still there.")
    invasions = [e for e in found if e.cameo[:2] == "19"]
    assert [e.date for e in invasions] == ["2012"], coded(found)


FIGURATIVE = [
    "At the indoor championships, Maria Lenz broke the long-standing Austrian record.",
    "The 79-year-old singer was found dead in his hotel room in Ohio.",
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize("text", FIGURATIVE)
def test_record_broken_or_body_found_is_no_violence(text: str) -> None:
    assert not [e for e in events_of(text) if e.cameo[:2] in ("18", "19")]


@pytest.mark.slow
@pytest.mark.issue(15)
def test_armed_people_can_be_harmed() -> None:
    found = events_of("Three gunmen were killed by Kenyan police near Garissa.")
    assert any(e.cameo[:2] in ("18", "19") for e in found), coded(found)


def analysed(text: str) -> list[Event]:
    from newscoder.model import Document
    from newscoder.pipeline import analyze_document

    return analyze_document(Document(id="t", text=text, published="2024-10-14")).events


@pytest.mark.slow
@pytest.mark.issue(15)
def test_month_named_march_is_no_protest() -> None:
    text = "The new game is out soon. Released March on PS2."
    assert not [e.cameo for e in analysed(text) if e.cameo.startswith("14")]


@pytest.mark.slow
@pytest.mark.issue(15)
def test_figurative_reading_turned_down_is_not_backfilled() -> None:
    text = "In Birmingham, Maria Lenz broke the long-standing Austrian record on Sunday."
    assert not [e for e in analysed(text) if e.cameo[:2] in ("18", "19")]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "During the nineties, grime music exploded and a dozen new labels were on the scene.",
        "The smartphone explosion signalled the strongest sales growth yet in Brazil.",
    ],
)
def test_blast_of_no_arms_is_not_backfilled(text: str) -> None:
    assert not [e for e in analysed(text) if e.cameo.startswith("18")]


@pytest.mark.slow
@pytest.mark.issue(15)
def test_blast_of_arms_is_still_backfilled() -> None:
    found = analysed("A roadside bomb exploded next to a police convoy in Helmand.")
    assert [e.cameo for e in found] == ["183"]
