"""Coding the events of one sentence: triggers, framing verbs, event nouns, arguments.

:class:`SentenceCoder` turns the triggers of a sentence (:mod:`event_triggers`) into
candidate events: framing verbs recode the act they govern, event nouns are kept where the
text reports them as happening, arguments become actor lists (:mod:`event_args`) and the
modality cues (:mod:`event_modality`) decide how statements of intent are coded. The
document-level coder in :mod:`newscoder.events.stage` turns candidates into events.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

import pycountry
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newscoder.entities.stage import country_name
from newscoder.events.args import (
    DOER_PREPS,
    OCCASION_PREPS,
    PARTICIPANT_PREPS,
    TARGET_PREPS,
    TOPIC_PREPS,
    located,
)
from newscoder.events.modality import Cues, read_cues
from newscoder.events.roles import (
    ADDRESSED_ROOTS,
    EXPELLING_VERBS,
    STATEMENT_ROOT,
    TERRITORIAL_CODES,
    ArgumentRoles,
    DocumentView,
    located_in,
)
from newscoder.events.sense import is_violent
from newscoder.events.triggers import (
    Trigger,
    closing_clause,
    is_passive,
    lemma,
    match,
    said_when,
)
from newscoder.events.verbs import tree_of
from newscoder.model import Actor
from newscoder.parse import doc_words

COMPOSING = ("commit", "appeal", "demand", "refuse", "threaten", "attempt", "deny")
COOPERATIVE_ROOTS = frozenset({"04", "05", "06", "07", "08"})
MATERIAL_CONFLICT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
# Cuts in ties, aid and trade (CAMEO 161-163): measures a government enacts by announcing them;
# withdrawing its own people or missions (164-166) announced ahead is a move still to be made.
SANCTIONS = ("161", "162", "163")
# The show of force that readying forces for violence is (CAMEO 150).
READIED_CODE = "150"
# The doer of a warned-of object ("rallies *by* the group", "attacks *from* Gaza").
WARNED_PREPS = frozenset({"by", "of", "from"})
ANAPHORIC_DETS = frozenset({"the", "this", "that", "these", "those", "such"})
CASUALTY_PREPS = frozenset({"in", "during", "by", "from"})
# Acts that judge someone for a deed: praise, demands, accusations, rejections, threats,
# arrests and sentences ("criticized X *for* attacks", "arrested X *for* the bombing").
JUDGING_ROOTS = frozenset({"05", "10", "11", "12", "13", "17"})
# Claiming responsibility (CAMEO 015): the claimant says it did the act claimed.
CLAIM_CODE = "015"
# Verbs of being or coming "under" an act ("came under fire", "remains under siege").
UNDERGOING_VERBS = frozenset({"come", "be", "remain", "stay", "fall"})
# Prepositions of time adjuncts whose event noun the clause's subject takes part in ("retook
# the town *after* fighting with the rebels").
ADJUNCT_PREPS = frozenset({"after", "during", "following", "amid", "before", "since"})
# Prepositions by which an act answers or reacts to an event ("bowed *to* demands", "complied
# *with* the request", "protested *against* the raid", "clashed *over* the vote").
ANSWERING_PREPS = frozenset({"to", "with", "against", "over", "about"})
# Dependents that are clauses of their own, not arguments of the verb.
CLAUSE_CHILD_DEPS = frozenset({"ccomp", "advcl", "conj", "parataxis", "relcl", "punct", "cc"})
PRONOUNS = frozenset(
    {
        "it",
        "its",
        "they",
        "them",
        "their",
        "he",
        "his",
        "she",
        "her",
        "we",
        "our",
        "us",
        "i",
        "who",
        "which",
        "whom",
    }
)
# A dictionary's paired code is coded back only for acts both sides take part in: visits and
# their hosting, meetings, agreements, support, cooperation.
RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06"})
THREAT_ROOT = "13"
RELEASE_CODE = "0841"  # release persons
# Verbs of setting off whose "for" names where one goes ("left *for* Beijing").
DEPARTING_VERBS = frozenset({"leave", "depart", "head", "set", "sail", "embark"})
# Verbs of coming to a place or a people (the dictionary's ARRIVE block, 040): the one who
# comes consults the hosts, who do nothing back ("the minister *arrived in* Jakarta").
ARRIVING_VERBS = frozenset({"arrive", "come", "approach", "travel", "fly", "land"})
ARRIVAL_PREPS = frozenset({"in", "at", "to", "into"})
DISAPPROVE_ROOT = "11"
# Denying responsibility (CAMEO 016): aimed at whom the act denied concerns.
DENY_CODE = "016"
# What a complaint is about: "complained *over* the raids", "protested *about* incursions".
COMPLAINT_PREPS = frozenset({"over", "about", "against", "at"})
# Signing or reaching a formal agreement: its partner may be named only in what it is for.
AGREEMENT_CODES = ("057",)
# Framing verbs that, with no act to frame, are a stance toward an actor ("warned Iran").
STANCE_KINDS = frozenset({"threaten", "refuse"})
# Whom a warning is about: "warned *of*, *against*, *about* the militia".
STANCE_PREPS = frozenset({"of", "against", "about"})
# Acts that take two sides by their nature: a meeting, a telephone call, talks are coded both
# ways, as CAMEO codes them ("Putin met Xi" is also Xi meeting Putin), even where the
# dictionary's pattern gives one direction only.
MUTUAL_CODES = frozenset({"036", "040", "041", "044", "046"})
# Acts of co-ordinated parties with each other when no one else is named: talks, ties
# restored, treaties and truces signed (and all material co-operation, root 06).
JOINT_CODES = MUTUAL_CODES | {"050", "057", "0871"}
# Intents, rejections and threats: their target may be named only by the act intended
# ("offered to hand over the suspects to Britain").
INTENT_ROOTS = frozenset({"03", "12", "13"})
# Aid given: aimed at whom its purpose names ("sent doctors *to help rebuild
# Haiti*").
SENDING_ROOTS = frozenset({"07"})
# Protests: their target may be named only by the clause of their aim ("to demand ...").
PROTEST_ROOTS = frozenset({"14"})
# Force shown (150: exercises, drills) near a state is shown to it.
SHOW_OF_FORCE = "150"
NEAR_WORDS = frozenset({"near", "around", "off", "along", "outside", "close"})
# Forces posted (15: deployed, massed) or pulled back (087) face the state they are posted
# near, or across the edge they are posted at or pulled back from.
POSTURE_CODES = ("15", "087")
FORCE_POSTURE_ROOT = "15"
# An inquiry (09) is about the doer of what it looks into.
INVESTIGATE_ROOT = "09"
INQUIRY_PREPS = frozenset({"into", "of", "on"})
EDGE_PREPS = frozenset({"on", "at", "to", "from", "toward", "towards"})
# How a participle of demand hangs from the protest it is voiced in ("rallied *demanding*",
# "joined the crowd *in calling* for"): adverbial or complement clauses and prepositions.
AIM_DEPS = frozenset({"advcl", "xcomp", "pcomp", "prep", "acl"})
AIM_TAGS = frozenset({"VBG"})
# Appeals (02) and demands (10): what a crowd calls for.
VOICED_ROOTS = frozenset({"02", "10"})
# How the parser joins a closing "..., a rights group protested" to the clause before it.
REPORTED_DEPS = frozenset({"conj", "parataxis", "ccomp"})
# Demands (CAMEO 10).
DEMAND_ROOT = "10"
# A protest in words: "criticize or denounce".
VERBAL_PROTEST = "111"
# A demonstration: "gathered in the square *to protest* the arrests" (CAMEO 141).
STREET_PROTEST = "141"
# Verbs of going out or coming together whose aim, when it is to protest, makes the
# gathering a demonstration ("marched *to protest*", "took to the streets to protest").
GOING_OUT = frozenset({"march", "rally", "converge", "flock", "pour", "take", "walk", "parade"})
# People who protest against their own state when they name no one else: civilians, workers,
# students, the opposition.
CITIZEN_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "AGR", "BUS", "MED", "HLH", "REF", "PPL"})
# Modalities that claim no event happened or will: a statement about it is coded instead.
UNREPORTED = frozenset({"negated", "hypothetical"})
# Acts by which people protest against, defy or make demands of their own state: demands (10),
# disapproval (11), rejection (12) and protests (14).
CITIZENS_ACTS = frozenset({"10", "11", "12", "14"})
# People who act at home against their own state: citizens, and rebels and radicals.
DOMESTIC_SECTORS = CITIZEN_SECTORS | {"REB", "INS", "RAD"}
# A state's political organs, which its own people defy (its forces may be foreign ones:
# "a regional peacekeeping force").
RULING_SECTORS = frozenset({"GOV", "LEG", "JUD"})
# Sectors of a state's government, whose protests are diplomatic, not demonstrations.
STATE_SECTORS = frozenset({"GOV", "LEG", "MIL", "JUD", "COP", "SPY"})
# People who belong to a country's own affairs: citizens, rebels, radicals, its parties and
# judges, and its politicians of no office named ("a *former prime minister*").
HOME_SECTORS = DOMESTIC_SECTORS | {"PTY", "JUD", "ELI"}
# Charges, sentences and arrests (CAMEO 112, 172, 173): a state's courts, prosecutors and
# police bring them under its own law, so the official of no stated country they charge or
# hold ("prosecutors accused *the vice president*") is an official of theirs.
LEGAL_CODES = ("112", "172", "173")
LAW_SECTORS = frozenset({"JUD", "COP"})
# A state's organs that act only at home (its forces may be abroad), and the roots of force,
# which a state uses abroad too.
HOME_ORGANS = RULING_SECTORS | {"COP"}
# "X and Y agree that ...": views shared, coded as diplomatic co-operation (CAMEO 2.0).
AGREE_CODE = "030"
SHARED_VIEW_CODE = "050"
SHARING_VIEWS = frozenset({"agree", "concur"})
# Statements and appeals concern no one in particular, and intentions, talks, co-operation
# and aid are had with a partner, never with one's own country: no home target.
SELF_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07"})
# Force with no one named is turned on one's own only by the police ("police opened fire to
# disperse ..."), not by an army or its jets ("Israeli jets struck overnight").
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
HOME_FORCE_SECTORS = frozenset({"COP"})
FORCE_ROOTS = frozenset({"15", "17", "18", "19", "20"})


@dataclass(slots=True)
class Candidate:
    trigger: Token  # where the code comes from
    anchor: Token  # the clause whose modality and subject apply
    code: str
    plover_override: str | None
    source: list[Actor]
    target: list[Actor]
    cues: Cues
    modality: str
    # a code the verb dictionary gives by default to a verb our lexicon does not list
    dictionary_default: bool = False
    # the pattern names the verb's object, which is then part of the expression ("opened
    # *fire*", "set off *a bomb*"), not what the act harms
    names_object: bool = False


class SentenceCoder(ArgumentRoles):
    """Codes the events of one sentence."""

    def __init__(self, coder: DocumentView, sent: SpacySpan) -> None:
        self.coder = coder
        self.lexicon = coder.lexicon
        self.finder = coder.finder
        self.sent = sent
        self.words = doc_words(sent.doc)
        self.triggers: dict[int, Trigger] = {}
        parties = self.parties()
        # the verb dictionary codes acts between actors: without any, only our own triggers
        words = self.lexicon.trigger_words if parties else self.lexicon.own_trigger_words
        self.party_tokens = self.tokens_of_parties() if parties else set()
        for token in self.tokens_with(words):
            if token.ent_type_ in ("DATE", "TIME") or self.month_name(token):
                continue  # "released in *March*", "by *May*": a month names no act
            found = match(token, self.lexicon, self.parties_of(token) if parties else 0)
            if found:
                self.triggers[token.i] = found
        self.consumed: set[int] = set()

    def month_name(self, token: Token) -> bool:
        """A trigger word that is also a month, capitalised inside the sentence ("Released
        *March* on PS2"); "the March on Washington" keeps its article."""
        if token.i == self.sent.start or not token.text[:1].isupper():
            return False
        if token.lower_ not in self.lexicon.cue("events", "month_words"):
            return False
        return not any(c.dep_ == "det" for c in token.children)

    def tokens_of_parties(self) -> set[int]:
        """The sentence's tokens inside an actor's name, and its pronouns."""
        sent, doc = self.sent, self.sent.doc
        found = {i for i in range(sent.start, sent.end) if self.words.lower[i] in PRONOUNS}
        for actor in self.finder.index.overlapping(sent.start_char, sent.end_char):
            span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
            if span is not None:
                found.update(range(span.start, span.end))
        return found

    def parties_of(self, verb: Token) -> int:
        """How many sides of a verb (its subject; its objects and prepositional phrases) hold
        an actor or a pronoun: the dictionary needs one, its default code two. Read from the
        plain-list tree: the verb's arguments and four levels below them (a route's end is
        four down: "cordoned off | the roads | leading | into | Gaza")."""
        if verb.dep_ in ("ccomp", "xcomp") and lemma(verb.head) in self.lexicon.frame_words:
            return 2  # the complement of a framing verb: the frame gives the parties
        tree = tree_of(verb.doc)
        sides = [False, False]
        for child in tree.children[verb.i]:
            dep = tree.dep[child]
            if dep in CLAUSE_CHILD_DEPS:
                continue
            side = 0 if dep in ("nsubj", "nsubjpass", "csubj", "agent") else 1
            frontier = [child]
            for _ in range(5):
                if any(t in self.party_tokens or self.named_doer(t, side) for t in frontier):
                    sides[side] = True
                    break
                frontier = [c for t in frontier for c in tree.children[t]]
        if not sides[0] and verb.dep_ in ("xcomp", "conj", "advcl", "relcl", "acl", "pcomp"):
            sides[0] = True  # a subject inherited from the governing clause
        return sum(sides)

    def named_doer(self, i: int, side: int) -> bool:
        """A person named as the doer whom no actor code covers ("*Omar Haddad* stabbed two
        soldiers"): a side of the act all the same, as "a man" is."""
        return side == 0 and self.sent.doc[i].ent_type_ == "PERSON"

    def parties(self) -> int:
        """How many actors the sentence can offer an event: its actors and its pronouns."""
        sent = self.sent
        actors = len(self.finder.index.overlapping(sent.start_char, sent.end_char))
        lower = self.words.lower
        pronouns = sum(1 for i in range(sent.start, sent.end) if lower[i] in PRONOUNS)
        return actors + pronouns

    def tokens_with(self, words: frozenset[str]) -> list[Token]:
        """The sentence's tokens whose lemma or word is one of ``words``, in order: a trigger
        or a framing word is looked up by one of them, and most tokens are neither."""
        doc = self.sent.doc
        return [doc[i] for i in self.words.positions(self.sent.start, self.sent.end, words)]

    # ---- framing verbs -----------------------------------------------------------------
    def frame_kind(self, token: Token) -> str | None:
        word = lemma(token)
        if token.pos_ == "ADJ" and word in self.lexicon.frame("commit_adj"):
            return "commit"
        if token.pos_ not in ("VERB", "NOUN"):
            return None
        for kind in COMPOSING:
            if word in self.lexicon.frame(kind):
                return kind
        return None

    def complement(self, frame: Token, kind: str) -> Token | None:
        """The event a framing word governs, looking through aspect verbs ("to resume talks").

        The object of an appeal verb is its addressee ("urged *Iran* to"), not the act."""
        aspect = self.lexicon.frame("aspect")
        deps = {"xcomp", "ccomp", "pcomp", "oprd"} | ({"dobj"} if kind != "appeal" else set())
        if frame.pos_ == "NOUN":
            deps.add("acl")  # "an attempt *to assassinate*"
        frontier = [frame]
        for _ in range(3):
            following = []
            for node in frontier:
                for child in node.children:
                    steps = [child]
                    infinitive = child.dep_ == "advcl" and any(
                        c.dep_ == "aux" and c.lower_ == "to" for c in child.children
                    )  # "sworn *to fight*" parsed as an adverbial clause
                    if child.dep_ == "prep" and child.lower_ in ("to", "on", "upon", "for", "of"):
                        steps = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
                    elif child.dep_ not in deps and not infinitive:
                        continue
                    for step in steps:
                        if step.i in self.triggers and step.i not in self.consumed:
                            return step
                        if lemma(step) in aspect or step.pos_ == "AUX":
                            following.append(step)
            frontier = following
        return None

    def compose(self) -> list[Candidate]:
        found = []
        for token in self.tokens_with(self.lexicon.frame_words):
            kind = self.frame_kind(token)
            if kind is None or token.i in self.consumed or self.answered(token):
                continue
            own = self.triggers.get(token.i)
            requested = kind in ("appeal", "demand") and bool(infinitives(token))
            if own is not None and own.pattern.conditions and not requested:
                # a specific sense of its own: "called off a strike", "ordered troops to the
                # border"; but "ordered French troops *to leave*" asks them to act
                continue
            inner = self.complement(token, kind)
            if inner is None:
                found += self.bare_request(token, kind)
                continue
            inner_code = self.triggers[inner.i].code
            if kind == "commit" and inner_code[:2] in MATERIAL_CONFLICT_ROOTS:
                kind = "threaten"  # "vowed to fight", "ready to impose martial law"
            code = self.lexicon.compose(kind, inner_code)
            if code is None:
                continue
            self.consumed.update({inner.i, token.i})
            found.append(self.composed(token, inner, kind, code))
        return found

    def answered(self, frame: Token) -> bool:
        """A demand, appeal or offer named as what another act answers ("dismissed *an
        appeal* to disarm", "accepted *the offer*"): that act is coded, not the appeal again,
        as for an event noun that is a trigger verb's object."""
        if frame.pos_ != "NOUN" or frame.dep_ not in ("dobj", "nsubjpass"):
            return False
        return frame.head.i in self.triggers or frame.head.i in self.consumed

    def bare_request(self, frame: Token, kind: str) -> list[Candidate]:
        """A request whose requested act the lexicon does not know ("a judge *ordered* the
        former president *to appear* for questioning") is still a request (CAMEO 10, 02) from
        the subject to the one addressed."""
        if kind in STANCE_KINDS:
            return self.bare_stance(frame)
        if kind not in ("appeal", "demand") or frame.pos_ != "VERB" or is_passive(frame):
            return []
        asked = [c for c in frame.children if c.dep_ in ("dobj", "dative")]
        acts = infinitives(frame)
        target = self.finder.collect(asked)
        source = self.finder.collect(self.finder.subjects(frame))
        code = self.lexicon.compose(kind, "")
        if not (acts and target and source and code):
            return []
        self.consumed.add(frame.i)
        cues = read_cues(frame, self.lexicon)
        return [Candidate(frame, frame, code, None, source, target, cues, cues.modality)]

    def bare_stance(self, frame: Token) -> list[Candidate]:
        """A warning or an opposition aimed at an actor, with no act it is about ("warned
        Tehran", "warned *of* the militia", "was opposed *by* its neighbour"): the verb's own
        code in the dictionary (WARN 130, OPPOSE 110), from the one who takes the stance to
        the one it is taken against; never without both."""
        verbs = self.lexicon.verbs
        found = verbs.match(frame) if verbs is not None and frame.pos_ == "VERB" else None
        if found is None or not found.code or found.pattern is not None:
            return []
        if is_passive(frame):
            source = self.finder.collect(self.finder.agents(frame))
            aimed = [c for c in frame.children if c.dep_ == "nsubjpass"]
        else:
            source = self.finder.collect(self.finder.subjects(frame))
            told = [c for c in frame.children if c.dep_ in ("dobj", "dative")]
            aimed = [c for c in told if not own_people(c)]
            if lemma(frame) in self.lexicon.frame("threaten"):
                # the one warned, else the one warned of ("warned *of* the militia", "warned
                # its citizens *about* the militia")
                aimed += self.finder.prep_objects(frame, STANCE_PREPS)
                own = [c for c in told if own_people(c)]
                aimed += self.finder.prep_objects_of(own, STANCE_PREPS)
        target = next((found for found in self.stance_targets(aimed, source) if found), [])
        if not (source and target):
            return []
        self.consumed.add(frame.i)
        cues = read_cues(frame, self.lexicon)
        return [Candidate(frame, frame, found.code, None, source, target, cues, cues.modality)]

    def stance_targets(self, heads: list[Token], source: list[Actor]) -> Iterator[list[Actor]]:
        for head in heads:
            yield [a for a in self.finder.collect([head]) if a not in source]

    def released_by(self, verb: Token) -> list[Actor]:
        """Who held those freed, where the text says only what they were freed from
        ("freed *from Hamas captivity*", "released *from an Iranian prison*"): the captor,
        or the state whose prison it is."""
        held = self.finder.collect(self.finder.prep_objects(verb, frozenset({"from"})))
        return [located_in(a) if self.coder.is_place(a) else a for a in held]

    def complained_of(self, verb: Token) -> list[Actor]:
        """Who did the acts a complaint is about, where the text names them in the act
        ("over two *Israeli* air raids", "about *Somali* incursions")."""
        found: list[Actor] = []
        for noun in self.finder.prep_objects(verb, COMPLAINT_PREPS):
            if noun.i in self.triggers and self.triggers[noun.i].pattern.pos == "N":
                found += self.noun_participants(noun)
        return found

    def threatened_unless(self, frame: Token, inner: Token) -> list[Actor]:
        """Whom a threat is made against when the act threatened names no one: the one
        whose act, or failure to act, the condition names ("threatened to launch an
        offensive *unless Baghdad accepted*", "to stop talks *if the United States goes
        ahead*")."""
        marks = self.lexicon.cue("modality", "conditional_marks")
        holders = [inner]  # the threatened act and the verbs between it and the threat
        while holders[-1].i != frame.i and holders[-1].head.i != holders[-1].i:
            holders.append(holders[-1].head)
            if len(holders) > 4:
                break
        for holder in holders:
            for clause in holder.children:
                if clause.dep_ != "advcl" or not any(
                    c.dep_ == "mark" and c.lower_ in marks for c in clause.children
                ):
                    continue
                subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
                found = self.finder.collect(subjects)
                if found:
                    return found
        return []

    def warned_of(self, acts: list[Token]) -> list[Actor]:
        """Whom a warning is aimed at when it names no condition: the one the warned-of act
        falls on, as its object or as the doer of the object it acts on ("warned that police
        will not tolerate *rallies by the opposition*", "warned it would strike *militant
        camps*"); the act's own doers (the warner's police or army) are not its target."""
        for act in acts:
            if act.pos_ not in ("VERB", "AUX"):
                continue
            objects = [c for c in act.children if c.dep_ == "dobj"]
            found = self.finder.collect(objects)
            if not found:
                found = self.finder.collect(self.finder.prep_objects_of(objects, WARNED_PREPS))
            doers = self.finder.collect(self.finder.subjects(act))
            found = [a for a in found if all(a.name != d.name for d in doers)]
            if found:
                return found
        return []

    def composed(self, frame: Token, inner: Token, kind: str, code: str) -> Candidate:
        clause = frame.head if frame.pos_ == "ADJ" else frame
        source = self.finder.collect(self.finder.subjects(clause))
        if not source and frame.pos_ == "NOUN":
            source = self.author_of(frame)  # "reiterated *its demand* that Israel ease"
        if not source and kind in ("commit", "refuse") and not self.finder.agents(frame):
            # "Israel *is opposed* to French mediation", "Iraq is committed to ...": the
            # adjectival passive's subject holds the stance (the addressee of a passive
            # appeal, "was urged to", is no such subject)
            holders = [frame] + [c for c in frame.children if c.dep_ in ("aux", "auxpass")]
            subjects = [
                c for h in holders for c in h.children if c.dep_ in ("nsubjpass", "nsubj")
            ]  # (the parser may hang the subject on "is")
            source = self.finder.collect(subjects)
        if kind in ("appeal", "demand"):
            addressees = [c for c in frame.children if c.dep_ in ("dobj", "dative")]
            addressees += self.finder.prep_objects(frame, frozenset({"on", "upon", "to"}))
            target = self.finder.collect(addressees)
            if not target:
                inner_subjects = self.finder.subjects(inner) if inner.pos_ == "VERB" else []
                target = self.finder.collect(inner_subjects)
        else:
            target = self.targets(inner)
            if inner.pos_ == "VERB":  # "will withdraw its troops *from Chad*"
                target = self.held_from(inner, self.triggers[inner.i].code, target)
            if not target and inner.pos_ == "NOUN":
                # "rejected *an Australian ultimatum*", "accepted demands *from* the rebels":
                # the one whose proposal or demand is answered
                target = [a for a in self.noun_participants(inner) if a not in source]
            if not target:  # "agreed to provide aid *for Romania*", "attacks *in Colombia*"
                target = self.act_recipients(inner)
            if not target and inner.pos_ == "VERB":
                # "willing to send equipment *to help defend Saudi Arabia*": whom the act
                # is meant to serve
                target = self.intended_for(inner)
            if not target and inner.pos_ == "NOUN" and inner.head.i == frame.i:
                # "pledged aid *to Haiti*": the recipient hangs on the frame verb
                heads = self.finder.prep_objects(frame, TARGET_PREPS - TOPIC_PREPS)
                target = self.finder.collect(heads)
            if not target and kind == "threaten":
                target = [a for a in self.threatened_unless(frame, inner) if a not in source]
        cues = read_cues(frame, self.lexicon)
        return Candidate(frame, frame, code, None, source, target, cues, cues.modality)

    # ---- nouns -------------------------------------------------------------------------
    def noun_anchor(self, noun: Token) -> Token | None:
        """The clause a noun event is reported in, or None if it is only mentioned."""
        lex = self.lexicon
        position = noun
        for _ in range(3):  # look through "a series of", "a mediation effort"
            head = position.head
            if (
                position.dep_ == "pobj"
                and head.lower_ == "of"
                and lemma(head.head) in lex.cue("events", "quantity")
            ):
                position = head.head
                continue
            if position.dep_ == "compound" and lemma(head) in lex.cue("events", "event_heads"):
                position = head
                continue
            break
        head = position.head
        dep = position.dep_
        if dep in ("dobj", "nsubjpass") and head.pos_ == "VERB":
            if head.i in self.triggers:
                return None  # the verb's own code wins: "suspended aid shipments" → 162
            word = lemma(head)
            framing = ("aspect", "plan", "hypothetical", "report", "negating")
            if any(word in lex.frame(k) for k in framing):
                return head
            if word in lex.cue("events", "receiving") and self.received_aid(noun):
                return head  # "received aid from Uganda": the aid was given
            witnessed = word in lex.cue("modality", "bare_infinitive_heads")
            if dep == "dobj" and word not in lex.frame_words and not witnessed:
                # what another act is done to ("removing the sanctions on Burma",
                # "thwarted an attack"): an event the clause refers to, not one it reports
                # (one seen or heard happened: "witnessed shelling by Russian forces")
                return None
        if dep == "pobj" and head.lower_ in ("in", "of") and self.given_as(head):
            return None  # "pledged 50 million euros *in aid*": the verb's code says what is given
        if dep == "pobj":
            verb = head.head
            if head.lower_ in CASUALTY_PREPS and lemma(verb) in lex.cue("events", "casualty"):
                return verb
            if head.lower_ == "for" and lemma(verb) in lex.cue("events", "gathering"):
                return verb
            if head.lower_ == "on" and lemma(verb) in lex.cue("events", "going_on"):
                return verb  # "went *on strike*", "came on a three-day visit"
            carried = any(c.dep_ == "dobj" and c.i in self.triggers for c in verb.children)
            if head.lower_ in ("in", "into") and lemma(verb) in lex.frame("aspect"):
                # "engaged in ethnic cleansing", "took part in talks"; but "launched an
                # offensive *in its war* with Iraq" carries out the offensive, in the war
                return None if carried else verb
            if verb.i in self.triggers and head.lower_ in ANSWERING_PREPS:
                # "conceded *to demands* from UNITA", "protested *against* the attack": the
                # verb's own act answers an event it refers to, as with an object
                return None
            if verb.i in self.triggers and self.named_by(self.triggers[verb.i], noun):
                # "arrived in Gondor *on a visit*": the verb's pattern names the noun, and
                # its event is the noun's
                return None
        if dep == "nsubj" and lemma(head) in lex.cue("events", "casualty"):
            return head  # "a roadside bombing killed a soldier": one event, at the verb
        if self.strikes_through(noun):
            # "Israeli shelling *destroyed* a school", "missile strikes *hit* Kharkiv": the
            # verb is what the noun's act did, one event; a verb pattern made for such a
            # subject ("strikes hit" → 195) codes it, else the noun does, at the verb
            return None if self.subject_named_by(self.triggers[head.i], noun) else head
        if dep in ("nsubj", "nsubjpass") and lemma(head) in lex.cue("events", "occurrence"):
            return noun
        if dep == "compound" or self.named_only(noun, position):
            return None
        if dep in ("pobj", "dobj") and lemma(noun) in lex.cue("events", "settings"):
            # a state of affairs named in passing ("an offensive *in its war with Iraq*",
            # "a formula for ending *its dispute* with its partners") is the background of
            # the clause, not an act it reports
            return None
        # "a conference *on* Syria" names a topic; "attacks *on* ISIS" a target.
        code = self.triggers[noun.i].code
        preps = frozenset({"with"}) if code.startswith("04") else TARGET_PREPS
        if self.finder.collect(self.finder.prep_objects(noun, preps)):
            return noun
        own = self.noun_participants(noun)
        if own and not all(self.place_name(a, noun) for a in own):
            return noun
        if self.held_responsible(noun):
            return noun  # "condemned Ethiopia's army *for the shelling* of Mekelle"
        if self.claimed_by(noun):
            return noun  # "X claimed responsibility *for the bombing*": the claim reports it
        if self.undergoers(noun):
            return noun  # "US troops *came under attack*"
        # "the *Yemen* ceasefire was holding", "the *Syria* talks": a country or town
        # naming an event, with no one acting on anyone, says which event, not that it
        # happened (as "the Iraq war" does)
        return None

    def strikes_through(self, noun: Token) -> bool:
        """Whether a violent event noun is the subject of a violent verb the lexicon codes
        ("*shelling* destroyed a school"): the two words tell one act."""
        head = noun.head
        # (a fighting *between* two sides stays theirs: "fighting between the regime and
        # the rebels has devastated Syria" is their fight, not a blow to Syria)
        return (
            noun.dep_ == "nsubj"
            and not {lemma(noun), noun.lower_} & self.lexicon.cue("events", "mutual")
            and head.pos_ == "VERB"
            and head.i in self.triggers
            and is_violent(self.triggers[head.i].code)
            and is_violent(self.triggers[noun.i].code)
        )

    @staticmethod
    def subject_named_by(trigger: Trigger, noun: Token) -> bool:
        """Whether a verb's own pattern names the noun as its subject ("hit" with
        subj=strike)."""
        return any(
            key == "subj" and (lemma(noun) in words or noun.lower_ in words)
            for key, words in trigger.pattern.conditions
        )

    def names_event(self, noun: Token) -> bool:
        """Whether a noun is an event noun, or a quantity of one ("a new *round of* talks",
        "a series of meetings")."""
        if noun.i in self.triggers:
            return True
        if lemma(noun) not in self.lexicon.cue("events", "quantity"):
            return False
        return any(t.i in self.triggers for t in self.finder.prep_objects(noun, frozenset({"of"})))

    def given_as(self, prep: Token) -> bool:
        """Whether a preposition says in what form the object of a coded verb is given
        ("pledged 50 million euros *in* aid", "sent $5 million *of* food aid")."""
        amount = prep.head
        return amount.dep_ == "dobj" and amount.head.i in self.triggers

    def partner_of_clause(self, noun: Token) -> list[Actor]:
        """Who takes part in an event noun with a partner ("fighting *with* guerrillas",
        "talks *with* the rebels") told in a time adjunct of a clause ("retook the village
        *after* fierce fighting with guerrillas"): the clause's subject, as for a participle
        ("after fighting guerrillas"); the place it happened in is no party."""
        if not any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
            return []
        position, head = noun, noun.head
        if head.lower_ == "of" and head.head.dep_ == "pobj":  # "after 12 days *of* battles"
            position, head = head.head, head.head.head
        if position.dep_ != "pobj" or head.lower_ not in ADJUNCT_PREPS:
            return []
        clause = head.head
        if clause.pos_ != "VERB" or is_passive(clause):
            return []
        return self.finder.collect(self.finder.subjects(clause))

    def author_of(self, noun: Token) -> list[Actor]:
        """Who makes a demand, an appeal or a pledge named by a noun: its owner ("*its*
        demand", "*the ILO's* appeal"), else the subject of the verb that makes it
        ("*the ILO* reiterated its demand", "*Iran* issued a call")."""
        owners = [c for c in noun.children if c.dep_ == "poss"]
        found = self.finder.collect(owners) or self.noun_participants(noun)
        if not found and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            found = self.finder.collect(self.finder.subjects(noun.head))
        return found

    def undergoers(self, noun: Token) -> list[Actor]:
        """Who undergoes an act told as a state they are "under" ("US troops *came under
        attack* from militias", "the town *is under siege*"): the subject of that verb."""
        head = noun.head
        if noun.dep_ != "pobj" or head.lower_ != "under" or head.head.pos_ not in ("VERB", "AUX"):
            return []
        if lemma(head.head) not in UNDERGOING_VERBS:
            return []
        return self.finder.collect(self.finder.subjects(head.head))

    def held_responsible(self, noun: Token) -> list[Actor]:
        """Who did an act a clause blames, praises or punishes someone *for* or *of*
        ("criticized Myanmar's army *for attacks* on civilians", "accused the rebels *of
        killings*"): the one blamed, the verb's object (or its passive subject), as for a
        gerund ("blamed X for shelling")."""
        head = noun.head
        if noun.dep_ != "pobj" or head.lower_ not in DOER_PREPS or head.head.pos_ != "VERB":
            return []
        judging = self.triggers.get(head.head.i)
        if judging is None or judging.code[:2] not in JUDGING_ROOTS:
            return []  # "hosted the premier *for a meeting*": an occasion, not a deed
        blamed = [c for c in head.head.children if c.dep_ in ("dobj", "nsubjpass")]
        return self.finder.collect(blamed)

    def claimed_by(self, noun: Token) -> list[Actor]:
        """Who claims an act as its own ("the Front *claimed responsibility for the
        bombing*"): the claimant is its doer, as the claim reports it; one who denies
        responsibility is not."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "for":
            return []
        verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head
        claim = self.triggers.get(verb.i)
        if claim is None or not claim.code.startswith(CLAIM_CODE):
            return []
        return self.finder.collect(self.finder.subjects(verb))

    def only_happens(self, noun: Token) -> bool:
        """Whether an event noun is the subject of a verb that only says it happened, with
        no object of its own ("fighting *broke out*", "clashes *continued*"; but "shelling
        *hit* the hospital" names what was hit)."""
        head = noun.head
        if noun.dep_ not in ("nsubj", "nsubjpass") or head.pos_ != "VERB":
            return False
        if lemma(head) not in self.lexicon.cue("events", "occurrence"):
            return False
        return not any(c.dep_ in ("dobj", "dative") for c in head.children)

    def place_name(self, actor: Actor, noun: Token) -> bool:
        """Whether an actor is a bare country or place name modifying ``noun``."""
        modifiers = [
            c for c in noun.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
        ]
        named = any(actor.start <= m.idx < actor.end for m in modifiers)
        return named and bool(actor.country) and actor.code == actor.country

    def named_only(self, noun: Token, position: Token) -> bool:
        """An event noun that names a past or known event rather than reporting one:
        "veterans *of the Afghan war*", "the story of the battle", "the *1967* war"."""
        dated = any(
            c.ent_type_ == "DATE" or (c.like_num and len(c.text) == 4)
            for c in noun.children
            if c.dep_ in ("nummod", "compound", "amod", "npadvmod")
        )
        if dated or self.known_event(noun):
            return True
        head = position.head
        return (
            position.dep_ == "pobj"
            and head.lower_ == "of"
            and head.head.pos_ in ("NOUN", "PROPN")
            and lemma(head.head) not in self.lexicon.cue("events", "quantity")
            and head.head.i not in self.triggers
        )

    def known_event(self, noun: Token) -> bool:
        """ "the Iraq war", "the Afghan war": a definite event noun whose only participant
        is a name before it, with no one fighting anyone ("by", "between", "against")."""
        if lemma(noun) not in self.lexicon.cue("events", "event_names"):
            return False
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        named = any(c.dep_ in ("compound", "amod") for c in noun.children)
        parties = PARTICIPANT_PREPS | {"by", "against", "with", "on"}
        fought = any(c.dep_ == "prep" and c.lower_ in parties for c in noun.children)
        return definite and named and not fought

    def noun_candidate(self, noun: Token) -> Candidate | None:
        anchor = self.noun_anchor(noun)
        if anchor is None:
            return None
        own = self.noun_participants(noun)
        if self.coder.repeats(noun, own):
            return None
        source = (
            own
            or self.partner_of_clause(noun)
            or self.held_responsible(noun)
            or self.claimed_by(noun)
        )
        target = self.finder.collect(self.finder.prep_objects(noun, TARGET_PREPS | {"of"}))
        undergoers = self.undergoers(noun)
        if undergoers:  # "came under attack *from* militias"
            target = target or undergoers
            source = source or self.finder.collect(
                self.finder.prep_objects(noun, frozenset({"from", "by"}))
            )
        if self.only_happens(noun):
            # "fighting *erupted* between X and Y": the verb says the noun's event happened,
            # it is not a second event (the dictionary also codes "fighting erupted")
            self.consumed.add(noun.head.i)
        if anchor is not noun:
            self.consumed.add(anchor.i)
            if lemma(anchor) in self.lexicon.cue("events", "casualty") or self.strikes_through(
                noun
            ):
                source, target = source or self.perpetrators(anchor), target or self.victims(anchor)
            elif lemma(anchor) in self.lexicon.frame("aspect") and is_passive(anchor):
                # "Serb forces were engaged in ethnic cleansing": the subject acts
                subjects = [c for c in anchor.children if c.dep_ in ("nsubjpass", "nsubj")]
                source = source or self.finder.collect(subjects)
            else:
                source, target = self.named_for(noun, anchor, source, target)
                source = source or self.sources(anchor)
                target = target or self.targets(anchor, noun)
                if not target:  # "launched a mediation effort *between* X and Y"
                    between = self.finder.prep_objects(anchor, PARTICIPANT_PREPS)
                    target = self.finder.collect(between)
                if not target and self.triggers[noun.i].code.startswith("04"):
                    target = self.destination(anchor, noun)
                source, target = self.from_giver(anchor, noun, source, target)
        trigger = self.triggers[noun.i]
        if not target and trigger.code[:2] in PROTEST_ROOTS:
            target = self.protested(anchor, noun) or self.own_government(source, anchor, noun)
        if not target and trigger.code.startswith(SHOW_OF_FORCE):
            target = self.shown_to([noun, anchor])
        if not target and trigger.code[:2] == INVESTIGATE_ROOT:
            # "an inquiry *into* abuses *by* the army", "a probe into crimes committed by
            # Israel": what is looked into names whom the inquiry is about
            looked_into = self.finder.prep_objects(noun, INQUIRY_PREPS)
            if anchor is not noun:  # the parse may hang "into" on the verb: "opened a probe"
                looked_into += self.finder.prep_objects(anchor, frozenset({"into"}))
            target = [a for a in self.reacted_to(looked_into) if a not in source]
        if not target and trigger.code[:2] in ADDRESSED_ROOTS:
            # "its demand *that Sudan end* the siege": the one asked to act
            clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp")]
            clauses = clauses or self.demand_clause(noun, anchor)
            subjects = [s for c in clauses for s in c.children if s.dep_ == "nsubj"]
            target = self.finder.collect(subjects)
        cues = read_cues(noun, self.lexicon)
        return Candidate(
            noun, anchor, trigger.code, trigger.pattern.plover, source, target, cues, cues.modality
        )

    def shown_to(self, heads: list[Token]) -> list[Actor]:
        """Whom force shown is shown to: the state it is held near ("drills *around
        Taiwan*"), whose edge it is held at ("exercises near *the Iraqi border*", "off the
        Korean coast", "massed *on the border*"), or the other side of that edge ("near the
        border *with* Lebanon")."""
        edges = self.lexicon.cue("events", "edges")
        places = self.finder.prep_objects_of(heads, NEAR_WORDS)
        found = self.finder.collect(places)
        places += [p for p in self.finder.prep_objects_of(heads, EDGE_PREPS) if lemma(p) in edges]
        if found:
            return found
        # "its frontier with China": the owner's own edge faces the state across it
        names = [
            c
            for p in places
            for c in p.children
            if c.dep_ in ("amod", "compound", "poss") and c.pos_ != "PRON"
        ]
        return self.finder.collect(names) or self.reacted_to(places, frozenset({"with", "of"}))

    @staticmethod
    def demand_clause(noun: Token, anchor: Token) -> list[Token]:
        """The clause of a demand the parser hangs on the verb that makes it when a word
        comes between them ("reiterated its demand *today* that Israel ease ..."): a "that"
        clause right after the noun, the verb's object."""
        if noun.dep_ != "dobj" or noun.head.i != anchor.i:
            return []
        return [
            c
            for c in anchor.children
            if c.dep_ in ("ccomp", "advcl")  # (read as an adverbial clause after a date)
            and c.left_edge.i > noun.i
            and c.left_edge.lower_ == "that"
            and c.left_edge.i - noun.right_edge.i <= 3
        ]

    @staticmethod
    def named_by(trigger: Trigger, noun: Token) -> bool:
        """Whether a verb's own pattern names the noun among its prepositional objects."""
        return any(
            key == "pobj" and (lemma(noun) in words or noun.lower_ in words)
            for key, words in trigger.pattern.conditions
        )

    def destination(self, anchor: Token, noun: Token) -> list[Actor]:
        """Where one sets off to for talks ("left *for Beijing* for talks"): the hosts, as
        "flew *to Tokyo* for a summit" names them with "to"."""
        if lemma(anchor) not in DEPARTING_VERBS:
            return []
        heads = [h for h in self.finder.prep_objects(anchor, frozenset({"for"})) if h.i != noun.i]
        return self.finder.collect(h for h in heads if h.i not in self.triggers)

    # ---- verbs -------------------------------------------------------------------------
    def verb_candidate(self, verb: Token) -> Candidate | None:
        trigger = self.triggers[verb.i]
        word = lemma(verb)
        casualty = word in self.lexicon.cue("events", "casualty")
        source = self.perpetrators(verb) if casualty else self.sources(verb)
        target = self.victims(verb) if casualty else self.targets(verb)
        if casualty and not trigger.pattern.conditions and not source:
            return None  # a toll without a perpetrator or an attack named is not coded
        stated = any(c.dep_ == "ccomp" for c in verb.children)
        if word in self.lexicon.frame("commit") and stated and not trigger.pattern.conditions:
            # "agreed there is no future ...": accord, not cooperation (but "offered
            # *concessions* that X believed ...": the object offered is the act)
            return None
        if (
            trigger.code.startswith("04")
            and not target
            and any(c.dep_ == "dobj" and not self.names_event(c) for c in verb.children)
        ):
            return None  # "hosted a dinner", "met his golden rule": no one is met
        complements = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
        declined = [c for c in complements if lemma(c) in self.lexicon.frame("refuse_not")]
        if declined and word in self.lexicon.frame("refuse"):
            return None  # "declined to comment" refuses a statement, not an act
        if word in self.lexicon.frame("threaten"):
            subjects = self.finder.subjects(verb)
            if not source or any(s.lower_ in ("it", "this", "that", "which") for s in subjects):
                return None  # "the crisis threatens to engulf the region": a risk, no threat
            if complements and not any(
                c.dep_ == "dobj" for comp in complements for c in comp.children
            ):
                return None
            # the one warned is no threat's object ("warned *Israel* against an air strike")
            objects = [
                c
                for c in verb.children
                if c.dep_ == "dobj" and not any(a.start <= c.idx < a.end for a in target)
            ]
            threats = self.lexicon.cue("events", "threat_objects")
            if objects and not any(lemma(o) in threats for o in objects):
                return None  # "threatened further scores": no coercive warning
        pattern = trigger.pattern
        if pattern.origin == "dictionary" and not pattern.conditions and self.describes(verb):
            return None
        source = self.role(verb, pattern.source_at) or source
        if self.reported_violence(verb, trigger.code):
            source = []
        target = self.held_from(verb, trigger.code, self.role(verb, pattern.target_at) or target)
        if not target and (
            word in self.lexicon.frame_words or trigger.code[:2] in INTENT_ROOTS | SENDING_ROOTS
        ):
            target = self.intended_for(verb)  # "offered *to hand over* suspects to Britain"
        if not target and trigger.code.startswith(AGREEMENT_CODES):
            target = self.agreed_for(verb)  # "signed an accord *to supply Chad* with grain"
        if trigger.code[:2] == DISAPPROVE_ROOT and not any(c.dep_ == "dobj" for c in verb.children):
            # "complained *to the UN over Israeli raids*": the one complained of, not the
            # one complained to
            target = [a for a in self.complained_of(verb) if a not in source] or target
        if trigger.code.startswith(DENY_CODE):
            # "rejected claims that *its troops attacked Congolese soldiers*", "denied
            # attacking Congolese soldiers": whom the act denied was done to, not its doer
            denied = [a for act in self.denied_acts(verb) for a in self.targets(act)]
            target = [a for a in denied if a not in source] or target
        if not source and trigger.code.startswith(RELEASE_CODE) and is_passive(verb):
            source = self.released_by(verb)  # "were freed *from Hamas captivity*"
        if not source and word in EXPELLING_VERBS and is_passive(verb):
            # "two diplomats were expelled *from Venezuela*": the state, the party or the
            # body one is expelled from expels, as "freed from an Iranian prison" is Iran's
            source = [a for a in self.released_by(verb) if a not in target]
        if not target and trigger.code[:2] == THREAT_ROOT:
            acts = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")] or [verb]
            found = (self.threatened_unless(verb, act) for act in acts)
            target = [a for a in next((f for f in found if f), []) if a not in source]
            if not target:
                target = [a for a in self.warned_of(acts) if a not in source]
        if source and not target and trigger.code.startswith(POSTURE_CODES):
            # "deployed warships *near Taiwan*", "pulled troops back from the border with
            # Kosovo": shown to or eased toward the state over that edge
            posted = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
            target = [a for a in self.shown_to(posted) if a not in source]
        if not target and is_violent(trigger.code):
            target = self.purpose_objects(verb)  # "fired tear gas *to disperse protesters*"
        if source and not target and trigger.code.startswith(TERRITORIAL_CODES):
            # "imposed a curfew *in Cizre*" (by someone: "the curfew imposed in Sudan" and "a
            # state of siege was declared in Haiti" tell of no one acting)
            target = self.territory(verb)
        if source and not target and not is_violent(trigger.code):
            target = self.placed_abroad(verb, source)
        if not pattern.swapped and trigger.code[:2] in SENDING_ROOTS:
            source, target = self.from_giver(verb, verb, source, target)
        code = self.street_protest(verb, self.verbal_protest(verb, trigger.code, source))
        if pattern.swapped and not casualty:
            # a dictionary code that runs from the target ("[:173]"); who died or was hurt
            # is already read as the victim ("a prisoner *died* of torture")
            source, target = target, source
        if not target and PROTEST_ROOTS & {code[:2], trigger.code[:2]}:
            target = (
                self.protested(verb)
                or self.protested_act(verb, source)
                or self.at_mission(verb)
                or self.joined_protest(verb)
                or self.own_government(source, verb)
            )
        cues = read_cues(verb, self.lexicon)
        if (
            cues.purpose
            and code[:2] in PROTEST_ROOTS
            and (not self.coded_act(verb.head) or self.gathered_for(verb))
        ):
            # "took to the streets *to protest*", "shunned work to protest": the act done
            # to protest is the protest, and it took place
            cues.purpose = False
        default = pattern.origin == "dictionary" and not pattern.conditions
        named = any(key in ("obj", "dict_obj") for key, _ in pattern.conditions)
        return Candidate(
            verb,
            verb,
            code,
            pattern.plover if code == trigger.code else None,
            source,
            target,
            cues,
            cues.modality,
            default,
            named,
        )

    def received_aid(self, noun: Token) -> bool:
        return noun.i in self.triggers and self.triggers[noun.i].code[:2] in SENDING_ROOTS

    def from_giver(
        self, verb: Token, held: Token, source: list[Actor], target: list[Actor]
    ) -> tuple[list[Actor], list[Actor]]:
        """Aid, money or arms received go from the giver to the receiver: "Kenya *received*
        weapons from Uganda" is Uganda's aid to Kenya. The giver is named after "from" (on
        the verb or on what is received), else it is the other side already read; the
        receiver is the verb's subject (its agent in the passive)."""
        if lemma(verb) not in self.lexicon.cue("events", "receiving"):
            return source, target
        receivers = self.sources(verb) or source
        froms = self.finder.prep_objects_of({verb, held}, frozenset({"from"}))
        givers = [a for a in self.finder.collect(froms) if a not in receivers]
        return givers or [a for a in target if a not in receivers], receivers

    def denied_acts(self, verb: Token) -> list[Token]:
        """The coded acts a denial is of: its own complement ("denied *attacking*") or the
        clause of the claim it rejects ("rejected claims that its troops *attacked*")."""
        claims = [c for c in verb.children if c.dep_ == "dobj"]
        if any(c.dep_ == "poss" or c.lower_ in ("by", "from") for n in claims for c in n.children):
            return []  # "denied accusations *by Kosovo* that ...": the accuser is answered
        heads = [verb] + claims
        return [
            c
            for h in heads
            for c in h.children
            if c.dep_ in ("xcomp", "ccomp", "acl") and c.i in self.triggers and c.pos_ == "VERB"
        ]

    def purpose_objects(self, verb: Token) -> list[Actor]:
        """Whom force used with no one named is aimed at, named by the object of its aim
        ("fired tear gas *to disperse protesters*", "used water cannon to scatter the crowd")."""
        aims = [
            c
            for c in verb.children
            if c.dep_ in ("advcl", "xcomp")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ]
        objects = [o for aim in aims for o in aim.children if o.dep_ == "dobj"]
        return self.finder.collect(objects)

    def agreed_for(self, verb: Token) -> list[Actor]:
        """Whom an agreement signed or reached is for, where its partner is not named but
        what it commits to is ("signed a deal *to sell* jets *to India*", "an accord *to
        supply Chad* with grain"): the recipient of the act the agreement's clause names."""
        # the clause hangs on the agreement or, as the parser often reads it, on the verb
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        clauses = [
            c
            for holder in holders
            for c in holder.children
            if c.dep_ in ("acl", "relcl", "advcl", "xcomp")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ]
        for clause in clauses:
            found = self.act_recipients(clause)
            if found:
                return found
        return []

    def joined_protest(self, verb: Token) -> list[Actor]:
        """Whom a protest is aimed at when it was done during a protest the text names
        ("threw stones *during demonstrations against* the army's abuses"): the target of
        that protest. The verb may hang on another ("resorted to *throwing* stones")."""
        holders = [verb, verb.head] if verb.dep_ == "pcomp" else [verb]
        holders += [h.head for h in holders if h.dep_ == "prep"]
        occasions = self.finder.prep_objects_of(holders, OCCASION_PREPS | {"in"})
        protests = [
            o
            for o in occasions
            if o.i in self.triggers and self.triggers[o.i].code[:2] in PROTEST_ROOTS
        ]
        return self.objected_to(tuple(protests)) if protests else []

    def own_government(self, source: list[Actor], *heads: Token) -> list[Actor]:
        """Whom citizens protest against when they say what against but name no one ("marched
        *against a foreign agents law*", "struck *to demand* higher pay"): their own state's
        government, which makes the laws and pay they object to, as event coders code it.
        The target's span is the phrase of the objection."""
        objection = self.objection(heads)
        citizens = [a for a in source if (a.sector or a.code[-3:]) in CITIZEN_SECTORS]
        # people of a country not acting for its state ("Iraqi Kurds", "Young Algerians",
        # "opposition parties in Nepal") protest as citizens too
        citizens = citizens or [
            a
            for a in source
            if a.country and (a.sector or "") not in STATE_SECTORS and not self.is_state(a)
        ]
        if objection is None or not citizens or self.private_workplace(source, *heads):
            return []  # (workers of a private employer object to their employer)
        # (citizens of no stated country are placed where they protest, and so is this)
        country = citizens[0].country
        start, end = objection.left_edge.idx, objection.right_edge.idx + len(objection.right_edge)
        foreign = [
            a
            for a in self.finder.index.overlapping(start, end)
            if a.country and a.country != country and not self.coder.is_place(a)
        ]
        if foreign:
            # "to show their disapproval *of the United States'* policies": the state the
            # objection names, not the protesters' own
            return foreign[:1]
        # The text names no government: the record names the one coders would and points at
        # the protest that implies it, never at the objection (a clause or a topic such as
        # "against a rise in fuel prices" is no actor).
        name = f"government of {country_name(country)}" if country else "government"
        at, until = heads[0].idx, heads[0].idx + len(heads[0])
        return [Actor((country or "") + "GOV", name, at, until, country, "GOV")]

    def objection(self, heads: tuple[Token, ...]) -> Token | None:
        """The phrase saying what a protest is against or for: "*against* the law", "*over*
        pay", "in protest *of* X", or a clause of its aim ("*to demand* reforms")."""
        # and in what a strike that is described did ("a strike *that shut down* the town
        # in protest of ...")
        clauses = [c for h in heads for c in h.children if c.dep_ == "relcl"]
        for head in (*heads, *clauses):
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ in ("against", "over"):
                    return child
                if child.dep_ == "dobj" and lemma(head) == "protest":
                    return child  # "gathered to protest *the new laws*"
                if child.dep_ == "prep" and child.lower_ == "in":
                    # "in protest *of* last week's arrests"
                    protest = [c for c in child.children if lemma(c) == "protest"]
                    if protest and any(c.dep_ == "prep" for c in protest[0].children):
                        return child
                aim = child.dep_ in ("advcl", "xcomp", "acl") and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in child.children
                )
                if aim or (child.dep_ == "advcl" and child.tag_ == "VBG"):
                    return child  # "to demand reforms", "demanding his release"
        return None

    def coded_act(self, verb: Token) -> bool:
        """Whether a verb or its object is an event of its own ("began *a hunger strike*")."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return any(t.i in self.triggers for t in [verb, *objects])

    def reported_violence(self, verb: Token, code: str) -> bool:
        """Violence told in a participle before a reporting verb ("*Fighting* in Darfur
        displaces thousands, the UN says") is not done by the one who reports it: the
        reporter's subject is not inherited (a welcome or a condemnation is: "Welcoming
        the deal, the minister said")."""
        if not is_violent(code) or verb.dep_ != "advcl" or verb.i > verb.head.i:
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
            return False
        return lemma(verb.head) in self.lexicon.frame("report")

    def verbal_protest(self, verb: Token, code: str, source: list[Actor]) -> str:
        """A protest made in words is a complaint (CAMEO 111; PLOVER: "diplomatic protests
        are ACCUSE"): one that says what it objects to in a clause ("China *protested that*
        the visit violated its sovereignty"), or made by a state or its government ("Japan
        protested to Beijing over the incursion"), not by people in the street."""
        if code[:2] not in PROTEST_ROOTS or lemma(verb) != "protest":
            return code
        said = any(c.dep_ == "ccomp" for c in verb.children) or self.reported_by(verb) is not None
        if said or (source and all(self.is_state(a) for a in source)):
            return VERBAL_PROTEST
        return code

    def protested_act(self, verb: Token, source: list[Actor]) -> list[Actor]:
        """Those who did what a closing "..., X protested" objects to."""
        act = self.reported_by(verb)
        if act is None:
            return []
        return [a for a in self.sources(act) if a not in source]

    @staticmethod
    def reported_by(verb: Token) -> Token | None:
        """The clause a verb of protest closes as its teller, set off by a comma with nothing
        of its own after it ("police detained dozens, *a rights group protested*"), read as
        a second clause by the parser: the verb of that clause, which the protest objects to."""
        # the parser hangs the clause told on the protest ("ccomp") or the protest on it
        told = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
        if closing_clause(verb) and verb.sent.root.i < verb.i:
            return verb.sent.root  # "X did Y, *a rights group protested*"
        if not told and (verb.dep_ not in REPORTED_DEPS or verb.head.i > verb.i):
            return None
        act = told[0] if told else verb.head
        closing = ("nsubj", "punct", "advmod", "npadvmod", "aux", "ccomp")
        if any(
            (c.dep_ not in closing and not said_when(c)) or (c.dep_ == "ccomp" and c.i > verb.i)
            for c in verb.children
        ):
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects or any(c.dep_ == "cc" for c in act.children if c.i > act.i):
            return None
        before = verb.doc[subjects[0].left_edge.i - 1] if subjects[0].left_edge.i else None
        if before is None or before.text != "," or subjects[0].i > verb.i:
            return None
        return act

    def street_protest(self, verb: Token, code: str) -> str:
        """People who gather or march *to protest* something demonstrate (CAMEO 141), even
        where the dictionary reads the protest by what it is against ("to protest the rights
        violations": 110, disapproval), as the coders code a crowd's aim."""
        if lemma(verb) != "protest" or code[:2] in PROTEST_ROOTS:
            return code
        if verb.dep_ not in ("advcl", "xcomp") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
        ):
            return code
        return STREET_PROTEST if self.gathered_for(verb) else code

    def gathered_for(self, verb: Token) -> bool:
        """Whether a purpose infinitive hangs on a verb of gathering or going out that is
        not coded as a protest itself ("gathered *to protest*"; but "marched to protest" is
        told by the march)."""
        head = verb.head
        if lemma(head) not in GOING_OUT | self.lexicon.cue("events", "gathering"):
            return False
        own = self.triggers.get(head.i)
        return own is None or own.code[:2] not in PROTEST_ROOTS

    def is_state(self, actor: Actor) -> bool:
        """A state or its government: "Japan", "the Foreign Ministry", "Chinese officials"
        (a country's name, not its people: "Palestinians", "Iraqi Kurds")."""
        if actor.sector in STATE_SECTORS:
            return True
        span = self.sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
        return bool(actor.country) and span is not None and span.root.ent_type_ == "GPE"

    @staticmethod
    def describes(verb: Token) -> bool:
        """A relative clause in the present tells who its noun is ("the Houthis, *who
        control* northern Yemen", "a party that *heads* the coalition"), not an act: the
        dictionary's default code for such a verb is no event there."""
        return verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP")

    def paired(self, candidate: Candidate) -> Candidate | None:
        """The event back from target to source that a dictionary code pairs with the
        verb's own ("met with" → 040 both ways; "arrived in" → a visit and its hosting)."""
        trigger = self.triggers.get(candidate.trigger.i)
        reverse = trigger.pattern.reverse if trigger else None
        if not reverse or not candidate.target or not candidate.source:
            return None
        if reverse[:2] not in RECIPROCAL_ROOTS:
            return None  # "arrested protesters [175:140]": the text tells no act back
        return Candidate(
            candidate.trigger,
            candidate.anchor,
            reverse,
            None,
            candidate.target,
            candidate.source,
            candidate.cues,
            candidate.modality,
        )

    # ---- modality recoding -------------------------------------------------------------
    def says_of_itself(self, candidate: Candidate, reporter: Token | None) -> bool:
        """The one who says it will not act is the one who would act ("Iran said it would not
        accept"): a refusal. Another's forecast of it ("noting that the rebels would not
        benefit") refuses nothing."""
        if reporter is None or not candidate.source:
            return reporter is not None
        speakers = self.finder.collect(self.finder.subjects(reporter))
        codes = {a.code for a in speakers if a.code}
        return any(a.code in codes for a in candidate.source)

    def recode(self, candidate: Candidate) -> Candidate:
        """Future and obligation turn into what PLOVER codes them as: intents, threats,
        requests ("will provide aid" → AGREE, "will shell" → THREATEN, "X said Y must" →
        REQUEST)."""
        cues = candidate.cues
        root = candidate.code[:2]
        stated = cues.reporter is not None  # someone said so: an intent, offer or threat
        future = cues.future or (cues.reported_future and stated)
        refused = cues.own_negated and future and root in COOPERATIVE_ROOTS
        if refused and self.says_of_itself(candidate, cues.reporter):
            return self._recoded(candidate, "refuse")  # "said it would not accept refugees"
        if cues.conditional and stated and (future or cues.modal) and not cues.negated:
            if cues.unless:
                return self._recoded(candidate, "threaten")  # "will withdraw ... unless"
            if root in COOPERATIVE_ROOTS:
                return self._recoded(candidate, "commit")  # a conditional offer
            if root in MATERIAL_CONFLICT_ROOTS:
                return self._recoded(candidate, "threaten")  # "will withdraw ... unless"
        if cues.negated or cues.hypothetical:
            return candidate
        if cues.readied and root in VIOLENT_ROOTS:
            return self._readied(candidate)
        if future and root in COOPERATIVE_ROOTS:
            return self._recoded(candidate, "commit")
        if future and candidate.code.startswith(SANCTIONS) and self.enacted(cues):
            candidate.modality = "asserted"  # "announced it would halt aid": the policy itself
            return candidate
        if future and root == FORCE_POSTURE_ROOT and self.hosted(candidate):
            return self._recoded(candidate, "commit")  # "will send troops to Lithuania"
        if future and root in MATERIAL_CONFLICT_ROOTS:
            return self._recoded(candidate, "threaten")
        if cues.reported_future and cues.reporter is None:
            candidate.modality = "hypothetical"
        if cues.deontic:
            if cues.reporter is None:
                candidate.modality = "hypothetical"
                return candidate
            addressees = candidate.source
            candidate = self._recoded(candidate, "demand")
            candidate.source = self.finder.collect(self.finder.subjects(cues.reporter))
            candidate.target = addressees
        return candidate

    def hosted(self, candidate: Candidate) -> bool:
        """Forces to be sent *to* a state, not to its edge nor against it ("will send
        troops to Lithuania"), go where they are hosted: aid promised, not force threatened
        (the verb dictionary codes sending forces to a country as military aid, 072)."""
        edges = self.lexicon.cue("events", "edges")
        places = self.finder.prep_objects(candidate.trigger, frozenset({"to"}))
        if not places or any(lemma(p) in edges for p in places):
            return False
        hosts = {h.code for h in self.finder.collect(places)}
        return bool(hosts) and hosts <= {t.code for t in candidate.target}

    def _readied(self, candidate: Candidate) -> Candidate:
        """Forces readied for violence ("the army prepared to resume shelling") show force
        now: CAMEO 150, asserted, between the same sides as the act they are readied for."""
        candidate.code = READIED_CODE
        candidate.plover_override = None
        candidate.modality = "asserted"
        return candidate

    def enacted(self, cues: Cues) -> bool:
        """A cut in relations announced or decided without condition is the policy
        itself, not a threat of it: "announced it would halt all aid to the rebels"
        (CAMEO 16, PLOVER SANCTION); "said it would halt aid unless ..." stays a threat."""
        reporter = cues.reporter
        if reporter is None or cues.conditional or cues.unless:
            return False
        return lemma(reporter) in self.lexicon.frame("enact")

    def _recoded(self, candidate: Candidate, table: str) -> Candidate:
        code = self.lexicon.compose(table, candidate.code)
        if code:
            candidate.code = code
            candidate.plover_override = None
            candidate.modality = "asserted"
        return candidate

    # ---- the sentence ------------------------------------------------------------------
    def obligations(self) -> list[Candidate]:
        """ "X said Y must ...": a demand by X on Y even when the act is not in the lexicon."""
        found = []
        deontic = self.lexicon.cue("modality", "deontic")
        for token in self.deontic_heads(deontic):
            if token.i in self.triggers or token.pos_ not in ("VERB", "AUX"):
                continue
            if token.dep_ != "ccomp" or lemma(token.head) not in self.lexicon.frame("report"):
                continue
            must = [c for c in token.children if c.dep_ == "aux" and c.lower_ in deontic]
            if not must or any(c.dep_ == "neg" for c in token.children):
                continue
            source = self.finder.collect(self.finder.subjects(token.head))
            target = self.finder.collect(c for c in token.children if c.dep_ in ("nsubj",))
            if not source or not target:
                continue
            code = "100" if must[0].lower_ == "must" else "020"
            cues = Cues()
            found.append(Candidate(token, token, code, None, source, target, cues, "asserted"))
        return found

    def deontic_heads(self, deontic: frozenset[str]) -> list[Token]:
        """The tokens of the sentence a "must" or "should" hangs from, in order: only they
        can state an obligation. A parse tree stays within its sentence."""
        lower, doc = self.words.lower, self.sent.doc
        span = range(self.sent.start, self.sent.end)
        heads = {doc[i].head.i for i in span if lower[i] in deontic}
        return [doc[i] for i in sorted(heads) if i in span]

    def candidates(self) -> list[Candidate]:
        if addresses_reader(self.sent.root):
            return []
        found = self.compose() + self.obligations()
        nouns = [
            i
            for i in self.triggers
            if i not in self.consumed and self.triggers[i].pattern.pos == "N"
        ]
        for i in nouns:
            candidate = self.noun_candidate(self.sent.doc[i])
            if candidate:
                self.consumed.add(i)
                found.append(candidate)
        for i, trigger in self.triggers.items():
            if i in self.consumed or trigger.pattern.pos != "V":
                continue
            candidate = self.verb_candidate(self.sent.doc[i])
            if candidate:
                back = self.paired(candidate)
                found += [candidate, back] if back else [candidate]
        found += self.said_of(found)
        # after recoding: "X and Y must agree" is a demand on them, not their agreement
        recoded = [self.recode(c) for c in sorted(found, key=lambda c: c.trigger.i)]
        recoded = self.protest_aims(recoded)
        return [
            both
            for c in recoded
            for both in self.reciprocal(self.home_target(self.at_home(self.domestic(c))))
        ]

    def protest_aims(self, found: list[Candidate]) -> list[Candidate]:
        """A demand voiced in the course of a protest ("rallied in Kirkuk *calling for*
        independence", "blocked roads *demanding* his return", "rioted, joining the crowds
        *in demanding* a vote") is the protest's aim, not an event of its own: it gives the
        protest its target where the protest names none, and is not coded apart."""
        protests = {c.trigger.i: c for c in found if c.code[:2] in PROTEST_ROOTS}
        kept: list[Candidate] = []
        for candidate in found:
            protest = protests.get(self.voiced_in(candidate.trigger))
            if candidate.code[:2] not in VOICED_ROOTS or protest is None:
                kept.append(candidate)
                continue
            if not protest.target:
                protest.target = [a for a in candidate.target if a not in protest.source]
        return kept

    @staticmethod
    def voiced_in(verb: Token) -> int:
        """The verb a participle of demand hangs from, through "joining them in" and the like
        (the index of the demand itself where it heads a clause of its own)."""
        token = verb
        for _ in range(4):
            if token.dep_ not in AIM_DEPS or token.tag_ not in AIM_TAGS | {"IN"}:
                break
            token = token.head
        if token.i != verb.i and token.dep_ in ("dobj", "nsubj") and token.pos_ == "NOUN":
            # hung on the protest's object or subject ("blocked *roads* calling for",
            # "*students* demanding reforms marched")
            token = token.head
        return token.i

    def domestic(self, candidate: Candidate) -> Candidate:
        """People of no stated country who protest against or make demands of a state's
        organs, where the sentence names no place abroad, are that state's citizens
        ("university students staged rallies against *Suharto's government*", "the Hutu
        rebel group insisted that *Burundi's government* grant ...")."""
        if candidate.code[:2] not in CITIZENS_ACTS or not candidate.source:
            return candidate
        if any(a.country or sector_of(a) in STATE_SECTORS for a in candidate.source):
            return self.own_rulers(candidate)
        if not all(sector_of(a) in DOMESTIC_SECTORS for a in candidate.source):
            return candidate  # "rights groups", "UN experts" speak from anywhere
        states = {a.country for a in candidate.target if sector_of(a) in STATE_SECTORS}
        if len(states) != 1 or not all(a.country in states for a in candidate.target):
            return candidate
        country = next(iter(states))
        if country is None or self.place_abroad(country):
            return candidate
        source = [located(a, country) for a in candidate.source]
        return replace(candidate, source=source)

    def at_home(self, candidate: Candidate) -> Candidate:
        """Where a sentence names one country only and one side of the act is that state,
        the people of no stated country on either side (rebels, parties, protesters) are
        its own ("Militants tried to kill *Iraq's* prime minister", "*the Mozambican
        government* accepted demands from rebels"): a domestic affair, as coders code it."""
        country = self.only_country()
        sides = (candidate.source, candidate.target)
        if country is not None and not self.place_abroad(country):
            # and the other way round: the state organ of no stated country that a country's
            # own rebels or citizens deal with is theirs ("*President* Dos Santos conceded to
            # demands from UNITA", the Angolan rebels)
            candidate = self.their_rulers(candidate, country)
            sides = (candidate.source, candidate.target)
        if country is None or not any(
            a.country == country and self.home_organ(a, candidate.code)
            for side in sides
            for a in side
        ):
            return candidate

        sectors = HOME_SECTORS
        if candidate.code.startswith(LEGAL_CODES) and any(
            sector_of(a) in LAW_SECTORS for a in candidate.source
        ):
            sectors = HOME_SECTORS | STATE_SECTORS
        return placed_in(candidate, country, sectors)

    def their_rulers(self, candidate: Candidate, country: str) -> Candidate:
        """Nationless state organs placed in ``country`` when the other side is that
        country's rebels or citizens."""
        sides = (candidate.source, candidate.target)
        people = [
            a
            for side in sides
            for a in side
            if a.country == country and sector_of(a) in DOMESTIC_SECTORS
        ]
        if not people:
            return candidate

        return placed_in(candidate, country, HOME_ORGANS)

    def home_target(self, candidate: Candidate) -> Candidate:
        """An act of a state's organs or people that names no one it is done to, in a sentence
        that names that state only, is done at home: to the country ("the president declined
        to resign", "police broke up the rally") or, by protesters, to its government
        ("demonstrators rioted"), as event coders code a domestic affair."""
        if candidate.target or not candidate.source or candidate.code[:2] in SELF_ROOTS:
            return candidate
        if self.joint(candidate) and len(self.parties_of_joint(candidate)) >= 2:
            return candidate  # co-ordinated parties act on each other (see reciprocal)
        country = self.only_country()
        citizens = self.citizens_act(candidate)
        if country is not None and citizens:
            # "protesters marched in Nairobi", "garment workers demanding higher wages": people
            # of no stated country who protest or demand where the sentence names one country
            # only are its citizens
            candidate = replace(candidate, source=self.citizens_of(candidate.source, country))
        if country is None or any(a.country != country for a in candidate.source):
            return candidate
        if any(not sector_of(a) for a in candidate.source):
            return candidate  # a state itself acts abroad as often as at home
        if candidate.code[:2] in VIOLENT_ROOTS and any(
            sector_of(a) not in HOME_FORCE_SECTORS for a in candidate.source
        ):
            return candidate
        protest = citizens and not any(self.is_state(a) for a in candidate.source)
        if protest and self.private_workplace(
            candidate.source, candidate.trigger, candidate.anchor
        ):
            return candidate
        code = country + "GOV" if protest else country
        # The text names no target: the record names the country the coders would, and points
        # at the act that implies it.
        name = f"government of {country_name(country)}" if protest else country_name(country)
        trigger = candidate.trigger
        home = Actor(code, name, trigger.idx, trigger.idx + len(trigger), country)
        if protest:
            home = replace(home, sector="GOV")
        return replace(candidate, target=[home])

    def private_workplace(self, source: list[Actor], *heads: Token) -> bool:
        """Whether the act's doers are named by a private workplace ("workers *at the Ford
        plant*", "*factory* workers") or the act is done at one ("a strike *at a mine*"): a
        stoppage there is aimed at the employer, not at the government."""
        workplaces = self.lexicon.cue("events", "workplaces")
        doc = self.sent.doc
        spans = [doc.char_span(a.start, a.end, alignment_mode="expand") for a in source]
        roots = [span.root for span in spans if span is not None]
        for token in (*roots, *heads):
            for child in token.children:
                if child.dep_ == "compound" and child.lemma_.lower() in workplaces:
                    return True
                at = child.dep_ == "prep" and child.lower_ in ("at", "in")
                if at and any(
                    p.dep_ == "pobj" and p.lemma_.lower() in workplaces for p in child.children
                ):
                    return True
        return False

    @staticmethod
    def citizens_act(candidate: Candidate) -> bool:
        """A protest, or a demand made by citizens (workers, students, protesters), which
        is aimed at their government when it names no one."""
        if candidate.code[:2] in PROTEST_ROOTS:
            return True
        return candidate.code[:2] == DEMAND_ROOT and all(
            sector_of(a) in CITIZEN_SECTORS for a in candidate.source
        )

    def citizens_of(self, actors: list[Actor], country: str) -> list[Actor]:
        """Actors of no stated country and a citizen's sector (protesters, students,
        workers), placed in ``country`` unless the sentence names a place abroad."""
        if self.place_abroad(country):
            return actors
        return [
            located(a, country) if a.country is None and sector_of(a) in CITIZEN_SECTORS else a
            for a in actors
        ]

    def home_organ(self, actor: Actor, code: str) -> bool:
        """A state's political organs and police, which act at home; a state itself, except
        where force is used (rebels who attack "a *US* convoy" are not American)."""
        if sector_of(actor) in HOME_ORGANS:
            return True
        return code[:2] not in FORCE_ROOTS and self.is_state(actor) and not actor.sector

    def only_country(self) -> str | None:
        """The one state the sentence names, through its actors and places, if one (a
        movement or an organisation, "al-Qaeda", "the UN", is no state)."""
        sent = self.sent
        actors = list(self.finder.index.overlapping(sent.start_char, sent.end_char))
        named = {a.country for a in actors}
        # a town read inside an actor's own words ("*an Indian* court") is that actor's
        # adjective, whose country the actor already gives
        named |= {
            c
            for start, end, c in self.finder.towns
            if sent.start_char <= start
            and end <= sent.end_char
            and not any(a.start < end and start < a.end for a in actors)
        }
        states = {c for c in named if c and is_state_code(c)}
        return next(iter(states)) if len(states) == 1 else None

    def own_rulers(self, candidate: Candidate) -> Candidate:
        """The state organ of no stated country that people of one country (not its state)
        protest against or defy is their own ("rebels in the Ivory Coast dismissed an appeal
        from *President* Gbagbo"), where the sentence names no place abroad."""
        if not all(sector_of(a) in DOMESTIC_SECTORS for a in candidate.source):
            return candidate  # a state's protest is diplomatic: at another state
        citizens = {a.country for a in candidate.source}
        if len(citizens) != 1:
            return candidate
        country = next(iter(citizens))
        if country is None or len(country) != 3 or self.place_abroad(country):
            return candidate
        target = [
            located(a, country) if a.country is None and sector_of(a) in RULING_SECTORS else a
            for a in candidate.target
        ]
        return replace(candidate, target=target)

    def place_abroad(self, country: str) -> bool:
        """Whether the sentence names a town or region in another country than ``country``
        ("protested outside the US embassy *in Baghdad*")."""
        sent = self.sent
        return any(
            c != country
            for start, end, c in self.finder.towns
            if sent.start_char <= start and end <= sent.end_char
        )

    def said_of(self, found: list[Candidate]) -> list[Candidate]:
        """A statement about another actor that reports no event ("Gondor said Arnor's
        offer was welcome", "told Rohan it was ready"): the reporting verb's own code in
        the dictionary (SAY 010), from its author to whom it is told or the first other
        actor its complement names, as PETRARCH codes it. Where the complement tells of an
        event (one the lexicon knows, coded or not), that event is what is reported; an
        attribution after its complement ("..., a senior official said") only sources it;
        with no other actor, it is speech only."""
        # an event the complement only doubts, denies or supposes ("sanctions against Iran
        # *would not work*") is no report of it: the statement is what is coded
        supposed = {c.trigger.i for c in found if c.modality in UNREPORTED}
        reported = {c.trigger.i for c in found if c.modality not in UNREPORTED}
        events = reported | (set(self.triggers) - supposed)
        statements = []
        for verb in self.tokens_with(self.lexicon.frame("report")):
            if verb.pos_ != "VERB" or is_passive(verb) or verb.i in self.consumed:
                continue
            clauses = [c for c in verb.children if c.dep_ == "ccomp"]
            if any(c.i < verb.i for c in clauses):
                continue
            if any(t.i in events for c in clauses for t in c.subtree):
                continue
            said = self.lexicon.verbs.match(verb) if self.lexicon.verbs else None
            if said is None or not (said.code or "").startswith(STATEMENT_ROOT):
                continue
            source = self.finder.collect(self.finder.subjects(verb))
            addressing = lemma(verb) in self.lexicon.cue("events", "addressing")
            told = [
                c for c in verb.children if c.dep_ == "dative" or (addressing and c.dep_ == "dobj")
            ]
            target = self.finder.collect(told) or self.spoken_about(verb)
            target = target or self.first_other(clauses, source)
            # the author's own state is the author speaking of itself ("the minister said
            # Vietnam is committed to ...")
            own = {a.country for a in source if a.country}
            target = [a for a in target if not (a.code == a.country and a.country in own)]
            if source and target:
                cues = read_cues(verb, self.lexicon)
                statements.append(
                    Candidate(verb, verb, said.code, None, source, target, cues, cues.modality)
                )
        return statements

    def first_other(self, clauses: list[Token], source: list[Actor]) -> list[Actor]:
        """The first actor a complement clause names who is not the statement's author."""
        codes = {a.code for a in source}
        for clause in clauses:
            for token in clause.subtree:
                if token.pos_ not in ("NOUN", "PROPN", "PRON"):
                    continue
                found = [a for a in self.finder.collect([token]) if a.code not in codes]
                if found:
                    return found
        return []

    def reciprocal(self, candidate: Candidate) -> list[Candidate]:
        """Acts both sides take part in, coded both ways as CAMEO does: a meeting or talks
        back from the target ("Putin met Xi"); an act of co-operation by co-ordinated parties
        and no one else ("India and Pakistan held talks", "Iran and Saudi Arabia restored
        ties") done by each to the others, one event per party. The town they did it in is
        where, never whom, they did it with ("agreed a truce *in Havana*")."""
        if candidate.target and not self.at_venue(candidate):
            return self.mutual(candidate)
        if not self.joint(candidate):
            return [candidate]
        parties = self.parties_of_joint(candidate)
        if len(parties) < 2:
            return [candidate]
        parties = self.opposite_numbers(parties)
        if self.views_shared(candidate):
            candidate = replace(candidate, code=SHARED_VIEW_CODE)
        return [
            replace(candidate, source=[party], target=[p for p in parties if p is not party])
            for party in parties
        ]

    def views_shared(self, candidate: Candidate) -> bool:
        """Whether co-ordinated parties agree *that* something is so: an accord of views
        reached between them, diplomatic co-operation as CAMEO 2.0 codes it ("Brazil and
        Chile agree that the dispute should go to arbitration"), not an intent to act ("X
        and Y agreed *to* ...", 03)."""
        trigger = candidate.trigger
        return (
            candidate.code == AGREE_CODE
            and lemma(trigger) in SHARING_VIEWS
            and any(
                c.dep_ == "ccomp"
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                for c in trigger.children
            )
        )

    @staticmethod
    def parties_of_joint(candidate: Candidate) -> list[Actor]:
        """The co-ordinated parties of a joint act, one per code, none inside another."""
        return [
            a
            for a in {a.code: a for a in candidate.source}.values()
            if not any(nested(a, other) for other in candidate.source)
        ]

    def opposite_numbers(self, parties: list[Actor]) -> list[Actor]:
        """Rebels or an opposition of no stated country who talk, agree or sign with one
        state are that state's own, wherever they meet ("*Venezuela's* government and the
        opposition held talks in Oslo": the Venezuelan opposition, not a Norwegian one)."""
        states = {a.country for a in parties if a.country and self.is_state(a)}
        if len(states) != 1 or any(a.country and a.country not in states for a in parties):
            return parties
        country = next(iter(states))
        return [
            located(a, country) if a.country is None and sector_of(a) in HOME_SECTORS else a
            for a in parties
        ]

    def at_venue(self, candidate: Candidate) -> bool:
        """Whether a joint act's only target is the place it happened in, while co-ordinated
        parties did it with each other ("Colombia and the FARC agreed a ceasefire *in
        Havana*")."""
        return (
            all(self.coder.is_place(a) for a in candidate.target)
            and self.joint(candidate)
            and len(self.parties_of_joint(candidate)) >= 2
        )

    def joint(self, candidate: Candidate) -> bool:
        """Whether co-ordinated parties did the act with each other: talks, ties, treaties,
        co-operation, an agreement ("X and Y agreed to ..."), or a two-sided act; not an
        offer, a pledge or a welcome they made together ("the US and the EU pledged aid")."""
        code = candidate.code
        if code in JOINT_CODES or code[:2] == "06" or self.two_sided(candidate.trigger):
            return True
        return code[:2] == "03" and lemma(candidate.trigger) in self.lexicon.cue("events", "joint")

    def two_sided(self, trigger: Token) -> bool:
        """Whether the text says the parties acted on each other: "*accused each other*",
        "clashed", "exchanged fire", "fighting *between* X and Y"."""
        if lemma(trigger) in self.lexicon.cue("events", "mutual"):
            return True
        if any(c.dep_ == "prep" and c.lower_ in PARTICIPANT_PREPS for c in trigger.children):
            return True
        if self.their_joint_act(trigger):
            return True
        return any(
            t.lower_ in ("other", "another")
            and any(d.lower_ in ("each", "one") for d in t.children)
            for c in trigger.children
            for t in c.subtree
            if c.dep_ in ("dobj", "prep", "pobj")
        )

    def their_joint_act(self, trigger: Token) -> bool:
        """Whether the act's object is a meeting, talks or ties the co-ordinated subjects
        hold together, told by "their" ("X and Y *postponed their talks*", "*cut their
        ties*"): what is done to it is done by each to the other."""
        return any(
            c.dep_ in ("dobj", "nsubjpass")
            and c.i in self.triggers
            and self.triggers[c.i].code[:2] in RECIPROCAL_ROOTS
            and any(d.dep_ == "poss" and d.lower_ == "their" for d in c.children)
            for c in trigger.children
        )

    def mutual(self, candidate: Candidate) -> list[Candidate]:
        """A meeting or talks coded back from the target ("met", "held talks with")."""
        if candidate.code not in MUTUAL_CODES or not candidate.source:
            return [candidate]
        if any(self.coder.is_place(a) for a in candidate.target):
            return [candidate]  # "returned to Geneva for talks": no one there talks back
        if self.left_from(candidate):
            return [candidate]  # "departed from Nairobi": those left behind meet no one
        if self.arriving(candidate):
            return [candidate]  # "arrived in Indonesia (for a summit)": the hosts did not come
        if self.journey_object(candidate):
            return [candidate]  # "is leaving Britain", "was approached by a reporter"
        return [candidate, replace(candidate, source=candidate.target, target=candidate.source)]

    @staticmethod
    def arriving(candidate: Candidate) -> bool:
        """Whether the act's only target is where a verb of arriving came to, the verb
        itself or governing the act's noun ("arrived *in Jakarta* for a summit"; not
        "arrived in Moscow for talks *with Lavrov*", who talks back)."""
        words = {candidate.trigger, candidate.anchor, candidate.trigger.head}
        verbs = [w for w in words if w.pos_ == "VERB" and lemma(w) in ARRIVING_VERBS]
        return targets_within(
            candidate,
            [
                prep
                for verb in verbs
                for prep in verb.children
                if prep.dep_ == "prep" and prep.lower_ in ARRIVAL_PREPS
            ],
        )

    @staticmethod
    def journey_object(candidate: Candidate) -> bool:
        """Whether the act's only target is the object of a verb of going or coming
        ("is leaving *Britain*", "a reporter approached *the mayor*", "*the mayor* was
        approached"): the place left and the one come up to did nothing back."""
        trigger = candidate.trigger
        if trigger.pos_ != "VERB" or lemma(trigger) not in DEPARTING_VERBS | ARRIVING_VERBS:
            return False
        return targets_within(
            candidate, [obj for obj in trigger.children if obj.dep_ in ("dobj", "nsubjpass")]
        )

    @staticmethod
    def left_from(candidate: Candidate) -> bool:
        """Whether a journey's only target is where it set out from ("departed *from*
        Kenya", "left *from* the capital")."""
        trigger = candidate.trigger
        if trigger.pos_ != "VERB" or lemma(trigger) not in DEPARTING_VERBS:
            return False
        return targets_within(
            candidate,
            [prep for prep in trigger.children if prep.dep_ == "prep" and prep.lower_ == "from"],
        )


def targets_within(candidate: Candidate, phrases: list[Token]) -> bool:
    """Whether the candidate has targets and each lies inside one of the phrases (a token
    with its subtree): the journey's place or person, told by the verb, did nothing back."""
    spans = [(p.left_edge.idx, p.right_edge.idx + len(p.right_edge)) for p in phrases]
    return bool(candidate.target) and all(
        any(start <= a.start and a.end <= end for start, end in spans) for a in candidate.target
    )


# Possessives that make a noun the speaker's own: "warned *its* citizens", "*their* troops".
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})


