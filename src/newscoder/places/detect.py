"""Toponym detection for the `places` stage: which spans of a document name places.

The tagger's GPE/LOC entities are the start; a name it typed NORP, PERSON, ORG or FAC, or
left untyped, becomes a place when the gazetteer knows it and the text puts it where places
go ("in X", "X residents", "X, Texas", a dateline) or the document calls it a place
elsewhere. Demonyms modifying a noun stand for their country ("Turkish forces"); places
inside organisation names count ("the Ohio Supreme Court"); state abbreviations too.
"""

from __future__ import annotations

import csv
import json
import logging
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newscoder.context import Context
from newscoder.lexicon import read_lexicon, read_words
from newscoder.model import Span as TextSpan
from newscoder.places import gazetteer, landmarks
from newscoder.places.gazetteer import ALTERNATE, CODE, DEMONYM, PRIMARY, SPELLING, Candidate
from newscoder.places.reading import (
    Readings,
    is_acronym,
    is_common,
    is_organisation,
    read_names,
    token_labels,
)
from newscoder.places.reading import words as reading_words
from newscoder.places.spelling import keep_codes_in_story, keep_plausible_spellings

LOGGER = logging.getLogger(__name__)

# The tagger's LOC (regions, seas, mountains) is not a small town of the same name.
MIN_LOC_TOWN_POPULATION = 50_000
ENTITY_LABELS = {"GPE", "LOC", "FAC", "NORP", "PERSON", "ORG"}
MAX_NAME_TOKENS = 4
# A name the tagger did not call a place needs a real town (or a region) behind it.
MIN_FOUND_POPULATION = 1000
MIN_MISTYPED_POPULATION = 20000
MIN_ALTERNATE_POPULATION = 100_000


@dataclass(frozen=True)
class Lexicon:
    features: dict[str, str]
    qualifiers: dict[str, str]
    locative: frozenset[str]
    about: frozenset[str]
    metonymy_deps: frozenset[str]
    not_places: frozenset[str]
    place_nouns: frozenset[str]
    directions: frozenset[str]
    named_after: frozenset[str]
    name_words: frozenset[str]
    institutions: frozenset[str]
    name_elements: frozenset[str]
    place_verbs: frozenset[str]
    site_nouns: frozenset[str]
    quarter_nouns: frozenset[str]
    openers: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:

    def table(name: str) -> dict[str, str]:
        lines = read_lexicon("places", name).splitlines()
        rows = csv.reader((ln for ln in lines if ln and not ln.startswith("#")), delimiter="\t")
        return {row[0]: row[1] for row in rows}

    words = json.loads(read_lexicon("places", "words.json"))
    return Lexicon(
        features=table("features.tsv"),
        qualifiers=table("qualifiers.tsv"),
        locative=frozenset(words["locative"]),
        about=frozenset(words["about"]),
        metonymy_deps=frozenset(words["metonymy_deps"]),
        not_places=frozenset(words["not_places"]),
        place_nouns=frozenset(words["place_nouns"]),
        directions=frozenset(words["directions"]),
        named_after=frozenset(words["named_after"]),
        name_words=frozenset(words["name_words"]),
        institutions=frozenset(words["institutions"]),
        name_elements=frozenset(words["name_elements"]),
        place_verbs=frozenset(words["place_verbs"]),
        site_nouns=frozenset(words["site_nouns"]),
        quarter_nouns=frozenset(words["quarter_nouns"]),
        openers=frozenset(words["openers"]),
    )


@dataclass
class Toponym:
    """A detected name with its candidates, before resolution."""

    start: int
    end: int
    text: str
    candidates: tuple[Candidate, ...]
    span: Span
    demonym: bool = False
    hint: str | None = None  # feature code the text asks for ("province" -> ADM1)
    qualifier: Candidate | None = None  # "Texas" in "Paris, Texas"
    chosen: Candidate | None = None
    landmark: bool = False  # "the White House": a building standing for its occupant
    container: Candidate | None = None  # "London" of "Westminster Magistrates' Court in London"
    quarter: bool = False  # "the Austin neighborhood": a quarter of the story's city
    dateline: bool = False  # "BALTIMORE —": where the story is filed

    @property
    def key(self) -> str:
        return gazetteer.normalize(self.text)


# --- detection ------------------------------------------------------------------------------


@dataclass
class Evidence:
    """What the document says about names, gathered before deciding on single mentions."""

    persons: list[tuple[int, int]]  # spans the entities stage typed PERSON
    surnames: set[str]  # first and last words of multi-word person names
    place_keys: set[str] = field(default_factory=set)  # names the tagger called places
    regions: set[str] = field(default_factory=set)  # admin1 keys of the regions named
    states: set[str] = field(default_factory=set)  # the same, named anywhere in the document
    countries: set[str] = field(default_factory=set)  # countries of the tagged places
    datelines: list[TextSpan] = field(default_factory=list)  # the reader's, on the document
    labels: list[str] = field(default_factory=list)  # the tagger's type of every token
    readings: Readings = field(default_factory=Readings)  # what each name reads as

    def in_dateline(self, span: Span) -> bool:
        return any(d.start <= span.start_char and span.end_char <= d.end for d in self.datelines)

    def is_surname(self, span: Span) -> bool:
        """The last word of a person named in full ("Jarba" after "Ahmad Jarba")."""
        return span.text in self.surnames and gazetteer.normalize(span.text) not in self.place_keys

    def is_person(self, span: Span, institutions: bool = True) -> bool:
        """A person's name covers the span; with ``institutions=False`` not counting names
        with an institution's word ("McMinn County Sheriff" is the sheriff's office)."""
        doc = span.doc
        for s, e in self.persons:
            if not (s < span.end_char and span.start_char < e):
                continue
            if institutions or not _names_institution(doc.char_span(s, e, "expand")):
                return True
        return self.is_surname(span)


def _tagged_place_span(doc: Doc, labels: list[str], start: int, end: int) -> bool:
    """The tagger typed every token of the range GPE or LOC: a mention the entities stage
    calls a person there ("California has reported 7 cases") is the tagger's place."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return all(labels[i] in ("GPE", "LOC") for i in range(span.start, span.end))


def _office_words(text: str) -> bool:
    """A name typed PERSON that holds an institution's word ("Norfolk Detective Division"):
    its first word is no person's first name."""
    return any(word.lower() in lexicon().institutions for word in text.split())


def _names_institution(span: Span | None) -> bool:
    lex = lexicon()
    return span is not None and any(
        t.lower_ in lex.institutions or t.lower_ in lex.features for t in span
    )


def _evidence(ctx: Context) -> Evidence:
    labels = token_labels(ctx.doc)
    persons = [
        (m.start, m.end) for m in ctx.analysis.mentions
        if m.label == "PERSON" and not _tagged_place_span(ctx.doc, labels, m.start, m.end)
    ]
    names = [ctx.text[s:e] for s, e in persons]
    names += [ent.text for ent in ctx.doc.ents if ent.label_ == "PERSON"]
    surnames = {text.split()[-1] for text in names if len(text.split()) > 1}
    # a first name alone is the person too ("Nigel" after "Nigel Farage"), from names that
    # look like a person's: two or three words ("Athens Parks and Recreation Director ..."
    # typed PERSON is no Athens)
    surnames |= {
        text.split()[0] for text in names
        if 2 <= len(text.split()) <= 3 and not _office_words(text)
    }
    datelines = [*(ctx.analysis.document.datelines or []), *_inline_datelines(ctx.text)]
    evidence = Evidence(persons, surnames, _place_votes(ctx.doc, names), datelines=datelines,
                        labels=labels)
    evidence.readings = read_names(
        ctx,
        lambda span: _local_cue(span, evidence, lists=False),
        lambda span: _listed_with_places(span, evidence.labels),
    )
    evidence.states = _states_named(ctx, evidence)
    return evidence


def _states_named(ctx: Context, evidence: Evidence) -> set[str]:
    """The first-level regions the whole document names, gathered before any mention is
    decided: a town may come before its state ("... Haw River ... Haw River, N.C."). One
    cheap pass: names that reach a single region, and states' dotted abbreviations."""
    states: set[str] = set()
    for ent in ctx.doc.ents:
        span = _trim(ent) if ent.label_ in ("GPE", "LOC") else None
        if span is None or evidence.readings.not_place(gazetteer.normalize(span.text)):
            continue
        region = _abbreviated_region(span)
        found = (region,) if region is not None else gazetteer.lookup(span.text)
        regions = {c.admin1 for c in found if c.fcode == "ADM1" and c.kind == PRIMARY}
        if len(regions) == 1:
            states |= regions
    return states | _abbreviated_states(ctx.text) | _states_of_counties(ctx.text)


# A county's or parish's name as US news writes it: up to three capitalised words before it.
_COUNTY_NAME = re.compile(r"\b((?:[A-Z][\w.'’-]*\s){1,3})(County|Parish)\b")


def _states_of_counties(text: str) -> set[str]:
    """The states of the counties the text names where only one state has a county of the
    name: "Contra Costa County" puts the story in California, "Sullivan County" (in several
    states) in none. Local news names the sheriff's county far more often than its state."""
    states: set[str] = set()
    for match in _COUNTY_NAME.finditer(text):
        words = match.group(1).split()
        for start in range(len(words)):  # "The Contra Costa County": the longest known name
            regions = {
                c.admin1 for c in gazetteer.lookup(" ".join([*words[start:], match.group(2)]))
                if c.fcode == "ADM2" and c.kind == PRIMARY and c.cc == "US"
            }
            if regions:
                states |= regions if len(regions) == 1 else set()
                break
    return {state for state in states if state}


