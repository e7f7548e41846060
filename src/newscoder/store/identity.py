"""Which cross-document actor a name of one article is, if any: merge only on strong evidence.

An actor row of the store gathers what many articles say about one person, organisation,
country or coded group, so a wrong merge puts one actor's deeds in another's dossier. Names
are therefore merged only when the evidence is strong:

- a country (or its demonym) is its CAMEO country code; a group without a name ("US
  officials", "Syrian rebels") is its CAMEO code, as event datasets aggregate them;
- a knowledge-base identity counts only when the name itself is a form of the entry's name
  (``Kerry`` for JOHN_KERRY, ``UN`` for UNITED_NATIONS), never when the coder found the entry
  inside a role phrase (``Mr. Trump's personal lawyer``) or beside another name;
- an actor mention takes its entity's identity only when the mention names that entity (its
  last word is the entity's): ``UN`` is not ``Martin Griffiths`` even if linked to him;
- a person is merged across articles by full name; a lone surname stays in its article;
- a generic noun (``man``, ``child``, ``residents``: no name, no country) is no actor;
- a place is an actor only as a metonym ("Washington said", "the Kremlin", a capital coded as
  its government); it keeps its place label so it is shown as a place. Byline authors, who
  only sign the article, are no actors.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newscoder.model import Actor, Analysis, Entity

LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
SPACES = re.compile(r"\s+")
TOKEN = re.compile(r"[^\W_]+")
POSSESSIVE = re.compile(r"['’]s\b", re.IGNORECASE)
COUNTRY_LABELS = frozenset({"GPE", "NORP", "LOC"})  # LOC: "Europe" (EUR) is coded like one
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
GROUP_PREFIXES = ("IGO", "NGO", "MNC", "NGM")  # a specific organisation when followed by more


def name_key(name: str) -> str:
    """``name:john kerry`` for "John  Kerry" and "the John Kerry"."""
    cleaned = LEADING_ARTICLE.sub("", SPACES.sub(" ", name.strip().replace("’", "'")))
    return "name:" + cleaned.casefold()


def person_key(name: str, doc_id: str) -> str:
    """A person by full name; a lone surname is no full name: it stays the actor of its
    own article."""
    if len(tokens(name)) < 2:
        return f"{name_key(name)}@{doc_id}"
    return name_key(name)


def tokens(name: str) -> list[str]:
    return TOKEN.findall(name.casefold())


@lru_cache(maxsize=1)
def person_titles() -> frozenset[str]:
    """The entities stage's person titles ("Mr", "President"), without their dots."""
    import tomllib

    from newscoder.lexicon import read_lexicon

    titles = tomllib.loads(read_lexicon("entities", "entities.toml"))["person_titles"]
    return frozenset(t.rstrip(".") for t in titles)


def name_tokens(name: str) -> list[str]:
    """A name's words without the titles before it: "Mr Vance" is ["vance"]."""
    words = tokens(name)
    while len(words) > 1 and words[0] in person_titles():
        words = words[1:]
    return words


@lru_cache(maxsize=1)
def kb_kinds() -> dict[str, frozenset[str]]:
    """Knowledge-base id -> kinds of its entries (person, named, group, igo, country).

    Loaded once; ingest has loaded the knowledge base for the actor coder anyway. Without
    one (not built), no id counts as an identity and names are used instead."""
    try:
        from newscoder.actors.kb import load

        kinds: dict[str, set[str]] = {}
        for entry in load().entries:
            kinds.setdefault(entry.kb_id, set()).add(entry.kind)
    except Exception:  # noqa: BLE001 - the store works without a knowledge base
        return {}
    return {k: frozenset(v) for k, v in kinds.items()}


def identity(kb_id: str | None) -> bool:
    """A knowledge-base id that names one actor (a person, organisation, group), not the
    country the coder read in a phrase ("US regulators" carries the USA's id)."""
    kinds = kb_kinds().get(kb_id or "")
    return bool(kinds) and "country" not in kinds


def names_entry(name: str, kb_id: str) -> bool:
    """Is ``name`` a form of the knowledge-base entry's name? ``Donald J. Trump``, ``Trump``
    and ``Mr Trump`` for DONALD_TRUMP, ``UN`` for UNITED_NATIONS; not ``Trump's lawyer``,
    ``Taliban interior minister`` for TALIBAN, nor ``Hunter Biden`` for JOE_BIDEN."""
    if POSSESSIVE.search(name):
        return False
    words, entry = name_tokens(name), tokens(kb_id.replace("_", " "))
    if not words or not entry:
        return False
    if words == entry or (len(words) == 1 and words[0] == "".join(w[0] for w in entry)):
        return True
    if len(words) > 1 and len(entry) > 1:
        return words[0] == entry[0] and words[-1] == entry[-1]
    return words[-1] == entry[-1] and len(words) <= 2  # "Mr Trump", "Afghan Taliban"


