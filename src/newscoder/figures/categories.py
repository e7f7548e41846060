"""What a number counts: the category (killed, injured, refugees, ...) and who (civilians,
children, fighters) from the dependency parse.

A number's category comes, in order, from (1) the predicate the counted people are the
patients of ("22 people were killed", "killing at least 10", "leaving 20 dead", "more than
80 wounded", "the killing of one person", "all four suffered injuries"), (2) a noun that
names the category itself ("70 deaths", "2,000 refugees", "claimed 697 lives") or a frame
("a population of 22.4 million"), or (3) a toll it gives ("the death toll rose to 70").
A number that is the agent of a casualty verb ("five gunmen killed ...") or measures a
thing ("forecasts of 53.7") is not counted. People counted with no category of their own
("including 100 civilians") are kept for their total to lend them one.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newscoder.figures.lexicon import FigureLexicon, lexicon
from newscoder.figures.numbers import NumberPhrase, parse_number
from newscoder.parse import doc_words

NOMINAL_LINKS = frozenset({"nummod", "quantmod", "compound", "amod", "nmod"})
ARGUMENT_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj", "appos", "npadvmod", "dative", "oprd"}
)
# Verbs whose subject does the harm: "five gunmen killed ..." counts the gunmen as agents.
INTRANSITIVE = frozenset(
    {
        "die",
        "succumb",
        "dead",
        "perish",
        "flee",
        "miss",
        "missing",
        "disappear",
        "drown",
        "unaccounted",
        "injured",
        "wounded",
    }
)
# Verbs that are casualty predicates only with their particle: "gunned down", "passed away".
PARTICLE_VERBS = {"gun": "down", "pass": "away"}
ADULT_AGE = 18
# An age or a school year stands for the person: "a 3-year-old", "an eighth-grader".
AGE_NOUN_ENDINGS = ("year-old", "month-old", "week-old", "day-old", "grader")
AGE_UNITS = frozenset({"year", "month", "week", "day"})
WOUND_NOUNS = frozenset({"wound", "injury", "wounds", "injuries"})
FATAL_MARKERS = frozenset({"fatally", "dead", "death", "killed", "mortally"})
WOUND_VERBS = ("suffer", "sustain", "receive", "have", "treat")  # "suffered a gunshot wound"
DEATH_VERBS = ("pronounce", "declare", "find", "leave", "confirm")  # "pronounced dead"
TOLL_NEAR = 9  # tokens from a toll noun to its number with no parse needed ("toll rose to 70")
TOLL_REACH = 25  # farther, the toll must be the subject of the number's verb


@dataclass(slots=True)
class Reading:
    category: str
    who: str
    noun: int | None  # token index of the counted noun
    predicate: int | None  # token index of the predicate or toll noun
    update: bool = False  # "the death toll rose to ..."
    toll: bool = False


def counted_noun(doc: Doc, phrase: NumberPhrase) -> Token | None:
    """The noun a number quantifies: "people" in "22 people", "civilians" in "dozens of
    civilians"; None when the number stands alone ("more than 80 wounded")."""
    token = doc[phrase.end - 1]
    while (
        token.dep_ in NOMINAL_LINKS and token.head.pos_ == "NUM" and token.head.i < phrase.end + 1
    ):
        token = token.head
    if (
        token.dep_ in NOMINAL_LINKS
        and token.head.pos_ in ("NOUN", "PROPN")
        and token.head.i >= phrase.end
    ):
        return _modified_noun(token.head)
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [
                c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")
            ]
            if objects and _counted_group(objects[0]):
                return None  # "one of five people hurt ... has died": a part of a counted group
            if objects:
                return objects[0]
    nxt = phrase.end
    if nxt < len(doc) and doc[nxt].pos_ == "NOUN" and is_person_noun(doc[nxt]):
        return doc[nxt]  # a parse that left "20 civilians" unattached
    return None


def _partitive_group(number: Token) -> Token | None:
    """The counted group a number is a part of ("five people" in "one of five people")."""
    if number.pos_ != "NUM":
        return None
    for child in number.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for noun in child.children:
                if noun.dep_ == "pobj" and _counted_group(noun, parse_number(number.text)):
                    return noun
    return None


def _counted_group(noun: Token, part: float | None = None) -> bool:
    """ "one of five people hurt", "two of the four victims": the group after "of" has its
    own, larger number, so it is a figure of its own and the number before it counts only a
    part, whose predicate is its own ("one of five people hurt has died" is a death); "image
    8 of 8" or "8 of 8 4-year-olds" is no part of a group."""
    for child in noun.children:
        if child.dep_ == "nummod" and child.i < noun.i:
            whole = parse_number(child.text)
            return whole is not None and (part is None or part < whole)
    return False


# Entity types of a name that may modify a counted noun ("23 ISIS militants", "two Kurdish
# fighters"); never a date's ("21 September 2016 Four staff").
NAME_MODIFIERS = frozenset({"", "ORG", "NORP", "GPE"})


def _modified_noun(noun: Token) -> Token:
    """ "23 ISIS militants", "five Hamas fighters": a number the parser hangs on a name that
    only modifies the counted noun counts that noun."""
    while (
        noun.pos_ == "PROPN"
        and noun.ent_type_ in NAME_MODIFIERS
        and noun.dep_ in ("compound", "nmod")
        and noun.head.pos_ == "NOUN"
        and noun.head.i > noun.i
    ):
        noun = noun.head
    return _possessed(noun)


def _possessed(noun: Token) -> Token:
    """ "two sheriff's deputies", "three county's officers": a number the parser hangs on a
    singular possessor counts what it possesses."""
    if noun.dep_ == "poss" and noun.tag_ == "NN" and noun.head.pos_ == "NOUN":
        return noun.head
    return noun