def _abbreviated_states(text: str) -> set[str]:
    """States written as their dotted abbreviation after a town ("Haw River, N.C.")."""
    states = set()
    for match in _ABBREVIATION.finditer(text):
        code = lexicon().qualifiers.get(match.group(1))
        before = text[max(0, match.start(1) - 2) : match.start(1)].rstrip()
        region = gazetteer.admin1(code) if code is not None and before == "," else None
        if region is not None and region.admin1:
            states.add(region.admin1)
    return states


# A dateline in capitals after a headline on the same line ("... to stand trial. MANASSAS --"):
# the reader only sees those that open a line.
# The dash may be a hyphen between spaces ("DANIELSVILLE - Madison County"), a Windows-1252
# dash read as Latin-1 ("\x97") or a mangled one ("RICHLAND ” A one-vehicle ..."); the
# wire's "(AP)" may come between.
_INLINE_DATELINE = re.compile(
    r"(?<=[.!?\u201d\"] )(?P<name>[A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]+)*)"
    r"(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?(?: \(AP\))? ?(?:—|–|--|\x97| - | ” )"
)


def _inline_datelines(text: str) -> list[TextSpan]:
    return [TextSpan(m.start("name"), m.end("name")) for m in _INLINE_DATELINE.finditer(text)]


def _local_cue(span: Span, evidence: Evidence, lists: bool = True) -> bool:
    """This mention's surroundings read as a place: "in X", "X residents", "X, Texas", a
    list of places, a dateline."""
    lex = lexicon()
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    possessive = after is not None and after.text in {"'s", "’s", "'", "’"}
    return (
        # not "to" or "of" ("a letter to Obama"), nor a possessor ("in Obama's plan")
        (_preceded_by(span, lex.about) and not possessive)
        or _after_feature(span)
        or (after is not None and after.lower_ in lex.place_nouns)
        or _qualifier(doc, span.end) is not None
        or (lists and _listed_with_places(span, evidence.labels))
        or evidence.in_dateline(span)
    )


def _after_feature(span: Span) -> bool:
    """A feature word just before the name: "the province Gauteng", "a town called Låsby"."""
    doc, i = span.doc, span.start - 1
    if i >= 0 and doc[i].lower_ in ("called", "named"):
        i -= 1
    return i >= 0 and doc[i].lower_ in lexicon().features and doc[i].is_lower


def _listed_with_places(span: Span, labels: list[str]) -> bool:
    """A name in a list whose neighbour the tagger calls a place: "Mali, Niger and Senegal",
    "Sunnyvale and Morgan Hill"."""
    doc = span.doc
    joiners = {",", "and", "or", "&"}
    before = span.start - 1
    if before >= 0 and doc[before].lower_ in joiners:
        j = before - 1
        if j >= 0 and doc[j].lower_ in joiners:  # ", and"
            j -= 1
        if j >= 0 and labels[j] in ("GPE", "LOC"):
            return True
    after = span.end
    if after < len(doc) and doc[after].lower_ in joiners:
        j = after + 1
        if j < len(doc) and doc[j].lower_ in joiners:
            j += 1
        if j < len(doc) and labels[j] in ("GPE", "LOC") and doc[j].text[:1].isupper():
            return True
    return False


def _place_votes(doc: Doc, person_names: list[str]) -> set[str]:
    """Names the tagger types GPE or LOC at least twice and more often than it puts them in
    a person's name: one mistagged headline ("Rethinking Egypt") does not make Egypt a
    surname."""
    votes: Counter[str] = Counter()
    for ent in doc.ents:
        if ent.label_ in ("GPE", "LOC"):
            span = _trim(ent)
            if span is not None:
                votes[span.text] += 1
    as_person = Counter(word for text in person_names for word in {text, text.split()[-1]})
    return {
        gazetteer.normalize(name) for name, n in votes.items()
        if n >= 2 and n > as_person[name]
    }


def _preceded_by(span: Span, words: frozenset[str]) -> bool:
    """Whether a word of ``words`` comes just before the name, skipping "the" and a direction
    ("through central Khartoum", "in the northern Aleppo")."""
    return _word_before(span.doc, span.start, words)


def _word_before(doc: Doc, i: int, words: frozenset[str]) -> bool:
    i -= 1
    if i >= 0 and doc[i].lower_ in lexicon().directions and doc[i].is_lower:
        i -= 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and doc[i].lower_ in words


def _placed(span: Span, evidence: Evidence) -> bool:
    """The text puts the name where a place goes: "in X", "X residents", "X, Texas", or the
    document calls it a place elsewhere."""
    lex = lexicon()
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    return (
        (_preceded_by(span, lex.locative) and not _modifies_noun(span))
        or (after is not None and after.lower_ in lex.place_nouns)
        or _qualifier(doc, span.end) is not None
        or gazetteer.normalize(span.text) in evidence.place_keys
        or _listed_with_places(span, evidence.labels)
        or evidence.readings.place(gazetteer.normalize(span.text))
    )


def _modifies_noun(span: Span) -> bool:
    """The name qualifies the common noun after it, which is what the preposition before
    governs: "part of the Carver inquiry", "benefit from the Arena deal" put an inquiry and a
    deal somewhere, not the name. A place's own nouns ("the Aleppo area") do not count."""
    doc, lex = span.doc, lexicon()
    if span.end >= len(doc):
        return False
    after = doc[span.end]
    if not after.is_lower or after.pos_ != "NOUN" or span.root.head.i != after.i:
        return False
    word = after.lower_
    return not (
        word in lex.place_nouns or word in lex.features or word in lex.site_nouns
        or word in lex.quarter_nouns
    )


# Abbreviated first words of place names ("St. Cloud", "Ft. Myers", "Mt. Pleasant").
_NAME_ABBREVIATIONS = frozenset({"U.S.", "U.K.", "St.", "Ste.", "Ft.", "Mt.", "Pt."})


def _is_capitalised(token: Token) -> bool:
    """A word of a name: capitalised, or an abbreviation names open with, in a dateline's
    capitals too ("ST. LOUIS", "FT. MYERS")."""
    return token.text[:1].isupper() and token.is_alpha or (
        token.text.title() in _NAME_ABBREVIATIONS or token.text in _NAME_ABBREVIATIONS
    )


def _big_enough(candidates: tuple[Candidate, ...], population: int) -> bool:
    return any(c.population >= population or c.fclass in "AL" for c in candidates)


def _lookup(span: Span, spelling: bool = False) -> tuple[Span, tuple[Candidate, ...]]:
    """Candidates for a name; when the whole is unknown, the place named inside it."""
    found = gazetteer.lookup(span.text)
    if found or len(span) < 2:
        return span, found or gazetteer.lookup(span.text, spelling=spelling)
    if span[-1].lower_ in lexicon().features:  # "Salahuddin province": the feature word
        named = span[:-1]  # is read later as a hint; the name may be a variant spelling
        # the name as written before any variant of the whole: "Hebei province" is no
        # misspelt "Hubei province"
        for variants in (False, spelling):
            named_found = gazetteer.lookup(named.text, spelling=variants)
            if named_found:
                return named, named_found
    found = gazetteer.lookup(span.text, spelling=spelling)
    if found:
        return span, found
    for inner in _inner_names(span):
        if _generic(inner):  # "Abu Shok" is not "Abu", nor "West Prince" "Prince"
            continue
        # the inner name must be exact: "South Ossetia" is not "Ostia" misspelt
        inner_found = gazetteer.lookup(inner.text)
        if inner_found:
            return inner, inner_found
    return span, found


def _generic(span: Span) -> bool:
    """One generic word of a longer name: a direction, a feature, a word names are built of
    in English or another language ("Delta", "Eastern", "Prince", "Abu"), which alone does not
    stand for the place the whole names."""
    if len(span) != 1:
        return False
    lex, word = lexicon(), span[0].lower_
    return word in lex.not_places or word in lex.name_words or word in lex.directions or (
        word in lex.features or word in lex.name_elements or is_common(word)
    )


def _inner_names(span: Span) -> Iterator[Span]:
    """Shorter names a longer one is built on, longest first: "Fargo City", "the Boone
    County Jail", "the South Asia Earthquake" (not "Red River": a river is no town);
    "North Texas", "and South America", "City of Santa Ana"."""
    lex = lexicon()
    if span[-1].lower_ in ("city", "town"):
        yield span[:-1]
    words = [t.lower_ for t in span]
    feature = words[0] in lex.name_words or words[-1] in lex.name_words  # "Lake Lanier"
    for end in range(len(span) - 1, 0, -1):
        last = span[end - 1]
        if feature or not _is_capitalised(last) or words[end - 1] in lex.directions:
            continue
        if len(span[:end].text) >= 3:
            yield span[:end]
    for start in range(1, len(span)):
        skippable = words[start - 1] in lex.directions or not _is_capitalised(span[start - 1])
        if not skippable and words[start] != "of":
            break  # "Villa Park" holds no "Park"; "City of X" holds X
        if span[start].text[:1].isupper():
            yield span[start:]


def _trim(ent: Span) -> Span | None:
    """The name without a leading article, a trailing possessive, or the lower-case words
    and dashes a tagger ran on with ("Sri Lanka - approximately": no name ends so)."""
    start, end = ent.start, ent.end
    while start < end and ent.doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    while end > start and (ent.doc[end - 1].text in {"'s", "’s", "'", "’"}
                           or _run_on(ent.doc[end - 1])):
        end -= 1
    return ent.doc[start:end] if start < end else None


def _run_on(token: Token) -> bool:
    """A lower-case word or a dash closing an entity."""
    return token.text in ("-", "–", "—") or (token.is_alpha and token.is_lower)


