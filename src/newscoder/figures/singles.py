"""Victims counted without a number: "a man was shot and killed", "he was pronounced dead",
"shooting his daughter in the arm", "a boy who was fatally shot", "in critical condition".

Local crime reports give most tolls as single people. A singular person (a noun phrase, a
name or a personal pronoun) that is the patient of a casualty predicate counts one; numbers
already read in the sentence take precedence. Whether several such mentions are one person
is settled when the headline is chosen: a headline is the first count, never a sum.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newscoder.figures.candidates import IMPLICIT, Candidate, make_candidate
from newscoder.figures.categories import (
    BODY_PARTS,
    DEATH_VERBS,
    INTRANSITIVE,
    SELVES,
    WOUND_VERBS,
    Reading,
    _is_agent,
    _predicate_lemma,
    bullet_doer,
    bullet_hit,
    care_category,
    is_person_noun,
    negated,
    predicate_category,
    who_of,
    wound_category,
)
from newscoder.figures.cosubjects import split_subjects
from newscoder.figures.lexicon import FigureLexicon, lexicon
from newscoder.figures.numbers import NumberPhrase, parse_number
from newscoder.parse import doc_words

AGE_UNITS = frozenset({"year", "month", "week", "day"})
SINGLE_CATEGORIES = frozenset({"killed", "injured", "shot"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
REFLEXIVES = frozenset({"himself", "herself", "itself"})
PERSONAL_SELVES = frozenset({"himself", "herself"})  # a person, never "itself"
RELATIVES = frozenset({"who", "that", "whom"})
SELF = "self"  # the ``who`` of a death the killer inflicted on themself
CARRY_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "prep", "acomp", "dep"})
FATAL_WORDS = frozenset({"fatal", "deadly", "mortal", "lethal"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
DEATH_ADJECTIVES = frozenset({"dead", "deceased"})
# Verbs that come upon the dead, and the nouns that are the dead ("found a body").
FIND_VERBS = frozenset({"find", "discover", "recover", "locate", "pull", "retrieve", "identify"})
BODY_NOUNS = frozenset({"body", "corpse", "bodies", "remains"})
# A person named as one of the dead: "the deceased", "the homicide victim".
PERSON_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr"})
KILLINGS = frozenset({"homicide", "murder", "murdered", "slain", "deceased", "dead"})
# Nouns whose governing verb may state a victim: "in critical condition", "with a wound".
GOVERNED_WORDS = frozenset({"condition", "wound", "wounds", "injury", "injuries"})
WOUNDS = GOVERNED_WORDS
# Entity types a name that suffers a casualty predicate is never a person of; the tagger
# often calls an unfamiliar person's name an ORG or NORP ("the death of Trinity Gay").
PLACE_LIKE = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT", "PRODUCT", "LAW",
                        "WORK_OF_ART", "MONEY", "CARDINAL", "QUANTITY", "PERCENT"})
# Capitalised words of page furniture and headlines that stand where a name would.
NOT_NAMES = frozenset({"video", "photo", "watch", "close", "skip", "share", "update", "breaking",
                       "police", "sheriff", "authorities", "officials"})


def _is_single_person(token: Token) -> bool:
    """ "a man", "the victim", "his daughter", "Smith", "he"; not plurals or "who"."""
    if token.tag_ in ("NNS", "NNPS"):
        return False
    if token.lower_ == "deceased" and token.dep_ in PERSON_DEPS:
        return any(c.lower_ == "the" for c in token.children)  # "the deceased was 34"
    if token.lower_ == "another" and token.dep_ in PERSON_DEPS:
        return True  # "two died and another was wounded": one more person
    if token.pos_ == "PRON":
        return token.lower_ in PERSON_PRONOUNS
    if token.pos_ == "PROPN":
        return token.ent_type_ == "PERSON" or _unknown_name(token) or _aged(token)
    if token.lower_ == "old" and any(c.lower_ in AGE_UNITS for c in token.children):
        return True  # "a 3-year-old died": the age stands for the person
    if _ordinal(token) and token.dep_ in ("nsubj", "nsubjpass", "dobj"):
        # "a third was hurt", "killed two and injured a third", "the other was wounded"
        return any(c.lower_ in ("a", "the") for c in token.children)
    return token.pos_ == "NOUN" and is_person_noun(token) and token.lemma_.lower() != "people"


# Words that stand for one more person of those told: "a third", "the other".
ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                      "ninth", "tenth", "other"})


def _ordinal(token: Token) -> bool:
    return token.ent_type_ == "ORDINAL" or token.lower_ in ORDINALS


def _aged(name: Token) -> bool:
    """ "19-year-old Amber Caudill": an age before a name makes it a person's, whatever type
    the tagger gave the name (the age often drags it into a DATE or a PRODUCT)."""
    return name.text.istitle() and any(
        c.lower_ == "old" and any(g.lower_ in AGE_UNITS for g in c.children)
        for c in name.children
    )


def _unknown_name(token: Token) -> bool:
    """ "Mackey died", "the death of Trinity Gay": a name the tagger did not know (no type,
    or an ORG or NORP by mistake) in a victim's place; not a headline's capitalised common
    noun ("Man and Woman Killed") nor a shouted caption word ("SUSPECT KILLED")."""
    if token.ent_type_ in PLACE_LIKE or not token.text.istitle():
        return False
    return not is_person_noun(token) and token.lower_ not in NOT_NAMES


def _antecedent(token: Token) -> Token:
    """ "a boy who was fatally shot": the relative pronoun stands for the noun it modifies."""
    if token.lower_ in RELATIVES and token.head.dep_ == "relcl":
        return token.head.head
    return token


def _subject(verb: Token, steps: int = 4) -> Token | None:
    """The verb's own subject, else the subject of the clause it hangs from ("... is in
    hospital after being shot")."""
    current = verb
    for _ in range(steps):
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            # the nearest person: a dateline before the sentence ("GEORGETOWN, SC - A girl
            # has died") is parsed as a second subject
            people = [c for c in subjects if _is_single_person(_antecedent(c))]
            people = people or _appositions(subjects)
            return _antecedent((people or subjects)[-1])
        if _reduced_relative(current):
            return _described(current)  # "the man found shot and killed"
        if current.dep_ == "ROOT":
            return _lost_subject(current)
        if current.dep_ == "ccomp" and _series_subject(current) is not None:
            return _series_subject(current)
        if current.dep_ not in CARRY_DEPS:
            return None
        if _finite(current) and current.head.lemma_.lower() in lexicon().attribution_verbs:
            return None  # "X confirmed two girls were killed": X reports, X is no victim
        current = current.head
    return None