def is_person_noun(token: Token) -> bool:
    """A listed people noun, or an age used as one ("a 3-year-old died")."""
    lemma = _lemma(token)
    if token.ent_type_ == "NORP" and token.tag_ in ("NNS", "NNPS"):
        return True  # "two Syrians", "three Americans": people named by their nation
    if lemma == "old" and any(c.lower_ in AGE_UNITS for c in token.children):
        return True  # "two 16-year-olds", split by the tokenizer
    return lemma in _person_nouns() or lemma.endswith(AGE_NOUN_ENDINGS)


def _person_nouns() -> frozenset[str]:
    lex = lexicon()
    return frozenset().union(*lex.who.values())


def person_nouns() -> frozenset[str]:
    """The nouns that name people, by lemma ("boy", "officer", "people")."""
    return _person_nouns()


def _looks_personal(noun: Token | None, lex: FigureLexicon) -> bool:
    """An unlisted plural noun with a people ending ("demonstrators", "pilgrims")."""
    if noun is None or noun.pos_ != "NOUN":
        return False
    return noun.lower_.endswith(lex.person_suffixes) and noun.tag_ == "NNS"


def _lemma(token: Token) -> str:
    lemma = token.lemma_.lower()
    if token.tag_ == "NNPS" and lemma == token.lower_ and not token.ent_type_:
        return _singular(lemma)  # a title's "Civilians", which the tagger takes for a name
    return lemma


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _predicate_lemma(token: Token, lex: FigureLexicon) -> str | None:
    for key in (_lemma(token), token.lower_):
        if key in lex.predicates and token.pos_ in ("VERB", "ADJ", "AUX", "NOUN"):
            particle = PARTICLE_VERBS.get(key)
            if particle and not any(c.lower_ == particle for c in token.children):
                return None  # "passed" alone is not "passed away"
            if _feeling(token, key):
                return None
            return key
    return None


DEGREE_WORDS = frozenset({"seriously", "critically", "badly", "severely", "gravely"})


def negated(token: Token) -> bool:
    """ "was not shot", "two men were not injured" count no one; "was not seriously
    injured" still counts."""
    if not any(c.dep_ == "neg" for c in token.children):
        return False
    return not any(c.lower_ in DEGREE_WORDS for c in token.children)


def _feeling(token: Token, lemma: str) -> bool:
    """ "The family is hurting": "hurting" with no one it hurts is grief, not a wound
    ("hurting three people" still counts)."""
    if lemma != "hurt" or token.tag_ != "VBG":
        return False
    return not any(c.dep_ == "dobj" for c in token.children)


def _is_agent(head: Token, arg: Token, lemma: str) -> bool:
    """The subject of an active transitive casualty verb with an object is its agent,
    unless the object is the subject itself ("two teens shot themselves")."""
    if arg.dep_ != "nsubj" or lemma in INTRANSITIVE:
        return False
    # "two men shot and wounded three women": the object of a verb joined to this one, with
    # no subject of its own, is this subject's object too
    verbs = [head, *(c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB" and not any(
        g.dep_ in ("nsubj", "nsubjpass") for g in c.children))]
    if any(c.dep_ == "dobj" and _own_selves(c) for v in verbs for c in v.children):
        return False
    if _aims_or_goes_on(head):
        return True
    return any(c.dep_ in ("dobj", "attr") for v in verbs for c in v.children) or (
        head.pos_ != "VERB"
    )


def _own_selves(obj: Token) -> bool:
    """ "shot themselves", "shot each other": the subject is the object."""
    reciprocal = obj.lower_ == "other" and any(c.lower_ == "each" for c in obj.children)
    return obj.lower_ in SELVES or reciprocal


def _aims_or_goes_on(verb: Token) -> bool:
    """ "two men were shooting at each other", "the boys were shooting at crows", "he shot
    at officers", "two men shot into the house": an active verb aimed "at" someone or into
    something, or in its active progressive, is done by its subject, object or not (the one
    it befalls "was shot" or "was being shot")."""
    if _passive(verb):
        return False
    aims = lexicon().aim_preps
    aimed = _lemma(verb) in ("shoot", "fire") and any(
        c.dep_ == "prep" and c.lower_ in aims for c in verb.children
    )
    going_on = verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and _lemma(c) == "be" for c in verb.children
    )
    return aimed or going_on


def _passive(verb: Token) -> bool:
    """ "was shot", "a man shot in the leg"; not "a man shot at seven people", a past the
    tagger took for a participle though it has a subject of its own and no auxiliary."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    active = verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.children)
    return verb.tag_ == "VBN" and not active


def fired_at(anchor: Token) -> bool:
    """ "a man shot at seven people", "he fired at two officers": those aimed at by an
    active verb of shooting are its targets, not its victims (they may not have been hit)."""
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.lower_ != "at" or prep.dep_ != "prep":
        return False
    verb = prep.head
    return _lemma(verb) in ("shoot", "fire") and not _passive(verb)


def _died_since(anchor: Token, lex: FigureLexicon) -> tuple[Token, str] | None:
    """ "Two men wounded in the shooting have died": people told as hurt by a participle
    whose own verb is a death died of it; the clause's verb is the later, and last, news."""
    verb = anchor.head
    if anchor.dep_ != "nsubj" or verb is anchor or negated(verb):
        return None
    lemma = _predicate_lemma(verb, lex)
    if not lemma or lex.predicates[lemma] != "killed" or _is_agent(verb, anchor, lemma):
        return None  # "two men wounded in the raid killed a guard": the killers
    return verb, lemma


STATE_VERBS = frozenset({"find", "leave"})
SELVES = frozenset({"themselves", "himself", "herself", "oneself"})