def _parts(ent: Span) -> list[Span]:
    """An entity cut at commas: "Charleston, W.Va." is a town and its state; an unknown
    name also at hyphens and "and" between names: "Asia-Pacific", "Greenbrier-Pocahontas
    County" (not "Bosnia and Herzegovina", which is a name)."""
    parts, start = [], ent.start
    for token in ent:
        if token.text == ",":
            parts.append(ent.doc[start : token.i])
            start = token.i + 1
    parts.append(ent.doc[start : ent.end])
    trimmed = [t for t in (_trim(p) for p in parts if len(p)) if t is not None]
    return [piece for part in trimmed for piece in _joined(part)]


def _joined(span: Span) -> list[Span]:
    """Names joined by a hyphen or "and", when the whole is no name of its own."""
    cuts = [t.i for t in span[1:-1] if t.text in _JOINERS and _joins_names(span.doc, t.i)]
    if not cuts or gazetteer.lookup(span.text):
        return [span]
    bounds = [span.start, *cuts, span.end]
    pieces = [span.doc[a + (a != span.start) : b] for a, b in zip(bounds, bounds[1:], strict=False)]
    return [piece for piece in pieces if len(piece)]


_JOINERS = {"-", "–", "and", "&"}


def _joins_names(doc: Doc, i: int) -> bool:
    """Names on both sides: not "North-Western Sydney", whose first word is a direction."""
    before, after = doc[i - 1], doc[i + 1]
    directions = lexicon().directions
    return all(_is_capitalised(t) and t.lower_ not in directions for t in (before, after))