def _series_subject(verb: Token) -> Token | None:
    """ "said Fekede killed one person, wounded three others, and then killed himself": a
    verb of a series the parser split into clauses of "said" shares the subject of the
    clause before it."""
    before = [c for c in verb.head.children if c.dep_ == "ccomp" and c.i < verb.i]
    if not before or any(t.lower_ in (".", ";") for t in verb.doc[before[-1].i : verb.i]):
        return None
    subjects = [c for c in before[-1].children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects[-1] if subjects else None


def _appositions(subjects: list[Token]) -> list[Token]:
    """ "LA PORTE, Texas - A man was shot": the parser makes the dateline the subject and
    the person its apposition; the person is the one the verb speaks of."""
    return [a for s in subjects for a in s.subtree
            if a.dep_ == "appos" and _is_single_person(a)]


def _reduced_relative(verb: Token) -> bool:
    """ "the man found shot", "a boy wounded in the crossfire": a participle after a noun,
    with no subject of its own (the tagger may take it for a past: VBD)."""
    if verb.tag_ not in ("VBN", "VBD") or _has_subject(verb) or _marked(verb):
        return False
    if verb.dep_ == "acl":
        return verb.head.pos_ not in ("VERB", "AUX")
    # or hung on the main verb: "released the name of the woman found shot"
    return verb.dep_ == "advcl" and _is_single_person(verb.doc[verb.i - 1])


def _marked(verb: Token) -> bool:
    """An auxiliary or a conjunction makes a clause of its own ("after he was found")."""
    return any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)


def _described(participle: Token) -> Token:
    """The noun a reduced relative describes: the one just before it ("the identity of the
    man found shot": the parser may hang "found" on "identity"), else its head."""
    before = participle.doc[participle.i - 1]
    return before if _is_single_person(before) else participle.head


