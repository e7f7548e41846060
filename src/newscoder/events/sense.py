"""Word sense of violent codes: a violent code needs a violent reading.

News uses the words of violence for politics, law, sport, business and illness ("killed the
bill", "battling extradition", "crushed the home side", "floods destroyed homes"). A
candidate with a violent code (CAMEO 18x, 19x, 20x and the violent 14x/17x codes of
``senses.toml``) is kept only when

* what it acts on can be harmed: an actor, a named person, group or place, or a noun of the
  ``harmable`` list (people, forces, places, buildings, vehicles); a noun outside them ("the
  bill", "a sequel", "extradition") is a figurative patient;
* it is not a striving ("fighting *to save* his sight", "a battle *to win* the election");
* its doer is not a force of nature or of the economy ("*floods* destroyed homes");
* the sentence is not about sport ("in the opening *game* of the series", "4-0");
  a story about sport as a whole (:func:`sport_story`) codes no event at all;
* it has a doer, or its victims are a force, an official or a state body: a body found or a
  man shot by no one named is ordinary crime, not a political event.

An arrest (CAMEO 173) is no violence, but the same line holds: private people held for an
ordinary crime ("arrested after a stabbing") are police work, not a political event.

Readings turned down are returned with their reason, so they can be counted and listed
(``NEWSCODER_EVENTS_DISCARDED=1`` writes them to standard error).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newscoder.events.args import antecedent
from newscoder.lexicon import read_lexicon
from newscoder.model import Actor

PATIENT_DEPS = frozenset({"dobj", "nsubjpass"})
# Relative pronouns for things, read as the noun they stand for ("who" is a person anyway).
RELATIVE_PRONOUNS = frozenset({"which", "that"})
NOUN_PATIENT_PREPS = frozenset({"on", "against", "of", "upon"})
# (an idiom's own "of" phrase is part of it: "a show of force")
IDIOM_PATIENT_PREPS = NOUN_PATIENT_PREPS - {"of"}
NAMED = frozenset({"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
CAMPAIGN_TARGETS = frozenset({"PERSON", "ORG"})
PARTY_SECTOR = "PTY"
OWN_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my", "your"})
# Where a document keeps whether it is a story about sport (:func:`sport_story`).
SPORT_STORY_KEY = "newscoder_sport_story"
SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")
HYPHENATED = re.compile(r"\b[a-z]+-[a-z]+\b")
# "fighting *to save*", "a battle *to win*"; not a purpose adverbial ("fired *to disperse*")
STRIVING_DEPS = frozenset({"xcomp", "acl"})
REPRESSION_CODE = "175"
# The "to" clauses of aim whose object tells an effort from violence: an adverbial one of the
# act itself ("fight *to protect the budget*"), and a complement as well where a framing word
# puts the act ("vowed to fight *to protect jobs*"; "vowed to fight *to defend the city*" stays).
AIM_DEPS = frozenset({"advcl"})
FRAMED_AIM_DEPS = frozenset({"advcl", "xcomp"})
# Prepositions that say where an act happened, not to whom.
LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside"})
# Assault, fighting and mass violence: harm to people (not to property, 17x, which a crowd of
# prisoners setting fire to their cells does to the state's jail).
HARM_ROOTS = frozenset({"18", "19", "20"})
PERSON_ENDINGS = ("girl", "boy", "man", "men", "woman", "women", "child", "children", "people")


@dataclass(frozen=True, slots=True)
class Senses:
    codes: tuple[str, ...]
    harmable: frozenset[str]
    natural_forces: frozenset[str]
    sport: frozenset[str]
    sport_weak: frozenset[str]
    political_sectors: frozenset[str]
    armed_doers: frozenset[str]
    agreement_codes: tuple[str, ...]
    speaking_sectors: frozenset[str]
    arrest_codes: tuple[str, ...]
    ordinary_crimes: frozenset[str]
    political_charges: frozenset[str]
    crime_nouns: frozenset[str]
    lone_doers: frozenset[str]
    petty_criminals: frozenset[str]
    commerce: frozenset[str]
    business_sectors: frozenset[str]
    contests: frozenset[str]
    margins: frozenset[str]
    sport_story_strong: int
    campaign_nouns: frozenset[str]
    campaigning_sectors: frozenset[str]
    armed_sectors: frozenset[str]
    own_aims: frozenset[str]
    sport_story_words: int
    row_words: frozenset[str]
    row_sectors: frozenset[str]
    row_guards: frozenset[str]
    row_titles: frozenset[str]
    row_collectives: frozenset[str]
    relief_codes: tuple[str, ...]
    mishaps: frozenset[str]
    contest_stages: frozenset[str]
    private_sectors: frozenset[str]
    guard_codes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Discarded:
    """A violent reading turned down: the sentence, the trigger word, the code and why."""

    sentence: str
    trigger: str
    code: str
    reason: str


@lru_cache(maxsize=1)
def load_senses() -> Senses:
    data = tomllib.loads(read_lexicon("events", "senses.toml"))["violence"]
    return Senses(
        codes=tuple(data["codes"]),
        harmable=frozenset(data["harmable"]),
        natural_forces=frozenset(data["natural_forces"]),
        sport=frozenset(data["sport"]),
        sport_weak=frozenset(data["sport_weak"]),
        political_sectors=frozenset(data["political_sectors"]),
        armed_doers=frozenset(data["armed_doers"]),
        agreement_codes=tuple(data["agreement_codes"]),
        speaking_sectors=frozenset(data["speaking_sectors"]),
        arrest_codes=tuple(data["arrest_codes"]),
        ordinary_crimes=frozenset(data["ordinary_crimes"]),
        political_charges=frozenset(data["political_charges"]),
        crime_nouns=frozenset(data["crime_nouns"]),
        lone_doers=frozenset(data["lone_doers"]),
        petty_criminals=frozenset(data["petty_criminals"]),
        commerce=frozenset(data["commerce"]),
        business_sectors=frozenset(data["business_sectors"]),
        contests=frozenset(data["contests"]),
        margins=frozenset(data["margins"]),
        sport_story_strong=data["sport_story_strong"],
        sport_story_words=data["sport_story_words"],
        campaign_nouns=frozenset(data["campaign_nouns"]),
        campaigning_sectors=frozenset(data["campaigning_sectors"]),
        armed_sectors=frozenset(data["armed_sectors"]),
        own_aims=frozenset(data["own_aims"]),
        row_words=frozenset(data["row_words"]),
        row_sectors=frozenset(data["row_sectors"]),
        row_guards=frozenset(data["row_guards"]),
        row_titles=frozenset(data["row_titles"]),
        row_collectives=frozenset(data["row_collectives"]),
        relief_codes=tuple(data["relief_codes"]),
        mishaps=frozenset(data["mishaps"]) | frozenset(data["natural_forces"]),
        contest_stages=frozenset(data["contest_stages"]),
        private_sectors=frozenset(data["private_sectors"]),
        guard_codes=tuple(data["guard_codes"]),
    )


def is_violent(code: str) -> bool:
    return code.startswith(load_senses().codes)


def patients(trigger: Token) -> list[Token]:
    """What the trigger acts on: a verb's object (the passive subject), an event noun's
    "on"/"against"/"of" object ("an attack *on the budget*")."""
    if trigger.pos_ in ("VERB", "AUX"):
        passive = any(c.dep_ == "auxpass" for c in trigger.children)
        deps = PATIENT_DEPS if passive else frozenset({"dobj"})
        found = [c for c in trigger.children if c.dep_ in deps]
        # "fought off a challenge": the parser hangs the object on the particle
        particles = [c for c in trigger.children if c.dep_ == "prt"]
        found += [p for c in particles for p in c.children if p.dep_ == "pobj"]
        # "the convoy, *which* was attacked": the pronoun stands for its noun
        return [antecedent(c) if c.lower_ in RELATIVE_PRONOUNS else c for c in found]
    return [
        p
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ in NOUN_PATIENT_PREPS
        for p in c.children
        if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")  # "an attack on Sunday"
    ]


def idiom_patients(trigger: Token) -> list[Token]:
    """What an expression that names its object acts on: the "on"/"against" object of the
    verb or of that object ("opened fire *on protesters*", "launched a military operation
    *against the Red Sox*"); the named object itself is part of the expression."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return []
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    found = prep_objects(holders, IDIOM_PATIENT_PREPS)
    return [p for p in found if p.ent_type_ not in ("DATE", "TIME")]


def prep_objects(holders: list[Token], preps: frozenset[str] | None = None) -> list[Token]:
    """The objects of the holders' prepositions (of those in ``preps``, where given)."""
    return [
        p
        for holder in holders
        for c in holder.children
        if c.dep_ == "prep" and (preps is None or c.lower_ in preps)
        for p in c.children
        if p.dep_ == "pobj"
    ]


def harmable(token: Token, actors: list[Actor], senses: Senses) -> bool:
    """A person, force, place or thing that can be harmed, or a number of them ("killed 12")."""
    # ("people *who* were killed": "who" stands for people)
    if token.ent_type_ in NAMED or token.tag_ in ("PRP", "CD") or token.lower_ in ("who", "whom"):
        return True
    if traded(token, senses):
        return False  # "attacking a spammer's website": a thing, though coded as an actor
    if any(a.start <= token.idx < a.end for a in actors):
        return True
    if token.tag_ in ("NNS", "NNPS") and any(
        c.dep_ == "amod" and c.ent_type_ == "NORP" for c in token.children
    ):
        # "Afghan asylum seekers": people of a nation; one thing of a nation is no one
        # ("broke the long-standing *Irish record*")
        return True
    if token.lemma_.lower().endswith(PERSON_ENDINGS):
        return True  # "schoolgirl", "policewoman", "congressmen"
    words = {token.lemma_.lower(), token.lower_}
    words |= {c.lemma_.lower() for c in token.children if c.dep_ in ("compound", "prep")}
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        words |= {p.lemma_.lower() for p in prep.children if p.dep_ == "pobj"}  # "dozens of"
    # armed doers are harmed too ("two attackers were killed by the security forces")
    return bool(words & (senses.harmable | senses.armed_doers))


def striving(trigger: Token) -> bool:
    """ "fighting to save", "a battle to win": the word names an effort, not violence; a
    verb with an object of its own does something to reach its aim ("fired rockets *to
    destroy* the base", "used tear gas to disperse them")."""
    if any(c.dep_ == "dobj" for c in trigger.children):
        return False
    return any(
        c.dep_ in STRIVING_DEPS and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in trigger.children
    )


def figurative(acted_on: list[Token], actors: list[Actor], senses: Senses) -> bool:
    """Whether something is acted on and none of it can be harmed ("the budget", "jobs")."""
    return bool(acted_on) and not any(harmable(p, actors, senses) for p in acted_on)


def aim_unharmed(
    trigger: Token, actors: list[Actor], senses: Senses, deps: frozenset[str] = AIM_DEPS
) -> bool:
    """ "would fight *to protect the budget*": a verb with no object whose "to" clause (read
    as an adverbial one) acts on nothing harmable names an effort; one aimed at a place or
    people ("attacked *to seize the airport*") stays violent."""
    if any(c.dep_ == "dobj" for c in trigger.children):
        return False
    aims = [
        c
        for c in trigger.children
        if c.dep_ in deps and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]
    return bool(aims) and all(figurative(patients(aim), actors, senses) for aim in aims)


def effort_framed(trigger: Token, actors: list[Actor], senses: Senses) -> bool:
    """ "vowed *to fight to protect jobs*": the act a framing word introduces is itself an
    effort for something that cannot be harmed."""
    acts = [c for c in trigger.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"]
    return bool(acts) and all(aim_unharmed(act, actors, senses, FRAMED_AIM_DEPS) for act in acts)


def natural_doer(trigger: Token, senses: Senses) -> bool:
    doers = [c for c in trigger.children if c.dep_ == "nsubj"]
    if trigger.dep_ == "acl" or trigger.dep_ == "relcl":
        doers.append(trigger.head)
    if not doers and trigger.dep_ in ("advcl", "conj") and trigger.tag_ == "VBG":
        # "an earthquake struck, *destroying* homes": the participle's doer is its clause's
        doers = [c for c in trigger.head.children if c.dep_ == "nsubj"]
    return any(d.lemma_.lower() in senses.natural_forces for d in doers)


def sentence_words(sent: SpacySpan) -> set[str]:
    """The sentence's words as written (lower case) and as lemmas, for the word lists."""
    return {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}


def sporting(sent: SpacySpan, senses: Senses) -> bool:
    words = sentence_words(sent)
    # words the tokenizer splits at their hyphen, whole and singular ("semi-finals")
    words |= {w.removesuffix("s") for w in HYPHENATED.findall(sent.text.lower())}
    strong = words & senses.sport
    weak = words & senses.sport_weak
    return bool(strong) or len(weak) >= 2 or bool(SCORE.search(sent.text))


def sporting_sentence(sent: SpacySpan) -> bool:
    """Whether a sentence is about sport (the word lists of ``senses.toml``)."""
    return sporting(sent, load_senses())


def sport_story(doc: Doc) -> bool:
    """Whether a whole story is about sport: its distinct words include enough of the
    sport lists of ``senses.toml`` (``sport_story_strong`` strong ones, ``sport_story_words``
    in all). A sentence of a match report often names no sport word of its own ("ahead of
    their meeting with Fiji in Suva"), so the story, not the sentence, says it."""
    # (read once per document: the events stage and the ACLED backfill both ask)
    if SPORT_STORY_KEY not in doc.user_data:
        senses = load_senses()
        words = {t.lemma_.lower() for t in doc} | {t.lower_ for t in doc}
        strong = words & senses.sport
        doc.user_data[SPORT_STORY_KEY] = (
            len(strong) >= senses.sport_story_strong
            and len(strong | (words & senses.sport_weak)) >= senses.sport_story_words
        )
    return bool(doc.user_data[SPORT_STORY_KEY])


def beyond_play(trigger: Token, actors: list[Actor]) -> bool:
    """Whether an event of sport news is more than play: an armed doer acts or is acted on,
    named as such ("a suicide *bomber* struck outside the stadium", "*police* arrested the
    striker"). Coders code those whatever the story is about. Codes alone do not say it:
    in sport "the Tigers", "the captain" and "FAI officials" are teams and club men."""
    senses = load_senses()
    if armed_doer(trigger, senses):
        return True
    doc = trigger.doc
    for actor in actors:
        span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if span is not None and any(
            t.lemma_.lower() in senses.armed_doers or t.lower_ in senses.armed_doers
            for t in span
        ):
            return True
    return False


def armed_doer(trigger: Token, senses: Senses) -> bool:
    """An armed group or a weapon as the doer or instrument ("*gunmen* stormed", "an *IED*
    detonated", "abducted by *pirates*", "killed *by a bomb*")."""
    heads = [c for c in trigger.children if c.dep_ in ("nsubj", "dobj")]
    heads += [p for c in trigger.children if c.dep_ in ("agent", "prep") for p in c.children]
    # "raids *in which* 54 civilians were killed": the clause's antecedent is the act
    clause = next((a for a in [trigger, *list(trigger.ancestors)[:3]] if a.dep_ == "relcl"), None)
    if clause is not None:
        heads.append(clause.head)
    words = {h.lemma_.lower() for h in heads} | {h.lower_ for h in heads}
    words |= {m.lemma_.lower() for h in heads for m in h.children if m.dep_ == "compound"}
    return bool(words & senses.armed_doers)


def speaking(actor: Actor, senses: Senses) -> bool:
    """Whether an actor is of those who fight with words (lawmakers, the press, judges)."""
    sector = actor.sector or actor.code.lstrip("-")[3:6]
    return sector[:3] in senses.speaking_sectors


def crime_words(sent: SpacySpan) -> set[str]:
    """The sentence's words for the crime lists: its words and lemmas, its hyphenated words
    whole ("break-in", which the tokenizer splits) and each verb with its particle or
    preposition ("broke into" as "break into")."""
    words = sentence_words(sent)
    words |= set(HYPHENATED.findall(sent.text.lower()))
    words |= {
        f"{t.lemma_.lower()} {c.lower_}"
        for t in sent
        if t.pos_ == "VERB"
        for c in t.children
        if c.dep_ in ("prep", "prt")
    }
    return words


def ordinary_arrest(trigger: Token, target: list[Actor], senses: Senses) -> bool:
    """Whether an arrest is police work on an ordinary crime: the sentence names such a crime
    ("after a stabbing", "on suspicion of burglary") or those held are named as thieves or
    burglars (not smugglers, whom states hold at borders), no political charge or protest is
    named, and those held are private people, no official, force, party, state or critic."""
    words = crime_words(trigger.sent)
    petty = bool(target) and all(petty_criminal(a, senses) for a in target)
    crime = words & senses.ordinary_crimes or petty
    if not crime or words & senses.political_charges:
        return False
    held = [a for a in target if not private_person(a, trigger) and not named_as_place(a, trigger)]
    return not (political_victims(held, senses) or any(speaking(a, senses) for a in held))


def named_as_place(actor: Actor, trigger: Token) -> bool:
    """Whether an actor is named only as a place in the act's own words, inside an "in",
    "at" or "near" phrase anywhere under the trigger ("charged a man with robbery *in
    Glasgow*"): the town, not a state, that the act concerns."""
    return any(
        p.left_edge.idx <= actor.start and actor.end <= p.right_edge.idx + len(p.right_edge)
        for p in trigger.subtree
        if p.dep_ == "prep" and p.lower_ in LOCATIVE_PREPS
    )


def private_person(actor: Actor, trigger: Token) -> bool:
    """A person named whom the actors stage gave only the story's country ("police arrested
    Jon Reyes": USA, put on the person or on the verb): a private person, not the state the
    bare code would say."""
    if actor.code != actor.country:
        return False
    people = [e for e in trigger.sent.ents if e.label_ == "PERSON"]
    if any(e.start_char <= actor.start < e.end_char for e in people):
        return True
    held = [c for c in trigger.children if c.dep_ in PATIENT_DEPS]
    return actor.start == trigger.idx and any(
        e.start <= c.i < e.end for c in held for e in people
    )


def political_victims(target: list[Actor], senses: Senses) -> bool:
    return any(
        a.sector
        and a.sector[:3] in senses.political_sectors
        or a.code.lstrip("-")[3:6] in senses.political_sectors
        or (a.country and a.code == a.country)  # a state itself
        for a in target
    )


def reject_reason(
    trigger: Token,
    code: str,
    source: list[Actor],
    target: list[Actor],
    actors: list[Actor],
    composed: bool = False,
    names_object: bool = False,
) -> str | None:
    """Why a violent code has no violent reading here, or None when it has one.

    ``composed``: the trigger is a framing word whose complement is the violent act ("tried
    *to assassinate*"), so its "to" clause is the act itself, not a striving.
    ``names_object``: the trigger's pattern names its object ("opened *fire*"), which is
    then part of the expression, not what is harmed."""
    senses = load_senses()
    if code.startswith(senses.arrest_codes) and ordinary_arrest(trigger, target, senses):
        return "arrest or charge of private people for an ordinary crime"
    if code.startswith(senses.relief_codes) and mishap_rescue(trigger, target, senses):
        return "private people saved from an accident or a disaster: no political event"
    if code.startswith(senses.guard_codes) and figurative(patients(trigger), actors, senses):
        return f"figurative patient of a protection: {patients(trigger)[0].text}"
    if not is_violent(code):
        return None
    idiom = names_object or code.startswith(senses.agreement_codes)
    acted_on = idiom_patients(trigger) if idiom else patients(trigger)
    if acted_on and not any(harmable(p, actors, senses) for p in acted_on):
        return f"figurative patient: {acted_on[0].text}"
    if acted_on and all(own_aim(p, senses) for p in acted_on) and not armed_side(
        trigger, source, senses
    ):
        # (an army that "hit its targets" struck what it aimed at)
        return f"the doer's own aim: {acted_on[0].text}"
    if (striving(trigger) or aim_unharmed(trigger, actors, senses)) and not composed:
        return "striving: an effort to do something"
    if composed and effort_framed(trigger, actors, senses):
        return "striving: an effort to do something"
    if natural_doer(trigger, senses):
        return "doer is a force of nature or of the economy"
    if petty_crime(trigger, source, target, senses):
        return "doers are thieves or burglars and no state body is harmed: ordinary crime"
    if sporting(trigger.sent, senses) and not beyond_play(trigger, source + target):
        return "sport"
    if won_by(trigger, senses):
        return "a margin of a race or a game: sport"
    if contest_stage(trigger, senses):
        return "won in a stage of a contest ('in the final'): sport"
    if unknown_names(trigger, acted_on, actors):
        return "doer and patient are names no actor code knows, as teams are: a result"
    if ranking(trigger, senses):
        return "a ranking: placed in a list, a chart or a poll"
    if not acted_on and trading_doer(trigger, source, senses):
        return "doer is a firm, a market or a product, and no one is harmed: business"
    noun = trigger.pos_ in ("NOUN", "PROPN") or trigger.tag_ == "VBG"
    armed = armed_doer(trigger, senses)
    if source and not armed and all(speaking(a, senses) for a in source):
        return "doers fight with words: criticism"
    if not armed and office_row(trigger, source, target, senses):
        return "a row among office-holders or bosses, no one else drawn in: politics"
    if not armed and political_campaign(trigger, source, target, senses):
        return "a campaign aimed at persons or waged by a party: politics"
    if not armed and acted_on and all(a_party(p, target) for p in acted_on):
        return "a party attacked as a body, not its people or places: criticism"
    # (repression, 175, is the state's by definition: "protesters were arrested in Cairo")
    unsaid = not source and not noun and not armed and not code.startswith(REPRESSION_CODE)
    harmed = [a for a in target if not named_as_place(a, trigger)]
    if unsaid and not political_victims(harmed, senses):
        return "no doer and no political victim: ordinary crime"
    if code[:2] in HARM_ROOTS and private_harm(trigger, source, target, senses):
        return "a private person harms private people, nothing political: ordinary crime"
    # (its victims private people: "a shooting wounded *a teenager*")
    private = not political_victims(target, senses)
    if noun and not source and private and crime_noun(trigger, actors, senses):
        return "a shooting with no one named and nothing political: ordinary crime"
    return None


def mishap_rescue(trigger: Token, target: list[Actor], senses: Senses) -> bool:
    """Whether a rescue (``relief_codes``) saves private people from a mishap the sentence
    names (``mishaps``: "after their boat *sank*", "from the *rubble*"): emergency work, not
    aid between parties. A state's rescue teams sent abroad help that state (kept)."""
    if political_victims(target, senses):
        return False
    return bool(sentence_words(trigger.sent) & senses.mishaps)


def contest_stage(trigger: Token, senses: Senses) -> bool:
    """Whether the act is done "in" a stage of a contest ("beat Medvedev *in the final*",
    "crushed them *in the second round*"): the object of the trigger's own "in" phrase is a
    word of ``contest_stages``, so the act is a result."""
    stages = [
        p
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return any(p.lemma_.lower() in senses.contest_stages for p in stages)


def private_harm(
    trigger: Token, source: list[Actor], target: list[Actor], senses: Senses
) -> bool:
    """Whether a private person (``private_sectors``: "a man", "a teenager") harms private
    people of the same country, or no one coded ("stabbed two people in a supermarket"), in a
    sentence with no political word and no armed doer: ordinary crime, which coders of
    political events leave to the police news. Across peoples ("a Jewish settler shot a
    Palestinian") it is not."""
    # (the town it was done in is no one harmed: "shot his wife *in Texas*")
    target = [a for a in target if not named_as_place(a, trigger)]
    if not source or political_victims(target, senses):
        return False
    if not all(sector_of_actor(a) in senses.private_sectors for a in source + target):
        return False
    if len({a.country for a in source + target if a.country}) > 1:
        return False
    words = sentence_words(trigger.sent)
    return not words & (senses.political_charges | senses.armed_doers)


def sector_of_actor(actor: Actor) -> str:
    """An actor's sector: its own, or the code's letters after the country."""
    if actor.sector:
        return actor.sector[:3]
    return actor.code[3:6] if actor.country else actor.code[:3]


def office_row(trigger: Token, source: list[Actor], target: list[Actor], senses: Senses) -> bool:
    """Whether a fight word (``row_words``: the trigger or its object, "declared *war* on
    each other") names a quarrel: every side an office-holder, a party or a firm
    (``row_sectors``), none a state itself, and no crowd, weapon or harm in the sentence
    (``row_guards``, ``armed_doers``). With no side coded, the fight must be mutual and
    between persons named ("fighting *between* Mr A *and* Mr B", "fighting *each other*")."""
    words = (trigger, *near_words(trigger))
    if not any(t.lemma_.lower() in senses.row_words for t in words):
        return False
    said = sentence_words(trigger.sent)
    if said & (senses.row_guards | senses.armed_doers):
        return False
    # (the place where it is news is no side: "a row *in France* between two bosses")
    sides = source + [a for a in target if not where_it_happened(a, trigger)]
    if sides:
        return all(row_side(a, trigger, senses) for a in sides)
    return mutual_persons(trigger, senses)


def row_side(actor: Actor, trigger: Token, senses: Senses) -> bool:
    """Whether a side can be in a quarrel: an office-holder, a party or a firm, or a
    person named whom no actor code knows ("Mr Camus"); never a state itself nor a side
    named as a band (``row_collectives``)."""
    bare = actor.code.lstrip("-")
    if (actor.country and actor.code == actor.country) or (len(bare) == 3 and not actor.sector):
        return False  # a state, or a place coded as one
    if set(actor.name.lower().split()) & senses.row_collectives:
        return False  # "opposition groups fighting inside Syria" are armed bands
    if sector(actor) in senses.row_sectors:
        return True
    span = trigger.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    unknown = actor.code.startswith("---")
    return unknown and span is not None and any(person_name(t, senses) for t in span)


def person_name(token: Token, senses: Senses) -> bool:
    """A person's name: the parser says so, or a title stands before it ("Mr Camus", which
    the parser may take for a nationality)."""
    if token.ent_type_ == "PERSON":
        return True
    before = token.doc[token.i - 1] if token.i else None
    return before is not None and before.lower_.rstrip(".") in senses.row_titles


def mutual_persons(trigger: Token, senses: Senses) -> bool:
    """Whether the act is mutual between persons: "each other", "one another", or
    "between" persons named (the parser's PERSON entities) and nothing else."""
    titles = senses.row_titles
    after = trigger.doc[trigger.i + 1 : trigger.i + 6].text.lower()
    if "each other" in after or "one another" in after:
        return True
    for c in trigger.children:
        if c.dep_ == "prep" and c.lower_ == "between":
            named = [p for p in c.subtree if p.pos_ == "PROPN" and p.lower_ not in titles]
            return bool(named) and all(person_name(p, senses) for p in named)
    return False


def political_campaign(
    trigger: Token, source: list[Actor], target: list[Actor], senses: Senses
) -> bool:
    """Whether the act is a campaign noun (``campaign_nouns``: the trigger, its object or
    its prepositional object, "went *on the offensive*") aimed only at persons named, or
    aimed at no one and waged by parties or speakers; no side of an armed sector."""
    words = (trigger, *near_words(trigger))
    nouns = [t for t in words if t.lemma_.lower() in senses.campaign_nouns]
    if not nouns or any(sector(a) in senses.armed_sectors for a in source + target):
        return False
    if any(a.country and a.code == a.country for a in source):
        return False  # a state itself wages war ("Russia launched an offensive")
    aimed = prep_objects([trigger, *nouns], IDIOM_PATIENT_PREPS)
    # persons and bodies named (the parser tags some surnames as organisations); armed
    # groups were turned away by their sector above
    people = [p for p in aimed if p.ent_type_ in CAMPAIGN_TARGETS]
    if people:
        # "against Trump *on immigration*": the topic is no one harmed
        others = [p for p in aimed if p.ent_type_ not in CAMPAIGN_TARGETS]
        return not any(p.ent_type_ in NAMED or p.lemma_.lower() in senses.harmable for p in others)
    waged = bool(source) and all(sector(a) in senses.campaigning_sectors for a in source)
    return waged and not aimed and not target


def armed_side(trigger: Token, source: list[Actor], senses: Senses) -> bool:
    """Whether the doer is armed: an armed doer word or an actor of an armed sector."""
    return armed_doer(trigger, senses) or any(sector(a) in senses.armed_sectors for a in source)


def own_aim(token: Token, senses: Senses) -> bool:
    """Whether what is acted on is an aim the doer set itself: a noun of ``own_aims`` held
    by a possessive pronoun ("hit *its* target", "beat *their* record")."""
    return token.lemma_.lower() in senses.own_aims and any(
        c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for c in token.children
    )


def a_party(token: Token, target: list[Actor]) -> bool:
    """Whether what is acted on is a political party as a body ("attacking *the party* he
    once led", "attacked *the Democratic Party* over taxes"): the word "party", or a name
    the actors stage codes as a party. A party is attacked in words; its offices, rallies
    and members are what arms harm."""
    if token.lemma_.lower() == "party":
        return True
    return token.ent_type_ == "ORG" and any(
        a.start <= token.idx < a.end and sector(a) == PARTY_SECTOR for a in target
    )


def near_words(trigger: Token) -> list[Token]:
    """The trigger's objects and the objects of its prepositions ("launched *an offensive*",
    "went on *the offensive*")."""
    return [c for c in trigger.children if c.dep_ == "dobj"] + prep_objects([trigger])


def sector(actor: Actor) -> str:
    """An actor's first sector: its own, or the three letters after its country code."""
    return (actor.sector or actor.code.lstrip("-")[3:6])[:3]


def petty_crime(
    trigger: Token, source: list[Actor], target: list[Actor], senses: Senses
) -> bool:
    """Whether the doers are all named as private criminals ("burglars", "a thief"), nothing
    political is in the sentence, and no one harmed is of a political sector (a house's town,
    coded as its state, is where it happened, not a victim)."""
    if not source or not all(petty_criminal(a, senses) for a in source):
        return False
    if crime_words(trigger.sent) & senses.political_charges:
        return False
    return not any((a.sector or "")[:3] in senses.political_sectors for a in target)


def petty_criminal(actor: Actor, senses: Senses) -> bool:
    last = actor.name.lower().split()[-1] if actor.name.strip() else ""
    return bool({last, last.removesuffix("s")} & senses.petty_criminals)


def unknown_names(trigger: Token, acted_on: list[Token], actors: list[Actor]) -> bool:
    """Whether a verb's doer and what it acts on are both names (not places) that no actor
    code covers ("the Yankees crushed the Red Sox"): a state, a force or an armed group the
    knowledge base knows gets a code, and a place harmed is no unknown name, so two uncoded
    organisations meeting in a violent verb are teams (or firms), whose clash is a result."""
    doers = [c for c in trigger.children if c.dep_ == "nsubj"]
    sides = doers + acted_on
    return bool(doers) and bool(acted_on) and all(unknown_name(t, actors) for t in sides)


def unknown_name(token: Token, actors: list[Actor]) -> bool:
    if token.pos_ != "PROPN" or token.ent_type_ in PLACE_ENTITIES:
        return False
    return not any(
        a.start <= token.idx < a.end and a.code.strip("-") for a in actors
    )


def traded(token: Token, senses: Senses) -> bool:
    """A good, a firm's product or a market that no harm word names ("a *website*",
    "the *album*"); "market" as a place of stalls stays harmable."""
    lemma = token.lemma_.lower()
    return lemma in senses.commerce and lemma not in senses.harmable


def trading_doer(trigger: Token, source: list[Actor], senses: Senses) -> bool:
    """Whether every doer of the act is a firm, a market or a product: a noun of the
    ``commerce`` list ("the stock *market* exploded") or an actor of a company sector
    ("*Qantas* fought back with a budget airline")."""
    if any(traded(m, senses) for m in means(trigger)):
        return True  # "fought back *with its own budget airline*": a product is the weapon
    doers = [c for c in trigger.children if c.dep_ == "nsubj"]
    if not doers:
        return bool(source) and all(business(a, senses) for a in source)
    return all(
        d.lemma_.lower() in senses.commerce
        or any(a.start <= d.idx < a.end and business(a, senses) for a in source)
        for d in doers
    )


def means(trigger: Token) -> list[Token]:
    """What the act is done with: the objects of the trigger's "with" phrases."""
    return [
        p
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for p in c.children
        if p.dep_ == "pobj"
    ]


def business(actor: Actor, senses: Senses) -> bool:
    sector = actor.sector or actor.code.lstrip("-")[3:6]
    return sector[:3] in senses.business_sectors


def won_by(trigger: Token, senses: Senses) -> bool:
    """Whether the act is won by a margin ("beat him *by almost 10secs*", "by 40 metres"):
    the object of the trigger's own "by" phrase is a unit of time, distance or score (a
    passive's doer, "killed *by gunmen*", is no unit)."""
    units = [
        p
        for c in trigger.children
        if c.dep_ in ("prep", "agent") and c.lower_ == "by"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    # (a number written onto its unit is one token: "10secs", "1.45secs")
    return any(
        {u.lemma_.lower(), u.lower_, u.lower_.lstrip("0123456789.")} & senses.margins
        for u in units
    )


def ranking(trigger: Token, senses: Senses) -> bool:
    """Whether the act is a place in a contest of works or artists: the trigger's own
    phrase names a list, a chart or a poll ("beat them *in the magazine's list*")."""
    # (the parser may hang the phrase on the object: "beating artists such as X *in the list*")
    objects = [t for t in trigger.subtree if t.dep_ == "pobj" and t.head.dep_ == "prep"]
    return any(
        {o.lemma_.lower(), o.lower_} & senses.contests
        or any(m.lemma_.lower() in senses.contests for m in o.children if m.dep_ == "compound")
        for o in objects
    )


def where_it_happened(actor: Actor, trigger: Token) -> bool:
    """Whether an actor is only named as where the act happened ("was found dead in his
    hotel room *in Florida*"): inside an "in"/"at"/"near" phrase of the trigger's own."""
    places = [
        c
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS
    ]
    return any(
        p.left_edge.idx <= actor.start and actor.end <= p.right_edge.idx + len(p.right_edge)
        for p in places
    )


def crime_noun(trigger: Token, actors: list[Actor], senses: Senses) -> bool:
    """Whether a noun of violence is local crime news: a crime noun ("a shooting on Elm
    Street"), no armed group or political word in its sentence, and no actor there of a
    political sector or a state."""
    if not {trigger.lemma_.lower(), trigger.lower_} & senses.crime_nouns:
        return False
    sent = trigger.sent
    words = sentence_words(sent)
    if words & senses.political_charges or words & (senses.armed_doers - senses.lone_doers):
        return False
    # (the police who report a shooting make it no political event: "police said")
    here = [
        a for a in actors
        if sent.start_char <= a.start < sent.end_char and not (a.sector or "").startswith("COP")
        and not a.code.endswith("COP")
    ]
    return not political_victims(here, senses)