def _senses(span: Span, places: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """Once a name is known to be a place, the cities it is a former or foreign name of
    count too: "Calcutta" is also Kolkata (only the name's own entries decide that it is a
    place; small places' alternate names are too often other places' names)."""
    others = gazetteer.lookup(span.text)
    known = {c.geonameid for c in places}  # a large city's other name is already among them
    return places + tuple(
        c for c in others
        if c.kind == ALTERNATE and c.population >= MIN_ALTERNATE_POPULATION
        and c.geonameid not in known
    )


def _toponym(span: Span, candidates: tuple[Candidate, ...]) -> Toponym | None:
    """A toponym, unless the name is part of another thing's name ("Marburg virus")."""
    doc, i = span.doc, span.end
    if i < len(doc) and doc[i].text in {"'s", "’s"}:
        i += 1  # "St. Patrick's Day"
    if i < len(doc) and _names_a_thing(doc[i].lower_):
        return None
    return Toponym(span.start_char, span.end_char, span.text, candidates, span)


def _names_a_thing(word: str) -> bool:
    """A word after a place's name that makes the whole another thing's name: "virus",
    "fever", or a compound of a virus ("Reston ebolavirus")."""
    return word in lexicon().named_after or (word.endswith("virus") and word.isalpha())


def _demonym(span: Span, candidates: tuple[Candidate, ...]) -> Toponym | None:
    """A nationality word standing for its country: a modifier ("Turkish forces") or a
    people ("the Syrians", "Minnesotans"), which toponym corpora count as naming the place."""
    if not candidates or len(span) > 3:
        return None
    if span.text.lower() in lexicon().not_places:
        return None
    token = span[-1]  # "Lankan" of "Sri Lankan"
    people = token.tag_ in ("NNS", "NNPS")
    modifier = token.dep_ in ("amod", "compound", "nmod", "npadvmod") or token.head.pos_ == "NOUN"
    if not (people or modifier):
        return None
    best = max(candidates, key=lambda c: c.population)
    return Toponym(span.start_char, span.end_char, span.text, (best,), span, demonym=True)


def _people(span: Span) -> tuple[Candidate, ...]:
    """The country of a people named in the plural: "Palestinians" by "Palestinian"."""
    text = span.text
    if not text.endswith("s") or len(text) < 5:
        return ()
    return tuple(c for c in gazetteer.lookup(text[:-1]) if c.kind == DEMONYM)


def _abbreviated_region(span: Span) -> Candidate | None:
    """ "Fla." or, after "Town,", "FL": a US state as datelines abbreviate it."""
    qualifiers = lexicon().qualifiers
    text = span.text
    if text.endswith(".") or (span.start > 0 and span.doc[span.start - 1].text == ","):
        code = qualifiers.get(text) or qualifiers.get(text + ".")
        if code is None and span.end < len(span.doc) and span.doc[span.end].text == ".":
            code = qualifiers.get(text + ".")
        if code is not None and (text.endswith(".") or text.isupper()):
            return gazetteer.admin1(code)
    return None


def _short_mixed_case(span: Span) -> bool:
    """A short word with a capital after a small letter ("MoD", "DfT", "DoJ") abbreviates a
    body's name: no misspelt town ("MoD" is no "Maud")."""
    text = span.text
    return len(span) == 1 and len(text) <= 4 and text[:1].isupper() and any(
        a.islower() and b.isupper() for a, b in zip(text, text[1:], strict=False)
    )


def _tagged_place(span: Span, label: str, evidence: Evidence) -> Toponym | None:
    """A name the tagger typed GPE, LOC or NORP."""
    if span.text.lower() in lexicon().not_places:
        return None
    region = _abbreviated_region(span)
    if region is not None:
        return _toponym(span, (region,))
    span, found = _lookup(span, spelling=label != "NORP" and not _short_mixed_case(span))
    if _short_mixed_case(span):  # nor a town's other name that folds to the same letters
        found = tuple(c for c in found if c.name == span.text)
    if not found and label == "NORP":
        found = _people(span)
    if len(span.text) <= 2:  # "EU", "UN": only countries' and regions' codes, not a hamlet
        found = tuple(c for c in found if c.kind == CODE)
    demonyms = tuple(c for c in found if c.kind == DEMONYM)
    places = tuple(c for c in found if c.kind != DEMONYM)
    if label == "NORP":
        read = _big_enough(places, MIN_MISTYPED_POPULATION) or _local_cue(span, evidence)
        if places and read and not demonyms:  # a town the tagger took for a nationality
            return _toponym(span, places)  # ("the Dadaab camps")
        return _demonym(span, demonyms)
    if evidence.is_person(span) and not _placed(span, evidence):
        return None  # "Jarba" after "Ahmad Jarba": the tagger's GPE is a person
    if label == "LOC":  # regions, seas, ranges: not a hamlet or small county of the name
        places = tuple(
            c for c in places
            if c.fcode not in ("ADM2", "PPL", "PPLC") or c.population >= MIN_LOC_TOWN_POPULATION
            or _town_of_a_feature(c, span, evidence) or _town_in_named_state(c, span, evidence)
        )
        return _toponym(span, places)
    if not found and not _preceded_by(span, lexicon().locative):
        return None  # an unknown name the tagger guessed was a place: most are not
    return _toponym(span, places or found)


def _town_of_a_feature(candidate: Candidate, span: Span, evidence: Evidence) -> bool:
    """A town named for a lake, bay, river or park ("a Lake Stevens man", "in Haw River"): the
    tagger types the whole name LOC for its feature word. The town is meant where it bears
    exactly that name, this mention reads as a place, and the story names the town's state,
    before or after it (a park or lake of the name elsewhere has no town there)."""
    words = [t.lower_ for t in span]
    built_on_feature = len(words) > 1 and (
        words[0] in lexicon().name_words or words[-1] in lexicon().name_words
    )
    return (
        built_on_feature
        and candidate.fclass == "P"
        and candidate.kind == PRIMARY
        and candidate.population >= MIN_FOUND_POPULATION
        and (candidate.admin1 in evidence.regions or candidate.admin1 in evidence.states)
        and _local_cue(span, evidence)
    )


def _town_in_named_state(candidate: Candidate, span: Span, evidence: Evidence) -> bool:
    """A small town the tagger typed LOC ("a Beverly man", "shot in Suwanee"): the town is
    meant where the mention reads as a place, no article makes it a region or a feature ("the
    Panhandle", "the Delta"), and the story names the town's state (a dateline's "Mass.", a
    "Georgia" in the text). A lake or region of the name elsewhere has no town in that state."""
    doc = span.doc
    article = span.start > 0 and doc[span.start - 1].lower_ == "the"
    return (
        not article
        and span[0].text[:1].isupper()
        and candidate.fclass == "P"
        and candidate.kind == PRIMARY
        and candidate.population >= MIN_FOUND_POPULATION
        and candidate.admin1 in evidence.states
        and _local_cue(span, evidence)
    )


def _mistyped_place(span: Span, label: str, evidence: Evidence) -> Toponym | None:
    """A town the tagger typed PERSON, ORG or FAC, when the text puts it where places go."""
    if span.text.lower() in lexicon().not_places:
        return None
    sites = gazetteer.lookup(span.text) if _names_a_site(span) else ()
    if sites and not evidence.is_surname(span):
        return _toponym(span, _senses(span, sites))  # any spelling of the name will do
    places = tuple(c for c in gazetteer.lookup(span.text) if _strong_name(c))
    if not places and _preceded_by(span, lexicon().locative) and not evidence.is_surname(span):
        return _variant_place(span)  # "from Daqahliya", "from Dogu Beyazit"
    county = len(span) > 1 and span[-1].lower_ in lexicon().features
    if county and any(c.fclass == "A" for c in places):  # "Henderson County" is a county
        return _toponym(span, _senses(span, places))
    if len(span) > 1 and any(c.fcode == "PCLI" and c.kind == PRIMARY for c in places):
        return _toponym(span, places)  # "Sri Lanka", "South Sudan": a country, never a person
    if not places or not _placed(span, evidence):
        # "Washington" typed ORG; a name qualifying a noun needs the city's own name, not a
        # county's short form ("the Carver inquiry" is no Carver County)
        own = tuple(
            c for c in places
            if c.kind != ALTERNATE or c.fclass != "A" or not _modifies_noun(span)
        )
        if label == "ORG" and own and _big_enough(own, 100_000) and len(span) > 0:
            return _toponym(span, _senses(span, places))
        if _national(places, evidence) and not evidence.is_surname(span):
            return _toponym(span, _senses(span, places))  # "Tbilisi has denied" as PERSON
        objects = _city_as_object(span, places, evidence)
        if objects:
            return _toponym(span, objects)  # "thousands fled Goma", "shelled Bakhmut"
        return None
    if evidence.is_surname(span):
        return None
    if label == "PERSON" or evidence.is_person(span):  # the text must really call it a place
        known = gazetteer.normalize(span.text) in evidence.place_keys or (
            len(span) == 1 and _local_cue(span, evidence)  # "a man from Lanexa" is a place
        )
        if not known and not _big_enough(places, MIN_MISTYPED_POPULATION):
            return None
    return _toponym(span, _senses(span, places))


def _names_a_site(span: Span) -> bool:
    """"the al-Tanf base", "the Rafah crossing": a determiner and a site's noun around a
    name make it the place the site is named after (no person is "the X base")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return (
        before is not None and before.lower_ == "the" and after is not None
        and after.lower_ in lexicon().site_nouns
    )


def _variant_place(span: Span) -> Toponym | None:
    """A name a preposition puts where places go, known only by a variant spelling of a
    region or a sizeable town (whose country the story must name: see ``spelling``)."""
    if not span.text[:1].isupper() or len(span) > MAX_OBJECT_TOKENS:
        return None
    if gazetteer.lookup(span.text):
        return None  # a name of its own, too weak to make a place alone
    variants = tuple(
        c for c in gazetteer.lookup(span.text, spelling=True)
        if c.fcode in ("PCLI", "ADM1") or (c.fclass == "P" and c.population >= MIN_VARIANT_TOWN)
    )
    return _toponym(span, variants) if variants else None


# A town this large is found by a variant spelling of its name after a preposition.
MIN_VARIANT_TOWN = 50_000


def _strong_name(candidate: Candidate) -> bool:
    """A name that alone makes a place of a word: the entry's own name or code, or a
    large city's other spelling ("Misrata" for Misratah, "Baiji" for Bayji)."""
    if candidate.kind in (PRIMARY, CODE):
        return True
    return candidate.kind == ALTERNATE and candidate.population >= MIN_ALTERNATE_POPULATION


def _city_as_object(span: Span, places: tuple[Candidate, ...], evidence: Evidence
                    ) -> tuple[Candidate, ...]:
    """The candidates of a name the tagger called a person, the object of a verb ("fled
    Goma", "held Misrata", "the strike on Khan Younis") when it is a large city, or of a verb
    whose object is a place ("shelled Bakhmut and Avdiivka") when it is a town, and no person
    the document or the actor KB knows."""
    root = _first_conjunct(span.root)
    if sum(t.is_alpha for t in span) > MAX_OBJECT_TOKENS:
        return ()
    if evidence.is_person(span) and evidence.is_surname(span):
        return ()
    if evidence.readings.get(gazetteer.normalize(span.text)).known_other:
        return ()
    large = any(c.fclass == "P" and c.population >= 100_000 for c in places)
    if root.i == span.root.i and root.dep_ in ("dobj", "pobj") and large:
        return _senses(span, places)
    if not _after_place_verb(span):
        return ()
    return tuple(
        # a variant spelling only for a name with no entry ("Jisr al-Shughur")
        c for c in gazetteer.lookup(span.text, spelling=True)
        if c.kind in (PRIMARY, ALTERNATE, SPELLING) and c.fclass == "P"
        and c.population >= MIN_OBJECT_POPULATION
    )


def _after_place_verb(span: Span) -> bool:
    """The name, or the list of names it is in, follows a verb whose object is a place:
    "shelled Bakhmut and Avdiivka" (read from the words: parsers often mistake such lists)."""
    doc, i = span.doc, span.start
    for _ in range(MAX_LISTED):
        j = i - 1
        if j >= 0 and doc[j].lower_ in ("and", "or"):
            j -= 1
        if j >= 0 and doc[j].text == ",":
            j -= 1
        if j == i - 1 or j < 0 or not _is_capitalised(doc[j]):
            break
        while j > 0 and _is_capitalised(doc[j - 1]) and i - j < MAX_NAME_TOKENS:
            j -= 1
        i = j
    verb = doc[i - 1] if i > 0 else None
    return verb is not None and verb.pos_ == "VERB" and verb.lemma_ in lexicon().place_verbs


MAX_OBJECT_TOKENS = 3
MAX_LISTED = 6  # names a list is read back over
# A town this large may be the object of a verb of places under another spelling
# ("Avdiivka" for Avdiyivka).
MIN_OBJECT_POPULATION = 10_000


def _first_conjunct(token: Token) -> Token:
    """The first of the names a token is co-ordinated with ("Avdiivka" of "Bakhmut and
    Avdiivka" is Bakhmut)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _national(places: tuple[Candidate, ...], evidence: Evidence) -> bool:
    """A country, a national capital or a province of a country the document's tagged places
    are in: the tagger's PERSON or ORG for it is a government acting ("Tbilisi says") or a
    mistake ("Gauteng" in a South African story)."""
    return any(
        c.fcode in ("PCLI", "PPLC", "ADM1") and c.kind == PRIMARY and c.cc in evidence.countries
        for c in places
    )


def _org_place(ent: Span, evidence: Evidence) -> Toponym | None:
    """The place an organisation is named after: "Minnesota" in "the Minnesota House",
    "Georgia" in "the University of Georgia"."""
    span = _trim(ent)
    if span is None or len(span) < 2:
        return None
    tail = _country_at_end(span, evidence)
    if tail is not None:
        return tail
    introduced = _introduced_starts(span)
    starts = [span.start, *introduced]
    directions = lexicon().directions  # "Northeast Texas Community College"
    starts += [i + 1 for i in starts if span.doc[i].lower_ in directions and i + 1 < span.end]
    for start in starts:
        for n in (3, 2, 1):
            head = span.doc[start : min(start + n, span.end)]
            if len(head) != n or (start == span.start and head.end == span.end):
                continue
            toponym = _named_inside(head, evidence, institution=start in introduced)
            if toponym is not None:
                return toponym
    return None


def _country_at_end(span: Span, evidence: Evidence) -> Toponym | None:
    """A country or province closing an organisation's name: "Taco Bell Canada", "SOS
    Children's Villages Sudan", "the Ministry of Health, Angola"."""
    for n in (3, 2, 1):
        tail = span.doc[max(span.start + 1, span.end - n) : span.end]
        if len(tail) != n or not all(_is_capitalised(t) for t in tail):
            continue
        if evidence.readings.not_place(gazetteer.normalize(tail.text)) or evidence.is_person(tail):
            continue
        if tail.text.lower() in lexicon().not_places or _generic(tail):
            continue  # "the Danube Delta" is no Delta State
        found = tuple(
            c for c in gazetteer.lookup(tail.text)
            if c.kind in (PRIMARY, CODE) and c.fcode in ("PCLI", "ADM1")
        )
        if found and (len(tail.text) > 2 or any(c.fcode == "PCLI" for c in found)):
            return _toponym(tail, found)
    return None


def _place_before(span: Span, hyphen: int) -> bool:
    """The words before a hyphen inside a name are a place's own name."""
    first = hyphen - 1
    while first > span.start and _is_capitalised(span.doc[first - 1]):
        first -= 1
    before = span.doc[first:hyphen]
    return len(before) > 0 and any(c.kind == PRIMARY for c in gazetteer.lookup(before.text))


def _introduced_starts(span: Span) -> list[int]:
    """Where a place may start inside a longer name: after "of" or "in" ("Friends of the
    Mansfield Library", "Sheldon Peck Homestead in Lombard", "Nadia Moayyad of Southlake"),
    a hyphen ("University of Nebraska-Lincoln", "Watertown-Mayer Lutheran") or an
    organisation of the lexicon named first ("CDC Atlanta": the CDC's seat)."""
    starts = []
    if len(span) > 1 and is_organisation(gazetteer.normalize(span[0].text)):
        starts.append(span.start + 1)
    for token in span[:-1]:
        if token.lower_ not in ("of", "in", "-", "–", "/"):
            continue
        if token.text in ("-", "–", "/") and not _place_before(span, token.i):
            continue  # "Wal-Mart", "News-Leader": no place on either side; "Zaire/Congo"
        i = token.i + 1
        if span.doc[i].lower_ == "the" and i + 1 < span.end:
            i += 1
        starts.append(i)
    return starts


_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
_SAINT = re.compile(r"(?:St\.?|Saint|Ste\.?) ")


def _saints(toponym: Toponym) -> bool:
    """A saint's name owning an institution: "St. Mary's Hospital", "St. Jude's Church"
    name no town St. Mary or St. Jude."""
    doc, end = toponym.span.doc, toponym.span.end
    if not _SAINT.match(toponym.text) or end >= len(doc) or doc[end].text not in _POSSESSIVES:
        return False
    following = doc[end + 1 : end + 4]
    return any(  # capitalised: the institution's own name, not "St. Petersburg's council"
        t.text[:1].isupper() and (t.lower_ in lexicon().institutions or t.lower_ == "medical")
        for t in following
    )


@lru_cache(maxsize=1)
def _business_words() -> frozenset[str]:
    return read_words("places", "businesses.txt")


def _business(toponym: Toponym) -> bool:
    """A town's name opening a business's: "Springfield Plumbing", "Madison Chevrolet",
    "a Riverside Kia lot" name a firm, wherever it stands; "Springfield police" keeps it."""
    doc, end = toponym.span.doc, toponym.span.end
    return end < len(doc) and doc[end].text in _business_words()


def _named_inside(head: Span, evidence: Evidence, institution: bool = False) -> Toponym | None:
    region = _abbreviated_region(head)
    if region is not None:  # "the S.C. Highway Patrol"
        return _toponym(head, (region,))
    if not all(_is_capitalised(t) for t in head):
        return None
    if len(head.text) < 3:  # "US" of "the US Army", not "Al" of "Al Qaeda"
        codes = tuple(c for c in gazetteer.lookup(head.text) if c.kind == CODE)
        return _toponym(head, codes) if any(c.fcode == "PCLI" for c in codes) else None
    if head.text.lower() in lexicon().not_places or evidence.is_person(head, institutions=False):
        return None
    if evidence.readings.not_place(gazetteer.normalize(head.text)):
        return None  # the document reads the name alone as no place ("the Roma Rights Centre")
    if is_organisation(gazetteer.normalize(head.text)):
        return None  # "Xinhua News Agency": the agency's own name, no town in it
    candidates = gazetteer.lookup(head.text)
    if len(head) == 1 and any(c.kind == DEMONYM for c in candidates):
        return _demonym(head, tuple(c for c in candidates if c.kind == DEMONYM))
    places = tuple(c for c in candidates if c.kind in (PRIMARY, CODE))
    strong = gazetteer.normalize(head.text) in evidence.place_keys or any(
        c.fcode in ("PCLI", "ADM1") or c.population >= 100_000 or c.admin1 in evidence.regions
        for c in places
    )
    if not strong and (institution or _institution_follows(head)):
        # "Centerville Church"
        strong = any(c.fclass == "A" or c.population >= MIN_FOUND_POPULATION for c in places)
    return _toponym(head, _senses(head, places)) if places and strong else None


def _institution_place(run: Span, evidence: Evidence) -> Toponym | None:
    """The place a capitalised run of words opens with when a local institution's word
    follows it in the run: "Manchester Memorial High School", "East Hampton Volunteer Fire
    Department"."""
    institutions = lexicon().institutions
    for n in (3, 2, 1):
        head = run[:n]
        if len(head) == n < len(run) and any(t.lower_ in institutions for t in run[n:]):
            toponym = _named_inside(head, evidence, institution=True)
            if toponym is not None:
                return toponym
    return None


def _institution_follows(head: Span) -> bool:
    """A local institution's word follows the name within its organisation's name."""
    institutions = lexicon().institutions
    doc = head.doc
    following = doc[head.end : min(head.end + 3, len(doc))]
    return any(t.lower_ in institutions for t in following if t.ent_iob_ == "I")


def _joined_entities(doc: Doc) -> list[Span]:
    """The tagger's entities, with a place and what follows made one when the whole is a
    name: "Democratic Republic" + "of the" + "Congo", "Guinea" + "-" + "Bissau"."""
    ents, out, i = list(doc.ents), [], 0
    while i < len(ents):
        ent, joined = ents[i], None
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if ent.label_ in ("GPE", "LOC"):
            joined = _joined_name(doc, ent, nxt)
        if joined is None:
            out.append(ent)
            i += 1
            continue
        out.append(joined)
        i += 2 if nxt is not None and nxt.start < joined.end else 1
    return out


def _joined_name(doc: Doc, ent: Span, nxt: Span | None) -> Span | None:
    end = None
    between = [t.lower_ for t in doc[ent.end : nxt.start]] if nxt is not None else []
    if nxt is not None and nxt.label_ in ("GPE", "LOC") and between in (["of"], ["of", "the"]):
        end = nxt.end
    hyphen = ent.end + 1 < len(doc) and doc[ent.end].text in ("-", "–")
    if end is None and hyphen and _is_capitalised(doc[ent.end + 1]):
        end = nxt.end if nxt is not None and nxt.start == ent.end + 1 else ent.end + 2
    if end is None:
        return None
    joined = Span(doc, ent.start, end, label=ent.label_)
    trimmed = _trim(joined)
    if trimmed is None or not any(c.kind != DEMONYM for c in gazetteer.lookup(trimmed.text)):
        return None
    return joined


_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|ash|an|az)-[A-Z]")