def _lost_subject(verb: Token) -> Token | None:
    """ "According to the sheriff, John Doe, 16, died": a main verb the parser left without
    a subject, its subject hung as an apposition on the phrase before; the person named
    just before the verb, with no other verb between, is the one it speaks of."""
    for token in reversed(verb.doc[verb.sent.start : verb.i]):
        if token.pos_ in ("VERB", "AUX"):
            return None
        if token.dep_ == "appos" and _is_single_person(token):
            return token
    return None


def _finite(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children)


def _turned_gun_on_self(token: Token) -> bool:
    """ "then turned the gun on himself", "turning the shotgun on herself": a suicide, the
    subject is among the dead."""
    weapons = lexicon().weapon_nouns
    if token.lemma_.lower() != "turn" or not any(c.lower_ in weapons for c in token.children):
        return False
    return any(
        g.lower_ in REFLEXIVES for c in token.children if c.lower_ == "on" for g in c.children
    )


def _nominal_victim(token: Token, lex: FigureLexicon) -> tuple[str, Token] | None:
    """ "the shooting death of a 10-year-old boy", "the fatal shooting of his daughter"."""
    lemma = token.lemma_.lower()
    words = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound")}
    if lemma == "shooting":
        category = "killed" if words & FATAL_WORDS else "shot"
    else:
        category = lex.nominal_predicates.get(lemma, "")
    if category not in SINGLE_CATEGORIES:
        return None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                return category, objects[0]
    return None


def _modified_person(token: Token, lex: FigureLexicon) -> tuple[str, Token] | None:
    """ "a wounded man", "a boy injured in the crossfire": a participle on a person noun."""
    lemma = _predicate_lemma(token, lex)
    if lemma is None or token.dep_ not in ("amod", "acl") or _has_subject(token):
        return None  # "report that Smith was shot": a clause with its own subject
    # "a boy shot and killed Monday": a reduced relative the tagger may take for a past
    reduced = token.tag_ == "VBD" and token.dep_ == "acl" and not _has_subject(token)
    if token.tag_ != "VBN" and not reduced and token.lower_ not in DEATH_ADJECTIVES:
        return None
    return predicate_category(token, lemma, token.head, token.head, lex), token.head


def _found_body(verb: Token) -> Token | None:
    """ "deputies found a body", "a body was recovered from the river", "the body of a
    hunter was found": one body found is one dead; "the bodies of a man and a woman" are
    the people named after "of"."""
    if verb.lemma_.lower() not in FIND_VERBS or verb.pos_ != "VERB":
        return None
    for arg in verb.children:
        if arg.dep_ not in ("dobj", "nsubjpass") or arg.lemma_.lower() not in BODY_NOUNS:
            continue
        named = [g for c in arg.children if c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj" and _is_single_person(g)]
        if named:
            return named[0]
        if arg.tag_ == "NN" and any(c.dep_ in ("det", "poss") for c in arg.children):
            return arg
    return None


def _named_dead(noun: Token) -> Token | None:
    """ "the deceased was identified", "the homicide victim": a person named as one of the
    dead (a "shooting victim" may have lived)."""
    if noun.tag_ != "NN" and noun.lower_ != "deceased":
        return None
    if noun.lower_ == "deceased" and noun.dep_ in PERSON_DEPS:
        return noun if any(c.lower_ == "the" for c in noun.children) else None
    if noun.lemma_.lower() == "victim" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in KILLINGS for c in noun.children
    ):
        return noun
    return None


def _lost_life(verb: Token) -> Token | None:
    """ "a father of three lost his life": one life lost is one dead, the subject; "the
    shooting claimed the life of a teacher": the person after "of"."""
    lemma = verb.lemma_.lower()
    if lemma not in lexicon().life_predicates or verb.pos_ != "VERB" or lemma == "save":
        return None
    lives = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "life"]
    if not lives:
        return None
    named = [g for c in lives[0].children if c.lower_ == "of" for g in c.children
             if g.dep_ == "pobj" and _is_single_person(g)]
    if named:
        return named[0]
    if lemma == "lose" and any(c.lower_ in ("his", "her") for c in lives[0].children):
        return _subject(verb)
    return None


