"""Occurrence mentions: the places in the text that report an incident happening.

Three kinds of evidence, in text order: the events stage's violent, protest and arrest events
(asserted or reported); words of occurrence the event coder does not code ("a shooting", "was
stabbed", "the crash"), when their clause asserts them; and casualty figures that no mention
of their sentence explains. Each mention says what kind of occurrence it reports, the clause
it rests on, whether it refers back ("the attack") or says it is another one ("a similar
attack"), and the date its own clause or sentence gives.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newscoder.context import Context
from newscoder.events.evidence import clause_span
from newscoder.events.sense import PERSON_ENDINGS, harmable, load_senses, patients
from newscoder.incidents.lexicon import IncidentLexicon, lexicon
from newscoder.incidents.tallies import in_regions, trend_word
from newscoder.incidents.when import own_date
from newscoder.model import Event, Span
from newscoder.parse import doc_words

# history a story recalls is an occurrence too: its own, older incident
ASSERTED = frozenset({"asserted", "reported", "historical"})
CASUALTIES = frozenset({"killed", "injured", "shot"})
CASUALTY = "casualty"  # a casualty verb or count that names no occurrence of its own
MODALS = frozenset({"will", "would", "could", "might", "may", "should", "must", "shall"})
REFERRING_DETS = frozenset({"the", "this", "that", "these", "those", "its", "their"})
# CAMEO roots whose events are occurrences an analyst counts, by kind (ACLED types first).
ACLED_KINDS = {"Protests": "protest", "Riots": "protest"}
CAMEO_KINDS = {"14": "protest", "18": "violence", "19": "violence", "20": "violence"}
ARREST_CODES = frozenset({"173"})
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
PROPERTY_DESTRUCTION = frozenset({"171"})  # CAMEO: seize or damage property


@dataclass(slots=True)
class Mention:
    kind: str  # violence, protest, arrest, crime, accident, disaster
    token: int  # the trigger's token index
    clause: Span
    sentence: SpacySpan
    event: int | None = None
    other: bool = False  # says it is another occurrence ("a similar attack", "a second blast")
    refers_back: bool = False  # "the attack", "Friday's bombing"
    date: str | None = None  # the date its own clause, else its sentence, gives
    dated_clause: bool = False  # the date is its own clause's, not another clause's
    dated_itself: bool = False  # the date is said of its own word ("the May 3 shooting")
    death_day: bool = False  # the date is a death's ("died Tuesday"): the harm's or later
    country: str | None = None  # the country of the place its clause, else sentence, names
    acled_type: str | None = None  # its event's ACLED event type, when it has one
    opening_town: str | None = None  # the town its sentence opens in ("In Kano, ...")
    towns: frozenset[str] = frozenset()  # the towns its sentence names
    figures: list[int] = field(default_factory=list)
    denied_by: Span | None = None


def event_kind(event: Event) -> str | None:
    """The incident kind of an event, or None for events that are no occurrence (statements,
    meetings, aid, agreements)."""
    if event.modality not in ASSERTED:
        return None
    if event.acled is not None:
        if event.acled.sub_event_type == "Arrests":
            return "arrest"
        if event.acled.event_type == "Strategic developments":
            return None
        return ACLED_KINDS.get(event.acled.event_type, "violence")
    if event.cameo[:3] in ARREST_CODES:
        return "arrest"
    return CAMEO_KINDS.get(event.cameo[:2])


def find_mentions(ctx: Context, tallies: list[tuple[int, int]]) -> list[Mention]:
    """The occurrences the text tells, outside the ``tallies`` (token ranges of
    :func:`~newscoder.incidents.tallies.tally_regions`)."""
    doc, lex = ctx.doc, lexicon()
    found = _event_mentions(ctx)
    taken = {m.token for m in found}
    clauses = {(m.clause.start, m.clause.end, lex.families.get(m.kind)) for m in found}
    for token in _occurrence_words(doc, lex):
        if token.i in taken:
            continue
        kind = _word_kind(token, lex)
        if kind is None:
            continue
        if figurative(token):
            continue  # "the battle scenes were shot in Morocco": nothing is harmed
        mention = _mention(ctx, token, kind, None)
        if mention.denied_by is None and not _reported_as_happening(token, lex):
            continue  # a denied act is kept, to be recorded as a denial of its incident
        key = (mention.clause.start, mention.clause.end, lex.families.get(kind))
        if key in clauses and own_date(ctx, token.i) is None:
            # the clause already reports this occurrence; a word that carries its own day
            # ("faces a murder count in the Oct. 3 killing") is kept for that day
            continue
        clauses.add(key)
        found.append(mention)
    found.extend(_toll_mentions(ctx, {m.sentence.start for m in found}))
    # "45 people have been shot this year", "shootings have risen": tallies, no occurrence
    found = [
        m for m in found
        if not in_regions(m.token, tallies) and not trend_word(doc[m.token])
    ]
    found = _drop_parts(doc, found, lex)
    found.sort(key=lambda m: m.token)
    return found


def _drop_parts(doc: Doc, found: list[Mention], lex: IncidentLexicon) -> list[Mention]:
    """Leave out a blaze or a crash told as during an occurrence the text refers back to
    ("A fire broke out during the raid"): it is part of that occurrence, which its
    sentence's toll goes to, not an occurrence of its own."""
    told = {
        m.token for m in found
        if m.refers_back and lex.families.get(m.kind) == "harm"
    }
    if not told:
        return found
    return [m for m in found if not _part_of(doc[m.token], m.kind, told, lex)]