def _name_like(span: Span) -> bool:
    """Capitalised, or an Arabic name with its article ("al-Raqqa", "el-Fasher")."""
    return span.text[:1].isupper() or bool(_ARTICLE_PREFIX.match(span.text))


def _container(ent: Span) -> Candidate | None:
    """The place an organisation is said to be in: "the Carthage Police Department in
    Missouri", "Westminster Magistrates' Court in London"; its namesake is in there."""
    doc, i = ent.doc, ent.end
    if i + 1 >= len(doc) or doc[i].lower_ not in ("in", ","):
        return None
    for n in (3, 2, 1):
        span = doc[i + 1 : i + 1 + n]
        if len(span) == n and all(_is_capitalised(t) for t in span):
            found = [
                c for c in gazetteer.lookup(span.text)
                if c.kind in (PRIMARY, CODE)
                and (c.fcode in ("ADM1", "PCLI") or c.population >= 100_000)
            ]
            if found:
                return max(found, key=lambda c: c.population)
    return None


def _read_label(ent: Span, trimmed: Span, readings: Readings) -> str | None:
    """The type a name is taken as: the document's reading of the name before the tagger's
    type of this one mention. A name read as no place is none here (None); a name the
    tagger typed PERSON, ORG or FAC that the document reads as a place is a place ("Goma",
    "Niger" in a list of countries)."""
    key = gazetteer.normalize(trimmed.text)
    if readings.not_place(key):
        LOGGER.debug("not a place here: %r reads as a person or organisation", trimmed.text)
        return None
    if ent.label_ in ("PERSON", "ORG", "FAC") and readings.place(key):
        found = gazetteer.lookup(trimmed.text)
        if any(c.kind in (PRIMARY, CODE) for c in found):
            return "GPE"
    return ent.label_


def _from_entities(doc: Doc, evidence: Evidence, taken: list[bool]) -> list[Toponym]:
    toponyms: list[Toponym] = []
    later: list[Span] = []
    for ent in _joined_entities(doc):
        trimmed = _trim(ent)
        if ent.label_ not in ENTITY_LABELS or trimmed is None or not _name_like(trimmed):
            continue
        if any(taken[j] for j in range(ent.start, ent.end)):
            continue  # a county of a list of counties
        for j in range(ent.start, ent.end):
            taken[j] = True
        label = _read_label(ent, trimmed, evidence.readings)
        if label is None:
            continue
        if ent.label_ == "PERSON" and evidence.is_surname(trimmed):
            label = "PERSON"  # "Jones" after "Jason Terrell Jones": only a place cue undoes it
        if label not in ("GPE", "LOC", "NORP"):
            later.append(ent)
            continue
        for part in _parts(ent):
            if evidence.readings.not_place(gazetteer.normalize(part.text)):
                LOGGER.debug("not a place here: %r reads as a person or organisation", part.text)
                continue
            toponym = _tagged_place(part, label, evidence)
            if toponym is not None:
                toponyms.append(toponym)
                evidence.place_keys.add(toponym.key)
                evidence.regions |= {
                    c.admin1 for c in toponym.candidates if c.fcode == "ADM1" and c.admin1
                }
                evidence.countries |= {
                    c.cc for c in toponym.candidates if c.fcode == "PCLI" and c.cc
                }
    for ent in later:  # once every tagged place is known, so "Alexandria" agrees with itself
        span = _trim(ent)
        toponym = _mistyped_place(span, ent.label_, evidence) if span is not None else None
        inside = ent.label_ == "ORG" or _institution_follows(ent[:1])
        if toponym is None and (inside or (span is not None and _introduced_starts(span))):
            toponym = _org_place(ent, evidence)  # "the Henderson County Jail" typed FAC
            if toponym is not None:
                toponym.container = _container(ent)
        if toponym is not None:
            toponyms.append(toponym)
    return toponyms


def _scan(doc: Doc, taken: list[bool], evidence: Evidence) -> list[Toponym]:
    """Gazetteer names in capitalised runs the tagger left untyped."""
    found: list[Toponym] = []
    i = 0
    while i < len(doc):
        toponym = None if taken[i] else _name_at(doc, i, taken, evidence)
        if toponym is None:
            i += 1
            continue
        found.append(toponym)
        for j in range(toponym.span.start, toponym.span.end):
            taken[j] = True
        i = toponym.span.end
    return found


_PLURAL_FEATURES = {"counties": "County", "parishes": "Parish"}


def _county_lists(doc: Doc, taken: list[bool]) -> list[Toponym]:
    """Each name of a list that ends in "counties": "Jackson and Barrow counties", "Butler,
    Clark or Warren counties" name the counties "Jackson County", "Barrow County", ..."""
    found: list[Toponym] = []
    for token in doc:
        feature = _PLURAL_FEATURES.get(token.lower_)
        if feature is None:
            continue
        for name in _listed_names(doc, token.i):
            candidates = tuple(
                c for c in gazetteer.lookup(f"{name.text} {feature}") if c.fcode == "ADM2"
            )
            if candidates and not any(taken[i] for i in range(name.start, name.end)):
                found.append(Toponym(name.start_char, name.end_char, name.text, candidates,
                                     name, hint="ADM2"))
                for i in range(name.start, name.end):
                    taken[i] = True
    return found


def _listed_names(doc: Doc, end: int) -> Iterator[Span]:
    """The capitalised names listed just before token ``end``, last first."""
    i = end
    while i > 0:
        j = i
        while j > 0 and _is_capitalised(doc[j - 1]) and i - j < 3:
            j -= 1
        if j == i:
            return
        yield doc[j:i]
        if j == 0 or doc[j - 1].lower_ not in {",", "and", "or", "&"}:
            return
        i = j - 1
        if i > 0 and doc[i - 1].text == "," and doc[i].lower_ in {"and", "or"}:
            i -= 1


