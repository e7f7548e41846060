"""Public statements (CAMEO 01): invented sentences in the project's own words.

PLOVER dropped CAMEO's statements; the coder gives them a type of its own beside PLOVER's
(read from the lexicon's override table, not written here). A statement is coded only
between its author and the actor it is to or about; a bare "X said ..." naming no one else
is speech, which the quotes stage records, and gives no statement event.
"""

from __future__ import annotations

import pytest

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    return analyse(text, "2024-05-14").events


def statement_type() -> str | None:
    from newscoder.eval.events import statement_type

    return statement_type()


def statements(text: str) -> set[tuple[str | None, str | None, str]]:
    kind = statement_type()
    return {
        (s.country, t.country, e.cameo[:3])
        for e in events_of(text)
        if e.plover == kind
        for s in e.source
        for t in e.target
    }


def test_statement_type_is_not_a_plover_type() -> None:
    """Users filtering on PLOVER's 16 types must be able to drop statements."""
    plover = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
              "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
              "COERCE", "ASSAULT"}
    kind = statement_type()
    assert kind is not None
    assert kind not in plover


# (sentence, source country, target country, CAMEO code)
CODED = [
    # a mood about something to do with another actor (012 pessimistic, 013 optimistic)
    ("Chile voiced optimism about the trade talks with Peru.", "CHL", "PER", "013"),
    ("Finland expressed concern over the Estonian border dispute.", "FIN", "EST", "012"),
    # the subject of the clause a stance noun takes
    ("Kenya expressed fears that Somalia would close the border.", "KEN", "SOM", "012"),
    # condolences to the bereaved (018)
    ("The Canadian prime minister offered condolences to Mexico after the floods.", "CAN", "MEX",
     "018"),
    # denying and claiming responsibility for an act against someone (016, 015)
    ("Armenia denied responsibility for the shelling of Azerbaijani villages.", "ARM", "AZE",
     "016"),
    # said or told, with another actor and no event reported (the dictionary's SAY 010)
    ("Ghana told Togo it was ready.", "GHA", "TGO", "010"),
    ("The Peruvian president said Bolivia's decision was a mistake.", "PER", "BOL", "010"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), CODED)
def test_statement_coded(text: str, source: str, target: str, code: str) -> None:
    assert (source, target, code) in statements(text)


NOT_CODED = [
    # said, with no other actor: speech, not an event
    "The Danish foreign minister said the economy would recover next year.",
    "Norway said on Tuesday it was satisfied with the harvest.",
    # refusing to comment is no statement to anyone
    "The Belgian police declined to comment.",
    # an attribution after what it reports sources it, it is no statement about Laos
    "Laos is about to reopen its border, a Thai official said on Friday.",
    # what is quoted is no one told
    "Kenyan diplomats quoted a Ugandan statement as saying the border was closed.",
]


@pytest.mark.parametrize("text", NOT_CODED)
def test_bare_statement_not_coded(text: str) -> None:
    kind = statement_type()
    assert [e.cameo for e in events_of(text) if e.plover == kind] == []


def test_said_with_a_target_codes_the_reported_act() -> None:
    """ "X said Y did Z": the event is Z, Y's, not a statement by X."""
    found = events_of("The Thai army said Cambodian troops had shelled a border post.")
    kind = statement_type()
    assert not [e for e in found if e.plover == kind]
    assert any(e.cameo.startswith("19") for e in found)



# (sentence, the claimant's or denier's country, the act's root, whether they did it)
CLAIMED = [
    # the claimant did the act, as its claim reports it
    ("The Sudanese rebels claimed responsibility for the attack on Chadian troops.", "SDN", True),
    # one who denies responsibility is not its doer
    ("Sudan denied responsibility for the shelling of Chadian troops.", "SDN", False),
]


@pytest.mark.parametrize(("text", "speaker", "did"), CLAIMED)
def test_claimed_act_done_by_claimant(text: str, speaker: str, did: bool) -> None:
    found = events_of(text)
    assert (speaker, "TCD", "01") in {
        (s.country, t.country, e.cameo[:2]) for e in found for s in e.source for t in e.target
    }
    doers = {s.country for e in found if e.cameo.startswith(("18", "19")) for s in e.source}
    assert (speaker in doers) is did


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the event in the complement is doubted or denied, not reported: the statement is
        ("Russia said on Friday that sanctions against Iran would not work.", "RUS", "IRN"),
        ("China said an attack on Taiwan was not planned.", "CHN", "TWN"),
    ],
)
def test_a_statement_about_an_event_it_denies_is_coded(
    text: str, source: str, target: str
) -> None:
    from newscoder.eval.events import analyse

    said = [e for e in analyse(text, "2022-10-04").events if e.cameo == "010"]
    assert {a.country for e in said for a in e.source} == {source}
    assert target in {a.country for e in said for a in e.target}
