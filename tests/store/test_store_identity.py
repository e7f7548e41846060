"""Cross-document actor identity (issue 21): the store merges names only on strong evidence.

The articles are invented; they reproduce what a user met on real news: an agency acronym
linked to its official, a role phrase and a lawyer coded with his client's entry, a leader
coded with his movement's entry, generic nouns and places among the actors, a byline author.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from storebuild import Article

from newscoder.model import Entity
from newscoder.store import identity, query
from newscoder.store.db import open_store
from newscoder.store.ingest import Deduplicator, write_batch

KINDS = {"PETER_VANCE": frozenset({"person"}), "UNITED_NATIONS": frozenset({"igo"}),
         "NORTHERN_FRONT": frozenset({"group"}), "VELDORIA": frozenset({"country"})}


@pytest.fixture(autouse=True)
def knowledge_base(monkeypatch: pytest.MonkeyPatch) -> None:
    """A knowledge base of invented entries, so the tests do not depend on the real one."""
    monkeypatch.setattr(identity, "kb_kinds", lambda: KINDS)


@pytest.mark.parametrize(("name", "kb_id", "expected"), [
    ("Peter Vance", "PETER_VANCE", True),
    ("Peter J. Vance", "PETER_VANCE", True),
    ("Vance", "PETER_VANCE", True),
    ("Mr Vance", "PETER_VANCE", True),
    ("Mr. Vance's personal lawyer", "PETER_VANCE", False),
    ("Vance's lawyer", "PETER_VANCE", False),
    ("Lyle Brandt", "PETER_VANCE", False),
    ("Tom Vance", "PETER_VANCE", False),
    ("UN", "UNITED_NATIONS", True),
    ("United Nations", "UNITED_NATIONS", True),
    ("Mara Quill", "UNITED_NATIONS", False),
    ("Northern Front", "NORTHERN_FRONT", True),
    ("Northern Front interior minister", "NORTHERN_FRONT", False),
])
def test_identity_names_entry(name: str, kb_id: str, expected: bool) -> None:
    assert identity.names_entry(name, kb_id) is expected


@pytest.mark.parametrize(("mention", "expected"), [
    ("Vance", True), ("President Peter Vance", True), ("PV", True),
    ("UN", False), ("Vance administration", False), ("Vance's aide", False),
])
def test_identity_a_mention_names_its_entity_by_its_last_word(mention: str,
                                                             expected: bool) -> None:
    entity = Entity(0, "Peter Vance", "PERSON", aliases=["PV"])
    assert identity.names_entity(mention, entity) is expected


def store(tmp_path: Path, *articles: Article) -> str:
    db = str(tmp_path / "news.db")
    with open_store(db) as opened:
        write_batch(opened, [a.analysis for a in articles], Deduplicator(opened))
    return db


def actor_names(db: str) -> dict[str, dict]:
    with open_store(db) as opened, opened.engine.connect() as conn:
        found = query.find_actors(conn, "", limit=1000)
        return {a["name"]: query.actor_dossier(conn, a["id"]) for a in found}


def relief_article() -> Article:
    """The acronym of an agency linked to the official who speaks for it."""
    art = Article("relief", "Mara Quill, the UN relief coordinator, spoke in Velden. "
                            "The UN condemned a raid on a food convoy in Ostria.")
    quill = art.entity("Mara Quill", "PERSON")
    un = art.actor("UN", "IGOUNO", entity=quill, kb_id="UNITED_NATIONS")
    art.entity("Ostria", "GPE", country="FIN")
    convoy = art.actor("Ostria", "FIN")
    art.event("ACCUSE", "111", [un], [convoy], "2024-05-10")
    return art


def lawyer_article() -> Article:
    """A role phrase and the lawyer himself coded with his client's entry."""
    art = Article("lawyer", "Lyle Brandt, Mr. Vance's personal lawyer, met envoys in Kessa. "
                            "Brandt said Peter Vance had done nothing wrong.")
    brandt = art.entity("Lyle Brandt", "PERSON", "Lyle Brandt", "Brandt", aliases=("Brandt",))
    vance = art.entity("Peter Vance", "PERSON")
    role = art.actor("Mr. Vance's personal lawyer", "USAJUD", kb_id="PETER_VANCE")
    lyle = art.actor("Lyle Brandt", "USAGOV", entity=brandt, kb_id="PETER_VANCE")
    client = art.actor("Peter Vance", "USAGOV", entity=vance, kb_id="PETER_VANCE")
    art.event("CONSULT", "040", [role], [], "2024-05-09")
    art.event("CONSULT", "040", [lyle], [client], "2024-05-09")
    return art


def vance_article() -> Article:
    art = Article("vance", "Vance spoke to farmers on Friday.", outlet="Valley Post")
    vance = art.entity("Peter Vance", "PERSON", "Vance", aliases=("Vance",))
    art.actor("Vance", "USAGOV", entity=vance, kb_id="PETER_VANCE")
    return art


def front_article() -> Article:
    """A leader coded with the entry of the movement he serves."""
    art = Article("front", "Karim Dost, the Northern Front interior minister, met elders. "
                           "The Northern Front said the talks went well.")
    dost = art.entity("Karim Dost", "PERSON")
    front = art.entity("Northern Front", "ORG", "Northern Front")
    art.actor("Karim Dost", "FINREB", entity=dost, kb_id="NORTHERN_FRONT")
    art.actor("Northern Front", "FINREB", entity=front, kb_id="NORTHERN_FRONT")
    return art