def find_predicate(doc: Doc, anchor: Token, lex: FigureLexicon) -> tuple[Token, str] | None:
    """The casualty predicate whose patient ``anchor`` (the counted noun or number) is."""
    # "leaving 20 civilians dead", "80 wounded", "19 people killed in ..."
    group = _partitive_group(anchor)
    for child in anchor.children:
        if group is not None and child.i > group.i:
            continue  # "one of five people hurt ... died": "hurt" tells of the five
        if child.dep_ in ("acl", "amod", "relcl", "oprd") and child.i > anchor.i:
            if child.dep_ == "relcl" and _own_count(child):
                continue  # "civilians, of whom 21 were executed": the 21 were
            lemma = _predicate_lemma(child, lex)
            if lemma:
                return _died_since(anchor, lex) or (child, lemma)
            found = _state_found(child, lex)
            if found is not None:
                return found
    state = (
        _state_before(anchor, lex)
        or _fatal_share(anchor, lex)
        or _shared_state(anchor, lex)
        or _among_state(anchor, lex)
    )
    if state is not None:
        return state
    nxt = anchor.i + 1
    if nxt < len(doc) and doc[nxt].pos_ in ("VERB", "ADJ") and doc[nxt].tag_ in ("VBN", "JJ"):
        lemma = _predicate_lemma(doc[nxt], lex)
        if lemma:
            return doc[nxt], lemma
    joined = _joined_to_verb(anchor, lex) or _counts_a_state(anchor, lex)
    if joined is not None:
        return joined
    arg = anchor
    for _ in range(4):
        head = arg.head
        if arg.dep_ not in ARGUMENT_DEPS and arg.dep_ != "prep" or head is arg:
            break
        if arg.dep_ == "prep" and arg.lower_ == "of" and _partitive_group(head) is not None:
            break  # "two of the four victims died": the dying is the two's, not the four's
        lemma = _predicate_lemma(head, lex)
        if lemma and head.pos_ != "NOUN":
            return None if _is_agent(head, arg, lemma) else (head, lemma)
        if arg.dep_ == "prep" and arg.lower_ == "of" and _lemma(head) in lex.nominal_predicates:
            return head, _lemma(head)  # "the killing of one person"
        if head.pos_ in ("VERB", "AUX"):
            break  # the counted people belong to another verb
        counted = (
            is_person_noun(head)
            or _lemma(head) in lex.nouns
            or _lemma(head) in lex.quantity_nouns
            or head.lower_ in lex.vague
        )
        if head.pos_ == "NOUN" and not counted:
            break  # "missing forecasts of 53.7": the number measures a thing
        arg = head
    return _stranded_subject(anchor, lex) or _complement(anchor, lex)


# Words that open a clause the parser may read as a preposition with an object: "after
# four people were shot" parsed as "after [four people]" and a subjectless "were shot".
CLAUSE_OPENERS = frozenset({"after", "before", "since", "until", "as", "when", "following"})
FINITE_AUXES = frozenset({"was", "were", "is", "are", "had", "have", "has"})


def _stranded_subject(anchor: Token, lex: FigureLexicon) -> tuple[Token, str] | None:
    """ "investigating after two boys and two girls were shot": the counted people are the
    subject of the verb right after them, which the parser left without one."""
    first = anchor
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN", "NUM"):
        first = first.head
    if first.dep_ != "pobj" or first.head.lower_ not in CLAUSE_OPENERS:
        return None
    return _subject_of_next_verb(first, lex)


def _joined_to_verb(anchor: Token, lex: FigureLexicon) -> tuple[Token, str] | None:
    """ "A man died and three others -- including two children -- were wounded", "three
    were killed and 12 more were wounded": a noun phrase cannot be joined to a verb, so a
    count the parser hung on "died" as its conjunct is the subject of the subjectless verb
    that follows it ("were wounded")."""
    noun = anchor.head if anchor.dep_ == "nummod" else anchor
    people = noun.pos_ == "NOUN" or noun.lower_ == "more"  # "and 12 more were wounded"
    if noun.dep_ != "conj" or noun.head.pos_ not in ("VERB", "AUX") or not people:
        return None
    return _subject_of_next_verb(noun, lex)


def _counts_a_state(anchor: Token, lex: FigureLexicon) -> tuple[Token, str] | None:
    """ "left two dead and three more hurt": the parser may make the number a modifier of
    the state word that follows it."""
    state = anchor.head
    if anchor.dep_ != "nummod" or state.i <= anchor.i or state.tag_ not in ("JJ", "VBN"):
        return None
    lemma = _predicate_lemma(state, lex)
    return (state, lemma) if lemma else None


def _subject_of_next_verb(first: Token, lex: FigureLexicon) -> tuple[Token, str] | None:
    """The casualty verb whose finite auxiliary comes right after ``first``'s phrase and
    which has no subject of its own: the phrase is that subject (a closing dash or comma
    may come between)."""
    doc, after = first.doc, first.right_edge.i + 1
    while after < len(doc) - 1 and doc[after].is_punct and doc[after].lower_ not in (".", ";"):
        after += 1
    if after >= len(doc) or doc[after].lower_ not in FINITE_AUXES:
        return None
    verb = doc[after].head
    if verb.i <= after or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    lemma = _predicate_lemma(verb, lex)
    return (verb, lemma) if lemma else None


# Adjectives and participles that say, before the noun, what befell the people it counts:
# "four dead people", "two wounded soldiers", "three slain officers".
STATES_BEFORE = frozenset({"dead", "deceased", "wounded", "injured", "slain", "murdered",
                           "hurt", "killed", "missing", "kidnapped", "abducted", "detained"})


def _state_before(anchor: Token, lex: FigureLexicon) -> tuple[Token, str] | None:
    """ "found four deceased individuals": a state word between the number and its noun."""
    if not is_person_noun(anchor):
        return None
    for child in anchor.children:
        if child.dep_ == "amod" and child.i < anchor.i and child.lower_ in STATES_BEFORE:
            lemma = _predicate_lemma(child, lex)
            if lemma:
                return child, lemma
    return None


def _among_state(anchor: Token, lex: FigureLexicon) -> tuple[Token, str] | None:
    """ "four children were among the dead", "two soldiers are among the injured": the
    counted people are the subject of a bare "be" whose "among" names a state."""
    noun = anchor.head if anchor.dep_ == "nummod" else anchor
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_ != "be" or negated(verb):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "among"):
        for state in (g for g in prep.children if g.dep_ == "pobj" and g.lower_ in STATES):
            lemma = _predicate_lemma(state, lex)
            if lemma:
                return state, lemma
    return None


