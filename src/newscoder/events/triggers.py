"""Match a token against the trigger lexicon: which CAMEO code, if any, it evokes here.

The conditions of a pattern look at the trigger's arguments in the dependency parse: its
object ("suspended *aid*"), subject ("a *car* bomb killed"), prepositions ("met *with*"),
particles ("took *over*") and modifiers ("*car* bombings"). An argument is seen with its
modifiers, its conjuncts and what it quantifies ("a series *of* bombs"), so "military
equipment and assistance" matches both ``military`` and ``assistance``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from newscoder.actors.kb import agent_sector, country_code
from newscoder.events.lexicon import EventLexicon, Pattern
from newscoder.events.sense import is_violent, load_senses
from newscoder.events.verbs import VerbMatch, load_verbs

VERB_POS = frozenset({"VERB"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "advmod", "poss", "nummod"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})


@dataclass(frozen=True, slots=True)
class Trigger:
    token: Token
    pattern: Pattern

    @property
    def code(self) -> str:
        return self.pattern.code


# Words that make phrasal verbs: "pull out", "step down", "hand over", "call off".
PARTICLES = frozenset({"out", "back", "down", "off", "over", "up", "away"})


def is_passive(token: Token) -> bool:
    """A passive verb, also a participle without an auxiliary that modifies a noun or has a
    by-agent ("students *arrested* by police", "*attacked* by militants, the convoy")."""
    if any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in token.children):
        return True
    if token.tag_ != "VBN" or any(c.dep_ in ("aux", "nsubj", "dobj") for c in token.children):
        return False
    if closing_clause(token):
        return False
    return token.dep_ == "acl" or any(c.dep_ == "agent" for c in token.children)


CLOSING_DEPS = frozenset({"advmod", "npadvmod", "punct"})


def closing_clause(verb: Token) -> bool:
    """A verb the parser read as a participle on a noun set off by a comma, where it is
    the finite verb of a closing clause with that noun as subject ("..., *a rights group
    protested* here Wednesday"): nothing follows it but adverbs of time or place, and the
    noun, with its article, is no one acted on ("a group protested" has no object)."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.i > verb.i or verb.i - noun.i > 1:
        return False
    if any(c.dep_ not in CLOSING_DEPS and not said_when(c) for c in verb.children):
        return False
    start = noun.left_edge.i
    if start == 0 or verb.doc[start - 1].text != "," or noun.left_edge.lower_ not in ("a", "an"):
        return False
    last = max(t.i for t in verb.subtree)
    return all(t.is_punct for t in verb.doc[last + 1 : verb.sent.end])


def said_when(child: Token) -> bool:
    """A phrase of time hung on a verb ("on Friday", "late Sunday")."""
    if child.dep_ != "prep":
        return child.dep_ == "npadvmod" or child.ent_type_ in ("DATE", "TIME")
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in child.children)


def lemma(token: Token) -> str:
    return token.lemma_.lower()


def phrase_lemmas(head: Token, quantity: frozenset[str]) -> set[str]:
    """The lemmas an argument offers to a condition: head, modifiers, conjuncts, "of" objects."""
    found: set[str] = set()
    stack = [head]
    seen: set[int] = set()
    while stack:
        token = stack.pop()
        if token.i in seen:
            continue
        seen.add(token.i)
        found.add(lemma(token))
        found.add(token.lower_)
        for child in token.children:
            if (child.dep_ in MODIFIER_DEPS and child.dep_ != "poss") or child.dep_ == "conj":
                stack.append(child)
            elif (
                child.dep_ == "prep"
                and child.lower_ == "of"
                and (lemma(token) in quantity or token.i == head.i)
            ):
                stack.extend(c for c in child.children if c.dep_ == "pobj")
    return found