def _a_death(noun: Token) -> Token | None:
    """ "investigating a shooting death" is one dead; "her son's death" is the son's."""
    if noun.lemma_.lower() != "death" or noun.tag_ != "NN" or noun.dep_ == "compound":
        return None
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    if owners:
        return owners[0] if _is_single_person(owners[0]) else None
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return noun
    return None


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _self_inflicted(token: Token) -> bool:
    """ "turned the gun on himself", "before killing herself", "shot himself"."""
    return _turned_gun_on_self(token) or _own_death(token) or any(
        c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in token.children
    )


def _own_death(verb: Token) -> bool:
    """ "then committed suicide", "took his own life": the subject died by their own hand.
    Not a try or a threat ("tried to commit suicide"): the verb heads its own clause."""
    lex, lemma = lexicon(), verb.lemma_.lower()
    if verb.pos_ != "VERB" or verb.dep_ == "xcomp":
        return False
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if lemma in lex.suicide_verbs and obj.lemma_.lower() == "suicide":
            return True
        if lemma in lex.own_life_verbs and obj.lemma_.lower() == "life":
            return any(c.lower_ == "own" for c in obj.children)
    return False


def _victim_reading(token: Token, lex: FigureLexicon) -> tuple[str, Token] | None:
    """The category and the victim a verb or adjective states, if it states one."""
    if token.lemma_.lower() == "survive" and _denied(token):
        subject = _subject(token)  # "was rushed to the hospital but did not survive"
        return ("killed", subject) if subject is not None else None
    if negated(token):
        return None
    body = _found_body(token) or _named_dead(token) or _lost_life(token) or _a_death(token)
    if body is not None:
        return "killed", body
    if token.pos_ == "NOUN":
        return _nominal_victim(token, lex)
    wound = wound_category(token)
    care = care_category(token)
    if wound is not None or care is not None:
        # "found him dead", "medics pronounced the victim dead": the object is the victim;
        # in "suffered fatal wounds" it is the wound
        objects = [c for c in token.children if c.dep_ == "dobj" and c.lower_ not in WOUNDS]
        moved = token.lemma_.lower() in ("find", "leave") or care is not None
        moved = moved or wound == "killed"
        subject = objects[0] if moved and objects else _subject(token)
        return (wound or "injured", subject) if subject is not None else None
    if _turned_gun_on_self(token) or _own_death(token):
        return _killer_self(token)
    if bullet_hit(token):
        subject = _subject(token)
        return ("shot", subject) if subject is not None else None
    if bullet_doer(token):  # "a stray bullet grazed the boy"
        objects = [c for c in token.children if c.dep_ == "dobj"]
        return ("shot", objects[0]) if objects else None
    modified = _modified_person(token, lex)
    if modified is not None:
        return modified
    lemma = _predicate_lemma(token, lex)
    if lemma is None or token.pos_ not in ("VERB", "ADJ"):
        return None
    for arg in token.children:
        if arg.dep_ == "dobj" and arg.lower_ in REFLEXIVES:
            # "appears to have shot her daughters before killing herself": a longer climb
            category = predicate_category(token, lemma, arg, None, lex)
            subject = _subject(token, steps=6)
            if _lone_self_death(token, arg, category) and not (
                subject is not None and _is_single_person(subject)
            ):
                subject = arg  # "a spree that killed two before killing himself": one more dead
            return (category, subject) if subject else None
        if arg.dep_ == "dobj" and _is_single_person(arg):
            return predicate_category(token, lemma, arg, arg, lex), arg
    if _acts_on_others(token, lemma):
        return None  # "fired into the crowd, wounding 12": the subject did the wounding
    subject = _subject(token)
    if subject is None or lemma == "dead" and token.dep_ == "amod":
        return None
    own = any(c.dep_ == "nsubj" for c in token.children)
    if own and _is_agent(token, subject, lemma):
        return None
    return predicate_category(token, lemma, subject, subject, lex), subject


def _acts_on_others(verb: Token, lemma: str) -> bool:
    """An active casualty verb with an object of its own ("wounding 12", "killing three
    people") or shared with the verb joined to it ("shot and wounded a clerk"): whoever its
    subject is, near or climbed to, did it."""
    if lemma in INTRANSITIVE or verb.tag_ == "VBN":
        return False
    shared = [c for c in verb.conjuncts if c.i > verb.i and c.tag_ != "VBN"]
    objects = [c for v in [verb, *shared] for c in v.children if c.dep_ == "dobj"]
    return any(c.lower_ not in REFLEXIVES | SELVES and not _body_part(c) for c in objects)


