"""Who did what to whom: the source and target actors of an event trigger.

Arguments come from the dependency parse: the subject is the source and the object the
target; in the passive the by-agent is the source and the subject the target; a verb without
a subject of its own takes its governor's ("After meeting Jarba, Kerry said" → Kerry); a
relative pronoun stands for the noun its clause modifies; co-ordinated arguments give a list
("the US, Britain and France" → three actors, one record). Argument phrases are coded by the
actors stage (``ctx.analysis.actors``); pronouns fall back to the actor of the clause that
frames them ("the US said *it* had suspended aid") or the last one named before.
"""

from __future__ import annotations

import importlib
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from newscoder.model import Actor
from newscoder.parse import doc_text

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
# Dependents that are not part of the phrase naming an actor.
CLAUSAL_DEPS = frozenset(
    {"relcl", "acl", "advcl", "conj", "cc", "punct", "appos", "ccomp", "xcomp", "parataxis"}
)
PHRASE_PREPS = frozenset({"of", "from", "in"})
# Modifiers that name a thing after a place ("the *Oslo* talks", read as a compound or an
# adjective).
NAMING_DEPS = frozenset({"compound", "amod", "nmod"})
# Prepositions of a phrase that says where ("a stronghold *on* the Thai border").
LOCATING_PREPS = frozenset({"on", "near", "along", "across", "at", "over", "by", "close"})
# What an act took place in or during: the place named in it is the act's place too.
OCCASION_PREPS = frozenset({"during", "at", "amid"})
# Modifiers before a head whose conjuncts modify it too ("Kenyan and Somali troops").
PREMODIFIER_DEPS = frozenset({"nmod", "compound", "amod", "poss"})
# Words whose conjuncts are part of the same phrase: premodifiers, and the objects of its
# prepositions ("the ambassadors of *France, Italy and Spain*").
LISTING_DEPS = PREMODIFIER_DEPS | {"pobj"}
# Prepositions that introduce the target of a verb ("met with", "attacks on", "aid to").
TARGET_PREPS = frozenset({"with", "to", "against", "on", "upon", "at", "into", "toward", "towards"})
PARTICIPANT_PREPS = frozenset({"between", "among", "amongst"})
# What a meeting is about, not who is met: "ministers met on the Yemen ceasefire".
TOPIC_PREPS = frozenset({"on", "upon", "about", "over"})
INHERIT_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "acomp"})
PRONOUN_TAGS = frozenset({"PRP", "PRP$"})
# "accused X *of* ...", "blamed X *for* ...", "praised X *for* ...": the object does the act.
DOER_PREPS = frozenset({"of", "for"})
FIRST_PERSON = frozenset({"we", "i", "us", "our", "my", "me"})
# Pronouns that stand for one person, never for a plural noun ("the rebels ... *he*").
ONE_PERSON = frozenset({"he", "she", "him", "her", "his", "hers"})
# Bodies "he" or "she" never stands for, though the actors stage codes them (a cabinet, a
# committee, an electorate): "it" or "they" takes them up.
BODIES = frozenset(
    {"electorate", "cabinet", "committee", "government", "council", "parliament", "assembly",
     "ministry", "commission", "agency", "court", "party", "union", "public", "population"}
)
# Nouns that name an organisation named before again ("the group said"): they stand for it
# as a pronoun does.
GROUP_NOUNS = frozenset({"group", "movement", "militia", "organisation", "organization", "outfit"})
# Sectors of the groups it names again when the KB does not know them: armed groups,
# parties and the opposition (not the people they act on: "kidnapped 20 girls").
GROUP_SECTORS = frozenset({"REB", "INS", "UAF", "RAD", "PTY", "OPP"})
# Code roots of states' bodies, which "the group" never names again.
STATE_PREFIXES = frozenset({"IGO"})


# "Indian and Chinese troops", "the US and British forces": two nationalities, one noun.
TWO_NATIONS = re.compile(r"^(?:the\s+)?([\w.]+)\s+and\s+([\w.]+)\s+\w")


@lru_cache(maxsize=1)
def _country_code() -> Callable[[str], str | None] | None:
    """The actors stage's reading of a country name or demonym, when it provides one."""
    try:
        found = importlib.import_module("newscoder.actors.kb").country_code
    except (ImportError, AttributeError):
        return None
    return found if callable(found) else None


def _is_visiting(word: str) -> bool:
    """The actors stage's reading of a role whose holders visit where they act."""
    try:
        found = importlib.import_module("newscoder.actors.kb").is_visiting
    except (ImportError, AttributeError):
        return False
    return bool(found(word))


@lru_cache(maxsize=1)
def _person_ids() -> frozenset[str]:
    """The knowledge base's people, when the actors stage provides its knowledge base."""
    try:
        entries = importlib.import_module("newscoder.actors.kb").load().by_id
    except (ImportError, AttributeError):
        return frozenset()
    return frozenset(k for k, e in entries.items() if e.kind == "person")


def refers_back(noun: Token) -> bool:
    """Whether a noun is a bare "the group", "the movement", "the militia": a name given
    again to an organisation named before, with nothing of its own to say which."""
    if lemma_of(noun) not in GROUP_NOUNS or noun.tag_ != "NN":
        return False
    children = list(noun.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children) and all(
        c.dep_ in ("det", "punct") for c in children
    )


def lemma_of(token: Token) -> str:
    return token.lemma_.lower()


def is_person(actor: Actor) -> bool:
    """Whether the actors stage coded the actor as a known person ("Kenzo Oshima")."""
    return bool(actor.kb_id) and actor.kb_id in _person_ids()