def objects(token: Token) -> list[Token]:
    """Direct objects of a verb (the passive subject stands for it); a noun's "of" object."""
    found = [c for c in token.children if c.dep_ in ("dobj", "dative", "oprd")]
    if is_passive(token):
        found += [c for c in token.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        found = found or undergoer(token)
    if token.pos_ in NOUN_POS:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                found += [c for c in prep.children if c.dep_ == "pobj"]
    return found


def undergoer(verb: Token) -> list[Token]:
    """Who a passive verb without a subject of its own acts on: the noun its participle
    modifies ("students *arrested* by police"), or the subject of the clause it hangs from
    ("protesters died after *being beaten*", "the convoy was stopped and *searched*")."""
    if verb.dep_ == "acl":
        return [verb.head]
    governor = verb.head.head if verb.dep_ == "pcomp" else verb.head
    if verb.dep_ not in ("pcomp", "advcl", "conj", "xcomp") or governor.i == verb.i:
        return []
    return [c for c in governor.children if c.dep_ in ("nsubj", *PASSIVE_SUBJECT_DEPS)]


def argument_lemmas(token: Token, key: str, quantity: frozenset[str]) -> set[str]:
    values: set[str] = set()
    if key == "obj":
        for obj in objects(token):
            values |= phrase_lemmas(obj, quantity)
    elif key == "subj":
        for child in token.children:
            if child.dep_ in SUBJECT_DEPS or child.dep_ == "agent":
                heads = [child]
                if child.dep_ == "agent":
                    heads = [c for c in child.children if c.dep_ == "pobj"]
                for head in heads:
                    values |= phrase_lemmas(head, quantity)
    elif key == "prep":
        values = {lemma(c) for c in token.children if c.dep_ in ("prep", "prt", "agent")}
    elif key == "pobj":
        for prep in token.children:
            if prep.dep_ in ("prep", "agent"):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        values |= phrase_lemmas(pobj, quantity)
    elif key == "subjof":
        values = {lemma(v) for v in governed_as_subject(token)}
    elif key == "maker":
        for head in makers(token):
            values |= phrase_lemmas(head, quantity)
    elif key == "prt":
        values = {lemma(c) for c in token.children if is_particle(token, c)}
    elif key == "mod":
        values = {lemma(c) for c in token.children if c.dep_ in MODIFIER_DEPS}
        values |= {c.lower_ for c in token.children if c.dep_ in MODIFIER_DEPS}
        values |= hyphenated(token)
    return values


def governed_as_subject(noun: Token) -> list[Token]:
    """The verbs a noun is the active subject of: its head ("strikes *killed* six"), or
    the verb of a relative clause on it ("a strike *that killed* six")."""
    verbs = [noun.head] if noun.dep_ == "nsubj" and noun.head.pos_ in ("VERB", "AUX") else []
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        if any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in clause.children):
            verbs.append(clause)
    return verbs


