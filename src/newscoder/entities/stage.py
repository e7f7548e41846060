"""Stage `entities`: named entities made consistent across the whole document.

spaCy's NER labels each mention on its own: a surname alone is often an organisation or a
place, an acronym is not linked to the name it stands for. This stage

1. takes the model's mentions, trims determiners and possessives, and adds the full names
   that a parenthesised acronym defines ("Islamic State in Iraq and Syria (ISIS)");
2. clusters mentions into document-level entities: the same text, an acronym and its
   definition, a surname and the full name it ends ("Kerry" → "John Kerry"), a short
   organisation name and its longer form ("Al Nusra" → "the Al Nusra Front"), and every name
   of one country ("the US", "United States", "American");
3. gives each entity one type by weighing the evidence of all its mentions: a title before a
   name or a speech verb after it means a person, an organisation word means an organisation,
   a known country name means a country;
4. keeps the titles and roles written before a person's name ("US Secretary of State"),
   never reaching back over a dateline, a line break or a dash between two parts of the text.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newscoder.context import Context
from newscoder.lexicon import lexicon_path
from newscoder.model import Analysis, Entity, Mention
from newscoder.parse import doc_text

LEXICON = lexicon_path("entities", "entities.toml")
LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"})
ACRONYM = re.compile(r"\(([A-Z][A-Za-z]?[A-Z]{1,8})\)")
NAME_SPLIT = re.compile(r"[\s\-‐–]+")
POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
ADMIN_CODES = frozenset({"ADM1", "ADM2", "PCLI"})
CONNECTORS = frozenset({"of", "in", "and", "for", "the", "de", "al", "on", "&"})


@dataclass(frozen=True)
class Lexicon:
    person_titles: frozenset[str]
    title_phrases: tuple[str, ...]
    title_breaks: frozenset[str]
    spaced_title_breaks: frozenset[str]
    org_words: frozenset[str]
    speech_verbs: frozenset[str]
    name_particles: frozenset[str]
    leading_words: tuple[str, ...]
    locative_words: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    with open(LEXICON, "rb") as handle:
        raw = tomllib.load(handle)
    return Lexicon(
        person_titles=frozenset(raw["person_titles"]),
        title_phrases=tuple(raw["title_phrases"]),
        title_breaks=frozenset(raw["title_breaks"]),
        spaced_title_breaks=frozenset(raw["spaced_title_breaks"]),
        org_words=frozenset(raw["org_words"]),
        speech_verbs=frozenset(raw["speech_verbs"]),
        name_particles=frozenset(raw["name_particles"]),
        leading_words=tuple(raw["leading_words"]),
        locative_words=frozenset(raw["locative_words"]),
    )


@lru_cache(maxsize=4096)
def country_of(name: str) -> str | None:
    """ISO alpha-3 of a country name or demonym, from the knowledge base when it is there."""
    try:
        from newscoder.actors.kb import country_code
    except ImportError:
        country_code = None
    if country_code is not None:
        code = country_code(name)
        if code:
            return str(code)
    return pycountry_code(name)


def pycountry_code(name: str) -> str | None:
    import pycountry

    try:
        return str(pycountry.countries.lookup(name).alpha_3)
    except LookupError:
        return None


@lru_cache(maxsize=512)
def country_name(code: str) -> str:
    """The country's short English name (GeoNames' where the gazetteer is built)."""
    try:
        from newscoder.places import gazetteer

        entry = gazetteer.country(code)
        if entry is not None:
            return str(entry.name)
    except Exception:  # noqa: BLE001 - fall back on ISO names without a built gazetteer
        pass
    import pycountry

    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)


@dataclass
class Candidate:
    """A mention under construction, with the evidence for its type."""

    start: int
    end: int
    text: str
    label: str
    votes: Counter[str] = field(default_factory=Counter)
    country: str | None = None
    strong: str | None = None  # a type the text itself states (title, org word, country)


def trimmed(span: Span) -> tuple[int, int] | None:
    """Character bounds of a mention without leading determiners or a possessive ending."""
    words = lexicon().leading_words
    tokens = list(span)
    while tokens and (tokens[0].text in words or tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].tag_ == "POS"):
        tokens.pop()
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = doc_text(span.doc)[start:end]
    possessive = POSSESSIVE.search(text)
    if possessive and possessive.start() > 0:
        end -= len(possessive.group())
    return start, end


def title_spans(doc: Doc) -> list[tuple[int, int]]:
    """Where multi-word titles ("Secretary of State") stand in the text."""
    spans = []
    text = doc_text(doc)
    for phrase in lexicon().title_phrases:
        if phrase in text:  # a plain search first: most texts have none of them
            for match in re.finditer(rf"\b{re.escape(phrase)}\b", text):
                spans.append((match.start(), match.end()))
    return spans


def model_candidates(doc: Doc) -> list[Candidate]:
    titles = title_spans(doc)
    found = []
    for ent in doc.ents:
        if ent.label_ not in LABELS:
            continue
        bounds = trimmed(ent)
        if bounds is None:
            continue
        start, end = bounds
        if any(s <= start and end <= e for s, e in titles):
            continue  # "State" in "Secretary of State" is part of a title
        candidate = Candidate(start, end, doc_text(doc)[start:end], ent.label_)
        candidate.votes[ent.label_] += 1
        found.append(candidate)
    return found


ORG_TAIL = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,4}")


def extend_org(doc: Doc, candidate: Candidate) -> Candidate:
    """"the French Institute" + " for the Near East": the model often stops at the head."""
    if candidate.label != "ORG" or candidate.text.split()[-1].lower() not in lexicon().org_words:
        return candidate
    tail = ORG_TAIL.match(doc_text(doc), candidate.end)
    if tail is None:
        return candidate
    candidate.end = tail.end()
    candidate.text = doc_text(doc)[candidate.start : candidate.end]
    return candidate


def acronym_definitions(doc: Doc, candidates: list[Candidate]) -> dict[str, Candidate]:
    """Acronyms defined in parentheses, each with a mention of the full name before it."""
    definitions: dict[str, Candidate] = {}
    text = doc_text(doc)
    for match in ACRONYM.finditer(text):
        acronym = match.group(1)
        full = defined_name(text, match.start(), acronym) or mention_before(
            text, match.start(), candidates
        )
        if full is None:
            continue
        start, end = full
        label = next((c.label for c in candidates if c.text == acronym), "ORG")
        candidate = Candidate(start, end, text[start:end], "ORG" if label == "PERSON" else label)
        candidate.votes[candidate.label] += 2
        definitions[acronym] = candidate
    return definitions


def mention_before(text: str, paren: int, candidates: list[Candidate]) -> tuple[int, int] | None:
    """A named mention that ends right before the parenthesis ("Workers' Party (PKK)")."""
    for candidate in candidates:
        gap = text[candidate.end : paren]
        if candidate.end <= paren and gap.strip(" '’") == "" and len(candidate.text.split()) > 1:
            return candidate.start, candidate.end
    return None


def defined_name(text: str, paren: int, acronym: str) -> tuple[int, int] | None:
    """The capitalised phrase ending before ``(ACRONYM)`` whose initials spell the acronym."""
    words = list(re.finditer(r"[\w'’.-]+", text[max(0, paren - 200) : paren]))
    offset = max(0, paren - 200)
    initials: list[str] = []
    for index in range(len(words) - 1, -1, -1):
        word = words[index].group()
        if word[0].isupper():
            initials.insert(0, word[0])
        elif word.lower() not in CONNECTORS:
            break
        if "".join(initials).upper() == acronym.upper():
            start = offset + words[index].start()
            end = offset + words[-1].end()
            return start, end
    return None


def person_context(doc: Doc, candidate: Candidate) -> str | None:
    """PERSON when a title precedes the mention or it is the subject of a speech verb."""
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    if span is None:
        return None
    lex = lexicon()
    words = {t.lower_ for t in span}
    if words & lex.org_words:
        return "ORG"
    before = [t for t in doc[max(0, span.start - 2) : span.start] if not t.is_punct]
    if before and before[-1].lower_ in lex.person_titles:
        return "PERSON"
    root = span.root
    speaks = root.dep_ == "nsubj" and root.head.lemma_ in lex.speech_verbs
    if speaks and len(span) <= 3 and all(t.is_title or t.is_lower for t in span):
        return "PERSON" if candidate.label != "ORG" or len(span) > 1 else None
    return None


def collect_evidence(doc: Doc, candidates: list[Candidate]) -> None:
    for candidate in candidates:
        if candidate.label in {"GPE", "NORP", "LOC"} or candidate.text.isupper():
            candidate.country = country_of(candidate.text)
            if candidate.country and not is_country(candidate.text, candidate.label):
                candidate.country = None  # "Aleppo", "Washington": a place in a country
            if candidate.country and candidate.label != "LOC":
                candidate.strong = "GPE" if candidate.label != "NORP" else "NORP"
                continue
        context = person_context(doc, candidate) or place_context(doc, candidate)
        if context:
            candidate.strong = context


@lru_cache(maxsize=4096)
def gazetteer_places(name: str) -> tuple[tuple[str, str, int], ...]:
    """(feature class, feature code, population) of the gazetteer entries of a name."""
    try:
        from newscoder.places import gazetteer

        return tuple((c.fclass, c.fcode, c.population or 0) for c in gazetteer.lookup(name))
    except Exception:  # noqa: BLE001 - without a built gazetteer, no place evidence
        return ()


def is_country(name: str, label: str) -> bool:
    """A country's name or demonym, not a city, region or person the knowledge base files
    under a country: the gazetteer must rank a country first, or the word be a demonym."""
    places = gazetteer_places(name)
    return places[0][1].startswith("PCL") if places else label == "NORP"


def place_context(doc: Doc, candidate: Candidate) -> str | None:
    """GPE for a known sizeable place in a locative position ("the cities of Aleppo")."""
    if candidate.label in {"GPE", "LOC", "FAC"} or len(candidate.text.split()) > 3:
        return None
    places = gazetteer_places(candidate.text)
    sizeable = [p for p in places if p[0] in "AP" and (p[2] >= 20000 or p[1] in ADMIN_CODES)]
    if not sizeable:
        return None
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    before = doc[span.start - 1]
    listed = span.root.dep_ == "conj" and span.root.head.ent_type_ == "GPE"
    if before.lower_ in lexicon().locative_words or listed:
        return "GPE"
    return None


def name_words(text: str) -> list[str]:
    particles = lexicon().name_particles
    return [w for w in NAME_SPLIT.split(text.lower()) if w and w not in particles]


def same_person(short: Candidate, full: Candidate) -> bool:
    """A surname (or shorter form) and the full name it ends: "Kerry", "John Kerry"."""
    short_words, full_words = name_words(short.text), name_words(full.text)
    return (
        0 < len(short_words) < len(full_words)
        and full_words[-len(short_words) :] == short_words
        and not (full.strong == "ORG" or short.strong == "ORG")
        and short.country is None
    )


def same_org(short: Candidate, full: Candidate) -> bool:
    """A short organisation name and a longer form that adds only generic words."""
    if short.country or short.label == "NORP":
        return False  # "French" is not short for "French Institute"
    short_words, full_words = short.text.lower().split(), full.text.lower().split()
    if not 0 < len(short_words) < len(full_words) or full_words[: len(short_words)] != short_words:
        return False
    return all(w in lexicon().org_words for w in full_words[len(short_words) :])


def initials(name: str) -> str:
    """ "International Organization for Migration" → "IOM"."""
    return "".join(w[0] for w in name.split() if w.lower() not in CONNECTORS and w[0].isupper())


class Clusters:
    """Union-find over candidate indices."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        self.parent[self.find(j)] = self.find(i)