def own_people(noun: Token) -> bool:
    """Whether an addressee is the speaker's own ("warned *their* populations about the
    militia"): a warning to one's own people is aimed at what it warns of."""
    return any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in noun.children)


def is_state_code(code: str) -> bool:
    """Whether a three-letter country field names a state, not a bloc or a movement."""
    return len(code) == 3 and pycountry.countries.get(alpha_3=code) is not None


def sector_of(actor: Actor) -> str:
    """An actor's sector, from its field or its code's last three letters."""
    return actor.sector or (actor.code[-3:] if len(actor.code) > 3 else "")


def addresses_reader(root: Token) -> bool:
    """Whether a sentence is an instruction to the reader, not a report: its main verb is a
    bare imperative or infinitive with no subject ("To contact the party visit: ...", "Read
    more", "Click here to donate"); the acts it names are the reader's to do, and no one did
    them."""
    if root.tag_ != "VB" or root.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in root.children):
        return False
    helpers = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    return all(c.lower_ in ("to", "do", "please") for c in helpers)


def infinitives(verb: Token) -> list[Token]:
    """The infinitive clauses a verb governs ("ordered the troops *to leave*")."""
    return [
        c
        for c in verb.children
        if c.dep_ in ("xcomp", "ccomp") and any(a.lower_ == "to" for a in c.children)
    ]


def nested(actor: Actor, other: Actor) -> bool:
    """Whether an actor's name lies strictly inside another's ("Bree" in "Bree's prime
    minister"): one party, not two."""
    inside = other.start <= actor.start and actor.end <= other.end
    return inside and (other.start, other.end) != (actor.start, actor.end)


def placed_in(candidate: Candidate, country: str, sectors: frozenset[str]) -> Candidate:
    """The candidate with its actors of no stated country and of one of ``sectors`` placed
    in ``country``."""

    def placed(side: list[Actor]) -> list[Actor]:
        return [
            located(a, country) if a.country is None and sector_of(a) in sectors else a
            for a in side
        ]

    return replace(candidate, source=placed(candidate.source), target=placed(candidate.target))
