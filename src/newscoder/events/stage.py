"""Stage `events`: code who did what to whom, in CAMEO and PLOVER, with evidence.

One pass over spaCy's parse (``ctx.doc``) per sentence:

1. **Triggers.** Verbs and event nouns are looked up in the project's lexicon
   (:mod:`newscoder.events.triggers`): "massing its forces" → 154, "car bombings" → 1832.
2. **Framing verbs** recode the event they govern: commitments make AGREE ("agreed to resume
   talks" → 036), requests REQUEST ("urged X to withdraw"), refusals REJECT, threats THREATEN;
   future cooperation is an expressed intent (AGREE) and future force a threat, as PLOVER
   codes them.
3. **Event nouns** count only where the text reports them as happening: as the object of a
   verb that carries them out ("held talks"), the cause of casualties ("killed in a car
   bombing"), the subject of a verb of occurrence ("fighting erupted"), the purpose of a
   gathering ("assembled for a meeting"), or with their own participants ("the Front's attacks
   on ISIS"). A noun that only refers back to an event already coded ("the fighting") is not a
   new event.
4. **Arguments** (:mod:`newscoder.events.roles` reads the parse, :mod:`newscoder.events.args`
   resolves the phrases to actors) give source and target actor lists;
   **modality** (:mod:`newscoder.events.modality`) says whether the event is asserted,
   negated, planned or hypothetical; an asserted event inside a quote is "reported", and
   one its own clause dates years before the article ("in 1944") is "historical".

Steps 2-3 live in :mod:`newscoder.events.sentence`. Each event carries its evidence
(the clause, :mod:`newscoder.events.evidence`), trigger, date and place from the time
and places stages, the quote it rests on (or "narrator") and a Goldstein score from the CAMEO
codebook. Verbal events need a known author; violence and protest reported through an event
noun or a toll may be coded without a known actor ("a car bombing killed nine").
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newscoder.actors.kb import weapon_heads
from newscoder.context import Context
from newscoder.events.args import ActorIndex, ArgumentFinder
from newscoder.events.dating import event_date
from newscoder.events.evidence import clause_span, domestic, homed, place_actors, placed
from newscoder.events.lexicon import EventLexicon, load_lexicon
from newscoder.events.sense import (
    Discarded,
    beyond_play,
    is_violent,
    reject_reason,
    sport_story,
    sporting_sentence,
)
from newscoder.events.sentence import ANAPHORIC_DETS, Candidate, SentenceCoder, is_state_code
from newscoder.events.triggers import is_passive, lemma, match
from newscoder.model import Actor, Event, Place, Span
from newscoder.parse import doc_words

FIRST_PERSON = frozenset({"we", "i", "us", "our", "my", "me"})
# What the text says took place, in its own voice or a source's: only these can be history.
HAPPENED = frozenset({"asserted", "reported"})
# Words that introduce where an act was done: "in", "near the town of", "outside".
LOCATIVE_WORDS = frozenset({"in", "near", "outside", "at", "inside", "around"})
# Arrest and detention (CAMEO 173), and repression (175: "protesters were arrested"), done
# by the state where people are held.
ARREST_CODE = ("173", "175")
# Protest (CAMEO 14): strikes, boycotts, demonstrations.
PROTEST_ROOT = "14"
# CAMEO roots from here on are acts done on the ground: protest, force, coercion, violence.
MATERIAL_ROOT = "14"
# Names of organisations and facilities: a list inside one ("Islamic State in Iraq and Syria")
# is part of the name; names of countries and people are never merged so.
NAME_LABELS = frozenset({"ORG", "FAC"})
# Set to list the violent readings the word-sense check turns down, on standard error.
DISCARDED_ENV = "NEWSCODER_EVENTS_DISCARDED"
DISCARDED_KEY = "newscoder_events_discarded"


def _helper(module: str, name: str) -> Callable[..., Any] | None:
    """A function of another stage, or None while that stage does not provide it yet."""
    try:
        found = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None
    return found if callable(found) else None


class DocumentCoder:
    """Holds what every sentence of a document shares: actors, helpers, earlier events."""

    def __init__(self, ctx: Context, lexicon: EventLexicon) -> None:
        self.ctx = ctx
        self.lexicon = lexicon
        actors = ctx.analysis.actors or fallback_actors(ctx)
        self.finder = ArgumentFinder(
            ActorIndex(without_sector_countries(actors, lexicon.cue("events", "sector_codes"))),
            lexicon.cue("events", "relative_pronouns"),
            lexicon.cue("events", "settings") | lexicon.noun_triggers,
            lexicon.cue("events", "sector_codes"),
            lexicon.cue("events", "place_parts"),
            lexicon.cue("events", "object_control")
            | lexicon.frame("appeal")
            | lexicon.frame("demand"),
        )
        self.words = doc_words(ctx.doc)
        # a match report's events are play, results and club business (sense.sport_story)
        self.sport_story = sport_story(ctx.doc)
        self.quote_at = _helper("newscoder.quotes.stage", "quote_at")
        self.date_for_span = _helper("newscoder.time.stage", "date_for_span")
        self.place_for_span = _helper("newscoder.places.stage", "place_for_span")
        self.code_on = _helper("newscoder.actors.stage", "code_on")
        self.seen_lemmas: set[str] = set()
        self.discarded: list[Discarded] = []
        # dates and times only: a duration ("18 years") dates nothing by itself
        self.timex_spans = [
            (t.start, t.end) for t in ctx.analysis.timexes if t.type in ("DATE", "TIME")
        ]
        # Towns and regions named beside an event say where; countries and metonyms say who.
        places = [p for p in ctx.analysis.places if not part_of_name(p, actors)]
        self.place_spans = [
            (p.start, p.end)
            for p in places
            if not p.metonym and not (p.feature_code or "").startswith("PCL")
        ]
        self.finder.place_spans = self.place_spans
        self.finder.venues = lexicon.cue("events", "venues")
        self.finder.owned_acts = lexicon.cue("events", "owned_acts")
        self.finder.boundaries = lexicon.cue("events", "boundaries")
        # towns, capitals read as their governments too: a town naming a meeting is its venue
        self.finder.town_spans = [
            (p.start, p.end) for p in places if not (p.feature_code or "").startswith("PCL")
        ]
        self.finder.towns = [
            (p.start, p.end, p.country)
            for p in places
            if p.country and not p.metonym and not (p.feature_code or "").startswith("PCL")
        ]
        self.finder.name_spans = [
            (m.start, m.end) for m in ctx.analysis.mentions if m.label in NAME_LABELS
        ]
        self.map_speakers()

    def is_place(self, actor: Actor) -> bool:
        return self.finder.is_place(actor)

    def map_speakers(self) -> None:
        """First-person pronouns in a quote stand for its speaker ("*We* invite them")."""
        doc = self.ctx.doc
        for quote in self.ctx.analysis.quotes:
            speaker = quote.speaker
            if speaker is None:
                continue
            actors = self.finder.index.overlapping(speaker.start, speaker.end)[:1]
            if not actors:
                actors = self.issuers(speaker.start, speaker.end)
            if not actors:
                continue
            for part in quote.content:
                span = doc.char_span(part.start, part.end, alignment_mode="expand")
                if span is None:
                    continue
                for i in range(span.start, span.end):
                    if self.words.lower[i] in FIRST_PERSON:
                        self.finder.speakers[i] = actors

    def issuers(self, start: int, end: int) -> list[Actor]:
        """Who issued a document that speaks ("*the statement* said: 'We ...'"): the subject
        of the latest "issued a statement" before it, within a few sentences."""
        span = self.ctx.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return []
        doc, lemmas = self.ctx.doc, self.words.lemma
        wanted = lemmas[span.root.i]
        for i in range(span.start - 1, max(0, span.start - 150) - 1, -1):
            if lemmas[i] != wanted:
                continue  # compared first: the lemma rules out all but a few tokens
            token = doc[i]
            if token.dep_ == "dobj" and token.head.pos_ == "VERB":
                found = self.finder.collect(self.finder.subjects(token.head))
                if found:
                    return found
        return []

    def repeats(self, noun: Token, own: list[Actor]) -> bool:
        """ "the fighting" after a fighting already coded, adding no participants."""
        definite = any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for c in noun.children)
        return definite and not own and lemma(noun) in self.seen_lemmas

    def has_agent(self, candidate: Candidate, plover: str) -> bool:
        """Whether the text says enough about who took part for the event to be coded.

        Verbal events (statements, demands, accusations) need their author; material ones
        need some participant, except violence and protest reported through an event noun
        or a toll ("a car bombing killed nine"), which are coded without a known actor.
        A statement needs both its author and the actor it is about or to."""
        if plover in self.lexicon.cue("events", "dyadic"):
            return bool(candidate.source and candidate.target)
        if plover in self.lexicon.cue("events", "verbal") and not candidate.source:
            subjects = (
                self.finder.subjects(candidate.anchor)
                if candidate.anchor.pos_ in ("VERB", "AUX", "ADJ")
                else []
            )
            # an unresolved "we"/"they" still names an author the reader knows
            return any(s.lower_ in ("we", "they", "he", "she", "i") for s in subjects)
        if candidate.dictionary_default:
            # a verb only the CAMEO dictionary lists codes a dyad, as PETRARCH does by
            # default: "the decision opened a debate" names no one acting on anyone; a
            # person named doing violence is a side, uncoded ("Omar Haddad stabbed a
            # policeman": coded from where it was done, as "a man stabbed" is)
            named = is_violent(candidate.code) and self.named_person_did(candidate.anchor)
            return bool((candidate.source or named) and candidate.target)
        if candidate.source or candidate.target:
            return True
        if plover not in self.lexicon.cue("events", "actorless"):
            return False
        anchor = candidate.anchor
        casualty = lemma(anchor) in self.lexicon.cue("events", "casualty")
        if candidate.trigger.pos_ != "VERB" or casualty or candidate.trigger is not anchor:
            return True
        # a verb of violence done by a group the actors stage could not code ("gunmen
        # shelled the district"), not by a name or pronoun ("Young shot to the top")
        doers = self.finder.agents(anchor) if is_passive(anchor) else self.finder.subjects(anchor)
        return any(d.pos_ == "NOUN" for d in doers)

    def named_person_did(self, verb: Token) -> bool:
        """Whether the doer of an active verb is a person named."""
        if verb.pos_ != "VERB" or is_passive(verb):
            return False
        return any(s.ent_type_ == "PERSON" for s in self.finder.subjects(verb))

    def protest_doer(self, verb: Token) -> bool:
        """Whether the doers of a violent verb are all acts of protest, strikes and boycotts,
        as the event lexicon reads them ("the nationwide *strike* hit Greek ports"): what
        a stoppage "hits" is hurt, not attacked (an air strike is no protest: "the strike
        hit a school" stands)."""
        if verb.pos_ not in ("VERB", "AUX") or is_passive(verb):
            return False
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        codes = [found.pattern.code if (found := match(d, self.lexicon)) else "" for d in doers]
        return bool(codes) and all(code[:2] == PROTEST_ROOT for code in codes)

    def violent_reading(self, candidate: Candidate, sent: SpacySpan) -> bool:
        """A violent code stands only on a violent reading (:mod:`newscoder.events.sense`);
        the readings turned down are kept in ``self.discarded`` and can be listed."""
        reason = reject_reason(
            candidate.trigger,
            candidate.code,
            candidate.source,
            candidate.target,
            self.finder.index.actors,
            composed=lemma(candidate.trigger) in self.lexicon.frame_words,
            names_object=candidate.names_object,
        )
        if reason is None and self.protest_doer(candidate.trigger):
            reason = "doer is a strike or a protest: it harms no one"
        if reason is None and candidate.dictionary_default and sporting_sentence(sent):
            # "the striker *scored* twice against Ghana": a verb only the dictionary's
            # default code reads as an act between states is play in a sport story
            reason = "sport: a dictionary default between teams"
        if reason is None:
            return True
        self.discard(candidate, sent, reason)
        return False

    def discard(self, candidate: Candidate, sent: SpacySpan, reason: str) -> None:
        """Keep a reading turned down, to be counted and listed."""
        found = Discarded(sent.text, candidate.trigger.text, candidate.code, reason)
        self.discarded.append(found)
        if os.environ.get(DISCARDED_ENV):
            print(
                f"newscoder: discarded {found.code} {found.trigger!r}: {reason} | {found.sentence}",
                file=sys.stderr,
            )

    def event(self, candidate: Candidate, sent: SpacySpan) -> Event | None:
        lexicon = self.lexicon
        plover = lexicon.plover(candidate.code, candidate.plover_override)
        if plover is None:
            return None
        if not self.has_agent(candidate, plover):
            return None
        if self.sport_story and not beyond_play(
            candidate.anchor, candidate.source + candidate.target
        ):
            self.discard(candidate, sent, "sport: a story about sport")
            return None
        if not self.violent_reading(candidate, sent):
            return None
        trigger = candidate.trigger
        evidence = clause_span(candidate.anchor, sent)
        if lemma(candidate.anchor) in lexicon.cue("events", "casualty"):
            # the toll of an attack is often split over co-ordinated clauses ("22 were
            # killed and 80 wounded in bombings"): the sentence is the evidence
            evidence = Span(sent.start_char, sent.end_char)
        modality = candidate.modality
        quote_index = None
        if self.quote_at is not None:
            quote_index = self.quote_at(self.ctx.analysis, trigger.idx, trigger.idx + len(trigger))
        attribution = "narrator"
        if quote_index is not None:
            speaker = self.ctx.analysis.quotes[quote_index].speaker
            attribution = speaker.name if speaker else "unknown"
            if modality == "asserted":
                modality = "reported"
        info = lexicon.info(candidate.code)
        place = (
            self.place_for_span(self.ctx, evidence.start, evidence.end)
            if self.place_for_span
            else None
        )
        if place is not None and part_of_name(place, self.ctx.analysis.actors):
            place = None
        target = [a for a in candidate.target if all(a is not s for s in candidate.source)]
        date, date_precision = self.date(candidate.anchor, evidence)
        if modality in HAPPENED and self.recalled(date) and self.told_then(candidate.anchor, date):
            modality = "historical"
        source = one_per_code(self.on_date(candidate.source, date))
        target = one_per_code(self.on_date(target, date))
        if plover in lexicon.cue("events", "dyadic") and not (source and target):
            return None  # its other actor was its author again, or no actor on its date
        if not source and target and is_violent(candidate.code) and not self.by_weapon(candidate):
            source = self.where_done(place, target)
        elif not source and target and self.held_there(candidate):
            # "two French tourists were arrested *in Iran*": the state where people are
            # arrested holds them
            source = self.where_done(place, target)
        elif source and not target and is_violent(candidate.code):
            # "claimed responsibility for the bombing *in Mogadishu*": violence that harms
            # no one named harms the place's country, as the event coders code it
            target = self.where_done(place, source)
        # acts done on the ground happen where the text says; a verbal act's "in Iran" says
        # where what it is about happened ("condemned the crackdown *in Iran*")
        material = candidate.code[:2] >= MATERIAL_ROOT
        where = place_actors(source + target, place, material and self.said_where(place))
        return Event(
            plover=plover,
            cameo=candidate.code,
            source=domestic(
                candidate.code, homed(placed(source, where), sent), placed(target, where), sent
            ),
            target=homed(placed(target, where), sent),
            evidence=evidence,
            modality=modality,  # type: ignore[arg-type]
            date=date,
            date_precision=date_precision,
            place=place,
            goldstein=info.goldstein if info else None,
            trigger=Span(trigger.idx, trigger.idx + len(trigger)),
            quote=quote_index,
            attribution=attribution,
        )

    @staticmethod
    def held_there(candidate: Candidate) -> bool:
        """An arrest or detention told in the passive with no one named doing it."""
        anchor = candidate.anchor
        return candidate.code.startswith(ARREST_CODE) and anchor.pos_ == "VERB" and is_passive(
            anchor
        )

    def by_weapon(self, candidate: Candidate) -> bool:
        """Whether the act is done by a weapon whose owner the text leaves unnamed
        ("warplanes bombed a hospital in Idlib"): someone is said to act, and guessing the
        place's own state would often name the victim as the doer."""
        anchor = candidate.anchor
        if anchor.pos_ not in ("VERB", "AUX"):
            return False
        heads = weapon_heads()
        return any(lemma(s) in heads for s in self.finder.subjects(anchor))

    def in_place_phrase(self, place: Place) -> bool:
        """Whether a place ends a phrase of place however long ("*in* a residential sector
        of mostly Christian eastern Beirut"): up the parse through "of" phrases and
        modifiers to a locative preposition."""
        span = self.ctx.doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None:
            return False
        token = span.root
        for _ in range(6):
            head = token.head
            if head.i == token.i:
                return False
            if token.dep_ == "pobj" and head.lower_ in LOCATIVE_WORDS:
                return True
            if token.dep_ == "pobj" and head.lower_ == "of":
                token = head.head
                continue
            if token.dep_ in ("compound", "amod", "nmod", "appos"):
                token = head
                continue
            return False
        return False

    def said_where(self, place: Place | None) -> bool:
        """Whether the text names the place as where something happened: a locative word
        just before it ("*in* southeastern Turkey", "*near* the border")."""
        if place is None:
            return False
        before = self.ctx.text[max(0, place.start - 30) : place.start].lower().split()
        return bool(set(before[-3:]) & LOCATIVE_WORDS)

    def where_done(self, place: Place | None, target: list[Actor]) -> list[Actor]:
        """Violence by no one named, done *in* a place ("an Eriadorian was shot dead *in
        Osgiliath*", "a roadside bombing *near the town of Samarra* killed a soldier"), is
        coded from that place's country, as PETRARCH and the PLOVER coders code it; so is
        violence on no one named (``target`` then holds its doers)."""
        if place is None or not place.country:
            return []
        if any(a.start < place.end and place.start < a.end for a in target):
            return []  # the place is the one harmed ("shelled Kabul"), or the doer
        before = self.ctx.text[max(0, place.start - 40) : place.start].lower().split()
        if not set(before[-6:]) & LOCATIVE_WORDS and not self.in_place_phrase(place):
            return []
        return [
            Actor(
                code=place.country,
                name=place.name,
                start=place.start,
                end=place.end,
                country=place.country,
            )
        ]

    def on_date(self, actors: list[Actor], date: str | None) -> list[Actor]:
        """Actors as they were on an event's own date where it is before the article's
        ("when Idi Amin expelled them *in 1972*"): the role a known person held then (the
        actors stage codes names for the publication date)."""
        published = self.ctx.analysis.document.published
        if self.code_on is None or not date or not published or date[:10] >= published[:10]:
            return actors  # (a later date is a plan or a misreading: the text's role holds)
        sectors = self.lexicon.cue("events", "sector_codes")
        return [recoded(a, self.code_on(a, date), sectors) for a in actors]

    def recalled(self, date: str | None) -> bool:
        """Whether an event's own date lies so many years before the article that the story
        recalls it as history ("In 1944 the army invaded"), not as news of its day."""
        published = self.ctx.analysis.document.published
        if not date or not published or not date[:4].isdigit() or not published[:4].isdigit():
            return False
        years = int(self.lexicon.cues["history"]["years"])
        return int(published[:4]) - int(date[:4]) >= years

    def told_then(self, anchor: Token, date: str | None) -> bool:
        """Whether a time expression of the event's year hangs on the event's own word, not
        on a clause below it: "offered to hand over men suspected of a bombing in 1988" is
        an offer of the article's time, only the bombing is of 1988."""
        if not date or self.date_for_span is None:
            return False
        sent = anchor.sent
        for start, end in self.timex_spans:
            if not (sent.start_char <= start < sent.end_char):
                continue
            found = self.date_for_span(self.ctx, start, end)
            span = anchor.doc.char_span(start, end, alignment_mode="expand")
            same_year = bool(found) and str(found)[:4] == date[:4]
            if same_year and span is not None and governed_by(span.root, anchor):
                return True
        return False

    def date(self, anchor: Token, evidence: Span) -> tuple[str | None, str | None]:
        """The event's date and precision (:mod:`newscoder.events.dating`)."""
        ctx = self.ctx

        def find(start: int, end: int) -> str | None:
            found = self.date_for_span(ctx, start, end) if self.date_for_span else None
            return str(found) if found else None

        return event_date(anchor, evidence, self.timex_spans, find, ctx.analysis.document.published)

    def outcome_of(self, candidate: Candidate, coded: list[Candidate]) -> bool:
        """A toll told after a violent act ("opened fire on the crowd, *killing* one", "shelled
        the town *and wounded* two") is that act's outcome, not a second event."""
        trigger = candidate.trigger
        if lemma(trigger) not in self.lexicon.cue("events", "casualty"):
            return False
        if trigger.dep_ not in ("advcl", "conj", "xcomp", "acl"):
            return False
        governors = {a.i for a in list(trigger.ancestors)[:3]}
        if any(c.trigger.i in governors and is_violent(c.code) for c in coded):
            return True
        # the parser may hang the result on the verb of saying or accusing that frames the
        # act ("accused the RSF *of shelling* a camp, *killing* 20"): a violent act told
        # before it within that verb's clause is the one it results from
        clause = trigger.head
        return any(
            is_violent(c.code)
            and c.trigger.i < trigger.i
            and clause.left_edge.i <= c.trigger.i <= clause.right_edge.i
            for c in coded
        )

    def code(self) -> list[Event]:
        events: list[Event] = []
        for sent in self.ctx.doc.sents:
            seen: set[tuple[str, tuple[str, ...], tuple[str, ...]]] = set()
            candidates = SentenceCoder(self, sent).candidates()
            coded: list[Candidate] = []
            for candidate in candidates:
                if self.outcome_of(candidate, coded):
                    continue
                event = self.event(candidate, sent)
                if event is None:
                    continue
                coded.append(candidate)
                key = (
                    event.cameo,
                    tuple(a.code for a in event.source),
                    tuple(a.code for a in event.target),
                )
                if key in seen:
                    continue
                seen.add(key)
                events.append(event)
            self.seen_lemmas.update(lemma(c.trigger) for c in candidates)
        return events


def part_of_name(place: Place, actors: list[Actor]) -> bool:
    """Whether a place lies inside the name of an actor coded with another country ("*Baloch*
    rebels", read by the places stage as the Afghan town of Balkh, are Pakistani) or with a
    body of no state ("the Islamic State in *Iraq* and Syria" fights in Syria too): the name
    is read as the actor's, and says nothing of where the act happened. (An actor of no code
    of country may take it from the place: "the government of *Sindh* province".)"""
    return bool(place.country) and any(
        a.start <= place.start
        and place.end <= a.end
        and a.country
        and (not is_state_code(a.country) or a.country[:3] != place.country)
        for a in actors
    )


def recoded(actor: Actor, code: str, sectors: frozenset[str]) -> Actor:
    """An actor under the code of another date; its country is the new code's prefix unless
    that prefix is a sector ("ELI" for a former leader of no known country)."""
    if code == actor.code:
        return actor
    prefix = code[:3]
    country = prefix if prefix.isalpha() and prefix not in sectors else actor.country
    return replace(actor, code=code, country=country)


def one_per_code(actors: list[Actor]) -> list[Actor]:
    """One actor per code: a name and its abbreviation ("the International Atomic Energy
    Agency, or IAEA") are one party, not two."""
    seen: set[str] = set()
    kept = []
    for actor in actors:
        if actor.code not in seen:
            seen.add(actor.code)
            kept.append(actor)
    return kept


def without_sector_countries(actors: list[Actor], sectors: frozenset[str]) -> list[Actor]:
    """An actor whose country field holds a sector code ("Islamic" → MUS, "elders" → ELI)
    has no known country: the sector stays in its code, the country field is emptied."""
    return [
        replace(a, country=None) if a.country and a.country[:3] in sectors else a for a in actors
    ]


def fallback_actors(ctx: Context) -> list[Actor]:
    """Actors from the named entities while the actors stage provides none: a country name
    gives its code through the knowledge base when it is there; other names stay uncoded."""
    country_code = _helper("newscoder.actors.kb", "country_code")
    actors = []
    for ent in ctx.doc.ents:
        if ent.label_ not in ("GPE", "NORP", "ORG", "PERSON"):
            continue
        country = country_code(ent.text) if country_code else None
        code = country or "---"
        actors.append(
            Actor(code=code, name=ent.text, start=ent.start_char, end=ent.end_char, country=country)
        )
    return actors


def run(ctx: Context) -> None:
    coder = DocumentCoder(ctx, load_lexicon())
    ctx.analysis.events.extend(coder.code())
    # the violent readings turned down, for the evaluation and for debugging
    ctx.doc.user_data[DISCARDED_KEY] = coder.discarded


# Relations that open a clause of its own below a word: a date inside one is that clause's.
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "pcomp", "conj"})


def governed_by(token: Token, anchor: Token) -> bool:
    """Whether ``token`` hangs on ``anchor`` through phrases only, crossing no clause."""
    while token.i != anchor.i:
        if token.dep_ in CLAUSE_DEPS or token.head.i == token.i:
            return False
        token = token.head
    return True