def _before_person(doc: Doc, i: int, end: int, evidence: Evidence) -> int:
    """Where a person's name starts inside a capitalised run: "for South Sudan David
    Shearer" is a country, then a person."""
    starts = {s for s, _ in evidence.persons}
    cut = next((j for j in range(i + 1, end) if doc[j].idx in starts), end)
    while cut < end and cut > i and doc[cut - 1].lower_.rstrip(".") in reading_words().titles:
        cut -= 1  # "Tillsonburg Mayor Stephen Molnar": the title goes with the person
    return cut if cut > i else end  # "Vice Mayor Ray Melton" holds no place


_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)


# Capitalised words that end a run: "of" and "the" stay inside names ("Isle of Man").
_RUN_BREAKS = frozenset(
    {"a", "an", "in", "at", "near", "outside", "from", "to", "for", "on", "after", "before",
     "during", "with", "by"}
)


def _run_end(doc: Doc, i: int) -> int:
    """The end of the capitalised run starting at token ``i``; an Arabic article joined to
    the next word stays inside it ("Deir ez-Zor", "Jisr al-Shughur")."""
    j = i
    while j < len(doc):
        if j > i and doc[j].lower_ in _WEEKDAYS:
            break  # "in Enid Monday afternoon": the day is no part of the name
        if j > i and doc[j].lower_ in _RUN_BREAKS:
            break  # a headline's "Teen Shot In Duquesne": the preposition opens no name
        if _is_capitalised(doc[j]):
            j += 1
        elif (j > i or _article_starts_name(doc, i)) and _joined_article(doc, j):
            j += 3
        else:
            break
    return j


# The Arabic article as English transliterations write it, assimilated or not.
_ARABIC_ARTICLES = frozenset(
    {"al", "el", "ad", "ar", "as", "an", "at", "az", "ash", "ed", "ud", "ul", "ez", "es", "et"}
)


def _article_starts_name(doc: Doc, i: int) -> bool:
    """A lower-case article opening a name that no capitalised word precedes ("the al-Tanf
    base"), not one inside a longer name the run starts earlier."""
    return i == 0 or not (_is_capitalised(doc[i - 1]) or doc[i - 1].text == "-")


def _joined_article(doc: Doc, j: int) -> bool:
    """An article, a hyphen and a capitalised word from token ``j`` on ("al", "-", "Ain")."""
    return (
        j + 2 < len(doc) and doc[j].lower_ in _ARABIC_ARTICLES and doc[j + 1].text == "-"
        and doc[j + 1].idx == doc[j].idx + len(doc[j]) and _is_capitalised(doc[j + 2])
    )


def _name_at(doc: Doc, i: int, taken: list[bool], evidence: Evidence) -> Toponym | None:
    """A gazetteer name that is a whole capitalised run ("Al" of "Al Qaeda" is not); a single
    word needs the text to put it where places go, or a dateline ("MANSFIELD --")."""
    lex = lexicon()
    if i > 0 and _is_capitalised(doc[i - 1]) and doc[i - 1].lower_ not in lex.openers:
        return None  # inside a longer name; "A Sandusky man", "Shot In Duquesne" are not
    end = _before_person(doc, i, _run_end(doc, i), evidence)
    span = doc[i:end]
    if any(taken[j] for j in range(i, end)):
        return None
    if len(span) > MAX_NAME_TOKENS:  # "Chiefland Police Chief Robert Douglas"
        return _institution_place(span, evidence) or _country_at_end(span, evidence)
    if span.text.lower() in lex.not_places or len(span.text) < 3 or evidence.is_person(span):
        return None
    if evidence.readings.not_place(gazetteer.normalize(span.text)):
        return None  # the tagger's other mentions of the name read it as no place
    dateline = evidence.in_dateline(span)
    candidates = gazetteer.lookup(span.text.title() if dateline else span.text)
    places = tuple(c for c in candidates if _strong_name(c))
    placed = dateline or _placed(span, evidence) or len(span) > 1 or any(
        c.population >= 100_000 or c.admin1 in evidence.regions for c in places
    )
    proper = (
        span[-1].pos_ == "PROPN" or dateline or _named_first(span)
        or _town_modifier(span, places) or _headline_locative(span)
    )
    sized = _big_enough(places, MIN_FOUND_POPULATION) or _town_of_its_state(
        span, places, evidence, dateline
    )
    if places and placed and proper and sized:
        return _toponym(span, _senses(span, places))
    if not places and len(span) > 1:  # "the Grapeland Senior Citizens Center", "... Sudan"
        return _institution_place(span, evidence) or _country_at_end(span, evidence)
    demonyms = tuple(c for c in candidates if c.kind == DEMONYM)
    return _demonym(span, demonyms) if demonyms else None


def _town_of_its_state(span: Span, places: tuple[Candidate, ...], evidence: Evidence,
                       dateline: bool) -> bool:
    """A town too small to be read from its name alone (a post office's, or under
    ``MIN_FOUND_POPULATION`` people) that the text places firmly in its state: the state
    written right after it ("FORT TOWSON, Okla."), or a dateline or a preposition before it in
    a story that names the state ("... of Lingle" in a story set in Wyoming)."""
    qualifier = _qualifier(span.doc, span.end)
    if qualifier is not None:
        states = {qualifier.admin1} if qualifier.fcode == "ADM1" else set()
    elif dateline or (_preceded_by(span, lexicon().locative) and not _modifies_noun(span)):
        states = evidence.states
    else:
        return False
    return not _opens_a_person(span) and any(
        c.fclass == "P" and c.kind == PRIMARY and c.admin1 in states for c in places
    )


def _opens_a_person(span: Span) -> bool:
    """Somewhere in the text the name opens a longer name, as a first name does: a
    capitalised word follows it that no place's or institution's name is built with ("ran to
    Sage McGinnis" makes "ran to Sage" a person, not Sage, Arkansas; "Lingle Police" and
    "Foxhome Township" keep their town)."""
    lex, doc, word = lexicon(), span.doc, span[-1].text
    builds = lex.institutions | lex.name_words | lex.place_nouns | lex.features.keys()
    for t in doc[: len(doc) - 1]:
        after = doc[t.i + 1]
        if t.text == word and after.text[:1].isupper() and after.is_alpha and (
            after.lower_ not in builds and after.lower_ not in _WEEKDAYS
            and after.ent_type_ not in ("DATE", "TIME")  # "in rural Foxhome Wednesday"
        ):
            return True
    return False


def _headline_locative(span: Span) -> bool:
    """A title-case headline's "Shot In Duquesne": every word is capitalised, so the tagger's
    part of speech says nothing; the capitalised preposition says a place follows."""
    i = span.start - 1
    return i > 0 and _title_case(span.doc[i]) and span.doc[i].lower_ in lexicon().locative


def _title_case(token: Token) -> bool:
    """A preposition written with a capital inside a sentence: a headline's title case."""
    return token.text[:1].isupper() and not token.is_sent_start and token.pos_ == "ADP"


def _town_modifier(span: Span, places: tuple[Candidate, ...]) -> bool:
    """A capitalised word the tagger reads as an adjective before a place's word: "Albuquerque
    police said", "an Immokalee teenager" (the model takes many towns so). Opening a
    sentence, where any adjective is capitalised ("Many residents"), only a city's name."""
    doc, last = span.doc, span[-1]
    after = doc[span.end] if span.end < len(doc) else None
    if last.pos_ != "ADJ" or last.is_stop or after is None or not after.is_lower:
        return False
    if after.lower_ not in lexicon().place_nouns or is_common(last.lower_):
        return False
    return not span[0].is_sent_start or _big_enough(places, MIN_LOC_TOWN_POPULATION)


_NOT_NAME_POS = frozenset({"ADJ", "ADV", "DET", "PRON", "NUM", "ADP", "CCONJ", "SCONJ", "AUX"})


def _named_first(span: Span) -> bool:
    """A name opening its sentence, where the tagger's part of speech is a guess, with a
    place's word after it: "Esperance residents noticed ...", "Heze city has registered ..."
    (not "Many residents" or "Local officials")."""
    doc, first = span.doc, span[0]
    after = doc[span.end] if span.end < len(doc) else None
    if not first.is_sent_start or after is None or not after.is_lower:
        return False
    if any(t.is_stop or t.pos_ in _NOT_NAME_POS or is_common(t.lower_) for t in span):
        return False
    return after.lower_ in lexicon().place_nouns or after.lower_ in lexicon().features


_ABBREVIATION = re.compile(r"(?<![\w.])([A-Z][a-z]?\.(?:[A-Z][a-z]*\.)*)")


def _abbreviations(ctx: Context, toponyms: list[Toponym]) -> list[Toponym]:
    """State abbreviations with their dots ("Charleston, W.Va.", "in Ga.")."""
    doc, qualifiers = ctx.doc, lexicon().qualifiers
    covered = [(t.start, t.end) for t in toponyms]
    found = []
    for match in _ABBREVIATION.finditer(ctx.text):
        start, end = match.span(1)
        code = qualifiers.get(match.group(1))
        if code is None or any(s < end and start < e for s, e in covered):
            continue
        before = ctx.text[max(0, start - 4) : start].rstrip().lower()
        party = before.endswith(("d-", "r-", "i-"))  # "Sen. Bob Casey, D-Pa."
        if not before.endswith((",", " in", " the")) and not party:
            continue
        region = gazetteer.admin1(code)
        span = doc.char_span(start, end, alignment_mode="expand")
        if region is not None and span is not None:
            toponym = Toponym(start, end, match.group(1), (region,), span)
            found.append(toponym)
    return found


# A legislator's party and home district: "Sen. Robert Ford, D-Charleston", "DFL-Chisholm".
_PARTY_DISTRICT = re.compile(r"(?<![\w-])(?:D|R|I|DFL)-(?P<name>[A-Z][\w.]*(?: [A-Z][\w.]*)?)")


