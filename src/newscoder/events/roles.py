"""Who did what to whom within a sentence: the roles the parse gives an event's actors.

:class:`ArgumentRoles` is the part of the sentence coder (:mod:`newscoder.events.sentence`)
that reads a trigger's arguments: the target of a verb or an event noun, its source, the
perpetrators and victims of a casualty verb, the participants an event noun names itself,
whom a protest or a request is aimed at, and who held what was taken. Actor phrases are
resolved by :class:`newscoder.events.args.ArgumentFinder`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newscoder.events.args import (
    NAMING_DEPS,
    PARTICIPANT_PREPS,
    TARGET_PREPS,
    TOPIC_PREPS,
    ArgumentFinder,
)
from newscoder.events.lexicon import EventLexicon
from newscoder.events.sense import is_violent
from newscoder.events.triggers import Trigger, is_particle, is_passive, lemma
from newscoder.model import Actor

NOUN_OWN_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
VISIT_CODES = ("042", "043")
# Codes whose object, named by the pattern, has an owner who is the target ("rejected *a US
# offer*", "lifted *sanctions on Iran*", "backed *Turkey's bid*", "demanded *the withdrawal of
# Serbian forces*") or is who is released ("handed over *hostages*"); elsewhere such an
# object is what moves or what is used (aid, troops, shells).
OWNED_ROOTS = frozenset({"05", "08", "10", "11", "12"})
# Coercion and assault: a named object that is an actor undergoes the act ("banned *opposition
# parties*", "beat *protesters*"); the objects named for force are mostly its weapons ("fired
# *artillery*", "fired *Iranian missiles*", which may name their maker).
PATIENT_ROOTS = frozenset({"17", "18"})
# So does the one called or received ("received *the Palestinian president*"); the object
# of other meetings is the talks held, whose parties are in its phrases.
MET_CODES = ("041", "043")
# Reactions to what others did: praise, accusation, rejection, demands, threats.
REACTION_ROOTS = frozenset({"05", "10", "11", "12", "13"})
# Threats, force shown and mobilisation: readied for an act, aimed at whom it is against.
PREPARED_ROOTS = frozenset({"13", "15"})
AIMED_PREPS = frozenset({"against", "on"})
# Approval, disapproval and rejection: what is judged may follow what it is judged to be.
# Agreeing to (03) and rejecting (12) a proposal are aimed at who proposed it or at the
# party the settlement is with.
PROPOSAL_ROOTS = frozenset({"03", "12"})
# what is agreed to: "agreed *to* a deal", "signed *on* to the plan"
SETTLED_PREPS = frozenset({"to", "on"})
OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
PARTNER_PREPS = frozenset({"with", "between"})
REFERRING_TAGS = frozenset({"PRP", "PRP$", "WP", "WP$"})
JUDGED_ROOTS = frozenset({"05", "11", "12"})
# Prepositions naming whom an intended act is for or aimed at ("offered to hand over suspects
# *to Britain*", "agreed to provide aid *for Romania*", "vowed to retaliate *against* X").
RECIPIENT_PREPS = frozenset({"to", "for", "with", "against", "at", "into", "toward", "towards"})
# Acts of control over a territory, which those living there undergo: easing or imposing
# curfews, states of emergency and martial law, blockades, deployments and peacekeeping.
TERRITORIAL_CODES = ("081", "151", "152", "153", "154", "172", "174", "191", "074")
TERRITORY_PREPS = frozenset({"in", "inside", "across", "throughout"})
# Where a thing is done or taken from abroad: "opened an embassy *in* Tehran".
ABROAD_PREPS = frozenset({"in", "inside", "from", "into"})
# What a protest is against: "marched *against* the decree", "protested *at* the arrests",
# "in protest *of*", "in defiance *of*".
OBJECTING_PREPS = frozenset({"against", "at", "over"})
# A state's missions abroad: a protest held at one is aimed at that state.
MISSION_NOUNS = frozenset({"embassy", "consulate", "legation", "mission", "chancery"})
OBJECTING_NOUNS = frozenset({"protest", "defiance", "opposition", "response", "anger"})
# Communication nouns whose author is named with "from" ("an appeal *from* the president",
# "demands *from* the rebels"); elsewhere "from" says where ("withdrawal from Bosnia").
AUTHORED_ROOTS = frozenset({"02", "10", "11", "12", "13"})
# Expelling and deporting: the people named as the object are the target ("expelled *the
# Spanish ambassador*", "deported 30 Afghan migrants"), while peacekeepers withdrawn (166
# too) are one's own.
EXPELLING_VERBS = frozenset({"expel", "deport", "oust", "evict", "banish", "kick"})
# Seizing, and reducing relations or withdrawing: what is taken, recalled or withdrawn
# "from" someone is taken from that actor ("seized weapons from the rebels", "recalled its
# ambassador from Moscow", "withdrew its troops from Syria"), while rockets fired "from
# Lebanon" come from there.
TAKING_CODES = ("17", "16", "087")
SEIZING_ROOT = "17"
# Verbs of taking a place, whatever their code ("retook the town *from rebels*").
TAKING_VERBS = frozenset(
    {"capture", "recapture", "retake", "retook", "seize", "overrun", "regain", "wrest"}
)
WITHDRAWING_CODE = "087"
TRUCE_CODE = "0871"  # a ceasefire: de-escalation, but nothing withdrawn from anywhere
# Codes whose object is what is withdrawn, not whom it is withdrawn from ("withdrew *its
# troops* from Syria"), like forces deployed.
MOVED_CODES = ("15", "087")
GIVING_ROOT = "07"
# Giving and promising to give: the recipient of the aid a sum is given in ("pledged $5
# million *in aid to* Haiti").
GIVING_ROOTS = frozenset({"03", "07"})
RECEIVING_PREPS = frozenset({"to", "for"})
NAME_ENTS = frozenset({"GPE", "ORG", "PERSON", "NORP"})
# Verbs of carrying: who is in a vehicle hit ("a bus *carrying* pilgrims").
CARRYING = frozenset({"carry", "transport", "ferry", "bring", "take"})
# The phrases of what is asked for that lead to where it should happen ("an end *to* the
# fighting in Sudan", "the withdrawal *of* troops in ...").
ASKED_PREPS = frozenset({"to", "of", "for"})
# Where violence aimed close to someone lands: what it is aimed at ("shells landed *near* a
# South Korean vessel", "missiles struck *near* Kyiv").
NEAR_PREPS = frozenset({"near", "outside"})
# Where violence lands: "shelled positions *in* Idlib", "fired *into* Gaza", "*near* Kyiv".
HIT_PREPS = frozenset({"on", "at", "into", "in"}) | NEAR_PREPS
# Meetings and talks: what they are "on" or "about" is their topic, not a party.
CONSULT_ROOT = "04"
# Whom a thing is for: "a camp *for* refugees", "an aid programme *for* Bosnia"; only for
# acts that give, withhold or hit (an agreement negotiated *for* rebels is no act on them).
SERVING_PREPS = frozenset({"for"})
SERVED_ROOTS = frozenset({"07", "16", "17", "18", "19", "20"})
# Where a route or a link goes, named by a participle on it: "the roads *leading into* Gaza",
# "pipelines *running to* Europe", "the crossings *linking* it *with* Egypt".
DIRECTION_PREPS = frozenset({"into", "to", "toward", "towards", "with"})
# Reporting verbs whose subject does what it announces ("announced new aid").
DOING_REPORTS = frozenset({"announce", "declare"})
# Demands and appeals are addressed to the subject of the clause they govern.
ADDRESSED_ROOTS = frozenset({"02", "10"})
# Prepositions that name the parties of an event noun ("ties *with*", "an attack *by*").
OBJECT_PREPS = frozenset({"by", "with", "between", "among", "amongst", "of", "to", "against", "on"})
# A public statement (CAMEO 01) is coded between its author and whom it is to or about:
# "expressed optimism *about* talks *with* Gondor", "offered condolences *to* Japan",
# "denied responsibility *for* the attack *on* Israel".
STATEMENT_ROOT = "01"
STATEMENT_PREPS = TARGET_PREPS | TOPIC_PREPS | frozenset({"for", "of", "regarding", "concerning"})


class DocumentView(Protocol):
    """What a sentence needs from its document's coder."""

    lexicon: EventLexicon
    finder: ArgumentFinder

    def is_place(self, actor: Actor) -> bool: ...

    def repeats(self, noun: Token, own: list[Actor]) -> bool: ...