def split_nationalities(actor: Actor) -> list[Actor]:
    """One actor per nationality of a name that co-ordinates two before its noun ("Indian
    and Chinese troops" → Indian troops, Chinese troops), where the actor coded it as one."""
    found = TWO_NATIONS.match(actor.name)
    code_of = _country_code()
    if found is None or code_of is None or not actor.country:
        return [actor]
    first, second = code_of(found.group(1)), code_of(found.group(2))
    if not first or not second or first == second or actor.country not in (first, second):
        return [actor]
    rest = actor.code[3:] if actor.code[:3] == actor.country else ""
    return [replace(actor, code=c + rest, country=c) for c in (first, second)]


class ActorIndex:
    """The document's actors, findable by character offsets."""

    def __init__(self, actors: Iterable[Actor]) -> None:
        self.actors = sorted(actors, key=lambda a: (a.start, -a.end))
        self.starts = [a.start for a in self.actors]

    def overlapping(self, start: int, end: int) -> list[Actor]:
        found = []
        for actor in self.actors[: bisect_left(self.starts, end)]:
            if actor.end > start:
                found.append(actor)
        return found

    def before(
        self, offset: int, floor: int, skip: Callable[[Actor], bool] | None = None
    ) -> Actor | None:
        """The last actor that ends before ``offset`` and starts at or after ``floor``
        (and that ``skip`` does not turn down); of names ending together, the whole one
        ("*Bosnian Serbs* said their forces", not the "Serbs" inside it)."""
        best = None
        for actor in self.actors[: bisect_left(self.starts, offset)]:
            if actor.start < floor or actor.end > offset or (skip and skip(actor)):
                continue
            if best is None or (actor.end, best.start) >= (best.end, actor.start):
                best = actor
        return best


def core_tokens(head: Token) -> list[Token]:
    """The tokens of the phrase headed by ``head`` without its clauses and conjuncts."""
    found = []
    stack = [head]
    while stack:
        token = stack.pop()
        found.append(token)
        for child in token.children:
            listed = token.dep_ in LISTING_DEPS or token.dep_ == "conj"  # a list goes on
            if child.dep_ == "conj" and listed and token.i != head.i:
                # "*Eriadori and Calenardhon* leaders": both lead; "lawmakers in *France
                # and Germany*": both are where they sit
                stack.append(child)
                continue
            if child.dep_ in CLAUSAL_DEPS:
                continue
            if child.dep_ == "prep" and child.lower_ not in PHRASE_PREPS:
                continue
            stack.append(child)
    return found


def outermost(actors: list[Actor]) -> list[Actor]:
    """Drop actors nested inside another one of the list ("US" inside "US officials")."""
    kept = []
    for actor in actors:
        if any(
            other is not actor
            and other.start <= actor.start
            and actor.end <= other.end
            and (other.end - other.start) > (actor.end - actor.start)
            for other in actors
        ):
            continue
        if any(k.start == actor.start and k.end == actor.end for k in kept):
            continue
        kept.append(actor)
    return kept


def located(actor: Actor, country: str) -> Actor:
    """A copy of an actor without a country, placed in ``country`` (sector kept)."""
    code = actor.code.lstrip("-")
    return replace(actor, code=country + code, country=country)


def stranded_object(prep: Token) -> list[Token]:
    """The object the parser took from a preposition to make it the subject of the reduced
    relative clause after it ("granted asylum *to five officers holed up* in the embassy":
    'officers' read as the subject of 'holed'): the subject that begins right after it."""
    doc = prep.doc
    if prep.i + 1 >= len(doc):
        return []
    return [
        t
        for t in doc[prep.i + 1 : prep.i + 12]
        if t.dep_ in ("nsubj", "nsubjpass")
        and t.left_edge.i == prep.i + 1
        and t.head.dep_ in ("advcl", "ccomp", "conj", "relcl")
        and t.head.head.i == prep.head.i
    ]


def recountried(actor: Actor, country: str) -> Actor:
    """A copy of an actor coded in another country (its sector kept)."""
    own = actor.country or ""
    rest = actor.code[len(own) :] if own and actor.code.startswith(own) else actor.code.lstrip("-")
    return replace(actor, code=country + rest, country=country)


def nearest_group(
    actors: list[Actor], head: Token, text: str, anchor: Actor | None = None
) -> list[Actor]:
    """Of the actors modifying a head, the one nearest to it and those co-ordinated with it
    ("*Hungarian and Romanian* officials"), not every name in the phrase ("US-backed
    Islamist factions" → the Islamists)."""
    if len(actors) < 2:
        return actors
    ordered = sorted(actors, key=lambda a: a.start)
    if anchor is not None:
        before = [a for a in ordered if a.end <= anchor.start] + [anchor]
    else:
        before = [a for a in ordered if a.end <= head.idx]
    if not before:
        return first_group(ordered, text)
    group = [before[-1]]
    for actor in reversed(before[:-1]):
        gap = text[actor.end : group[0].start]
        if not gap.strip() and actor.country == group[0].country:
            # a title right before a name ("Bree Prime Minister *Romendacil*") is one
            # person, not two: the more specific code stands for both
            if len(actor.code) > len(group[0].code):
                group[0] = actor
            continue
        if not listing_gap(head.doc, actor.end, group[0].start):
            break
        group.insert(0, actor)
    return group


LISTING_WORDS = frozenset({",", "and", "or"})