def makers(noun: Token) -> list[Token]:
    """Who carries out what an event noun names: the subject of the verb it is the object of
    ("*doctors* began a strike"), its "by" object ("a strike *by* rail *workers*") or its
    possessor ("the *nurses'* strike"). A labour strike and an armed strike differ by it."""
    found = [c for c in noun.children if c.dep_ == "poss"]
    for prep in noun.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ == "by":
            found += [c for c in prep.children if c.dep_ == "pobj"]
    if noun.dep_ in ("dobj", "pobj"):
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        found += [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return found


def hyphenated(token: Token) -> set[str]:
    """A hyphenated modifier the tokenizer splits ("live-fire", "anti-government"), whole:
    the words before the head from its first modifier, where a hyphen is among them."""
    before = [c for c in token.children if c.dep_ in MODIFIER_DEPS and c.i < token.i]
    words = token.doc[min((c.left_edge.i for c in before), default=token.i) : token.i]
    if not any(t.text == "-" for t in words):
        return set()
    return {"".join(t.text for t in words).lower()}


def is_particle(verb: Token, child: Token) -> bool:
    """A verb's particle, also where the parser read it as a preposition or adverb right
    after the verb ("pulled *out* of the bloc", "stepped *down* after protests")."""
    if child.dep_ == "prt":
        return True
    return child.dep_ in ("prep", "advmod") and child.i == verb.i + 1 and child.lower_ in PARTICLES


OWN_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my", "own"})


def owned_by_other(obj: Token) -> bool:
    """Whether a thing acted on is marked as another party's: a possessor that is no
    pronoun ("*the rebels'* arsenal"), a party word or name before it ("a *rebel* weapons
    depot", "*Taliban* weapons") or after "of" ("the arms *of the militia*"). Destroying
    one's own arms disarms; destroying an enemy's is an attack on property."""
    for child in obj.children:
        if child.dep_ == "poss" and child.lower_ not in OWN_PRONOUNS:
            return True
        if child.dep_ in ("compound", "amod") and (names_party(child) or owned_by_other(child)):
            return True
        if child.dep_ == "prep" and child.lower_ in ("of", "belonging"):  # noqa: SIM102
            if any(c.dep_ == "pobj" and names_party(c) for c in child.children):
                return True
    return False


def names_party(token: Token) -> bool:
    return token.pos_ == "PROPN" or bool(agent_sector(token.lower_) or country_code(token.text))


def conditions_hold(token: Token, pattern: Pattern, quantity: frozenset[str]) -> bool:
    for key, wanted in pattern.conditions:
        if key == "noobj":
            if objects(token) and not is_passive(token):
                return False
            continue
        if key == "hasobj":
            if not objects(token):
                return False
            continue
        if key == "own":
            if any(owned_by_other(obj) for obj in objects(token)):
                return False
            continue
        if key == "objhead":
            if not {lemma(o) for o in objects(token)} & wanted:
                return False
            continue
        if not argument_lemmas(token, key, quantity) & wanted:
            return False
    return True


def pos_key(token: Token) -> str | None:
    # A gerund in a noun's position is the event noun ("*Fighting* has erupted").
    if token.pos_ in NOUN_POS or (
        token.tag_ == "VBG"
        and token.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj")
        and not any(c.dep_ in ("dobj", "nsubj", "aux") for c in token.children)
    ):
        return "N"
    if token.pos_ in VERB_POS:
        return "V"
    return None


def keys(token: Token) -> list[tuple[str, str]]:
    pos = pos_key(token)
    if pos is None:
        return []
    found = [(lemma(token), pos)]
    if pos == "N" and token.lower_ != lemma(token):
        found.append((token.lower_, pos))  # "fighting" tagged as a verb form
    return found


def dictionary_pattern(token: Token, found: VerbMatch) -> Pattern | None:
    """A verb dictionary match as a trigger row; None where the dictionary codes no event."""
    if not found.is_event:
        return None
    rule = found.pattern
    conditions: tuple[tuple[str, frozenset[str]], ...] = ()
    if rule is not None:  # a specific sense, which framing verbs do not recode
        # the object a pattern names is part of the expression ("conduct *an operation*")
        # only for the verb it was written for: "headed the sales *operations*" is not one
        idiom = rule.obj and rule.own_to(lemma(token))
        conditions = (("dict_obj" if idiom else "dict", rule.written_for),)
    return Pattern(
        trigger=lemma(token),
        pos="V",
        conditions=conditions,
        code=found.code or found.reverse or "-",
        reverse=found.reverse if found.code else None,
        swapped=found.code is None,
        source_at=rule.source if rule else None,
        target_at=rule.target if rule else None,
        origin="dictionary",
    )


def transparent(token: Token, lexicon: EventLexicon) -> bool:
    """Reporting, aspect, planning and attempt verbs: the act they frame is the event ("said
    *it attacked*", "began *a hunger strike*"), so they are never coded from the dictionary."""
    return lemma(token) in lexicon.transparent_words


def match_verb(token: Token, lexicon: EventLexicon, parties: int = 2) -> Pattern | None:
    """Our specific rows first (senses and blocks the dictionary lacks), then the verb
    dictionary's patterns, then our bare rows, then the dictionary's default code.

    The dictionary is read only where the sentence offers an actor (``parties``), and its
    default code, which is coded between two actors only, where it offers two."""
    quantity = lexicon.cue("events", "quantity")
    rows = lexicon.patterns.get((lemma(token), "V"), [])
    for pattern in rows:
        if pattern.conditions and conditions_hold(token, pattern, quantity):
            return pattern
    word = lemma(token)
    # Framing verbs compose with their complement, so they take only the dictionary's
    # specific senses ("asked for *aid*", "opened *fire*"), not its default code; a
    # transparent one only an idiom of its own with a plain object (see plain_object),
    # between two actors as a default code is ("launched a campaign against polio" is none).
    framing = transparent(token, lexicon)
    use_dictionary = parties > 0 and lexicon.verbs is not None
    if framing:
        use_dictionary = use_dictionary and parties >= 2 and plain_object(token, lexicon)
    found = lexicon.verbs.match(token) if use_dictionary and lexicon.verbs else None
    if found is not None and framing and not own_idiom(token, found, lexicon):
        found = None
    bare = next((p for p in rows if not p.conditions), None)
    # a pattern written for another verb of the block ("send *weapons*" → military aid,
    # inherited by "deploy") yields to our own row for this verb
    specific = found is not None and found.pattern is not None
    if specific and bare is not None and found.restates_default:  # type: ignore[union-attr]
        specific = False  # our own row for the verb says more than a restated default
    if specific and (bare is None or found.pattern.own_to(word)):  # type: ignore[union-attr]
        return dictionary_pattern(token, found)  # type: ignore[arg-type]
    if bare is not None:
        return bare
    if found is None or parties < 2 or frames_clause(token, lexicon):
        return None
    if not (has_other_party(token) or requested_act(token, lexicon)):
        return None
    return dictionary_pattern(token, found)


def plain_object(token: Token, lexicon: EventLexicon) -> bool:
    """Whether a transparent verb (aspect, report, plan) may make an event of its own with
    its object ("*launched* a military operation", "*continued* military action"): it has a
    noun object that is no event the lexicon codes by itself ("launched an *attack*": the
    noun is the event) and carries no clause, and the verb frames no clause ("began *to
    shell*") and is no participle on a noun ("aircraft *using* missiles" says how)."""
    if token.dep_ == "acl" or any(c.dep_ in CLAUSE_DEPS for c in token.children):
        return False
    held = [o for o in objects(token) if o.pos_ == "NOUN"]
    quantity = lexicon.cue("events", "quantity")
    for obj in held:
        if any(c.dep_ in CLAUSE_DEPS for c in obj.children):
            return False  # "continued their effort *to overthrow* ...": the clause is the act
        if phrase_lemmas(obj, quantity) & lexicon.noun_triggers:
            return False  # "launched ten days of war *games*": the noun is the event
    return bool(held)


def own_idiom(token: Token, found: VerbMatch, lexicon: EventLexicon) -> bool:
    """Whether the dictionary's match is an idiom written for this verb that names its
    object (CAMEO "LAUNCH * {&MILITARY OPERATION}" 190), not the block's default code. A
    violent one needs an object that names armed force: the verb alone gives no violent
    reading ("COMMIT * &CRIME" 180 would make diplomats who "committed violations" attackers)."""
    rule = found.pattern
    if rule is None or not rule.obj or not rule.own_to(lemma(token)):
        return False
    if not is_violent(found.code or found.reverse or ""):
        return True
    return names_force(token, lexicon)


# The dictionary's own sets of armed forces and arms: what makes an operation military.
FORCE_SETS = ("MILITARY", "WEAPON", "AIRCRAFT")


@lru_cache(maxsize=1)
def force_words() -> frozenset[str]:
    """The senses' armed doers and the one-word members of the dictionary's force sets."""
    synsets = load_verbs().synsets
    found = {words[0] for name in FORCE_SETS for words in synsets.get(name, ()) if len(words) == 1}
    return frozenset(found) | load_senses().armed_doers


def names_force(token: Token, lexicon: EventLexicon) -> bool:
    """Whether a verb's object names armed force ("a *military* operation", "*rocket*
    fire"), not only an act ("committed *violations*")."""
    quantity = lexicon.cue("events", "quantity")
    return any(phrase_lemmas(o, quantity) & force_words() for o in objects(token))


CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "acl", "relcl"})