def _shared_state(anchor: Token, lex: FigureLexicon) -> tuple[Token, str] | None:
    """ "left three women and one man injured": a participle after the last of coordinated
    groups says what befell them all, though the parser hangs it on the last one."""
    later = [c for c in anchor.conjuncts if c.i > anchor.i]
    if not later:
        return None
    last = max(later, key=lambda c: c.i)
    if not any(c.dep_ == "nummod" for c in last.children):
        return None  # "two men and a woman wounded": the people named together, elsewhere
    if not any(c.dep_ == "cc" and c.lower_ == "and" for n in [anchor, *later] for c in n.children):
        return None  # "one in critical condition, three others injured": two statements
    for child in last.children:
        if child.dep_ in ("acl", "amod") and child.i > last.i and child.tag_ in ("VBN", "JJ"):
            lemma = _predicate_lemma(child, lex)
            if lemma:
                return child, lemma
    return None


def _fatal_share(anchor: Token, lex: FigureLexicon) -> tuple[Token, str] | None:
    """ "five people were shot, two of them fatally": the share that died hangs loosely
    (``dep``) on the casualty verb, marked by its own "fatally"."""
    marked = any(c.lower_ in ("fatally", "mortally") for c in anchor.children)
    if not marked:
        return None
    if anchor.dep_ != "dep":
        return _share_of_count_before(anchor, lex)
    lemma = _predicate_lemma(anchor.head, lex)
    return (anchor.head, lemma) if lemma else None


def _share_of_count_before(anchor: Token, lex: FigureLexicon) -> tuple[Token, str] | None:
    """ "shot four people -- one fatally --", "left six people wounded -- two mortally":
    the parser hangs the share anywhere; it shares the predicate of the count before it."""
    sentence = anchor.sent
    for token in reversed(anchor.doc[sentence.start : anchor.i]):
        if token.like_num and token.dep_ == "nummod" and token.head.i < anchor.i:
            return find_predicate(anchor.doc, token.head, lex)
    return None


def _own_count(clause: Token) -> bool:
    """A relative clause with a number of its own counts that number, not its head noun."""
    return any(t.like_num for t in clause.subtree)


def wound_category(token: Token) -> str | None:
    """ "suffered a gunshot wound", "sustained fatal injuries", "in critical condition",
    "arrived with gunshot wounds", "treated for minor injuries"; "found dead" first, so
    "found dead with gunshot wounds" is a death."""
    lemma = token.lemma_.lower()
    dead = any(c.lower_ in ("dead", "deceased") for c in token.children)
    if dead and lemma in DEATH_VERBS:
        return "killed"
    if _fights_for_life(token) or _lived_through(token):
        return "injured"
    objects = [c for c in token.children if c.dep_ in ("dobj", "attr")]
    objects += [
        g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]
    objects += _borne_wounds(token) + _as_being(token)
    for obj in objects:
        words = {c.lower_ for c in obj.children}
        borne = obj.head.lower_ == "with"  # "walked in with gunshot wounds"
        if obj.lower_ in WOUND_NOUNS and (lemma in WOUND_VERBS or borne):
            return "killed" if fatal_wound(obj) else "injured"
        if obj.lower_ == "condition" and words & lexicon().patient_conditions:
            return "injured"
    return None


def _as_being(verb: Token) -> list[Token]:
    """ "listed as being in fair condition": the objects of the state the verb reports."""
    beings = [
        g for c in verb.children if c.lower_ == "as" for g in c.children
        if g.dep_ == "pcomp" and g.lemma_ == "be"
    ]
    return [o for b in beings for p in b.children if p.dep_ == "prep" for o in p.children
            if o.dep_ == "pobj"]


def _fights_for_life(verb: Token) -> bool:
    """ "two others are fighting for their lives": the gravely hurt."""
    return _lemma(verb) == "fight" and any(
        c.lower_ == "for" and any(_lemma(g) == "life" for g in c.children)
        for c in verb.children
    )


def _lived_through(verb: Token) -> bool:
    """ "two other people survived", "she is expected to recover": people who lived through
    the harm the story tells; never "was survived by" or "aunts and cousins also survive"
    (an obituary's family), "recovered a gun" (a thing found), "survived cancer" (another
    harm) nor "survived unhurt"."""
    lex = lexicon()
    survival = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]  # "expected to"
    for word in survival:
        if _lemma(word) not in lex.survival_verbs or word.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ in ("auxpass", "agent") for c in word.children) or _family(word):
            continue
        if word.dep_ == "ccomp" and _lemma(word.head) not in lex.attribution_verbs:
            continue  # "praying she'll survive", "did not feel he would survive": a hope
        objects = [c for c in word.children if c.dep_ == "dobj"]
        if _lemma(word) == "recover" and objects:
            continue
        if any(_lemma(o) not in lex.survived_harms for o in objects):
            continue
        words = {t.lower_ for t in word.subtree} | {t.lower_ for t in verb.children}
        return words.isdisjoint(lex.unhurt_words)
    return False


def _family(verb: Token) -> bool:
    """An obituary's "survive" in the simple present, with no auxiliary: "many cousins also
    survive", "she survives him"; the hurt "survived" or "are expected to survive"."""
    bare = verb.tag_ in ("VBP", "VBZ") and not any(c.dep_ == "aux" for c in verb.children)
    return bare and _lemma(verb) == "survive"


def _borne_wounds(verb: Token) -> list[Token]:
    """The wounds "with" gives anywhere in the verb's own clause: the parser often hangs
    "with gunshot wounds" on the place before it ("walked into a store with wounds")."""
    found = []
    for token in verb.subtree:
        if token.lower_ != "with" or token.dep_ != "prep":
            continue
        clause = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if clause == verb:
            found += [g for g in token.children if g.dep_ == "pobj" and g.lower_ in WOUND_NOUNS]
    return found