def cluster_key(candidate: Candidate) -> str:
    """Mentions with the same key are one entity: a country's names share its code."""
    return f"country:{candidate.country}" if candidate.country else candidate.text.lower()


def cluster(candidates: list[Candidate], acronyms: dict[str, Candidate]) -> Clusters:
    clusters = Clusters(len(candidates))
    first_by_key: dict[str, int] = {}
    for i, candidate in enumerate(candidates):
        key = cluster_key(candidate)
        if key in first_by_key:
            clusters.union(first_by_key[key], i)
        else:
            first_by_key[key] = i
    for acronym, definition in acronyms.items():
        # a defined name may be a country ("EL SALVADOR (ES)"), keyed by its code
        if acronym.lower() in first_by_key:
            clusters.union(first_by_key[cluster_key(definition)], first_by_key[acronym.lower()])
    multi = [i for i, c in enumerate(candidates) if len(c.text.split()) > 1]
    for i, candidate in enumerate(candidates):
        if candidate.text.isupper() and candidate.country is None:
            full = next((j for j in multi if initials(candidates[j].text) == candidate.text), None)
            if full is not None:
                clusters.union(full, i)
    for i, candidate in enumerate(candidates):
        for j in multi:
            full = candidates[j]
            if i != j and (same_person(candidate, full) or same_org(candidate, full)):
                clusters.union(j, i)
                break
    return clusters