def ends_list(appos: Token) -> bool:
    """Whether what the parser read as an apposition is the last member of a list: "and"
    or "or" stands right before it ("Peru, Chile *and* the proud Brazil")."""
    doc, before = appos.doc, appos.left_edge.i - 1
    # the parser may leave the name's describing words outside it ("and the rich *awful*")
    # (articles and adjectives only: "and evil *minister* Calimehtar" is a title and a name)
    while before > 0 and appos.left_edge.i - before <= 4 and doc[before].pos_ in ("DET", "ADJ"):
        before -= 1
    return before >= 0 and doc[before].lower_ in ("and", "or")


# Entity labels of names that can be members of a list of parties.
LIST_ENTS = frozenset({"GPE", "ORG", "NORP"})


def inside_list(head: Token, appos: Token) -> bool:
    """Whether what the parser read as an apposition is a member inside a list: a name set
    off by commas with the list's "and" member still to come ("Oman, *the small Qatar*, and
    rich Kuwait"). A description is no name ("Oshima, *the UN relief coordinator*, and
    Annan"); the parser may take an unknown name for a common noun ("the awful *Fornost*")."""
    doc = appos.doc
    named = appos.pos_ == "PROPN" or (appos.ent_type_ in LIST_ENTS and appos.text[:1].isupper())
    if not named or appos.left_edge.i == 0 or doc[appos.left_edge.i - 1].text != ",":
        return False
    after = appos.right_edge.i + 1
    later = any(c.i > appos.i for c in head.conjuncts)
    return later and after < len(doc) and doc[after].text == ","


def describes(token: Token) -> bool:
    """An article or a lower-case describing word, which a list member may open with."""
    return token.pos_ in DESCRIBING_POS and token.is_lower and token.lower_ not in LISTING_WORDS
DESCRIBING_POS = frozenset({"DET", "ADJ", "NOUN"})


def listing_gap(doc: Doc, start: int, end: int) -> bool:
    """Whether the words between two names list them: nothing, a comma or "and", else
    a co-ordinator first and then only the article and describing words of the next name
    ("Arnor, Rohan *and the evil, awful* Gondor"; the parser may read such a word as a
    noun). A preposition or a verb in between ("US-*backed*", "forces *in*") ends a list."""
    words = [t for t in doc if start <= t.idx < end and not t.is_space]
    if len(words) > 5:
        return False
    if not words or all(t.lower_ in LISTING_WORDS for t in words):
        return True
    if words[0].lower_ not in LISTING_WORDS:
        return False
    return all(t.lower_ in LISTING_WORDS or describes(t) for t in words)


def first_group(ordered: list[Actor], text: str) -> list[Actor]:
    """Of actors all named after a head, the nearest one and those co-ordinated with it
    ("the population *of Kenya* of the region": Kenya; "the people *of Chad and Niger*")."""
    group = [ordered[0]]
    for actor in ordered[1:]:
        gap = text[group[-1].end : actor.start]
        if gap.strip(" ,").lower() not in ("", "and", "or", "and the", ", and"):
            break
        group.append(actor)
    return group


# Entities that name a group or a state, not one person.
GROUP_ENTS = frozenset({"ORG", "GPE", "NORP"})


def antecedent(token: Token) -> Token:
    """A relative pronoun's noun: "forces *who* attacked" → forces; "to *whom*" likewise."""
    node = token
    for _ in range(4):
        if node.dep_ == "relcl":
            return described_one(token, node.head)
        if node.head.i == node.i:
            break
        node = node.head
    # The parser did not attach the clause as relative: the noun just before it.
    for i in range(token.i - 1, max(token.sent.start, token.i - 4) - 1, -1):
        previous = token.doc[i]
        if previous.pos_ in ("NOUN", "PROPN"):
            return previous
        if previous.pos_ not in ("ADP", "PUNCT"):
            break
    return token


def described_one(pronoun: Token, noun: Token) -> Token:
    """ "a Syrian man linked *to the Islamic State who* stabbed": a "who" clause the parser
    hangs on a group or a state named in a participle phrase after a noun of people
    describes that person ("linked to", "loyal to", "close to" say whom he is tied to)."""
    named_group = noun.ent_type_ in GROUP_ENTS or (noun.pos_ == "PROPN" and not noun.ent_type_)
    if pronoun.lower_ != "who" or not named_group or noun.dep_ != "pobj":
        return noun
    participle = noun.head.head
    if participle.tag_ not in ("VBN", "VBG"):
        return noun
    # "believed *linked* to": through the verb that frames the participle
    if participle.dep_ == "xcomp" and participle.head.dep_ == "acl":
        participle = participle.head
    if participle.dep_ == "acl":
        person = participle.head
    elif participle.dep_ == "xcomp":
        subjects = [c for c in participle.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        person = subjects[0] if subjects else noun
    else:
        return noun
    one = person.pos_ == "NOUN" or person.ent_type_ == "PERSON"
    return person if one and person.ent_type_ not in GROUP_ENTS else noun


def controlled_spans(pronoun: Token) -> list[tuple[int, int]]:
    """The character spans of the subjectless participle and infinitive clauses whose
    understood subject is ``pronoun`` ("*Having torn Syria to shreds*, it ..."): the names in
    them are its co-arguments, and a plain pronoun never stands for its own co-argument
    (binding: "it" is not Syria; "itself" would be)."""
    if pronoun.dep_ != "nsubj":
        return []
    spans = []
    clauses = [c for c in pronoun.head.children if c.dep_ in ("advcl", "xcomp")]
    for prep in (c for c in pronoun.head.children if c.dep_ == "prep"):
        # "*After shelling* Ukraine for a week, it ...": the clause a preposition governs
        clauses += [c for c in prep.children if c.dep_ == "pcomp"]
    for clause in clauses:
        if clause.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children):
            continue  # "after he left", "because Syria ...": a subject or a subordinator
        words = list(clause.subtree)
        spans.append((words[0].idx, words[-1].idx + len(words[-1])))
    for obj in pronoun.head.children:
        # the verb's object, which a relative pronoun brings before the subject ("members of
        # his government, *whom* they had taken hostage": they are not the government)
        if obj.dep_ in ("dobj", "dative") and obj.tag_ in ("WP", "WDT"):
            noun = antecedent(obj)
            while noun.dep_ in ("conj", "pobj", "prep") and noun.head.i < noun.i:
                noun = noun.head  # "X and 30 members of his government, whom": all of it
            if noun.i != obj.i:  # the noun with its modifiers, up to the relative clause
                spans.append((noun.left_edge.idx, obj.idx))
    return spans