def care_category(token: Token) -> str | None:
    """ "taken to the hospital", "sent three others to hospital", "treated and released":
    the people a verb of care moves or treats are injured, unless the clause says they
    died ("taken to a hospital, where he died")."""
    lex = lexicon()
    if _lemma(token) not in lex.care_verbs or token.pos_ not in ("VERB", "AUX"):
        return None
    cared = any(
        _to_care(c, lex) or _for_wounds(token, c, lex) or _on_scene(token, c)
        for c in token.children
        if c.dep_ in ("prep", "dative")
    ) or any(_for_wounds(token, c, lex) for c in _object_preps(token))
    discharged = any(
        c.dep_ == "conj" and _lemma(c) in lex.discharge_verbs for c in token.children
    )
    if not (cared or discharged) or _died_there(token, lex) or _no_wound(token, lex):
        return None
    return "injured"


def _object_preps(verb: Token) -> list[Token]:
    """ "treated six people for gunshot wounds": the parser often hangs the reason for the
    treatment on the object rather than on the verb."""
    return [p for o in verb.children if o.dep_ == "dobj" for p in o.children if p.dep_ == "prep"]


def _no_wound(verb: Token, lex: FigureLexicon) -> bool:
    """ "taken to a hospital for observation", "as a precaution", "he was unharmed and was
    taken to hospital": care given to someone not hurt."""
    words = [t.lower_ for t in verb.subtree]
    if verb.dep_ == "conj":
        words += [t.lower_ for t in verb.head.children]
    phrases = (("for", "observation"), ("as", "a", "precaution"), ("precautionary",))
    unhurt = not lex.unhurt_words.isdisjoint(words)
    return unhurt or any(
        tuple(words[i : i + len(p)]) == p for p in phrases for i in range(len(words))
    )


def _to_care(prep: Token, lex: FigureLexicon) -> bool:
    """ "to Mount Sinai Hospital", "into the hospital", "at a trauma center"."""
    if prep.lower_ not in lex.care_preps:
        return False
    places = [g for g in prep.children if g.dep_ == "pobj"]
    return any(_lemma(t) in lex.care_places for place in places for t in place.subtree)


def _for_wounds(verb: Token, prep: Token, lex: FigureLexicon) -> bool:
    """ "treated for non-life-threatening wounds"."""
    if _lemma(verb) != "treat" or prep.lower_ != "for":
        return False
    return any(_lemma(g) in lex.wound_nouns for g in prep.children if g.dep_ == "pobj")


def _on_scene(verb: Token, prep: Token) -> bool:
    """ "treated at the scene", "treated on scene": medics treat the hurt where they fell
    (only "treat": people "taken to the scene" are officers, not patients)."""
    if _lemma(verb) != "treat" or prep.lower_ not in ("at", "on"):
        return False
    return any(g.lower_ == "scene" for g in prep.children if g.dep_ == "pobj")


def in_care(verb: Token) -> bool:
    """ "Two men remain in the hospital", "three are in hospital": where the people are."""
    lex = lexicon()
    if _lemma(verb) not in lex.stay_verbs or _died_there(verb, lex):
        return False
    return any(_to_care(c, lex) for c in verb.children if c.dep_ == "prep")


def _died_there(token: Token, lex: FigureLexicon) -> bool:
    """The clause of care, or the one it hangs from, tells a death."""
    words = {_lemma(t) for t in token.subtree} | {t.lower_ for t in token.subtree}
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    if token.dep_ in ("conj", "advcl") and not own_subject:
        # the clause it hangs from tells of the same people: not "X died and Y was taken"
        words.add(_lemma(token.head))
    passed = any(  # "where he later passed away"
        _lemma(t) == "pass" and any(c.lower_ == "away" for c in t.children) for t in token.subtree
    )
    return passed or not words.isdisjoint(lex.death_words)


def bullet_hit(token: Token) -> bool:
    """ "struck by a bullet", "hit by gunfire", "grazed by a round"."""
    lex = lexicon()
    if _lemma(token) not in lex.bullet_verbs:
        return False
    agents = [g for c in token.children if c.dep_ == "agent" for g in c.children]
    if agents:
        return any(_lemma(g) in lex.bullet_nouns for g in agents)
    return _hit_in_shooting(token)


# Words that make a clause's "was hit" a hit by gunfire: "was hit during the shooting".
SHOOTING_WORDS = frozenset({"shooting", "gunfire", "gunshot", "crossfire", "shootout",
                            "bullet", "bullets", "shots"})


def _hit_in_shooting(token: Token) -> bool:
    """ "four patrons were hit", "a woman was also hit during the shooting": a passive hit
    with no doer, in a sentence that tells of shooting; never "hit by a car"."""
    if _lemma(token) not in ("hit", "strike") or token.tag_ != "VBN":
        return False
    if not any(c.dep_ == "auxpass" for c in token.children):
        return False
    return _tells_shooting(token.sent) or _in_body_part(token) or _after_shooting(token)


def _tells_shooting(sentence: SpacySpan) -> bool:
    """A word of gunfire, or a verb of shooting ("was shot", "fired at the crowd")."""
    return any(
        t.lower_ in SHOOTING_WORDS or t.pos_ == "VERB" and _lemma(t) in ("shoot", "fire")
        for t in sentence
    )


def _after_shooting(token: Token) -> bool:
    """ "A man was shot and killed. A second man was also hit.": the sentence just before
    tells of the shooting the hit belongs to."""
    start = token.sent.start
    return start > 0 and _tells_shooting(token.doc[start - 1].sent)


# Parts of the body: "shot his own hand", "grazing the back of his head" hurt a person
# the object does not name.
BODY_PARTS = frozenset({"hand", "foot", "leg", "arm", "head", "finger", "toe", "thigh", "knee",
                        "back", "chest", "shoulder", "hip", "face", "neck", "ankle", "wrist",
                        "stomach", "abdomen", "side", "buttock", "eye", "jaw", "elbow",
                        "body", "torso", "groin", "buttocks", "pelvis", "spine"})