def frames_clause(token: Token, lexicon: EventLexicon) -> bool:
    """Whether a framing verb frames a clause here ("refused *to talk*", "warned *that it
    would strike*"): the clause is the event. With a plain object ("abandoned its
    outposts", "warned the rebels") the verb is an act of its own, and the dictionary's
    code for it holds."""
    if lemma(token) not in lexicon.frame_words:
        return False
    return any(c.dep_ in ("xcomp", "ccomp") for c in token.children)


def requested_act(verb: Token, lexicon: EventLexicon) -> bool:
    """Whether a verb is the act an appeal or a demand asks for ("urged Kenya *to help*",
    "ordered the troops *to withdraw*"): the request names who asks and who is asked, so
    the act needs no party of its own to be coded as what is asked."""
    if verb.dep_ not in ("xcomp", "ccomp") or not any(c.lower_ == "to" for c in verb.children):
        return False
    head = lemma(verb.head)
    return head in lexicon.frame("appeal") or head in lexicon.frame("demand")


def has_other_party(verb: Token) -> bool:
    """Whether a verb has an object or a prepositional object that could name a target: a
    dictionary's default code is coded only between two actors, as PETRARCH does."""
    return any(c.dep_ in ("dobj", "dative", "prep", "agent", "nsubjpass") for c in verb.children)


def match(token: Token, lexicon: EventLexicon, parties: int = 2) -> Trigger | None:
    """The pattern this token evokes, or None (no entry, or a blocking entry matched).
    ``parties``: how many actors the sentence offers (see :func:`match_verb`)."""
    quantity = lexicon.cue("events", "quantity")
    for key in keys(token):
        if key[1] == "V":
            pattern = match_verb(token, lexicon, parties)
            return None if pattern is None or pattern.blocks else Trigger(token, pattern)
        for pattern in lexicon.patterns.get(key, ()):
            if conditions_hold(token, pattern, quantity):
                return None if pattern.blocks else Trigger(token, pattern)
    return None