def _part_of(token: Token, kind: str, told: set[int], lex: IncidentLexicon) -> bool:
    if lex.families.get(kind) not in lex.part_of_families:
        return False
    verb = token if token.pos_ == "VERB" else token.head
    return any(
        prep.lower_ in lex.part_of_preps and any(o.i in told for o in prep.children)
        for prep in (*verb.children, *token.children)
        if prep.dep_ == "prep"
    )


def _toll_mentions(ctx: Context, told: set[int]) -> list[Mention]:
    """A casualty count in a sentence that names no occurrence ("the victim died at the
    hospital", "a man, 23, was pronounced dead") still tells of one: a mention of kind
    casualty at the count, which joins the incident its sentence or story tells."""
    found = []
    for figure in ctx.analysis.figures:
        if figure.category not in CASUALTIES or figure.modality != "asserted":
            continue
        span = ctx.doc.char_span(figure.start, figure.end, alignment_mode="expand")
        if span is None or span.sent.start in told:
            continue
        told.add(span.sent.start)
        found.append(_mention(ctx, span.root, CASUALTY, None))
    return found


def _event_mentions(ctx: Context) -> list[Mention]:
    found = []
    for index, event in enumerate(ctx.analysis.events):
        kind = event_kind(event)
        if kind is None or event.trigger is None:
            continue
        span = ctx.doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        if span is None:
            continue
        typed = event.acled.event_type if event.acled else None
        if kind == "arrest" and _harms(ctx, event, index):
            kind, typed = "violence", None
        mention = _mention(ctx, span.root, kind, index)
        mention.clause = event.evidence
        mention.acled_type = typed
        found.append(mention)
    return found


def _harms(ctx: Context, event: Event, index: int) -> bool:
    """An act that ACLED types as arrests but that destroys property ("The attackers set
    fire to houses") or, as an assault or use of force, kills or wounds ("Gunmen raided a
    village, killing 12 farmers"): a violent occurrence, not an arrest. A raid that harms
    no one ("Police raided a house and arrested three men") stays the arrest it led to."""
    if event.cameo[:3] in PROPERTY_DESTRUCTION:
        return True
    if event.cameo[:2] not in VIOLENT_ROOTS:
        return False
    return any(f.event == index and f.category in CASUALTIES for f in ctx.analysis.figures)


def _occurrence_words(doc: Doc, lex: IncidentLexicon) -> list[Token]:
    words = doc_words(doc)
    wanted = frozenset(lex.verb_kinds) | frozenset(lex.noun_kinds)
    return [doc[i] for i in words.positions(0, len(doc), wanted)]


def _word_kind(token: Token, lex: IncidentLexicon) -> str | None:
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB":
        return lex.verb_kinds.get(lemma)
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ != "compound":
        if token.head.lemma_.lower() in lex.idioms.get(lemma, ()):
            return None  # "opened fire": told by the shooting, not a blaze
        if lemma in lex.idioms and _armed_before(token):
            return None  # "police fire tear gas", "army fire": shooting, not a blaze
        if token.head.lemma_.lower() in lex.arson.get(lemma, ()):
            return "violence"  # "set fire to houses": arson, someone's act
        return lex.noun_kinds.get(lemma) or lex.noun_kinds.get(token.lower_)
    return None


def _armed_before(token: Token) -> bool:
    """The word just before names who fires ("police fire tear gas", a headline's verb the
    tagger reads as a noun): the events stage's list of armed doers."""
    if token.i == token.sent.start:
        return False
    before = token.doc[token.i - 1]
    return before.pos_ == "NOUN" and before.lemma_.lower() in load_senses().armed_doers