def _in_body_part(verb: Token) -> bool:
    """ "was hit in the leg", "was struck in the upper body area": a hit a part of the
    body takes."""
    return any(
        c.lower_ == "in" and any(_lemma(t) in BODY_PARTS for t in c.subtree)
        for c in verb.children
    )


def bullet_doer(token: Token) -> bool:
    """ "gunfire struck two men", "a stray bullet grazed the boy": the bullet hits."""
    lex = lexicon()
    if _lemma(token) not in lex.bullet_verbs:
        return False
    return any(c.dep_ == "nsubj" and _lemma(c) in lex.bullet_nouns for c in token.children)


def clause_category(anchor: Token) -> tuple[str, Token] | None:
    """The harm the clause of a counted group states without a casualty predicate, with its
    verb: the group is the subject of a wound, care or bullet verb, or the object of care or
    of a bullet; the first conjunct speaks for the rest ("Smith and three others")."""
    first = anchor
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        first = first.head
    verb = first.head
    category = None
    if first.dep_ in ("nsubj", "nsubjpass"):
        category = wound_category(verb) or ("injured" if in_care(verb) else None)
        if category is None and first.dep_ == "nsubjpass":
            category = care_category(verb) or ("shot" if bullet_hit(verb) else None)
        if category is None:  # "seven people had to be treated for wounds"
            treated = [c for c in verb.children if c.dep_ == "xcomp"]
            category = next((care_category(c) for c in treated if care_category(c)), None)
    elif first.dep_ == "dobj":
        category = care_category(verb) or ("shot" if bullet_doer(verb) else None)
        if category is None and _lemma(verb) in ("leave", "find"):
            category = wound_category(verb)  # "left eight people with wounds"
    return (category, verb) if category else None


def fatal_wound(wound: Token) -> bool:
    """ "fatal injuries", "a mortal wound"; never "non-fatal" nor "not fatal" wounds."""
    for child in wound.children:
        if child.lower_ in ("fatal", "mortal"):
            before = {t.lower_ for t in wound.doc[max(child.i - 2, 0) : child.i]}
            if not before & {"non", "not"}:
                return True
    return False


def borne_wound(noun: Token | None) -> str | None:
    """ "eight people with gunshot wounds", "two men with critical injuries"."""
    if noun is None:
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lower_ in WOUND_NOUNS:
                    return "killed" if fatal_wound(obj) else "injured"
    return None


def _state_found(verb: Token, lex: FigureLexicon) -> tuple[Token, str] | None:
    """ "three people found dead", "two men left wounded": the state the people were found
    or left in is the predicate."""
    if verb.dep_ != "acl" or _lemma(verb) not in STATE_VERBS:
        return None
    for state in verb.children:
        if state.dep_ in ("oprd", "acomp", "xcomp"):
            lemma = _predicate_lemma(state, lex)
            if lemma:
                return state, lemma
    return None


def _complement(anchor: Token, lex: FigureLexicon) -> tuple[Token, str] | None:
    """ "left 10 people dead": the predicate is a sibling complement of the counted noun."""
    head = anchor.head
    if anchor.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        return None
    if anchor.dep_ == "dobj" and _lemma(head) in STATE_VERBS:
        state = _state_after(anchor, lex)
        if state is not None:
            return state
    for sibling in head.children:
        if sibling.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "advcl") and sibling.i > anchor.i:
            lemma = _predicate_lemma(sibling, lex)
            if lemma and not _own_patient(sibling):
                return sibling, lemma
    return None


STATES = frozenset({"dead", "wounded", "injured", "hurt"})
STATE_REACH = 10  # tokens from the counted noun to the state it was left in


def _state_after(anchor: Token, lex: FigureLexicon) -> tuple[Token, str] | None:
    """ "leaving 23 civilians - including nine children - dead": the state after an aside,
    which the parser hangs anywhere; another count on the way ends the search."""
    doc, end = anchor.doc, min(anchor.sent.end, anchor.right_edge.i + 1 + STATE_REACH)
    for token in doc[anchor.right_edge.i + 1 : end]:
        if token.lower_ in STATES:  # whatever part of speech the parser gave it
            return (token, token.lower_) if token.lower_ in lex.predicates else None
        if token.pos_ in ("VERB", "AUX") and token.lower_ not in ("including",):
            return None
    return None


def _own_patient(verb: Token) -> bool:
    """ "Three bombers blew themselves up, killing at least one person": a verb with an
    object of its own counts that object; the subject of the clause is its agent."""
    return verb.dep_ in ("advcl", "ccomp", "xcomp") and any(
        c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in verb.children
    )


def toll_reading(doc: Doc, phrase: NumberPhrase, lex: FigureLexicon) -> Reading | None:
    """ "the death toll rose to 70", "putting the toll at at least 70", "toll is 12"."""
    sentence = doc[phrase.core].sent
    for token in doc[max(sentence.start, phrase.start - TOLL_REACH) : phrase.start]:
        if _lemma(token) not in lex.toll_nouns:
            continue
        far = phrase.start - token.i > TOLL_NEAR
        if far and not _subject_of_verb_above(token, doc[phrase.core]):
            continue  # far away, a toll counts only as the subject of the number's verb
        between = doc[token.i + 1 : phrase.start]
        own = {t.i for t in token.subtree}  # "the number of dead at 57": "dead" is the toll's
        if any(
            t.like_num or t.pos_ == "NOUN" and _lemma(t) in lex.nouns and t.i not in own
            for t in between
        ):
            continue
        named = [c for c in token.children if c.dep_ in ("compound", "amod")]
        named += [  # "the number of dead", "the tally of victims"
            g for c in token.children if c.lower_ == "of" for g in c.children
        ]
        # the word as well as its lemma: "wounded" and "injured" lemmatise to verbs
        modifiers = [w for t in named for w in (_lemma(t), t.lower_)]
        category = next((lex.toll_modifiers[m] for m in modifiers if m in lex.toll_modifiers), None)
        if category is None and _lemma(token) == "toll":
            category = "killed"
        if category is None:
            continue
        who = "civilians" if "civilian" in modifiers else "people"
        verbs = {_lemma(t) for t in between} | {_lemma(token.head)}
        update = bool(verbs & lex.update_verbs)
        return Reading(category, who, None, token.i, update=update, toll=True)
    return None