def _party_districts(ctx: Context, taken: list[bool]) -> list[Toponym]:
    """The town or county after a legislator's party letter: where they are from."""
    found: list[Toponym] = []
    for match in _PARTY_DISTRICT.finditer(ctx.text):
        start, end = match.span("name")
        if lexicon().qualifiers.get(match.group("name")) or match.group("name").endswith("."):
            continue  # a state ("D-Pa."): the abbreviations' rule reads it
        span = ctx.doc.char_span(start, end, alignment_mode="contract")
        if span is None or not len(span) or any(taken[i] for i in range(span.start, span.end)):
            continue
        toponym = _district(span)
        if toponym is not None:
            found.append(toponym)
            for i in range(span.start, span.end):
                taken[i] = True
    return found


def _district(span: Span) -> Toponym | None:
    """A town of the name, or else the county ("D-McDowell" is McDowell County)."""
    towns = tuple(c for c in gazetteer.lookup(span.text) if c.kind == PRIMARY and c.fclass == "P")
    counties = tuple(
        c for c in gazetteer.lookup(f"{span.text} County") if c.fcode == "ADM2"
    )
    candidates = towns + counties
    if not candidates or span.text.lower() in lexicon().not_places:
        return None
    return Toponym(span.start_char, span.end_char, span.text, candidates, span)


def detect(ctx: Context) -> list[Toponym]:
    """Every toponym of the document, in text order, without overlaps."""
    doc = ctx.doc
    evidence = _evidence(ctx)
    taken = [False] * len(doc)
    toponyms = _landmarks(ctx, taken)  # first: "White House" is no town of that name
    toponyms += _county_lists(doc, taken)  # the tagger types many of them persons
    toponyms += _party_districts(ctx, taken)
    toponyms += _from_entities(doc, evidence, taken)
    toponyms += _scan(doc, taken, evidence)
    toponyms += _abbreviations(ctx, toponyms)
    toponyms += _listed_after_places(doc, toponyms, evidence)
    things = _things(ctx.text)
    toponyms = [
        t for t in toponyms
        if not _named_thing(t, things) and not _unread(t, evidence) and not _saints(t)
        and not _business(t)
    ]
    toponyms = [
        t for t in toponyms if _postal_in_named_states(t, evidence) and not _names_street(t)
    ]
    toponyms.sort(key=lambda t: t.start)
    occupied = {i for t in toponyms for i in range(t.span.start, t.span.end)}
    for toponym in toponyms:
        _extend(toponym, occupied)
        _read_surroundings(toponym)
        toponym.dateline = evidence.in_dateline(toponym.span)
    return keep_codes_in_story(keep_plausible_spellings(_parts_of_places(toponyms)))


_AND_OR = frozenset({"and", "or"})


# Abbreviated directions before a street's name ("the 100 block of W. Flournoy").
_STREET_DIRECTIONS = frozenset({"n.", "s.", "e.", "w.", "n", "s", "e", "w", "ne", "nw", "se", "sw"})


def _names_street(toponym: Toponym) -> bool:
    """A name after "the 3000 block of" (a direction may come between) is a street's, as US
    police and papers give an address: "the 13000 block of Kilbourne", "the 100 block of West
    Flournoy" name no town."""
    doc, i = toponym.span.doc, toponym.span.start - 1
    directions = lexicon().directions
    while i >= 0 and (doc[i].lower_ in directions or doc[i].lower_ in _STREET_DIRECTIONS):
        i -= 1
    return i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in ("block", "blocks")


def _postal_in_named_states(toponym: Toponym, evidence: Evidence) -> bool:
    """Keep a town known only by its post office where the tagger calls the name a place
    (GPE) or the story names its state ("Marcus Kilbourne", "the Capitol" typed PERSON or
    FAC are no post offices' towns, "in Toone, Tennessee" is one). Whether the toponym stays:
    a name that had only such towns, none kept, stays where it would have without them (the
    tagger's place after "in")."""
    span = toponym.span
    tagged = all(evidence.labels[i] == "GPE" for i in range(span.start, span.end))
    kept = tuple(
        c for c in toponym.candidates
        if tagged or not gazetteer.is_postal(c) or c.admin1 in evidence.states
    )
    if len(kept) == len(toponym.candidates):
        return True
    toponym.candidates = kept
    return bool(kept)


def _listed_after_places(doc: Doc, toponyms: list[Toponym], evidence: Evidence
                         ) -> list[Toponym]:
    """The names listed after a place that a preposition introduces: "at Pandi and Talavera
    farms", "from Tacloban and Babatngon", "in Temryuk and Anapa" are all places, whatever
    type the tagger gave the later ones."""
    occupied = {i for t in toponyms for i in range(t.span.start, t.span.end)}
    found: list[Toponym] = []
    for toponym in toponyms:
        if toponym.demonym:
            continue
        if not (_preceded_by(toponym.span, lexicon().locative) or _after_place_verb(toponym.span)):
            continue
        for name in _listed_names_after(doc, toponym.span.end):
            if any(i in occupied for i in range(name.start, name.end)):
                continue
            listed = _listed_place(name, evidence)
            if listed is None:
                break
            found.append(listed)
            occupied.update(range(name.start, name.end))
    return found


def _in_longer_person(name: Span, evidence: Evidence) -> bool:
    after = name.doc[name.end] if name.end < len(name.doc) else None
    if after is not None and _INITIAL.match(after.text):
        return True
    return any(
        s < name.end_char and name.start_char < e and (s, e) != (name.start_char, name.end_char)
        for s, e in evidence.persons
    )


_INITIAL = re.compile(r"^[A-Z]\.$")


def _listed_names_after(doc: Doc, i: int) -> Iterator[Span]:
    """The capitalised names listed from token ``i`` on: ", B and C"; a name after a comma
    alone must be followed by another ("in Paris, Hollande said" lists nothing)."""
    while i < len(doc):
        j = i
        if j < len(doc) and doc[j].text == ",":
            j += 1
        and_or = j < len(doc) and doc[j].lower_ in _AND_OR
        j += and_or
        end = _run_end(doc, j) if j > i and j < len(doc) else j
        if end == j or end - j > MAX_NAME_TOKENS:
            return
        if not and_or and not (end < len(doc) and doc[end].text in (",", "and", "or")):
            return
        yield doc[j:end]
        i = end


def _listed_place(name: Span, evidence: Evidence) -> Toponym | None:
    """A listed name the gazetteer knows as a town of some size or a region, that the
    document does not read as a person or organisation."""
    key = gazetteer.normalize(name.text)
    if name.text.lower() in lexicon().not_places or _generic(name) or len(name.text) < 3:
        return None
    # the tagger's PERSON for the name alone is no veto here ("at Malolos and Talavera"); a
    # person's longer name around it ("Donald L. Schuler"), a surname, a title or the KB is
    if _in_longer_person(name, evidence) or evidence.is_surname(name):
        return None
    if evidence.readings.not_place(key):
        return None
    found = gazetteer.lookup(name.text)
    places = tuple(c for c in found if _strong_name(c)) or tuple(
        # a town's other spelling, listed with places ("Marka and Afgoye" for Afgooye)
        c for c in found
        if c.kind == ALTERNATE and c.fclass == "P" and c.population >= MIN_OBJECT_POPULATION
    )
    if not places or not _big_enough(places, MIN_FOUND_POPULATION):
        return None
    return _toponym(name, _senses(name, places))


def _parts_of_places(toponyms: list[Toponym]) -> list[Toponym]:
    """A part named of a larger place ("the Western District of New York", "the Eastern
    Province of Saudi Arabia") lies in it: its candidates elsewhere go, and a part the
    gazetteer has nowhere in there is left to the larger place (logged)."""
    kept: list[Toponym] = []
    for toponym, following in zip(toponyms, [*toponyms[1:], None], strict=False):
        whole = following if following is not None and _of_between(toponym, following) else None
        if whole is None or not whole.candidates:
            kept.append(toponym)
            continue
        inside = tuple(c for c in toponym.candidates if _lies_in(c, whole.candidates))
        if not inside:
            LOGGER.debug("dropped %r: a part of %r not in the gazetteer", toponym.text, whole.text)
            continue
        toponym.candidates = inside
        kept.append(toponym)
    return kept


def _of_between(part: Toponym, whole: Toponym) -> bool:
    between = part.span.doc[part.span.end : whole.span.start]
    return [t.text for t in between] in (["of"], ["of", "the"])  # not "the U.S. Of Brazil's"


def _lies_in(candidate: Candidate, wholes: tuple[Candidate, ...]) -> bool:
    return any(
        (w.fcode == "PCLI" and candidate.cc == w.cc)
        or (w.fcode == "ADM1" and candidate.admin1 == w.admin1
            and candidate.geonameid != w.geonameid)
        for w in wholes if w.fcode in ("PCLI", "ADM1")
    )


def _landmarks(ctx: Context, taken: list[bool]) -> list[Toponym]:
    """Landmark buildings, with their city as the only candidate."""
    found: list[Toponym] = []
    for start, end, name in landmarks.find(ctx.text):
        span = ctx.doc.char_span(start, end, alignment_mode="expand")
        city = landmarks.city_of(name)
        if span is None or city is None or any(taken[i] for i in range(span.start, span.end)):
            continue
        for i in range(span.start, span.end):
            taken[i] = True
        found.append(Toponym(start, end, name, (city,), span, landmark=True))
    return found