class ArgumentRoles:
    """Argument reading for :class:`newscoder.events.sentence.SentenceCoder`."""

    coder: DocumentView
    lexicon: EventLexicon
    finder: ArgumentFinder
    sent: SpacySpan
    triggers: dict[int, Trigger]

    def targets(self, token: Token, event_noun: Token | None = None) -> list[Actor]:
        """Target actors of a trigger; ``event_noun`` is the noun the verb carries out
        ("staged *a hunger strike*"), which is not a target."""
        finder = self.finder
        if token.pos_ != "VERB":
            return finder.collect(finder.prep_objects(token, TARGET_PREPS | {"of"}))
        trigger = self.triggers.get(token.i)
        theme = self.object_is_theme(token, trigger)
        found: list[Actor] = []
        if trigger is not None and trigger.code[:2] in REACTION_ROOTS:
            found = self.doers_of_events(token)
        found = found or finder.collect(self.object_heads(token, theme, event_noun))
        return found or self.indirect_targets(token, trigger, theme)

    def object_is_theme(self, token: Token, trigger: Trigger | None) -> bool:
        """Whether the verb's object is what is moved or given rather than its target."""
        if trigger is None:
            return False
        # When the pattern names the object ("massing *forces*", "rushing *equipment*")
        # the object is what is moved or given, not the target; the recipient is.
        # What is given, shared or deployed is moved; what is rejected, lifted or
        # seized has an owner, and captives handed over are who is released.
        theme = (
            (
                any(k == "obj" for k, _ in trigger.pattern.conditions)
                and trigger.code[:2] not in OWNED_ROOTS
                and lemma(token) not in EXPELLING_VERBS
                # a town seized is its holder's ("captured *the Ukrainian town* of X")
                and lemma(token) not in TAKING_VERBS
            )
            # forces deployed or withdrawn are moved, not targeted
            or trigger.code.startswith(MOVED_CODES)
            # and so is what the dictionary's pattern says is given ("sent *troops*"
            # to Poland: 072, military aid to Poland)
            or (
                trigger.code.startswith(GIVING_ROOT)
                and any(k == "dict_obj" for k, _ in trigger.pattern.conditions)
            )
        )
        if theme and (trigger.code[:2] in PATIENT_ROOTS or trigger.code.startswith(MET_CODES)):
            # what coercion is done to is its target when it is someone ("banned
            # *opposition parties*", "detained *opposition leaders*")
            named = [c for c in token.children if c.dep_ == "dobj"]
            theme = not self.finder.collect(named)
        return theme

    def object_heads(self, token: Token, theme: bool, event_noun: Token | None) -> list[Token]:
        """The words that name whom the verb is done to: its passive subject, else its
        objects (not a theme, nor the noun it carries out)."""
        if is_passive(token):
            heads = [c for c in token.children if c.dep_ in ("nsubjpass", "csubjpass")]
            # "protesters died after *being beaten* by police", "civilians *wounded* by
            # shelling": the one harmed is the subject the passive verb inherits
            return heads or self.passive_subjects(token)
        heads = [
            c for c in token.children if c.dep_ == "dative" or (c.dep_ == "dobj" and not theme)
        ]
        heads += [] if theme else counted_objects(token)
        heads += [] if theme else self.shifted_object(token)
        heads += self.recipient_as_compound(token) if theme else []
        if not any(c.dep_ == "dobj" for c in token.children):
            # a name the parser hangs on the verb as an adverb ("visited *Washington*",
            # read like "visited *Monday*") is its object
            heads += [
                c
                for c in token.children
                if c.dep_ == "npadvmod"
                and c.i > token.i
                and c.pos_ == "PROPN"
                and c.ent_type_ in NAME_ENTS
            ]
        # a particle read as a preposition: its object is the verb's ("cordoned *off the
        # embassy*", "shut *down the border*")
        heads += [
            p
            for c in token.children
            if c.dep_ == "prep" and is_particle(token, c) and not theme
            for p in c.children
            if p.dep_ == "pobj"
        ]
        return [h for h in heads if event_noun is None or h.i != event_noun.i]

    def recipient_as_compound(self, token: Token) -> list[Token]:
        """The first of two objects of giving that the parser reads as a compound of the
        second ("will give *Somalia* aid", "sent *Kyiv* weapons"): a name right after the
        verb, before what is given, when no "to" names the recipient. A name further in
        ("sent *US* aid to Ukraine") is whose the thing is."""
        trigger = self.triggers.get(token.i)
        if trigger is None or trigger.code[:2] not in GIVING_ROOTS:
            return []
        named = (c for c in token.children if c.dep_ in ("dative", "prep"))
        if any(c.lower_ in RECEIVING_PREPS for c in named):
            return []
        return [
            m
            for c in token.children
            if c.dep_ == "dobj"
            for m in c.children
            if m.dep_ == "compound" and m.i == token.i + 1 and m.ent_type_ in NAME_ENTS
        ]

    def shifted_object(self, token: Token) -> list[Token]:
        """The object of a judgement moved after what it is judged to be, which the parser
        hangs on "as" ("denounced as illegal *Russia's annexation*", "welcomed as a step
        forward *Japan's offer*"): the last noun of the "as" phrase, when it has an owner or
        follows the judgement's own noun."""
        trigger = self.triggers.get(token.i)
        if trigger is None or trigger.code[:2] not in JUDGED_ROOTS:
            return []
        if any(c.dep_ == "dobj" for c in token.children):
            return []
        nouns = [
            p
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "as"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        # (or as a second name of the judgement: "as an ugly crime *Serbia's suppression*")
        nouns += [a for n in nouns for a in n.children if a.dep_ == "appos"]
        if not nouns:
            return []
        last = max(nouns, key=lambda n: n.i)
        owned = any(d.dep_ == "poss" for d in last.children)
        return [last] if owned or len(nouns) > 1 else []

    def indirect_targets(self, token: Token, trigger: Trigger | None, theme: bool) -> list[Actor]:
        """Whom a verb with no actor as its object is aimed at, from the most specific
        reading to the least: the recipient of what is given, those carried in what is hit,
        the parties of an event reacted to, the one asked to act, whom a statement is
        about, a prepositional object, the town hit."""
        finder = self.finder
        code = trigger.code if trigger is not None else ""
        objects = [c for c in token.children if c.dep_ == "dobj"]
        # "launched artillery, mortar and rocket *fire against* X": through the conjuncts
        objects += [c for o in objects for c in o.conjuncts if c not in objects]
        found: list[Actor] = []
        # talks *on* a third party's programme are not held with it
        consult = code[:2] == CONSULT_ROOT
        # (and through the form a sum is given in: "50 million euros *in aid to* Sudan")
        given = objects + finder.prep_objects_of(objects, frozenset({"in", "of"}))
        if theme:
            preps = TARGET_PREPS - TOPIC_PREPS if consult else TARGET_PREPS
            found = finder.collect(p for o in given for p in finder.prep_objects(o, preps))
        if theme and consult and not found:
            # "held talks on the Nile dam *with Ethiopia*": the parser hangs the partner on
            # the topic's noun
            topics = finder.prep_objects_of(objects, TOPIC_PREPS)
            found = finder.collect(finder.prep_objects_of(topics, frozenset({"with"})))
        if not found and code[:2] in GIVING_ROOTS:
            found = finder.collect(finder.prep_objects_of(given[len(objects) :], RECEIVING_PREPS))
        if not found and objects:
            # "shot down a helicopter *carrying EC monitors*", "ambushed a bus carrying
            # pilgrims": those carried in what is hit
            found = finder.collect(carried(objects))
        if not found:
            # "closed the roads *leading into Gaza*": a route is aimed at where it goes
            found = finder.collect(route_ends(self.object_heads(token, theme, None)))
        if not found and objects:
            # "condemned an attack *by Osgiliath soldiers*", "welcomed the resumption of
            # ties *with Gondor*": the participants of the event reacted to
            preps = OBJECT_PREPS - TOPIC_PREPS if consult else OBJECT_PREPS
            found = self.reacted_to(objects, preps)
        if not found and code[:2] in PROPOSAL_ROOTS:
            found = self.proposal_parties(objects + finder.prep_objects(token, SETTLED_PREPS))
        if not found and objects and code[:2] in REACTION_ROOTS:
            # "condemned the crackdown *in Iran*": a reaction to what happened in a country
            # is aimed at that country
            found = self.happened_in(objects)
        if not found and code[:2] in SERVED_ROOTS:
            # "a camp *for Congolese refugees* was attacked", "suspended an aid programme
            # *for Bosnia*": what is hit or withheld is aimed at those it serves
            found = finder.collect(self.served(self.object_heads(token, False, None)))
        if not found and code[:2] in ADDRESSED_ROOTS:
            found = self.addressed(token, objects)
        if not found and code.startswith(STATEMENT_ROOT):
            found = self.spoken_about(token)
        if not found:
            heads = finder.prep_objects(token, self.target_preps(token, code))
            found = finder.collect(h for h in heads if not self.venue(token, h, code))
        if not found and code[:2] in PREPARED_ROOTS:
            # "mobilized reservists *for a war against Iraq*": forces readied for an act are
            # aimed at whom the act is against
            found = self.reacted_to(finder.prep_objects(token, frozenset({"for"})), AIMED_PREPS)
        if not found and trigger is not None and is_violent(code):
            found = self.hit_near(token) or self.towns_hit(token)
        if not found and trigger is not None and not is_violent(code):
            # "conceded *that Gondor* was right": a stance on a clause that is no event of
            # its own is aimed at whom the clause is about, its subject
            found = finder.collect(
                s for c in self.stated_clauses(token) for s in self.clause_subjects(c)
            )
        return found

    def proposal_parties(self, proposals: list[Token]) -> list[Actor]:
        """Whom accepting or turning down a proposal is aimed at: who made it ("accepted a
        *Russian* plan", "*Egypt's* offer"), else the other party of the settlement it brings
        ("a formula for ending its dispute *with Norway*", "a deal to end the war *between*
        ...")."""
        # a name is no proposal: "threatened to deliver blows *to the United States*"
        index = self.finder.index
        proposals = [p for p in proposals if not index.overlapping(p.idx, p.idx + len(p))]
        owners = [
            c
            for p in proposals
            for c in p.children
            if c.dep_ in OWNER_DEPS and c.tag_ not in REFERRING_TAGS
        ]
        found = self.finder.collect(owners)
        if found:
            return found
        partners = [
            t
            for p in proposals
            for t in p.subtree
            if t.dep_ == "pobj"
            and t.head.lower_ in PARTNER_PREPS
            and t.tag_ not in REFERRING_TAGS
        ]
        return self.finder.collect(partners)

    def stated_clauses(self, verb: Token) -> list[Token]:
        """A verb's "that"-clauses that code no event of their own."""
        return [
            c
            for c in verb.children
            if c.dep_ == "ccomp" and c.i not in self.triggers and c.i > verb.i
        ]

    def happened_in(self, objects: list[Token]) -> list[Actor]:
        """The country where the events named happened ("the violence *in Syria*", "the
        killing of protesters *in Iran*"), through their "of" phrases."""
        finder = self.finder
        frontier = objects
        for _ in range(2):
            found = finder.collect(finder.prep_objects_of(frontier, frozenset({"in", "inside"})))
            if any(a.country for a in found):
                return [located_in(a) for a in found if a.country]
            frontier = finder.prep_objects_of(frontier, frozenset({"of"}))
        return []

    def served(self, objects: list[Token]) -> list[Token]:
        """Whom the things named are for, through their "of" phrases ("part *of* a programme
        *for* Bosnia"); a "for" inside a name ("the Movement *for* ...") is the name's."""
        finder = self.finder
        frontier = objects
        for _ in range(2):
            common = [t for t in frontier if t.pos_ == "NOUN"]
            found = finder.prep_objects_of(common, SERVING_PREPS)
            if found:
                return found
            frontier = finder.prep_objects_of(frontier, frozenset({"of"}))
        return []

    def addressed(self, token: Token, objects: list[Token]) -> list[Actor]:
        """The one an appeal or demand asks to act."""
        finder = self.finder
        # "demanded that *the government* end curbs": the one asked to act
        clauses = [c for c in token.children if c.dep_ == "ccomp"]
        # (a "that" clause after a date is read as adverbial: "repeated its call *yesterday*
        # that Somalia close ...")
        clauses += [
            c
            for c in token.children
            if c.dep_ == "advcl" and c.left_edge.lower_ == "that" and c.left_edge.i > token.i
        ]
        # "insisted on *its demands that* the government grant ...": the clause of
        # the demand the verb makes
        named = objects + finder.prep_objects(token, frozenset({"on", "upon"}))
        clauses += [c for n in named for c in n.children if c.dep_ in ("acl", "ccomp")]
        clauses = [c for c in clauses if any(s.dep_ == "nsubj" for s in c.children)]
        found = finder.collect(s for c in clauses for s in finder.subjects(c))
        # "called for sanctions *against Nigeria*": whom the act asked for is aimed at
        found = found or self.reacted_to(finder.prep_objects(token, frozenset({"for"})))
        return found or self.asked_where(token, objects)

    def asked_where(self, token: Token, objects: list[Token]) -> list[Actor]:
        """The country where what is asked for should happen, whose parties are asked
        ("appealed for peace *in Ukraine*", "called for an end to the fighting *in Sudan*",
        "demanded a ceasefire *in Gaza*")."""
        finder = self.finder
        frontier = objects + finder.prep_objects(token, frozenset({"for"}))
        for _ in range(3):
            found = finder.collect(finder.prep_objects_of(frontier, frozenset({"in"})))
            if any(a.country for a in found):
                return [located_in(a) for a in found if a.country]
            frontier = finder.prep_objects_of(frontier, ASKED_PREPS)
        return []

    def venue(self, verb: Token, head: Token, code: str) -> bool:
        """Whether a town after "at" is where a peaceful act took place ("signed the deal *at
        Ankara* with Turkey", "met *at Geneva* with US envoys"), not whom it was done to; an
        attack "at" a town still hits it."""
        if is_violent(code) or head.head.lower_ != "at" or head.head.head.i != verb.i:
            return False
        actors = self.finder.collect([head])
        return bool(actors) and all(self.finder.is_town(a) for a in actors)

    @staticmethod
    def target_preps(token: Token, code: str) -> frozenset[str]:
        """The prepositions whose objects are a verb's target, by its code."""
        preps = TARGET_PREPS
        if code.startswith(VISIT_CODES):
            preps = preps | {"in"}
        if code.startswith("04"):
            preps = preps - TOPIC_PREPS
        if any(c.dep_ == "nsubj" for c in token.children):
            preps = preps | PARTICIPANT_PREPS  # "Norway mediated *between* X and Y"
        return preps

    def spoken_about(self, verb: Token) -> list[Actor]:
        """Whom a statement is to or about: the first actor named in the prepositional
        phrases of the verb and its object, three levels deep ("voiced concern *over the
        Polish election*", "hopes *for talks with* Gondor"), else the subject of the clause
        its object noun takes ("expressed hopes *that Gondor* would ..."); never in the
        verb's own complement clause ("said *that* ..."), which is an event of its own."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        frontier = [verb, *objects]
        for _ in range(3):
            pobjs = self.finder.prep_objects_of(frontier, STATEMENT_PREPS)
            found = self.finder.collect(pobjs)
            if found:
                return found
            frontier = pobjs
        clauses = [c for o in objects for c in o.children if c.dep_ in ("acl", "ccomp")]
        return self.finder.collect(s for c in clauses for s in self.clause_subjects(c))

    def clause_subjects(self, clause: Token) -> list[Token]:
        """A clause's own subject, passive too ("hopes that Gondor *could be drawn* into"),
        else the one it inherits."""
        own = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        return own or self.finder.subjects(clause)

    def doers_of_events(self, verb: Token) -> list[Actor]:
        """Who did the acts a reaction is aimed at, where its object is an event noun with a
        doer ("condemned the abduction of two doctors *by al-Shabaab*", "praised *the army's*
        rescue of the hostages"): the doer, not the ones the act was done to. An active verb
        has no by-agent, so a "by" the parser hangs on it belongs to the object."""
        objects = [o for o in verb.children if o.dep_ == "dobj"]
        # what someone sent or said: "welcomed memos *from* Bree", "rejected proposals *sent
        # by* the rebels"
        # (or hung on the verb: "welcomed memos from Bree")
        holders = [*objects, verb] if objects else []
        authors = self.finder.prep_objects_of(holders, frozenset({"from"}))
        authors += [
            a for o in objects for c in o.children if c.dep_ == "acl" for a in self.finder.agents(c)
        ]
        events = [
            o for o in objects if o.i in self.triggers and self.triggers[o.i].pattern.pos == "N"
        ]
        if not events:
            return self.finder.collect(authors)
        doers = [c for o in events for c in o.children if c.dep_ == "poss"]
        holders = events if is_passive(verb) else [*events, verb]
        # nor has a thing a by-agent: "the attack on its embassy *by protesters*"
        holders += self.finder.prep_objects_of(events, TARGET_PREPS | {"of"})
        doers += self.finder.prep_objects_of(holders, frozenset({"by"}))
        return self.finder.collect(doers)

    def passive_subjects(self, verb: Token) -> list[Token]:
        """Who undergoes a passive verb with no subject of its own: the noun a participle
        modifies ("freed 30 schoolgirls *abducted* by Boko Haram": the schoolgirls, never
        the troops who freed them), else the subject it inherits."""
        if verb.dep_ == "acl" and verb.head.i != verb.i:
            return [verb.head]
        if verb.dep_ == "advcl" and verb.i < verb.head.i:
            # "*Rebuked by Eriador*, Osgiliath is being drawn ...": the fronted participle
            # is said of the main clause's subject, passive or not
            own = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if own:
                return own
        return self.finder.subjects(verb)

    def reacted_to(self, objects: list[Token], preps: frozenset[str] = OBJECT_PREPS) -> list[Actor]:
        """Actors named in an object's prepositional phrases, two levels deep."""
        frontier = objects
        for _ in range(3):
            # the doer first: "condemned the abduction of two doctors *by al-Shabaab*"
            # reacts to al-Shabaab, not to the doctors
            doers = self.finder.prep_objects_of(frontier, frozenset({"by"}))
            # (or by a participle on it: "the demonstration *staged by* students")
            doers += [
                a
                for o in frontier
                for c in o.children
                if c.dep_ == "acl" and is_passive(c)
                for a in self.finder.agents(c)
            ]
            found = self.finder.collect(doers)
            pobjs = self.finder.prep_objects_of(frontier, preps)
            found = found or self.finder.collect(pobjs)
            if found:
                return found
            frontier = pobjs
        return []

    def sources(self, token: Token) -> list[Actor]:
        finder = self.finder
        if token.pos_ == "VERB" and is_passive(token):
            return finder.collect(finder.agents(token))
        if token.pos_ == "VERB":
            subjects = finder.subjects(token)
            return finder.collect(subjects) or self.owners(subjects)
        return self.noun_participants(token)

    def owners(self, subjects: list[Token]) -> list[Actor]:
        """The owner of a subject that names no one: "*its* jets struck", "*their* forces
        shelled": the one whose weapons or forces act."""
        owners = [c for s in subjects for c in s.children if c.dep_ == "poss" and c.tag_ == "PRP$"]
        return [a for o in owners[:1] for a in self.finder.pronoun(o)]

    def perpetrators(self, verb: Token) -> list[Actor]:
        """Who killed: the by-agent, or the subject of a transitive "killed"; never those
        who died ("ten people died in a bombing")."""
        if is_passive(verb):
            return self.finder.collect(self.finder.agents(verb))
        if any(c.dep_ == "dobj" for c in verb.children) or counted_objects(verb):
            return self.finder.collect(self.finder.subjects(verb))
        return []

    def victims(self, verb: Token) -> list[Actor]:
        counted = counted_objects(verb)
        deps = (
            ("dobj", "nsubjpass")
            if is_passive(verb) or counted or any(c.dep_ == "dobj" for c in verb.children)
            else ("nsubj",)
        )
        found = self.finder.collect([c for c in verb.children if c.dep_ in deps] + counted)
        if not found and is_passive(verb) and "nsubjpass" in deps:
            found = self.finder.collect(self.passive_subjects(verb))  # "civilians *killed* by"
        return found

    def noun_participants(self, noun: Token) -> list[Actor]:
        """Actors a noun names itself: "*the Front's* attacks", "*US* aid", "fighting *between*"."""
        heads = [c for c in noun.children if c.dep_ in NOUN_OWN_DEPS]
        # "the Paris meeting", "the *Oslo* talks" (a capital too): where, not who
        venue = lemma(noun) in self.lexicon.cue("events", "venues")
        found = [
            a
            for h in heads
            for a in self.finder.phrase_actors(h)
            if not self.coder.is_place(a)
            and not (venue and h.dep_ in NAMING_DEPS and self.finder.is_town(a))
        ]
        found += self.finder.collect(self.finder.prep_objects(noun, PARTICIPANT_PREPS))
        if noun.dep_ in ("nsubj", "nsubjpass"):  # "fighting erupted *between* X and Y"
            found += self.finder.collect(self.finder.prep_objects(noun.head, PARTICIPANT_PREPS))
        trigger = self.triggers.get(noun.i)
        authored = trigger is not None and trigger.code[:2] in AUTHORED_ROOTS
        by = [
            p
            for c in noun.children
            if c.dep_ == "prep" and (c.lower_ == "by" or (authored and c.lower_ == "from"))
            for p in c.children
            if p.dep_ == "pobj"
        ]
        # "the arrest of two journalists *by* police": the parser hangs the doer on the
        # noun's "of" object
        by += [
            p
            for o in self.finder.prep_objects(noun, frozenset({"of"}))
            for c in o.children
            if c.dep_ == "prep" and c.lower_ == "by"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        # "strikes *carried out by* government forces"
        by += [a for c in noun.children if c.dep_ == "acl" for a in self.finder.agents(c)]
        found += self.finder.collect(by)
        unique: list[Actor] = []
        for actor in found:
            if all(actor is not u for u in unique):
                unique.append(actor)
        return unique

    def named_for(
        self, noun: Token, anchor: Token, own: list[Actor], target: list[Actor]
    ) -> tuple[list[Actor], list[Actor]]:
        """A name before an event noun says whom or where it concerns, not who acts, when
        the clause names a doer of another country ("the US announced new *Syria* aid",
        "Japan imposed fresh *Ukraine* sanctions on Russian banks"); a reporter who only
        tells of it is no doer ("Moscow said *Kyiv* attacks killed ten")."""
        modifiers = [
            a
            for c in noun.children
            if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
            for a in self.finder.phrase_actors(c)
        ]
        if not own or not all(any(a is m for m in modifiers) for a in own):
            return own, target
        word = lemma(anchor)
        if word in self.lexicon.frame("report") and word not in DOING_REPORTS:
            return own, target
        doers = self.sources(anchor)
        if not doers or {a.country for a in doers} & {a.country for a in own}:
            return own, target
        return doers, target or own

    def protested(self, *heads: Token) -> list[Actor]:
        """Whom a protest is aimed at, said by the clause of its aim ("began a hunger strike
        *to protest against Sweden's decision*", "blocked roads *to demand the resignation of
        President X*"): the target of that clause's act."""
        for head in heads:
            for clause in head.children:
                aim = clause.dep_ in ("advcl", "xcomp", "acl") and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
                )
                if aim and clause.pos_ == "VERB":
                    found = self.targets(clause)
                    if found:
                        return found
        return self.objected_to(heads)

    def at_mission(self, verb: Token) -> list[Actor]:
        """A protest held at a state's embassy or consulate ("rallied *outside the Chinese
        embassy*", "in front of the US consulate") is aimed at that state: the mission is
        where a crowd goes to be heard by a government not its own."""
        places = [verb]
        for prep in (c for c in verb.children if c.dep_ == "prep"):
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                if pobj.lemma_.lower() in MISSION_NOUNS:
                    return [a for a in self.finder.collect([pobj]) if a.country]
                places.append(pobj)  # "in front *of* the consulate"
        for place in places[1:]:
            for of in (c for c in place.children if c.dep_ == "prep" and c.lower_ == "of"):
                for pobj in (p for p in of.children if p.dep_ == "pobj"):
                    if pobj.lemma_.lower() in MISSION_NOUNS:
                        return [a for a in self.finder.collect([pobj]) if a.country]
        return []

    def objected_to(self, heads: tuple[Token, ...]) -> list[Actor]:
        """Whom a protest objects to, named by what it is against ("demonstrations *against*
        violations by the army", "a hunger strike *in protest of* the government's refusal",
        "blocked streets *in defiance of* the authorities"): the actors of that phrase, or
        those its own prepositions name."""
        holders = [*heads, *(c for h in heads for c in h.children if c.dep_ == "dobj")]
        objections = self.finder.prep_objects_of(holders, OBJECTING_PREPS)
        framed = self.finder.prep_objects_of(holders, frozenset({"in"}))
        for frame in framed:
            if frame.lemma_.lower() in OBJECTING_NOUNS:
                objections += self.finder.prep_objects(frame, OBJECTING_PREPS | {"of"})
        for objection in objections:
            found = self.finder.collect([objection]) or self.reacted_to([objection])
            if found:
                return found
        return []

    def held_from(self, verb: Token, code: str, target: list[Actor]) -> list[Actor]:
        """A place or thing taken from someone ("recaptured Kherson *from Russian troops*",
        "seized weapons *from the rebels*"): the target is who held it, also where the
        object's phrase names them ("retook the village from Russian troops" is no act on
        a Russian village); the town is where it happened, not an actor."""
        if code.startswith(TRUCE_CODE):
            return target  # "signed a truce *in Jeddah*": a truce is taken from no one
        if target and lemma(verb) in EXPELLING_VERBS:
            return target  # "was deported *from Sudan*": Sudan deports, it loses no one
        seizing = code.startswith(SEIZING_ROOT) or lemma(verb) in TAKING_VERBS
        if target and not seizing and not all(self.coder.is_place(a) for a in target):
            return target
        if not target and not seizing and not code.startswith(TAKING_CODES):
            return target  # "received aid from the US": the giver is no target
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        holders = [verb, *(t for o in objects for t in o.subtree if t.pos_ in ("NOUN", "PROPN"))]
        # what is withdrawn is withdrawn from where it is ("evacuate the settlements *in
        # Gaza*")
        preps = {"from", "in"} if code.startswith(WITHDRAWING_CODE) else {"from"}
        found = self.finder.collect(self.finder.prep_objects_of(holders, frozenset(preps)))
        if seizing:
            found = [a for a in found if not self.coder.is_place(a)]
        else:  # "recalled its ambassador *from Moscow*", "withdrew *from Kherson*": the state
            found = [located_in(a) if self.coder.is_place(a) else a for a in found]
        return found or target

    def intended_for(self, verb: Token, depth: int = 2) -> list[Actor]:
        """Whom the act a verb's infinitive complement names is for or aimed at, when the
        verb names no one itself ("Libya offered *to hand over* the suspects *to Britain*",
        "is willing to send arms *to help defend* Saudi Arabia")."""
        for clause in infinitives(verb):
            found = self.act_recipients(clause)
            if not found and depth > 1:
                found = self.intended_for(clause, depth - 1)
            if found:
                return found
        return []

    def act_recipients(self, clause: Token) -> list[Actor]:
        """Whom an act is for or aimed at: its recipients ("to Britain", "for Romania"), its
        object when that object is a state, a group or a person of a country, else the
        country it is done in ("refused to deploy troops *in Iraq*"), as a state."""
        objects = [c for c in clause.children if c.dep_ in ("dobj", "dative")]
        holders = [clause, *objects]
        found = self.finder.collect(self.finder.prep_objects_of(holders, RECIPIENT_PREPS))
        # an object of no country of its own ("deploy *peacekeepers* in Iraq") is what is
        # sent, not whom the act is for, even where the phrase's place locates it
        found = found or [a for a in self.finder.collect(objects) if self.own_country(a)]
        found = [a for a in found if not self.coder.is_place(a)]
        if not found:
            inside = self.finder.prep_objects_of(holders, frozenset({"in", "inside"}))
            found = [located_in(a) for a in self.finder.collect(inside) if a.country]
            found = [a for a in found if a.code == a.country]
        return found

    def territory(self, verb: Token) -> list[Actor]:
        """The state whose territory an act of control is done in when the text names no
        one it is done to ("imposed a curfew *in Cizre*", "lifted the state of emergency *in
        Darfur*", "reinforced its troops *in Lebanon*"): the people there undergo it."""
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        places = self.finder.prep_objects_of(holders, TERRITORY_PREPS)
        found = [located_in(a) for a in self.finder.collect(places) if a.country]
        return [a for a in found if a.code == a.country][:1]

    def placed_abroad(self, verb: Token, source: list[Actor]) -> list[Actor]:
        """The state of the place abroad where what a state does is done, when the text names
        no one it is done to ("opened an embassy *in Tehran*", "evacuated the wounded *from
        the Bosnian town of Gorazde*"): the people and state there receive it. A place of
        the doer's own country says only where ("Israel will evacuate settlements in Gaza"
        names its target elsewhere)."""
        # a state, or a body of states or of no state ("U.N. helicopters"), whose act abroad
        # is known for one; people of no stated country are placed where they act instead
        if not all(a.country or a.code[:3] in ("IGO", "NGO") for a in source):
            return []
        own = {a.country for a in source} | {None}
        places = self.finder.prep_objects_of(self.abroad_holders(verb), ABROAD_PREPS)
        found = [
            located_in(a)
            for a in self.finder.collect(places)
            if a.country not in own and (self.coder.is_place(a) or is_state(a))
        ]
        return found[:1]

    def abroad_holders(self, verb: Token) -> list[Token]:
        """Where the place of a state's act abroad may hang: the verb and its objects, a
        clause that tells what the object is for ("rejected a call for its troops *to be
        deployed in East Timor*"), and a second act of the same doer sharing the first one's
        partner ("established ties with and *opened an embassy in Tehran*")."""
        verbs = [verb] + [
            c
            for c in verb.children
            if c.dep_ == "conj"
            and c.pos_ == "VERB"
            and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        ]
        objects = [c for v in verbs for c in v.children if c.dep_ == "dobj"]
        clauses = [c for o in objects for c in o.children if c.dep_ in ("relcl", "acl")]
        return verbs + objects + clauses

    def hit_near(self, verb: Token) -> list[Actor]:
        """Those violence lands near or outside ("fired shells *near a naval vessel from
        South Korea*"), never a town beside a clash between two sides (see towns_hit)."""
        if lemma(verb) in self.lexicon.cue("events", "mutual"):
            return []
        found = self.finder.collect(self.finder.prep_objects(verb, NEAR_PREPS))
        return [a for a in found if not self.finder.is_place(a)]

    def towns_hit(self, verb: Token) -> list[Actor]:
        """The state whose town or region violence hits when the text names no one there
        ("Russian forces shelled *Kherson*", "jets bombed a market *in Idlib*"): the town
        is where it happened, and its country the target, as event coders code it."""
        if lemma(verb) in self.lexicon.cue("events", "mutual"):
            return []  # "X and Y exchanged fire in Nablus": each is the other's target
        deps = ("nsubjpass",) if is_passive(verb) else ("dobj",)
        objects = [c for c in verb.children if c.dep_ in deps]
        objects += self.finder.prep_objects(verb, HIT_PREPS)
        found: list[Actor] = []
        for head in objects:
            start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
            for town_start, town_end, country in self.finder.towns:
                if start <= town_start and town_end <= end:
                    name = head.doc.text[town_start:town_end]
                    found.append(Actor(country, name, town_start, town_end, country))
                    break
        return found[:1]

    def own_country(self, actor: Actor) -> bool:
        """Whether the actors stage gave the phrase itself a country ("Jordan's king"), not
        only the place it is in ("peacekeepers in Iraq")."""
        coded = self.finder.index.overlapping(actor.start, actor.end)
        return any((a.start, a.end) == (actor.start, actor.end) and a.country for a in coded)

    def role(self, verb: Token, where: str | None) -> list[Actor]:
        """The actors where a dictionary pattern puts its source or target ("(WITH +)")."""
        if where is None:
            return []
        if where == "subj":
            return self.finder.collect(self.finder.subjects(verb))
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        if where == "obj":
            return self.finder.collect(objects)
        prep = frozenset({where.removeprefix("prep:")})
        return self.finder.collect(self.finder.prep_objects_of([verb, *objects], prep))


def infinitives(verb: Token) -> list[Token]:
    """The infinitive clauses a verb governs ("offered *to hand over* ...")."""
    return [
        c
        for c in verb.children
        if c.dep_ in ("xcomp", "ccomp", "advcl")
        and c.pos_ in ("VERB", "AUX")
        and (
            any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            # "help" takes a bare infinitive: "to help *defend* Saudi Arabia"
            or (lemma(verb) == "help" and c.dep_ == "xcomp" and c.tag_ == "VB")
        )
    ]


def is_state(actor: Actor) -> bool:
    """A country named as itself, its code alone or a dated form of it with no sector
    ("East Timor" before 1999: TMPOCC, an occupied territory, of Timor-Leste)."""
    return actor.code == actor.country or (actor.country is not None and actor.sector is None)


def located_in(actor: Actor) -> Actor:
    """A town or region named as where something is withdrawn from, as its state."""
    if not actor.country:
        return actor
    return replace(actor, code=actor.country, sector=None)


def carried(objects: list[Token]) -> list[Token]:
    """Who or what a vehicle carries, named by a participle on it ("a helicopter *carrying*
    truce monitors")."""
    return [
        c
        for o in objects
        for v in o.children
        if v.dep_ == "acl" and v.lemma_.lower() in CARRYING
        for c in v.children
        if c.dep_ == "dobj"
    ]


def route_ends(objects: list[Token]) -> list[Token]:
    """Where the things named go, by a participle on them ("the roads *leading into* Gaza",
    "cables *running to* Europe"): the objects of its direction prepositions."""
    return [
        p
        for o in objects
        for v in o.children
        if v.dep_ == "acl" and v.tag_ in ("VBG", "VBN")
        for c in v.children
        if c.dep_ == "prep" and c.lower_ in DIRECTION_PREPS
        for p in c.children
        if p.dep_ == "pobj"
    ]


def counted_objects(verb: Token) -> list[Token]:
    """An object counted with "up to" that the parser reads as a particle and a phrase
    ("kidnapped *up to* 16 advisers", "killed up to 30 people")."""
    return [
        p
        for up in verb.children
        if up.lower_ == "up" and up.dep_ in ("prt", "prep", "advmod")
        for to in up.children
        if to.lower_ == "to"
        for p in to.children
        if p.dep_ == "pobj" and any(c.dep_ == "nummod" for c in p.children)
    ]