def _subject_of_verb_above(toll: Token, number: Token) -> bool:
    """ "The death toll from strikes on the city has risen to 82": the toll noun is the
    subject of the verb the number hangs from."""
    verb = next((a for a in number.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and toll.head == verb and toll.dep_ in ("nsubj", "nsubjpass")


def who_of(noun: Token | None, lex: FigureLexicon) -> str:
    """Civilians, children, women, fighters or people, from the noun and its modifiers."""
    if noun is None:
        return "people"
    age = _age(noun)
    if age is not None:
        return "children" if age < ADULT_AGE else "people"
    words = [_lemma(noun)] + [_lemma(c) for c in noun.children if c.dep_ in ("amod", "compound")]
    for group in ("children", "women", "civilians", "fighters"):
        if any(w in lex.who[group] for w in words):
            return group
    return "people"


def _age(noun: Token) -> float | None:
    """The age in "a 3-year-old", "a 17-year-old boy" (the age noun or its modifier)."""
    for token in noun.subtree:
        if (
            token.like_num
            and token.i + 2 < len(token.doc)
            and token.doc[token.i + 2].lower_ == "year"
        ):
            try:
                return float(token.text)
            except ValueError:
                return None
    return None


def _flee_category(head: Token, lex: FigureLexicon) -> str:
    words = {_lemma(t) for t in head.subtree}
    return "refugees" if words & lex.refugee_cues else "displaced"


def _shot_category(head: Token, anchor: Token) -> str:
    """ "shot dead", "fatally shot", "shot and killed" are deaths; plain "shot" is a hit;
    "two were shot, one fatally": the "one" carries its own marker."""
    words = {t.lower_ for t in head.children} | {t.lower_ for t in anchor.children}
    words |= {g.lower_ for c in head.children if c.lower_ == "to" for g in c.children}
    # "shot and killed" shares its subject; "four were shot and one of them died" does not
    conj = [
        c for c in head.children if c.dep_ == "conj" and not any(
            g.dep_ in ("nsubj", "nsubjpass") for g in c.children
        )
    ]
    if words & FATAL_MARKERS or any(_lemma(c) in ("kill", "die") or _found_dead(c) for c in conj):
        return "killed"
    return "killed" if _killing_them(head) else "shot"


def _found_dead(verb: Token) -> bool:
    """ "were shot and pronounced dead", "shot and declared dead": a verb of finding death
    whose own complement is the death (not "left for dead", whose death is only feared)."""
    if _lemma(verb) not in DEATH_VERBS:
        return False
    states = lexicon().death_words
    return any(
        c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "attr") and _lemma(c) in states
        for c in verb.children
    )


# Pronouns that take up the ones just shot: "shot both men, killing them".
TAKEN_UP = frozenset({"him", "her", "them"})


def _killing_them(head: Token) -> bool:
    """ "shot both men with a handgun, killing them", "shot another teen, killing him": a
    killing whose object takes up the people shot tells that they died."""
    killings = [
        c for c in head.children if c.dep_ == "advcl" and c.tag_ == "VBG" and _lemma(c) == "kill"
    ]
    return any(c.dep_ == "dobj" and c.lower_ in TAKEN_UP for k in killings for c in k.children)


def _mortal(head: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in ("fatally", "mortally") for c in head.children)


def predicate_category(
    head: Token, lemma: str, anchor: Token, noun: Token | None, lex: FigureLexicon
) -> str:
    if head.pos_ == "NOUN" and lemma in lex.nominal_predicates:
        return lex.nominal_predicates[lemma]
    category = lex.predicates[lemma]
    if category == "displaced" and lemma == "flee":
        return _flee_category(head, lex)
    if category == "shot":
        return _shot_category(head, anchor)
    if category == "harmed":  # "stabbed to death" is killed, "stabbed" injured
        fatal = _shot_category(head, anchor) == "killed"
        return "killed" if fatal else "" if lemma in lex.fatal_only else "injured"
    if category == "injured" and (_mortal(head) or _mortal(anchor)):
        return "killed"  # "fatally wounding a deputy", "was mortally wounded", "two mortally"
    if category == "crossed":  # "12,000 crossed into Chad"
        words = {t.lower_ for t in head.subtree}
        return "refugees" if words & lex.crossing_words else ""
    if category == "troops" and (noun is None or _lemma(noun) not in lex.combatants):
        return ""
    return category


def noun_category(doc: Doc, noun: Token, lex: FigureLexicon) -> str:
    """The category a noun names by itself, or a population/troops frame around it."""
    lemma = _lemma(noun)
    frame = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if frame is not None and _lemma(frame) in ("population", "home"):
        return "population"
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and _lemma(noun.head.head) == "home":
        return "population"
    if frame is not None and _lemma(frame) == "life":
        noun = frame  # "claimed the lives of over 1127 civilians" counts like "1127 lives"
        lemma = "life"
    category = lex.nouns.get(lemma, lex.nouns.get(noun.lower_, ""))
    if category in ("arrested", "abducted") and _released(noun, lex):
        return "released"  # "freed three prisoners", "the exchange of 40 hostages"
    if category == "lives":
        verb = noun.head if noun.dep_ == "dobj" else None
        return "killed" if verb is not None and _lemma(verb) in lex.life_predicates else ""
    if category == "people":
        return ""
    if lemma in lex.combatants:
        return "troops"
    return category


def _released(noun: Token, lex: FigureLexicon) -> bool:
    """Whether the people a noun counts are being let go: the verb or event noun above it."""
    for head in list(noun.ancestors)[:3]:
        if _lemma(head) in lex.release_verbs or head.lower_ in ("release", "exchange"):
            return True
        if head.pos_ in ("VERB", "AUX"):
            return False
    return False


def _more(number: Token) -> Token:
    """ "two more who were injured": the parser hangs the number on "more", which stands
    for the people counted and carries their clause."""
    head = number.head
    more = head.lower_ == "more" and head.tag_ == "JJR" and number.dep_ == "nummod"
    return head if more else number


def read_phrase(doc: Doc, phrase: NumberPhrase) -> Reading | None:
    """The category and who of one number phrase, or None when it counts nothing we track."""
    lex = lexicon()
    if phrase.money:
        return _money_reading(doc, phrase, lex)
    if _age_aside(doc, phrase):
        return None
    noun = counted_noun(doc, phrase)
    anchor = noun if noun is not None else _more(doc[phrase.end - 1])
    if fired_at(anchor):
        return None
    known = noun is None or is_person_noun(noun) or _lemma(noun) in lex.nouns
    if not known and not _looks_personal(noun, lex):
        return None  # "12 cars", "three tanks": not people
    found = find_predicate(doc, anchor, lex) or _number_predicate(doc, phrase, anchor, lex)
    group = _partitive_group(anchor) if noun is None else None
    # "three of the victims were taken to hospital": the part's own clause says the harm
    number = doc[phrase.core]
    partitive = noun is not None and noun.head.lower_ == "of" and noun.head.head == number
    own_harm = clause_category(number) if group is not None or partitive else None
    if found is None and group is not None:
        # "he was one of three people killed": a part with no predicate of its own is
        # counted as its group is
        noun, anchor = group, group
        found = find_predicate(doc, anchor, lex)
    borne = borne_wound(noun)
    harm = own_harm or clause_category(anchor) or ((borne, anchor.head) if borne else None)
    harm = harm or _suffering(anchor)
    if found is not None and negated(found[0]) or harm is not None and negated(harm[1]):
        return None  # "the two men in the car were not injured"
    if found is not None:
        category = predicate_category(found[0], found[1], anchor, noun, lex)
        if category:
            return Reading(category, who_of(noun, lex), _index(noun), found[0].i)
    if found is None and noun is None and _claimed(anchor, lex):
        return Reading("killed", "people", None, anchor.head.i)  # "a bomb ... claiming eight"
    if harm is not None:  # "all four suffered minor injuries", "sent three to hospital"
        return Reading(harm[0], who_of(noun, lex), _index(noun), harm[1].i)
    if found is None and not known:
        return None  # "40 demonstrators" alone is no figure we track
    category = noun_category(doc, anchor, lex)
    if category:
        return Reading(category, who_of(noun, lex), _index(noun), None)
    toll = toll_reading(doc, phrase, lex)
    if toll is not None or noun is None or not is_person_noun(noun):
        return toll
    # People counted without a predicate: a subset whose category comes from its total.
    return Reading("", who_of(noun, lex), noun.i, None)


# Words between a person and a bare number that make the number the person's age:
# "another teen, also 15,", "a boy younger than 12".
AGE_LINKS = (("also",), ("younger", "than"), ("older", "than"), ("under",), ("aged",))


def _age_aside(doc: Doc, phrase: NumberPhrase) -> bool:
    """ "injured a boy, 7, who lived upstairs", "Smith, 34, was shot", "another teen, also
    15,", "a boy younger than 12": a bare number after one person is that person's age,
    not a count; after a name it is an age wherever the sentence goes on ("Tobias Cole, 32
    were all taken to hospital")."""
    start, end = phrase.start, phrase.end
    if end - start != 1 or not doc[start].like_num or doc[start].text.lower().isalpha():
        return False
    before = start
    for link in AGE_LINKS:
        words = tuple(t.lower_ for t in doc[max(0, start - len(link)) : start])
        if words == link:
            before = start - len(link)
            break
    comma = before >= 1 and doc[before - 1].text == ","
    person = doc[before - 1 - comma] if before - 1 - comma >= 0 else None
    if person is None or person.tag_ not in ("NN", "NNP"):
        return False
    if person.pos_ == "PROPN":
        return comma
    closed = end >= len(doc) or doc[end].text in (",", ".", ")", ";")
    return is_person_noun(person) and (comma and closed or before < start)


def _suffering(anchor: Token) -> tuple[str, Token] | None:
    """ "found three victims suffering from gunshot wounds": the wound a clause on the
    counted people tells."""
    for child in anchor.children:
        if child.dep_ == "acl" and child.i > anchor.i:
            category = wound_category(child)
            if category is not None:
                return category, child
    return None


def _claimed(anchor: Token, lex: FigureLexicon) -> bool:
    """ "a car bomb rocked the market, claiming eight": a bare number a blast or an attack
    claims is its dead."""
    return anchor.dep_ == "dobj" and _lemma(anchor.head) in lex.bare_toll_verbs


def _number_predicate(
    doc: Doc, phrase: NumberPhrase, anchor: Token, lex: FigureLexicon
) -> tuple[Token, str] | None:
    """ "there are dozens of people missing": the parser hangs the predicate on the number
    ("dozens"), not on the noun it counts; only right after the noun phrase, as the parser
    hangs far predicates on a number by mistake."""
    number = doc[phrase.end - 1]
    if number == anchor:
        return None
    for child in number.children:
        if child.dep_ in ("acl", "amod") and child.i == anchor.right_edge.i + 1:
            lemma = _predicate_lemma(child, lex)
            if lemma:
                return child, lemma
    return None


def _money_reading(doc: Doc, phrase: NumberPhrase, lex: FigureLexicon) -> Reading | None:
    """An amount of money is a figure only as aid ("$5 million in humanitarian aid")."""
    sentence = doc[phrase.core].sent
    lemmas = doc_words(doc).lemma
    window = lemmas[max(sentence.start, phrase.start - 8) : min(sentence.end, phrase.end + 8)]
    if not lex.aid_cues.isdisjoint(window):
        return Reading("aid", "money", None, None)
    return None


def _index(token: Token | None) -> int | None:
    return token.i if token is not None else None