def _body_part(noun: Token) -> bool:
    return noun.lemma_.lower() in BODY_PARTS


def _denied(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _covered(token: Token, phrases: list[NumberPhrase]) -> bool:
    return any(p.start <= token.i < p.end + 3 for p in phrases)


def _group_size(person: Token) -> tuple[float, bool]:
    """How many people one conjunct names: 1, 2 for a pair ("a couple"), or its number
    ("four children")."""
    if person.tag_ != "NNS":
        pair = person.lemma_.lower() in lexicon().pair_nouns and not _followed_by_of(person)
        return (2.0 if pair else 1.0), False  # "Jul 30" is a date, not thirty people
    for child in person.children:
        if child.dep_ == "nummod":
            value = parse_number(child.text)
            if value:
                return value, True
    return 1.0, False


def _followed_by_of(noun: Token) -> bool:
    """ "a couple of men": the noun is a vague number of what follows, not a pair."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1 for c in noun.children)


def _people(noun: Token) -> bool:
    """A people noun, or any noun counted by a number beside a person ("three others")."""
    return noun.pos_ == "NOUN" and (is_person_noun(noun) or _group_size(noun)[1])


def _apposed_count(people: list[Token]) -> float | None:
    """ "two victims, Lane and Baker": a counted group set off by a comma and followed by as
    many names as it counts names its members, whom the parser joins to it as conjuncts;
    they are the same people, so the group's number is the count ("two children, a woman
    and a man" lists four: nouns, not names, add)."""
    first, *rest = sorted(people, key=lambda t: t.i)
    size, numbered = _group_size(first)
    if not numbered or not rest or rest[0].left_edge.i < 1:
        return None
    if first.doc[rest[0].left_edge.i - 1].text != ",":
        return None
    if any(person.pos_ != "PROPN" for person in rest):
        return None
    return size if len(rest) == size else None


def _named_with(victim: Token) -> list[Token]:
    """The people named together with a victim: its conjuncts, and the subjects the parser
    split off the same list ("a man of 70 and his wife were wounded") with theirs."""
    # a split subject is a person by its word or its name's type: a name the tagger did not
    # know may be a street's ("shot at 22nd and Bragg")
    split = [s for s in split_subjects(victim) if _plainly_person(s)]
    split = split if _plainly_person(victim) else []
    named = [*victim.conjuncts, *split, *(c for s in split for c in s.conjuncts)]
    return list(dict.fromkeys(named))


def _plainly_person(token: Token) -> bool:
    return (_people(token) or token.ent_type_ == "PERSON" or token.pos_ == "PRON"
            or token.pos_ == "NOUN" and _is_single_person(token))


def _victim_candidate(
    doc: Doc, sentence: SpacySpan, victim: Token, category: str, predicate: Token
) -> Candidate:
    """The figure for a victim and anyone coordinated with them ("a mother and son": 2)."""
    # people named together ("his wife and four children", "he and three others"), never
    # things ("the victim and the gun")
    together = [c for c in _named_with(victim) if _is_single_person(c) or _people(c)]
    left = victim.left_edge.i if victim.pos_ != "PRON" else victim.i
    left = min([left, *(c.left_edge.i for c in together if c.i < victim.i)])
    start = min(max(left, sentence.start), victim.i)
    end = max([victim.i, *(c.right_edge.i for c in together)]) + 1
    if victim.pos_ == "PRON" and sentence.start <= predicate.i < sentence.end:
        # "He died of his wounds": the figure is the statement, never the bare pronoun
        start, end = min(start, predicate.i), max(end, predicate.i + 1)
    counts = [_group_size(person) for person in [victim, *together]]
    count = _apposed_count([victim, *together]) or sum(size for size, _ in counts)
    stated = any(numbered for _, numbered in counts)  # "his wife and four children": 5
    qualifier = "exact" if stated else IMPLICIT
    phrase = NumberPhrase(start, victim.i, end, count, count, count, qualifier)
    reading = Reading(category, who_of(victim, lexicon()), victim.i, predicate.i)
    return make_candidate(doc, phrase, reading, sentence)


def single_victims(doc: Doc, sentence: SpacySpan, phrases: list[NumberPhrase]) -> list[Candidate]:
    """One figure per singular person (or coordinated persons) who is the patient of a
    casualty predicate; a victim both hurt and killed in one sentence counts as killed."""
    lex, found = lexicon(), {}
    for token in _may_state_victim(doc, sentence):
        reading = _victim_reading(token, lex)
        if reading is None:
            continue
        category, victim = reading
        if category not in SINGLE_CATEGORIES or not _single_or_self(victim):
            continue
        # a number just before "himself" never counts him ("killed four before killing himself")
        covered = _covered(victim, phrases) and victim.lower_ not in PERSONAL_SELVES
        if covered or victim.i < sentence.start:
            continue
        known = found.get(victim.i)
        if known is not None and not (category == "killed" != known.figure.category):
            if category == "killed" and _self_inflicted(token):
                known.figure.who = SELF  # "shot her daughters before killing herself"
            continue
        candidate = _victim_candidate(doc, sentence, victim, category, token)
        if category == "killed" and _self_inflicted(token):
            candidate.figure.who = SELF  # the killer is among the dead
        for person in [victim, *_named_with(victim)]:
            found[person.i] = candidate
    unique = {id(c): c for c in found.values()}
    return list(unique.values())


def _killer_self(verb: Token) -> tuple[str, Token] | None:
    """The one who "turned the gun on himself": the subject, climbed to from a gerund
    ("suspected of shooting a woman before turning the gun on himself"), else "himself"."""
    subject = _subject(verb, steps=6)
    if subject is None or not _is_single_person(subject):
        selves = [g for c in verb.children if c.lower_ == "on" for g in c.children
                  if g.lower_ in PERSONAL_SELVES]
        subject = selves[0] if selves else subject
    return ("killed", subject) if subject is not None else None


def _lone_self_death(verb: Token, obj: Token, category: str) -> bool:
    """ "before killing himself": a death of the one who acts even where the parse gives no
    subject to climb to; never an aim or an attempt ("in an effort to kill himself")."""
    if category != "killed" or obj.lower_ not in PERSONAL_SELVES:
        return False
    return verb.tag_ != "VB" and not any(c.tag_ == "TO" for c in verb.children)


def _single_or_self(victim: Token) -> bool:
    """A single person, or the killer told only as "himself" or "herself" ("before killing
    himself" where the parse gives the clause no subject to climb to)."""
    selves = victim.lower_ in PERSONAL_SELVES and victim.dep_ in ("dobj", "pobj")
    return selves or _is_single_person(victim)


def _may_state_victim(doc: Doc, sentence: SpacySpan) -> Iterator[Token]:
    """The tokens of a sentence :func:`_victim_reading` may find a victim at, in order.

    Each of its readings needs a casualty word as the token's lemma or word, or a
    "condition" the token governs ("is in critical condition"); the rest of a sentence, most
    of it, is skipped without making its tokens."""
    words = doc_words(doc)
    found = set(words.positions(sentence.start, sentence.end, _victim_cues()))
    found.update(i for i in _condition_governors(doc, words.lower)
                 if sentence.start <= i < sentence.end)
    for i in sorted(found):
        yield doc[i]


@lru_cache(maxsize=1)
def _victim_cues() -> frozenset[str]:
    """The lemmas and words a victim reading starts from: nominal and verbal casualty
    predicates, wound and death verbs, "turned the gun on himself", "hit by a bullet"."""
    lex = lexicon()
    return frozenset(
        {"shooting", "turn", "survive", "recover", "fight", *lex.nominal_predicates,
         *lex.predicates, *FIND_VERBS, "victim", *lex.life_predicates,
         *lex.suicide_verbs, *lex.own_life_verbs}
        | {*WOUND_VERBS, *DEATH_VERBS, *lex.bullet_verbs, *lex.care_verbs}
    )


def _condition_governors(doc: Doc, lower: list[str]) -> set[int]:
    """The verbs and prepositions' heads a "condition" or a wound ("walked in with a gunshot
    wound") may hang from, over the document; the search runs only in the documents that
    have the words."""
    found: set[int] = set()
    if GOVERNED_WORDS.isdisjoint(lower):
        return found
    for index, word in enumerate(lower):
        if word in GOVERNED_WORDS:
            verb = next((a for a in doc[index].ancestors if a.pos_ in ("VERB", "AUX")), None)
            head = doc[index].head
            found.update((head.i, head.head.i) + ((verb.i,) if verb is not None else ()))
    return found