@pytest.mark.issue(21)
def test_an_acronym_never_merges_into_a_person(tmp_path: Path) -> None:
    actors = actor_names(store(tmp_path, relief_article()))
    assert "UN" in actors or "UNITED_NATIONS" in {a["kb_id"] for a in actors.values()}
    quill = actors["Mara Quill"]
    assert quill["as_source"] == [] and quill["code"] is None


@pytest.mark.issue(21)
def test_a_role_phrase_or_another_person_never_merges_into_a_person(tmp_path: Path) -> None:
    actors = actor_names(store(tmp_path, lawyer_article(), vance_article()))
    vance = actors["Peter Vance"]
    assert {d["id"] for d in vance["documents"]} == {"lawyer", "vance"}
    assert "Lyle Brandt" in actors and actors["Lyle Brandt"]["kb_id"] is None
    sources = {a["name"] for e in vance["as_source"] for a in e["source"]}
    assert sources == set()  # neither the lawyer nor the role phrase acts as Vance
    assert [a["name"] for e in vance["as_target"] for a in e["source"]] == ["Lyle Brandt"]


def test_a_full_name_meets_its_entry_where_the_coder_found_none(tmp_path: Path) -> None:
    uncoded = Article("uncoded", "Peter Vance opened a school.", outlet="Valley Post")
    uncoded.entity("Peter Vance", "PERSON")
    actors = actor_names(store(tmp_path, vance_article(), uncoded))
    assert {d["id"] for d in actors["Peter Vance"]["documents"]} == {"vance", "uncoded"}


@pytest.mark.issue(21)
def test_a_leader_never_merges_into_his_movement(tmp_path: Path) -> None:
    actors = actor_names(store(tmp_path, front_article()))
    assert actors["Karim Dost"]["id"] != actors["Northern Front"]["id"]
    assert actors["Northern Front"]["kb_id"] == "NORTHERN_FRONT"


@pytest.mark.issue(21)
def test_generic_nouns_are_no_actors_but_keep_their_names_in_events(tmp_path: Path) -> None:
    art = Article("arrest", "Police in Velden arrested a man after residents saw a child hurt.")
    police = art.actor("Police", "COP")
    man = art.actor("man", "PPL")
    art.actor("residents", "CVL")
    art.actor("child", "CVL")
    art.event("COERCE", "173", [police], [man], "2024-05-10")
    db = store(tmp_path, art)
    assert actor_names(db) == {}
    with open_store(db) as opened, opened.engine.connect() as conn:
        event = query.events(conn)[0]
    assert [(a["name"], a["actor_id"]) for a in event["target"]] == [("man", None)]


@pytest.mark.issue(21)
def test_places_are_actors_only_as_metonyms_and_authors_not_at_all(tmp_path: Path) -> None:
    art = Article("places", "By Ana Roos. Talks in Velden failed. Kessa said it would reply. "
                            "Shares fell in Lorn. Marta accused Tarvo of lying.",
                  byline="By Ana Roos")
    art.entity("Ana Roos", "PERSON")
    velden = art.entity("Velden", "GPE")
    kessa = art.entity("Kessa", "GPE")
    lorn = art.entity("Lorn", "GPE")
    tarvo = art.entity("Tarvo", "GPE")
    marta = art.entity("Marta", "GPE", country="FIN")
    art.actor("Velden", "FIN", entity=velden)  # a town coded only as its country
    art.place("Velden", country="FIN", precision="city")
    art.actor("Kessa", "FINGOV", entity=kessa)  # read as a metonym by the places stage
    art.place("Kessa", country="FIN", precision="city", metonym=True)
    art.actor("Lorn", "FINGOV", entity=lorn)  # a capital coded as its government, a place here
    art.place("Lorn", country="FIN", precision="city")
    accused = art.actor("Tarvo", "ESTGOV", entity=tarvo)  # a capital as the party of an event
    art.event("ACCUSE", "112", [art.actor("Marta", "FIN", entity=marta)], [accused],
              "2024-05-10")
    actors = actor_names(store(tmp_path, art))
    assert set(actors) == {"Kessa", "Tarvo", "Marta"}  # Marta: a country, FIN
    assert actors["Kessa"]["label"] == "GPE" and actors["Tarvo"]["label"] == "GPE"


@pytest.mark.issue(21)
def test_a_lone_surname_stays_in_its_article_a_full_name_merges(tmp_path: Path) -> None:
    first = Article("one", "Okafor met Ruth Adeyemi on Monday.")
    second = Article("two", "Okafor and Ruth Adeyemi spoke again.", outlet="Valley Post")
    for art in (first, second):
        okafor = art.entity("Okafor", "PERSON")
        ruth = art.entity("Ruth Adeyemi", "PERSON")
        art.event("CONSULT", "040", [art.actor("Okafor", "PPL", entity=okafor)],
                  [art.actor("Ruth Adeyemi", "PPL", entity=ruth)], "2024-05-10")
    db = store(tmp_path, first, second)
    with open_store(db) as opened, opened.engine.connect() as conn:
        okafors = query.find_actors(conn, "Okafor")
        ruth = query.find_actors(conn, "Ruth Adeyemi")
    assert len(okafors) == 2 and len(ruth) == 1