def decide_label(members: list[Candidate]) -> str:
    strong = Counter(c.strong for c in members if c.strong)
    if strong:
        if strong.get("PERSON") and not strong.get("GPE"):
            return "PERSON"
        return strong.most_common(1)[0][0]
    votes: Counter[str] = Counter()
    for member in members:
        votes.update(member.votes)
    # A full name the model reads as a person outweighs the surname it misreads elsewhere.
    if any(c.label == "PERSON" and len(c.text.split()) > 1 for c in members):
        return "PERSON"
    return votes.most_common(1)[0][0]


def entity_name(members: list[Candidate], label: str) -> str:
    countries = [c.country for c in members if c.country]
    if countries and label in {"GPE", "NORP"}:
        return country_name(Counter(countries).most_common(1)[0][0])
    longest = max(members, key=lambda c: (len(c.text.split()), len(c.text)))
    return longest.text


def person_title(doc: Doc, text: str, start: int, end: int) -> str | None:
    """The title or role written before a person's name, or the noun it is in apposition to."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    if root.dep_ == "appos" and root.head.lower_ in lexicon().person_titles:
        head = root.head
        left, right = head.left_edge.i, head.i
        for child in head.rights:
            if child.dep_ == "prep" and child.i < span.start:
                right = child.right_edge.i
        return title_text(doc[left : right + 1], text)
    before = [t for t in root.subtree if t.i < span.start]
    if not before:
        return None
    return title_text(doc[before[0].i : span.start], text)


def breaks_title(token: Token) -> bool:
    """A line break, or a dash or colon between two parts of the text ("NAIROBI - ")."""
    lex = lexicon()
    if "\n" in token.text_with_ws or token.text in lex.title_breaks:
        return True
    spaced = bool(token.whitespace_) or (token.i > 0 and bool(token.doc[token.i - 1].whitespace_))
    return spaced and token.text in lex.spaced_title_breaks


def title_text(span: Span, text: str) -> str | None:
    """The title as written in the original text (the parse text blanks markup)."""
    # a dateline or the clause before a dash may hang in the parse on the name's phrase
    # ("NAIROBI - Interior Minister Jane Wambui"): the title starts after the last break
    cut = max((t.i + 1 for t in span if breaks_title(t)), default=span.start)
    span = span.doc[cut : span.end]
    tokens = [t for t in span if not t.is_space and not (t.dep_ == "det" and t.i == span.start)]
    if not tokens or not any(t.lower_ in lexicon().person_titles for t in tokens):
        return None
    title = text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    return title.replace("*", "").strip(" ,") or None  # Markdown emphasis is not a title


def build_entities(doc: Doc, text: str) -> tuple[list[Mention], list[Entity]]:
    candidates = [extend_org(doc, c) for c in model_candidates(doc)]
    acronyms = acronym_definitions(doc, candidates)
    candidates = [
        c for c in candidates
        if not any(d.start <= c.start and c.end <= d.end for d in acronyms.values())
    ]
    candidates.extend(acronyms.values())
    candidates.sort(key=lambda c: (c.start, -c.end))
    collect_evidence(doc, candidates)
    clusters = cluster(candidates, acronyms)
    groups: dict[int, list[int]] = {}
    for i in range(len(candidates)):
        groups.setdefault(clusters.find(i), []).append(i)
    mentions: list[Mention] = []
    entities: list[Entity] = []
    for members in sorted(groups.values(), key=lambda m: min(m)):
        entity = make_entity(doc, text, [candidates[i] for i in members], len(entities))
        for i in members:
            candidate = candidates[i]
            entity.mentions.append(len(mentions))
            mentions.append(
                Mention(candidate.start, candidate.end, candidate.text, entity.label, entity.id)
            )
        entities.append(entity)
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    remap = {old: new for new, old in enumerate(order)}
    for entity in entities:
        entity.mentions = sorted(remap[i] for i in entity.mentions)
    return [mentions[i] for i in order], entities


def make_entity(doc: Doc, text: str, members: list[Candidate], index: int) -> Entity:
    label = decide_label(members)
    name = entity_name(members, label)
    aliases = sorted({c.text for c in members if c.text != name})
    entity = Entity(id=index, name=name, label=label, aliases=aliases)
    countries = [c.country for c in members if c.country]
    if countries and label in {"GPE", "NORP", "LOC"}:
        entity.country = Counter(countries).most_common(1)[0][0]
    if label == "PERSON":
        titles = (person_title(doc, text, c.start, c.end) for c in members)
        entity.titles = list(dict.fromkeys(t for t in titles if t))
    return entity


def entity_at(analysis: Analysis, start: int, end: int) -> Entity | None:
    """The entity of the mention that covers ``start:end`` (or lies inside it)."""
    for mention in analysis.mentions:
        covers = mention.start <= start and end <= mention.end
        inside = start <= mention.start and mention.end <= end
        if (covers or inside) and mention.entity_id is not None:
            return analysis.entities[mention.entity_id]
    return None


def run(ctx: Context) -> None:
    mentions, entities = build_entities(ctx.doc, ctx.text)
    ctx.analysis.mentions = mentions
    ctx.analysis.entities = entities