def kb_named(name: str) -> str | None:
    """``kb:ID`` of the entry whose id spells the full name ("Peter Vance" is PETER_VANCE),
    so an article where the coder found no code still meets the articles where it did."""
    words = name_tokens(name)
    if len(words) < 2:
        return None  # a lone word ("Brown", "Labour") is no full name
    kb_id = "_".join(words).upper()
    return f"kb:{kb_id}" if identity(kb_id) else None


def names_entity(name: str, entity: Entity) -> bool:
    """Does an actor mention name its linked entity? Its last word is the last word of the
    entity's name or of an alias ("President Kerry", "ISIS"); a role phrase ending in
    another word, or another name, does not."""
    if POSSESSIVE.search(name):
        return False
    words = tokens(name)
    if not words:
        return False
    forms = [tokens(form) for form in (entity.name, *entity.aliases)]
    return any(form and form[-1] == words[-1] for form in forms)


def kb_identity(actor: Actor, entity: Entity | None) -> str | None:
    """``kb:ID`` when the coder's entry is the actor's identity by the names above."""
    if not identity(actor.kb_id):
        return None
    names = (entity.name, *entity.aliases) if entity is not None else (actor.name,)
    if any(names_entry(n, actor.kb_id or "") for n in names):
        return f"kb:{actor.kb_id}"
    return None


def country_code(code: str | None) -> bool:
    """Does a CAMEO code start with a country (or a region coded like one)?"""
    return bool(code) and group_name(code or "") is not None


@lru_cache(maxsize=1024)
def group_name(code: str) -> str | None:
    """A readable name for a coded group: "United States GOV" for USAGOV (the names it is
    mentioned by differ from article to article; the actor page lists them)."""
    import pycountry

    country = pycountry.countries.get(alpha_3=code[:3])
    if country is None:
        return None
    name = getattr(country, "common_name", None) or country.name
    return f"{name} {code[3:]}".strip()


class Identities:
    """The store keys of one analysis's entities and actor mentions (None: no actor)."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.metonyms = metonym_entities(analysis)
        self.signers = byline_entities(analysis)
        self.entities: dict[int, str | None] = {
            i: self.entity_key(i, e) for i, e in enumerate(analysis.entities)
        }

    def entity_key(self, i: int, entity: Entity) -> str | None:
        if entity.country and entity.label in COUNTRY_LABELS:
            return f"code:{entity.country}"
        if i in self.signers:
            return None
        linked = [a for a in self.analysis.actors if a.entity_id == i]
        if entity.label in PLACE_LABELS and i not in self.metonyms:
            return None
        for actor in linked:
            found = kb_identity(actor, entity)
            if found:
                return found
            if len(actor.code) == 3 and entity.label in COUNTRY_LABELS and country_code(actor.code):
                return f"code:{actor.code}"  # a place the coder reads as a bloc: "Europe"
        named = kb_named(entity.name)
        if named:
            return named  # the entry of the same full name, whether coded here or not
        if entity.label == "PERSON":
            return person_key(entity.name, self.analysis.document.id)
        return name_key(entity.name)

    def actor_key(self, actor: Actor) -> str | None:
        """A named person or organisation is its entity (when the mention names it) or its
        knowledge-base entry; a group is its CAMEO code; a generic noun is no actor."""
        entity = None
        if actor.entity_id is not None and actor.entity_id < len(self.analysis.entities):
            entity = self.analysis.entities[actor.entity_id]
        if entity is not None and names_entity(actor.name, entity):
            linked = self.entities.get(actor.entity_id)  # type: ignore[arg-type]
            if linked is not None and not linked.startswith("code:"):
                return linked
            if entity.label in PLACE_LABELS and not entity.country and linked is None:
                return None  # a place named, not standing for anyone
        found = kb_identity(actor, None)
        if found:
            return found
        code = actor.code or ""
        if country_code(code) or (len(code) > 3 and code.startswith(GROUP_PREFIXES)):
            return f"code:{code}"
        return None  # "man", "residents", "police" without a country: no actor of the store


def metonym_entities(analysis: Analysis) -> set[int]:
    """Entities standing for a government or institution: a mention the places stage reads
    as a metonym ("Washington said"), or a party of an event that the coder codes as a
    government or other sector ("accused Tehran"). A capital the coder codes as its
    government wherever it is named ("shares fell in London") is only a place."""
    spans = {(p.start, p.end) for p in analysis.places if p.metonym}
    found = {m.entity_id for m in analysis.mentions
             if m.entity_id is not None and (m.start, m.end) in spans}
    parties = {(a.start, a.end) for e in analysis.events for a in (*e.source, *e.target)}
    found |= {a.entity_id for a in analysis.actors
              if a.entity_id is not None and (a.start, a.end) in parties
              and len(a.code or "") > 3 and country_code(a.code)}
    return found


def byline_entities(analysis: Analysis) -> set[int]:
    """Entities named only in the byline: the article's authors, not actors of its news."""
    span = analysis.document.byline_span
    if span is None:
        return set()
    inside: dict[int, bool] = {}
    for m in analysis.mentions:
        if m.entity_id is not None:
            within = span.start <= m.start and m.end <= span.end
            inside[m.entity_id] = inside.get(m.entity_id, True) and within
    return {i for i, only in inside.items() if only}
