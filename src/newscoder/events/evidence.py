"""Where an event rests in the text and where it happens: evidence spans and placing.

The evidence of an event is the clause that reports it (without co-ordinated clauses that
have their own subject), or the whole sentence where the report spans clauses. Actors the
text gives no nationality are placed in the country where the event happens.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newscoder.actors.kb import country_code, is_visiting, load, peoples, secondary_sectors
from newscoder.events.args import located
from newscoder.model import Actor, Place, Span


def placed(actors: list[Actor], place: Place | None) -> list[Actor]:
    """Actors the text gives no nationality ("demonstrators", "the president") are placed in
    the country where the event happens, as event coders do for unattributed actors."""
    if place is None or not place.country:
        return actors
    return [
        located(a, place.country) if a.country is None and not visiting(a) else a for a in actors
    ]


# Codes of bodies of no state, which a sentence about one state does not make its own.
BODY_ROOTS = frozenset({"IGO", "NGO", "IMG", "MNC", "NGM", "INT", "UIS"})
# Offices of a state: their holders of no stated country may be foreign ("President X met").
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "ELI", "SPY"})
# Rights groups and armed men of no stated country act on states from outside as often as
# not ("rights groups condemned China", "insurgents ambushed a French convoy").
OUTSIDE_SECTORS = frozenset({"HRI", "REB", "INS", "UAF", "RAD"})
# Demands (10), rejections (12), threats (13) and protests (14): how citizens press their state.
CITIZEN_ROOTS = frozenset({"10", "12", "13", "14"})


def homed(actors: list[Actor], sent: SpacySpan) -> list[Actor]:
    """Actors of a people living across several states ("Kurdish rebels") with no country
    of their own are of the one homeland the sentence names ("..., Turkish officials said",
    "in northern Iraq"); none is guessed where it names two of them or none."""
    table = peoples()
    if not any(a.country is None and people_homes(a, table) for a in actors):
        return actors
    ents = [ent for ent in sent.ents if ent.label_ in ("GPE", "NORP")]
    named = {c for ent in ents if (c := country_code(ent.text))}
    found = []
    for actor in actors:
        homes = people_homes(actor, table) & named if actor.country is None else set()
        found.append(located(actor, next(iter(homes))) if len(homes) == 1 else actor)
    return found


def domestic(code: str, source: list[Actor], target: list[Actor], sent: SpacySpan) -> list[Actor]:
    """Doers of no stated country who act on one country's state or people, in a sentence
    that names no other country, by demands, rejection, threats and protest, the acts by
    which people press their own state ("Islamic fundamentalists demanded the resignation of
    *Algerian* President X", "the Umma party will boycott *Algeria's* elections"), are of
    that country: the sentence tells of its own politics. People who come to a place to talk
    or serve are not made its nationals."""
    countries = {a.country for a in target}
    if code[:2] not in CITIZEN_ROOTS or not source or len(countries) != 1 or None in countries:
        return source
    if not all(stateless(a) and not named_person(a, sent) for a in source):
        return source
    (country,) = countries
    ents = [ent for ent in sent.ents if ent.label_ in ("GPE", "NORP")]
    named = {c for ent in ents if (c := country_code(ent.text))}
    if named - {country} or not load().is_country(country):
        return source
    return [located(a, country) for a in source]


def named_person(actor: Actor, sent: SpacySpan) -> bool:
    """Whether an actor names a person ("Archbishop Desmond Tutu"), whose country the
    sentence's subject matter does not tell."""
    span = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ == "PERSON" for t in span)


def stateless(actor: Actor) -> bool:
    """People of no stated country and no office of a state: "fundamentalists", "a rights
    group", a religion's people ("Islamic fundamentalists", whose code MUS is no state's
    though Mauritius's ISO code). Not one the KB knows (its code is deliberate: "Amnesty",
    "Archbishop Desmond Tutu"), nor a state's official, who may be foreign ("President X"),
    nor a body or region ("UN peacekeepers", "African jurists"), nor a visitor."""
    religion = actor.country in secondary_sectors()
    if actor.kb_id is not None or (actor.country is not None and not religion):
        return False
    if (actor.sector or "") in STATE_SECTORS | OUTSIDE_SECTORS or actor.code[:3] in BODY_ROOTS:
        return False
    return not visiting(actor)


def people_homes(actor: Actor, table: dict[str, frozenset[str]]) -> set[str]:
    return {home for word in actor.name.lower().split() for home in table.get(word, ())}


def visiting(actor: Actor) -> bool:
    """Whether an actor is named by a role of people who come to a place to talk or serve
    ("negotiators", "peacekeepers"), whom where they act does not make its nationals."""
    words = actor.name.split()
    return bool(words) and is_visiting(words[-1])


def place_actors(
    event_actors: list[Actor], place: Place | None, said_where: bool = False
) -> Place | None:
    """The place to give nationless actors, unless it is only the home of another
    participant ("*US* aid to the opposition" happens between the US and others, not in the
    US). A town or region the text names is where the event happens whoever takes part
    ("Syrian government shelling killed ten civilians *in Douma*": Syrian civilians), and so
    is a country named as where (``said_where``: "killed by militants *in* Turkey")."""
    if place is None:
        return None
    country_named = place.demonym or place.metonym or (place.feature_code or "").startswith("PCL")
    country_named = country_named and not (said_where and not place.demonym and not place.metonym)
    if country_named and any(a.country == place.country for a in event_actors):
        return None
    state = (place.feature_code or "").startswith("PCL") and not place.demonym
    if state and not place.metonym and not said_where:
        # a country named by no locative word is a party or partner, not where the act
        # happens ("freed prisoners under a deal *with the US*")
        return None
    return place


CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl", "parataxis", "acl"})


def clause_head(token: Token) -> Token:
    """The verb heading the clause a token belongs to."""
    node = token
    for _ in range(10):
        shares_subject = node.dep_ == "conj" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in node.children
        )  # "22 were killed and 80 *wounded*": one clause
        if node.pos_ in ("VERB", "AUX") and node.dep_ in CLAUSE_DEPS and not shares_subject:
            return node
        if node.head.i == node.i:
            return node
        node = node.head
    return node


def clause_span(anchor: Token, sent: SpacySpan) -> Span:
    """The evidence: the clause of the anchor without co-ordinated clauses of their own
    ("Fighting continues in Iraq, and US officials are considering ..."), or the sentence."""
    head = clause_head(anchor)
    tokens = list(sent) if head.dep_ == "ROOT" or head.sent != sent else list(head.subtree)
    own_clauses = [
        c
        for c in head.children
        if c.dep_ in ("conj", "parataxis")
        and c.pos_ in ("VERB", "AUX")
        and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        and c.i > anchor.i
    ]
    for clause in own_clauses:
        inside = {t.i for t in clause.subtree}
        tokens = [t for t in tokens if t.i not in inside]
    tokens = [t for t in tokens if not t.is_space]
    while (
        tokens
        and (tokens[-1].is_punct and tokens[-1].text in ",;:-—")
        or (tokens and tokens[-1].dep_ == "cc")
    ):
        tokens.pop()
    if not tokens:
        return Span(sent.start_char, sent.end_char)
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    return Span(start, end)