class ArgumentFinder:
    """Resolves argument tokens to actors within one document."""

    def __init__(
        self,
        index: ActorIndex,
        relative_pronouns: frozenset[str],
        settings: frozenset[str] = frozenset(),
        sector_codes: frozenset[str] = frozenset(),
        place_parts: frozenset[str] = frozenset(),
        object_control: frozenset[str] = frozenset(),
    ) -> None:
        self.index = index
        # verbs whose object does what their infinitive says ("urged Israel to halt")
        self.object_control = object_control
        self.sector_codes = sector_codes
        self.place_parts = place_parts
        self.relative = relative_pronouns
        self.settings = settings  # nouns for situations and events, not for who acts
        # measures and bids, which are their possessor's (set by the document's coder)
        self.owned_acts: frozenset[str] = frozenset()
        self.speakers: dict[int, list[Actor]] = {}  # token index → quote speaker actors
        self.place_spans: list[tuple[int, int]] = []  # towns and regions, not actors
        self.town_spans: list[tuple[int, int]] = []  # towns, metonyms for governments too
        self.venues: frozenset[str] = frozenset()  # meetings named after where they are held
        self.boundaries: frozenset[str] = frozenset()  # a country's edges: "the Thai border"
        # towns and regions with their country: what violence hits where no one is named
        self.towns: list[tuple[int, int, str]] = []
        # organisations' names, some with a list inside ("Islamic State in Iraq and Syria")
        self.name_spans: list[tuple[int, int]] = []

    def is_place(self, actor: Actor) -> bool:
        return any(s <= actor.start and actor.end <= e for s, e in self.place_spans)

    def is_town(self, actor: Actor) -> bool:
        return any(s <= actor.start and actor.end <= e for s, e in self.town_spans)

    def phrase_actors(self, head: Token) -> list[Actor]:
        tokens = core_tokens(head)
        # a situation "in" a country is not done by that country ("the conflict in Syria"),
        # while a group "in" a country is from there ("opposition groups in Zimbabwe")
        located_in = set()
        # (nor is where people who come to talk or serve meet: "mediators *in Nairobi*")
        if head.lemma_.lower() in self.settings or _is_visiting(head.text):
            located_in = {
                t.i
                for p in head.children
                if p.dep_ == "prep" and p.lower_ == "in"
                for t in p.subtree
            }
        start = min(t.idx for t in tokens)
        end = max(t.idx + len(t) for t in tokens)
        inside = [
            a
            for a in self.index.overlapping(start, end)
            if any(a.start < t.idx + len(t) and t.idx < a.end for t in tokens)
        ]
        holding_head = outermost([a for a in inside if a.start <= head.idx < a.end])[:1]
        if holding_head and holding_head[0].country is None:
            # "Demonstrators *in Baghdad*", "rebels *in the Ivory Coast*": where a group of
            # unknown nationality is based gives its country.
            # "*Kenya's* new interior minister", "*their* forces", "*its* embassy in Baku":
            # the owner's nationality, before where the group is
            owners = [c for c in head.children if c.dep_ == "poss"]
            based = self.owners_countries(owners[0], inside) if owners else []
            based = based or [
                a
                for a in inside
                if a.country and a.start >= holding_head[0].end and self.based_at(a, head)
            ]
            if based:  # "lawmakers in Fornost and Gondor": one actor per country
                countries = list(dict.fromkeys(a.country for a in based if a.country))
                return [located(holding_head[0], c) for c in countries]
        if not holding_head and head.lemma_.lower() in self.owned_acts:
            owned = self.act_owner(head, inside)
            if owned:
                return owned
        if holding_head and holding_head[0].country:
            listed = self.listed_countries(holding_head[0], head, inside)
            if listed:  # "the ambassadors of Chile, Peru and Bolivia": one per country
                return [recountried(holding_head[0], c) for c in listed]
        if not holding_head:
            inside = [
                a
                for a in inside
                if not any(t.i in located_in and a.start <= t.idx < a.end for t in tokens)
            ]
        if not holding_head and head.lemma_.lower() in self.venues:
            # "the *Oslo* talks collapsed": the town is where they were held, not a party
            named = {t.idx for c in head.children if c.dep_ in NAMING_DEPS for t in c.subtree}
            inside = [
                a
                for a in inside
                if not (self.is_town(a) and any(a.start <= i < a.end for i in named))
            ]
        if not holding_head and head.lemma_.lower() in self.place_parts:
            # "a residential area of Kabul": the place's country, not its government; who
            # the place is taken "from" keeps their own code
            named = {
                t.idx
                for p in head.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for t in p.subtree
            }
            inside = [
                replace(a, code=a.country, sector=None)
                if a.country and any(a.start <= i < a.end for i in named)
                else a
                for a in inside
            ]
        if not holding_head:
            # a town or region naming where a thing is ("*Tripoli* airport", "a base in
            # *Gwadar*") stands for its country, not for its government
            inside = [
                replace(a, code=a.country, sector=None)
                if a.country and self.is_place(a) and a.code != a.country
                else a
                for a in inside
            ]
        inside = [a for a in inside if not self.locates_only(a, head)]
        if holding_head:
            # with the names co-ordinated before it: "*Egyptian and* Jordanian ministers"
            before = [a for a in outermost(inside) if a.end <= holding_head[0].start]
            return nearest_group(before + holding_head, head, doc_text(head.doc), holding_head[0])
        return nearest_group(outermost(inside), head, doc_text(head.doc))

    def locates_only(self, actor: Actor, head: Token) -> bool:
        """Whether a name only locates what the phrase is about: a demonym before an edge of
        its country in a phrase of place below the head ("a stronghold *on the Thai border*",
        "camps *near the Lebanese frontier*")."""
        span = head.doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if span is None or span.root.i == head.i:
            return False
        edge = span.root.head
        if span.root.dep_ not in NAMING_DEPS or edge.lemma_.lower() not in self.boundaries:
            return False
        return edge.dep_ == "pobj" and edge.head.lower_ in LOCATING_PREPS

    @staticmethod
    def based_at(actor: Actor, head: Token) -> bool:
        """Whether a place named after a group's head gives its country: not where people
        who come to talk or serve are ("negotiators *in Doha*"), only where they come from
        ("diplomats *from* Kenya")."""
        if not _is_visiting(head.text):
            return True
        return any(
            p.lower_ == "from" and any(actor.start <= t.idx < actor.end for t in p.subtree)
            for p in head.children
            if p.dep_ == "prep"
        )

    @staticmethod
    def listed_countries(actor: Actor, head: Token, inside: list[Actor]) -> list[str]:
        """The countries of a list after a group's head, when the stages coded the group
        with the first of them only ("the ambassadors *of Chile*, Peru and Bolivia")."""
        after = [a for a in inside if a.country and a.start > head.idx and a is not actor]
        if actor.end > head.idx + len(head):  # the group's name runs into the list
            after.insert(0, actor)
        countries = list(dict.fromkeys(a.country for a in after if len(a.country or "") == 3))
        if len(countries) < 2 or actor.country not in countries:
            return []
        return countries

    def act_owner(self, head: Token, inside: list[Actor]) -> list[Actor]:
        """The state a measure or bid belongs to ("*Sweden's* NATO membership", "*Georgia's*
        new media law"), whatever else its phrase names: a named possessor only."""
        owners = [c for c in head.children if c.dep_ == "poss" and c.tag_ not in PRONOUN_TAGS]
        found = self.owners_countries(owners[0], inside) if owners else []
        # the possessor's own name, nearest the head ("Iraqi *President Saddam Hussein's*")
        return [max(found, key=lambda a: a.end)] if found else []

    def owners_countries(self, owner: Token, inside: list[Actor]) -> list[Actor]:
        """The actors with a country that a possessor names: a pronoun's antecedent, or the
        name itself ("*Kenya's* minister")."""
        if owner.tag_ in PRONOUN_TAGS:
            return [a for a in self.pronoun(owner) if a.country]
        span = [t for t in owner.subtree if t.dep_ != "case"]
        start, end = span[0].idx, span[-1].idx + len(span[-1])
        return [a for a in inside if a.country and start <= a.start and a.end <= end + 2]

    def actors_of(self, head: Token) -> list[Actor]:
        """Actors of an argument and of its conjuncts, in text order."""
        if head.lower_ in self.relative:
            head = antecedent(head)
        members = [head]
        for conjunct in sorted(head.conjuncts, key=lambda t: t.i):
            # a conjunct may continue the name of any member before it, not only the first
            # ("factions and *the Islamic State in Iraq and Syria*": Syria is in the name)
            if conjunct.i > head.i and not any(self.one_name(m, conjunct) for m in members):
                members.append(conjunct)
        # "lawmakers in Fornost *and Gondor*" read as lawmakers and Gondor: a place
        listed = [m for m in members[1:] if self.continues_place(head, m)]
        members = [m for m in members if m not in listed]
        found: list[Actor] = []
        for member in members:
            actors = self.phrase_actors(member)
            holds_head = any(a.start <= member.idx < a.end for a in actors)
            for appos in self.appositions(member):
                # "the Friends of Syria countries — the US, Britain, France ...": the
                # apposition names the members better than a name inside the phrase
                named = self.actors_of(appos)
                if named and holds_head and (
                    appos.conjuncts
                    or ends_list(appos)
                    or (inside_list(member, appos) and all(len(a.code) == 3 for a in named))
                ):
                    # "Mordor, *the Shire, Fornost and Bree*", "Peru, Chile *and the proud
                    # Brazil*": a list, not an apposition
                    actors = actors + [a for a in named if all(a is not b for b in actors)]
                    break
                if named and (not actors or (not holds_head and len(named) > len(actors))):
                    actors = named
                    break
                person = member.ent_type_ == "PERSON" or any(is_person(a) for a in actors)
                if named and person and self.role_of(named, actors):
                    # "Kenzo Oshima, *the UN relief coordinator*": the office he speaks
                    # for, not the nationality his name is known by
                    actors = named
                    break
                if named and self.holder_of(named, actors):
                    # "the Federal Minister for Interior *Aftab Sherpao*": a title is the
                    # office its named holder serves
                    actors = named
                    break
            if not actors and member.tag_ in PRONOUN_TAGS:
                actors = self.pronoun(member)
            if not actors and refers_back(member):
                actors = self.group_antecedent(member)
            if member.i != head.i and actors and not any(a.country for a in actors):
                countries = self.shared_places(head, member)
                actors = [located(a, c) for a in actors for c in countries] or actors
            found += [a for a in actors if all(a is not f for f in found)]
        return found + self.placed_also(found, listed)

    def continues_place(self, head: Token, conjunct: Token) -> bool:
        """Whether a name the parser co-ordinates with a group's head continues the list
        of places after it ("lawmakers in Fornost *and Gondor*"): it follows the object of
        the head's place phrase with only "and" or a comma between."""
        if head.pos_ != "NOUN" or conjunct.pos_ != "PROPN":
            return False
        doc = head.doc
        gap = doc[conjunct.left_edge.i - 1] if conjunct.left_edge.i > 0 else None
        if gap is None or gap.dep_ not in ("cc", "punct") or gap.i < 1:
            return False
        before = doc[gap.i - 1]
        prep = next((a for a in before.ancestors if a.dep_ == "prep"), None)
        return (
            prep is not None
            and prep.head.i == head.i
            and prep.lower_ in PHRASE_PREPS
            and before.dep_ in ("pobj", "conj", "compound")
        )

    def placed_also(self, found: list[Actor], listed: list[Token]) -> list[Actor]:
        """The groups placed by a place list copied into each country the parser split off
        it ("lawmakers in Fornost and Gondor" → lawmakers of both)."""
        countries = [
            a.country
            for t in listed
            for a in self.index.overlapping(t.idx, t.idx + len(t))
            if len(a.country or "") == 3
        ]
        groups = [a for a in found if a.country and a.code != a.country]
        return [recountried(g, c) for c in dict.fromkeys(countries) for g in groups]

    def shared_places(self, head: Token, conjunct: Token) -> list[str]:
        """The countries a conjunct shares with the head: its nationality, or every country
        of the place list after them ("officials in *France and Germany*")."""
        country = self.shared_nationality(head, conjunct)
        if country is None:
            return []
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in PHRASE_PREPS or prep.i < conjunct.i:
                continue
            places = [p for p in prep.subtree if p.dep_ in ("pobj", "conj")]
            named = [
                a.country
                for p in places
                for a in self.index.overlapping(p.idx, p.idx + len(p))
                if len(a.country or "") == 3
            ]
            if country in named:
                return list(dict.fromkeys(named))
        return [country]

    def shared_nationality(self, head: Token, conjunct: Token) -> str | None:
        """The nationality written once before co-ordinated common nouns, which it modifies
        all of ("*Iranian* media and officials", "*Turkish* troops and police"), or where
        they are, written once after them ("police and soldiers *in Mali*"); a conjunct with
        modifiers of its own ("Iranian media and *Western* officials") keeps its own."""
        if conjunct.pos_ != "NOUN" or head.pos_ != "NOUN":
            return None
        if any(c.dep_ in PREMODIFIER_DEPS or c.dep_ == "prep" for c in conjunct.children):
            return None
        for modifier in head.children:
            if modifier.dep_ not in ("amod", "compound", "nmod") or modifier.i > head.i:
                continue
            end = modifier.idx + len(modifier)
            named = [a for a in self.index.overlapping(modifier.idx, end) if a.country]
            if named and len(named[0].country or "") == 3:
                return named[0].country
        for prep in head.children:
            # "police and soldiers *in Mali*": a phrase after the last conjunct, which the
            # parser hangs on the first, places them all
            if prep.dep_ != "prep" or prep.lower_ not in PHRASE_PREPS or prep.i < conjunct.i:
                continue
            places = [p for p in prep.children if p.dep_ == "pobj"]
            named = [
                a
                for p in places
                for a in self.index.overlapping(p.idx, p.idx + len(p))
                if len(a.country or "") == 3
            ]
            if named:
                return named[0].country
        return None

    def one_name(self, head: Token, conjunct: Token) -> bool:
        """A conjunct inside the organisation's name its head begins, past a preposition of
        the name ("the Islamic State in Iraq *and Syria*"), which the parser reads as a
        second party; a tagger's span over a plain list ("Gondor and Arnor") is no name."""
        inside = any(s <= head.idx < e and s <= conjunct.idx < e for s, e in self.name_spans)
        between = head.doc[head.i + 1 : conjunct.i]
        return inside and any(t.dep_ == "prep" for t in between)

    @staticmethod
    def appositions(member: Token) -> list[Token]:
        """The appositions of a phrase, and those of the name modifying its head ("the
        Hizbollah *(Party of God)* group": the gloss names the group too)."""
        names = [member] + [
            c for c in member.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
        ]
        return [c for n in names for c in n.children if c.dep_ == "appos"]

    @staticmethod
    def holder_of(named: list[Actor], office: list[Actor]) -> bool:
        """Whether an apposition names the known person who holds an office the text names
        only by its title ("the Federal Minister for Interior, *Aftab Sherpao*"): the person
        says which state, better than a title the stages may have placed anywhere."""
        if not office or any(a.kb_id for a in office):
            return False
        return any(a.country and is_person(a) for a in named)

    @staticmethod
    def role_of(named: list[Actor], person: list[Actor]) -> bool:
        """Whether an apposition names an office of another body than the person's own
        country ("the UN coordinator" for a Japanese diplomat)."""
        own = {a.country for a in person}
        return any(a.country and a.country not in own and a.code[3:6] for a in named) or any(
            a.code[:3] in ("IGO", "NGO", "IMG", "MNC") for a in named
        )

    def pronoun(self, token: Token) -> list[Actor]:
        """A pronoun's actor: the speaker for "we" in a quote, the framing clause's subject
        ("X said *it* would"), else the last actor named before it in the sentence or the
        one before."""
        if token.lower_ in FIRST_PERSON:
            return self.speakers.get(token.i, [])
        clause = token.head
        while clause.dep_ in INHERIT_DEPS and clause.head.i != clause.i:
            clause = clause.head
        own = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i]
        if clause.dep_ == "ccomp" and clause.head.i != clause.i and not own:
            # the reporting verb's own subject or the one it inherits ("Katsav refused ...,
            # *saying* he would ...")
            for subject in self.subjects(clause.head):
                # (not a plural for "he" or "she": "activists staged rallies against Abbas,
                # *saying he* must resign")
                if subject.tag_ not in PRONOUN_TAGS and not (
                    token.lower_ in ONE_PERSON and subject.tag_ in ("NNS", "NNPS")
                ):
                    actors = self.actors_of(subject)
                    if actors:
                        return actors
        sentence = token.sent
        floor = sentence.start_char
        if token.i == sentence.start or token.i - sentence.start < 2:
            previous = token.doc[sentence.start - 1].sent if sentence.start > 0 else None
            floor = previous.start_char if previous is not None else floor
        # "he", "she", "they" stand for people, never for a town named before them
        places = token.lower_ not in ("it", "its")
        bound = controlled_spans(token)

        singular = token.lower_ in ("it", "its") or token.lower_ in ONE_PERSON

        one = token.lower_ in ONE_PERSON

        def skip(actor: Actor) -> bool:
            inside = any(s <= actor.start and actor.end <= e for s, e in bound)
            return (
                inside
                or (places and self.is_place(actor))
                or (singular and plural(actor))
                or (one and no_one(actor))
            )

        def no_one(actor: Actor) -> bool:
            """ "he" and "she" never stand for a state itself ("the UK", coded bare) or a
            body ("the electorate", "the cabinet"); a person the actors stage gave only a
            country ("Kenteris") still can."""
            span = token.doc.char_span(actor.start, actor.end, alignment_mode="expand")
            if span is None:
                return False
            root = span.root
            if root.ent_type_ == "PERSON":
                return False
            state = bool(actor.country) and actor.code == actor.country
            return state or root.lemma_.lower() in BODIES

        def plural(actor: Actor) -> bool:
            """ "crowds", "Azerbaijani crowds" are never "it"."""
            span = token.doc.char_span(actor.start, actor.end, alignment_mode="expand")
            if span is None:
                return False
            root = span.root
            if root.dep_ in ("amod", "compound", "nmod") and root.head.i >= span.end:
                root = root.head  # the nationality of a plural noun
            return root.tag_ == "NNS"

        actor = self.index.before(token.idx, floor, skip)
        if actor is None or self.nearer_subject(token, actor):
            return []
        return [actor]

    def group_antecedent(self, noun: Token) -> list[Actor]:
        """The organisation a bare "the group" or "the movement" names again: the last actor
        before it in its sentence or the one before that is neither a state, a place nor a
        person ("Israel struck Hezbollah after *the group* fired rockets")."""
        sentence = noun.sent
        floor = sentence.start_char
        if sentence.start > 0:
            floor = noun.doc[sentence.start - 1].sent.start_char

        def skip(actor: Actor) -> bool:
            state = actor.code == actor.country or actor.code[:3] in STATE_PREFIXES
            organised = actor.kb_id is not None or actor.sector in GROUP_SECTORS
            return state or not organised or self.is_place(actor) or is_person(actor)

        found = self.index.before(noun.idx, floor, skip)
        return [found] if found is not None else []

    def nearer_subject(self, pronoun: Token, actor: Actor) -> bool:
        """Whether a subject the actors stage left uncoded stands between a pronoun and the
        last actor before it, and is the likelier antecedent ("Police said *the suspect* was
        arrested after *he* attacked two women": he is not the police)."""
        sentence = pronoun.sent
        singular = pronoun.lower_ in ("it", "its")
        for token in sentence[: pronoun.i - sentence.start]:
            if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ != "NOUN":
                continue
            if singular and token.tag_ == "NNS":
                continue  # "crowds burned *its* embassy": "it" is never a plural noun
            if token.left_edge.idx <= actor.start:
                continue  # "the *Saudi*-led coalition said its jets": the actor is its own
            if token.idx >= actor.end and not self.index.overlapping(
                token.idx, token.idx + len(token)
            ):
                return True
        return False

    def subjects(self, verb: Token) -> list[Token]:
        """The subject tokens of a verb, inherited from the governor when it has none."""
        node = verb
        for _ in range(6):
            own = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
            if own:
                return own
            if (
                node.dep_ == "acl"
                and node.tag_ == "VBG"
                and node.i > 0
                and (node.doc[node.i - 1].text == ",")
            ):
                # ", killing five": a result of the main clause, not of the noun before it
                governor = next((a for a in node.ancestors if a.pos_ in ("VERB", "AUX")), None)
                if governor is not None:
                    return self.subjects(governor)
            if node.dep_ in ("relcl", "acl") and node.head.i != node.i:
                # "issued a declaration *demanding* ...": the issuer speaks through it
                issuer = node.head.head if node.head.dep_ == "dobj" else None
                if issuer is not None and self.actors_of(node.head):
                    # "dispersed *demonstrators protesting* ...": people named by the noun do
                    # it themselves, not the one acting on them
                    issuer = None
                return [node.head] + (self.subjects(issuer) if issuer is not None else [])
            if node.dep_ == "pcomp" and node.head.dep_ == "prep":  # "After meeting X, Y said"
                governor = node.head.head
                # the object, or the passive subject ("X was accused by Y *of* ...")
                accused = [c for c in governor.children if c.dep_ in ("dobj", "nsubjpass")]
                if node.head.lower_ in DOER_PREPS and accused:
                    # "accused the RSF *of attacking* civilians", "blamed X for shelling":
                    # the one accused is the doer
                    return accused
                node = governor
                continue
            if node.dep_ == "xcomp" and node.head.i != node.i:
                # "urged *Israel* to halt", "allowed the convoy to pass": the object of the
                # governing verb is the subject of its infinitive (object control)
                controller = [c for c in node.head.children if c.dep_ == "dobj"]
                if controller and node.head.lemma_.lower() in self.object_control:
                    return controller
            if node.dep_ in INHERIT_DEPS and node.head.i != node.i:
                node = node.head
                continue
            break
        return []

    def agents(self, verb: Token) -> list[Token]:
        return [
            p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
        ]

    def prep_objects(self, token: Token, preps: frozenset[str]) -> list[Token]:
        """The objects of ``token``'s prepositions in ``preps``; the subject of a clause that
        follows one ("fired tear gas *at farmers marching* on the capital")."""
        found = []
        for c in token.children:
            if c.dep_ not in ("prep", "dative") or c.lower_ not in preps:
                continue
            for p in c.children:
                if p.dep_ == "pobj":
                    found.append(p)
                elif p.dep_ == "pcomp":
                    found += [s for s in p.children if s.dep_ == "nsubj"]
            if not any(p.dep_ in ("pobj", "pcomp") for p in c.children):
                found += stranded_object(c)
        return found

    def prep_objects_of(self, tokens: Iterable[Token], preps: frozenset[str]) -> list[Token]:
        return [p for token in tokens for p in self.prep_objects(token, preps)]

    def collect(self, heads: Iterable[Token]) -> list[Actor]:
        found: list[Actor] = []
        doc = None
        for head in heads:
            doc = head.doc
            found += [a for a in self.actors_of(head) if all(a is not f for f in found)]
        found = [self.resident(a, doc) if doc is not None else a for a in found]
        return [self.without_sector_country(b) for a in found for b in split_nationalities(a)]

    def resident(self, actor: Actor, doc: Doc) -> Actor:
        """An ethnic group is coded in the country it lives in, as CAMEO codes ethnic groups
        ("ethnic Albanians *in south Serbia*", "ethnic Albanian guerrillas *operating in
        Macedonia*"), not in the state its name recalls."""
        if not actor.country:
            return actor
        span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if span is None:
            return actor
        noun = span.root
        if "ethnic" not in actor.name.lower().split():
            return self.people_of(actor, noun)
        inside = frozenset({"in", "inside", "within"})
        holders = [noun] + [c for c in noun.children if c.dep_ == "acl"]
        countries = self.countries_in(self.prep_objects_of(holders, inside), actor)
        if not countries and noun.dep_ in ("nsubj", "nsubjpass", "dobj"):
            # where the clause it takes part in happened ("killed three ethnic Albanians
            # in a gunbattle *in southern Serbia*")
            places = self.prep_objects(noun.head, inside)
            occasions = self.prep_objects(noun.head, inside | OCCASION_PREPS)  # "during a raid"
            places += self.prep_objects_of(occasions, inside)
            countries = self.countries_in(places, actor)
        if not countries:
            return actor
        rest = actor.code[3:] if actor.code[:3] == actor.country else actor.code.lstrip("-")
        return replace(actor, code=countries[0] + rest, country=countries[0])

    def people_of(self, actor: Actor, noun: Token) -> Actor:
        """A people named for one country and said to be "of" a place in another belong to
        the country they live in ("the Albanians *of southern Serbia*", "the Turks *of
        Germany*"); "in" alone says only where they are ("Americans in Iraq")."""
        if noun.tag_ not in ("NNPS", "NNS") or noun.ent_type_ != "NORP":
            return actor
        countries = self.countries_in(self.prep_objects(noun, frozenset({"of"})), actor)
        if not countries:
            return actor
        rest = actor.code[3:] if actor.code[:3] == actor.country else actor.code.lstrip("-")
        return replace(actor, code=countries[0] + rest, country=countries[0])

    def countries_in(self, places: list[Token], actor: Actor) -> list[str]:
        """The countries of the places named, other than the actor's own."""
        return [
            a.country
            for p in places
            for a in self.index.overlapping(p.idx, p.idx + len(p))
            if a.country and a.country != actor.country and len(a.country) == 3
        ]

    def without_sector_country(self, actor: Actor) -> Actor:
        """An actor whose country field holds a sector code ("elders" → ELI) has no known
        country: the sector stays in its code, the country field is emptied."""
        if actor.country and actor.country[:3] in self.sector_codes:
            return replace(actor, country=None)
        return actor