def _reported_as_happening(token: Token, lex: IncidentLexicon) -> bool:
    """Not negated ("no arrests have been made"), not under a modal, and not what someone
    threatens, plans or fears."""
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in token.children):
        return False
    if token.pos_ == "VERB" and any(c.lower_ in MODALS for c in token.children if c.dep_ == "aux"):
        return False
    return not any(a.lemma_.lower() in lex.not_asserted for a in _governors(token))


def figurative(token: Token) -> bool:
    """A verb of violence whose patients cannot be harmed ("shot the film", "killed the
    bill"), or a noun whose "on"/"against"/"of" object cannot be ("an attack on the
    government's record"): the events stage's reading of word sense, applied to words it
    codes no event for."""
    if token.pos_ not in ("VERB", "NOUN"):
        return False
    found = patients(token)
    senses = load_senses()
    return bool(found) and not any(harmable(p, [], senses) for p in found)


def _governors(token: Token) -> list[Token]:
    """The words that govern a token up to its sentence root."""
    found, node = [], token
    while node.head.i != node.i and len(found) < 8:
        node = node.head
        found.append(node)
    return found


def _mention(ctx: Context, token: Token, kind: str, event: int | None) -> Mention:
    lex = lexicon()
    sent = token.sent
    mention = Mention(kind, token.i, clause_span(token, sent), sent, event)
    # "a second victim", "another 53 were wounded": another victim of the occurrence told
    mention.other = (
        (kind != CASUALTY and _says_another(token, lex)) or _told_as_before(token, lex)
        or _opens_apart(sent, lex)
    )
    mention.refers_back = token.pos_ != "VERB" and any(
        c.dep_ in ("det", "poss") and (c.lower_ in REFERRING_DETS or c.dep_ == "poss")
        for c in token.children
    )
    denial = next((a for a in _governors(token) if a.lemma_.lower() in lex.denials), None)
    if denial is not None:
        mention.denied_by = Span(sent.start_char, sent.end_char)
    return mention


def _opens_apart(sent: SpacySpan, lex: IncidentLexicon) -> bool:
    """The sentence turns to another occurrence ("Meanwhile, in Aden, ...", "In a separate
    incident, ..."), whatever it tells."""
    words = " ".join(t.lower_ for t in sent[:3] if not t.is_punct and not t.is_space)
    return any(words == o or words.startswith(o + " ") for o in lex.apart_openers)


def _person(token: Token, lex: IncidentLexicon) -> bool:
    """A noun of people hurt or involved: a number ("another 53"), a name, a person word."""
    lemma = token.lemma_.lower()
    return (
        token.like_num or token.tag_ == "CD" or token.ent_type_ == "PERSON"
        or lemma in lex.victims or lemma.endswith(PERSON_ENDINGS)
    )


def _told_as_before(token: Token, lex: IncidentLexicon) -> bool:
    """The mention is what the story's occurrence is told as coming after or before ("The
    shooting comes two days after a boy was shot on Elm Street", "Sunday's attack came a
    week after the killing of a guard"): another occurrence, on its own day. The verb of
    sequence must be said of an occurrence ("the shooting", "it"), not of a person ("he
    came home after he was shot" tells the same one)."""
    node = token
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return False
        linked = node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in lex.sequence_links for c in node.children
        )
        linked = linked or (
            node.dep_ in ("pobj", "pcomp") and head.lower_ in lex.sequence_links
        )
        verb = head if node.dep_ == "advcl" else head.head
        if linked and verb.lemma_.lower() in lex.sequence_verbs:
            return _said_of_occurrence(verb, lex)
        node = head
    return False


def _said_of_occurrence(verb: Token, lex: IncidentLexicon) -> bool:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        s.lower_ in ("it", "this", "that") or s.lemma_.lower() in lex.noun_kinds
        or s.lemma_.lower() in lex.sequence_subjects
        for s in subjects
    )


def _says_another(token: Token, lex: IncidentLexicon) -> bool:
    """ "another attack", "a similar bombing", "a second blast"; for a verb, such words on
    its subject or object that is no one harmed ("a second bomb exploded"): "a second man
    was shot" tells another victim of the same shooting."""
    nouns = [token] if token.pos_ != "VERB" else [
        c for c in token.children
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and not _person(c, lex)
    ]
    return any(
        c.lower_ in lex.other_occurrence
        for noun in nouns
        for c in noun.children
        if c.dep_ in ("det", "amod", "nummod")
    )