def _unread(toponym: Toponym, evidence: Evidence) -> bool:
    """A name no reading makes a place: one inside an organisation's name ("Mayo Clinic",
    "T-Mobile"), a capitalised common word ("Man", "Congress") or an acronym that is no
    country's code ("CNN") without a mention that reads as a place."""
    readings = evidence.readings
    if readings.inside_organisation(toponym.start, toponym.end):
        LOGGER.debug("dropped %r: inside an organisation's name", toponym.text)
        return True
    if toponym.demonym:
        return False
    country_code = any(  # "UK", "NSW", "EU"
        c.kind == CODE and c.fcode in ("PCLI", "ADM1", "RGN") for c in toponym.candidates
    )
    doubtful = is_common(toponym.key) or (is_acronym(toponym.text) and not country_code)
    if doubtful and not readings.place(toponym.key) and not _local_cue(toponym.span, evidence):
        LOGGER.debug("dropped %r: no mention reads as a place", toponym.text)
        return True
    return False


def _named_thing(toponym: Toponym, things: list[str]) -> bool:
    """A code with digits ("H5N1"), or a name the document also gives a disease or other
    thing named after it ("the Ebola virus"), unless this mention is introduced as a place
    ("in Marburg"): once a name is a disease's, its bare mentions are the disease."""
    if any(ch.isdigit() for ch in toponym.text) and not toponym.candidates:
        return True
    name = toponym.text.lower()
    if not any(_ends_with_word(before, name) for before in things):
        return False
    return not _preceded_by(toponym.span, lexicon().locative)


def _ends_with_word(text: str, word: str) -> bool:
    """Whether ``text`` ends with ``word`` as a whole word ("the ebola", not "kebola")."""
    return text.endswith(word) and not text[-len(word) - 1 : -len(word)].isalnum()


def _things(text: str) -> list[str]:
    """The lower-cased text just before every thing word ("virus", "fever") of a text."""
    return [text[max(0, m.start() - 40) : m.start()].rstrip().lower()
            for m in _thing_words().finditer(text)]


@lru_cache(maxsize=1)
def _thing_words() -> re.Pattern[str]:
    words = "|".join(sorted(lexicon().named_after - {"day"}))  # "Victoria Day" leaves Victoria
    return re.compile(rf"\s(?:{words})\b", re.IGNORECASE)  # one space: linear time


def _extend(toponym: Toponym, occupied: set[int]) -> None:
    """The whole name when the tagger cut it short: "Goz Beida" of "Beida", "Mashonaland
    West" of "Mashonaland" (a capitalised neighbour making a name the gazetteer knows), "Rio
    Grande do Sul" of "Rio Grande" (a particle and a capitalised word)."""
    span, doc = toponym.span, toponym.span.doc
    for new in _extensions(span, occupied):
        longer = doc[min(span.start, new[0]) : max(span.end, new[-1] + 1)]
        found = tuple(c for c in gazetteer.lookup(longer.text) if c.kind != DEMONYM)
        if found:
            occupied.update(new)
            toponym.span, toponym.candidates, toponym.text = longer, found, longer.text
            toponym.start, toponym.end = longer.start_char, longer.end_char
            return


# Lower-case words inside Romance and other place names: "Rio Grande do Sul", "Davao del Sur".
_PARTICLES = frozenset({"do", "da", "dos", "das", "de", "del", "di", "du", "des", "la"})


def _extensions(span: Span, occupied: set[int]) -> Iterator[list[int]]:
    """The tokens a name may be extended by: the capitalised word before it, the one after
    it, or a particle and the capitalised word after it (never the next sentence's)."""
    doc, end = span.doc, span.end
    options = [[span.start - 1], [end]]
    if end + 1 < len(doc) and doc[end].lower_ in _PARTICLES:
        options.append([end, end + 1])
    if _split_saint(doc, span.start) and not occupied & {span.start - 2, span.start - 1}:
        yield [span.start - 2, span.start - 1]  # the "." is no capitalised word
    for option in options:
        if not all(0 <= i < len(doc) and i not in occupied for i in option):
            continue
        if option[-1] >= end and doc[option[0]].is_sent_start:
            continue
        if _is_capitalised(doc[option[-1]]):
            yield option


def _split_saint(doc: Doc, i: int) -> bool:
    """A dateline's "ST. LOUIS", tokenised "ST" "." "LOUIS": the abbreviation before token
    ``i`` opens the name."""
    if i < 2 or doc[i - 1].text != ".":
        return False
    word = doc[i - 2]
    return f"{word.text.title()}." in _NAME_ABBREVIATIONS and word.idx + len(word) == doc[i - 1].idx


def _read_surroundings(toponym: Toponym) -> None:
    """Feature words ("X province", "the city of X") and qualifiers ("X, Texas")."""
    lex = lexicon()
    doc, span = toponym.span.doc, toponym.span
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in lex.features:
        toponym.hint = lex.features[after.lower_]
        longer = gazetteer.lookup(f"{span.text} {after.text}")
        if longer:  # "Laurel County" is a name of its own
            toponym.end, toponym.text = after.idx + len(after), f"{span.text} {after.text}"
            toponym.candidates = longer
    elif span.start >= 2 and doc[span.start - 1].lower_ == "of":
        before = doc[span.start - 2].lower_
        toponym.hint = lex.features.get(before, toponym.hint)
    toponym.quarter = _names_quarter(toponym.span)
    if not _enumerated(toponym):
        toponym.qualifier = _qualifier(doc, span.end)
    if toponym.qualifier is None and toponym.container is None:
        toponym.container = _said_to_be_in(span)


def _names_quarter(span: Span) -> bool:
    """The text calls the name a city's quarter: "the Austin neighborhood", "in the
    neighborhoods of Roseland and Pullman" (not "a Stockton neighborhood": one in Stockton)."""
    doc, quarters = span.doc, lexicon().quarter_nouns
    if span.end < len(doc) and doc[span.end].lower_ in quarters:
        i = span.start - 1
        while i > 0 and (doc[i].text[:1].isupper() or doc[i].lower_ in lexicon().directions
                         or doc[i].pos_ == "ADJ"):
            i -= 1  # "the South Side Washington Heights neighborhood", "the same Austin ..."
        return i >= 0 and doc[i].lower_ == "the"
    i = span.start - 1
    while i > 0 and span.start - i < MAX_LIST_TOKENS and _in_a_list(doc[i]):
        i -= 1  # back over the list the name closes ("of Roseland, Pullman and Austin")
    return i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in quarters


MAX_LIST_TOKENS = 12


def _in_a_list(token: Token) -> bool:
    return token.text[:1].isupper() or token.lower_ in (",", "and", "or")


def _said_to_be_in(span: Span) -> Candidate | None:
    """The region or country a town or county is said to lie in: "Crawford County located in
    Pennsylvania", "Monroe County in Michigan" (a lean, not a binding as "Paris, Texas")."""
    doc, end = span.doc, span.end
    if end < len(doc) and doc[end].lower_ in ("located", "situated"):
        end += 1
    if end >= len(doc) or doc[end].lower_ != "in":
        return None
    container = _container(doc[span.start : end])
    if container is None or container.fcode not in ("ADM1", "PCLI"):
        return None
    return container


def _enumerated(toponym: Toponym) -> bool:
    """A region in a list of regions ("Utah, Washington, West Virginia"; "in Washington,
    Pennsylvania and California"): the next name is its peer, not a qualifier as in "Paris,
    Texas"."""
    span = toponym.span
    if not any(c.fcode in ("ADM1", "PCLI") for c in toponym.candidates):
        return False
    if span.start > 0 and span.doc[span.start - 1].text == ",":
        return True
    found = _qualifier_at(span.doc, span.end)
    return found is not None and _region_follows(span.doc, found[1], found[0].fcode)


def _region_follows(doc: Doc, i: int, fcode: str) -> bool:
    """Another region of the kind is listed from token ``i`` on (", and California")."""
    start = i
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i < len(doc) and doc[i].lower_ in ("and", "or"):
        i += 1
    if i == start:
        return False
    for n in (3, 2, 1):
        span = doc[i : i + n]
        if len(span) == n and all(_is_capitalised(t) for t in span) and any(
            c.fcode == fcode and c.kind == PRIMARY for c in gazetteer.lookup(span.text)
        ):
            return True
    return False


def _qualifier(doc: Doc, i: int) -> Candidate | None:
    """The region or country named right after "Town," (a state abbreviation counts)."""
    found = _qualifier_at(doc, i)
    return found[0] if found is not None else None


def _dateline_dash(doc: Doc, i: int) -> bool:
    """A dateline's dash or the outlet's parenthesis at token ``i`` ("-", "--", "—", "(")."""
    return i < len(doc) and doc[i].text.strip("-—–") == "" or (
        i < len(doc) and doc[i].text == "("
    )


def _qualifier_at(doc: Doc, i: int) -> tuple[Candidate, int] | None:
    """The qualifier after token ``i`` and the token its name ends before."""
    if i + 1 >= len(doc) or doc[i].text != ",":
        return None
    word = doc[i + 1]
    abbreviation, end = lexicon().qualifiers.get(word.text), i + 2
    if abbreviation is None and i + 2 < len(doc) and doc[i + 2].text == ".":
        abbreviation, end = lexicon().qualifiers.get(word.text + "."), i + 3
    if abbreviation is None and _dateline_dash(doc, i + 2):  # "MEMPHIS, Tenn --"
        abbreviation = lexicon().qualifiers.get(word.text + ".")
    if abbreviation is not None:
        region = gazetteer.admin1(abbreviation)
        return (region, end) if region is not None else None
    for n in (3, 2, 1):
        span = doc[i + 1 : i + 1 + n]
        if len(span) == n and all(_is_capitalised(t) for t in span) and not _county_word(
            doc, span.end
        ):
            regions = [c for c in gazetteer.lookup(span.text) if c.fcode in ("ADM1", "PCLI")]
            if regions:
                return regions[0], span.end
    return None


def _county_word(doc: Doc, i: int) -> bool:
    """Token ``i`` makes the name before it a county's ("Chester, Delaware County" names a
    county, not the state of Delaware)."""
    return i < len(doc) and lexicon().features.get(doc[i].lower_) == "ADM2"
