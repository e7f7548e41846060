"""The tense of the clause a time expression sits in, read from the dependency parse.

"The US announced December 11" (past) points back, "talks will open on Sunday" (future)
forward. When the expression modifies a noun ("the January 22 talks") its governing verb says
little about it, and the caller picks the nearest date instead; :func:`clause_tense` returns
whether the verb governs the expression directly.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from spacy.tokens import Doc, Token

from newscoder.lexicon import read_lexicon
from newscoder.time.lexicon import load_lexicon

Tense = Literal["PAST", "PRESENT", "FUTURE"]
NOUNISH = frozenset({"NOUN", "PROPN", "PRON"})
AUX_DEPS = frozenset({"aux", "auxpass"})
SINGULAR_NOUNS = frozenset({"NN", "NNP"})
TIME_PREPOSITIONS = frozenset({"on", "at", "of"})  # "the early hours of Sunday"


@dataclass(frozen=True, slots=True)
class ClauseTense:
    tense: Tense | None
    direct: bool  # the verb governs the expression, not through a noun
    scheduled: bool = False  # a present tense that announces: "polls close on Tuesday"
    progressive: bool = False  # a future read from "is meeting" alone, no "will" or plan
    closed: bool = False  # a past perfect or a negated past: "had not named him until Friday"
    harm: bool = False  # the date of a harm done: "Sunday night's shooting", "the Aug. 19 attack"
    # the day of a plan told in a past clause: "approved a rise planned for Oct. 15"
    lapsed_plan: bool = False
    # a future told from a past day: "said Wednesday the school would reopen Thursday"
    future_in_past: bool = False


def head_token(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def governing_verb(token: Token) -> tuple[Token | None, bool]:
    """The first verb above ``token``, and whether the path to it avoids other nouns (but
    those that take no date, when ``token`` is the object of "on" or "at")."""
    direct = True
    stray = token.dep_ == "pobj" and token.head.lower_ in TIME_PREPOSITIONS
    current = token
    for _ in range(12):
        head = current.head
        if head.i == current.i:
            return None, direct
        nominal = head.pos_ in {"VERB", "AUX"} and nominal_verb(head)
        if head.pos_ in {"VERB", "AUX"} and not nominal:
            return head, direct
        clock = head.lower_ in load_lexicon().cues["clock_nouns"]
        nounish = head.pos_ in NOUNISH or nominal
        if nounish and head.i != token.i and not (stray and takes_no_date(head)):
            # "at 8 p.m. local time Sunday", "(1815 GMT Friday)": a day hung on a clock
            # word is the day of the clock's verb
            direct = direct and clock
        current = head
    return None, direct


def nominal_verb(word: Token) -> bool:
    """A word the tagger calls a verb where it stands in a noun phrase: a form in -ing with
    its article, the object of a preposition or a verb ("for the May 2 shooting"), or a
    modifier of a noun ("drive" in "drive-by shooting"). It has no tense to give."""
    if word.dep_ in {"amod", "compound"} and word.head.i != word.i:
        return word.head.pos_ in NOUNISH or nominal_verb(word.head)
    return word.tag_ == "VBG" and word.dep_ in {"pobj", "dobj", "nsubj", "nsubjpass"} and any(
        c.dep_ == "det" for c in word.children
    )


def takes_no_date(noun: Token) -> bool:
    """A noun of a place, a thing or a time of day, which has no date of its own: a time
    phrase the parser hangs on it ("was shot in the doorway of his home on Monday night",
    "killed just before midnight on the Fourth of July") is the verb's."""
    return noun.lemma_.lower() in load_lexicon().cues["dateless_nouns"]


def verb_tense(verb: Token) -> Tense:
    """Past, present or future, from the verb's tag and its auxiliaries."""
    lex = load_lexicon()
    auxes = auxiliaries(verb)
    for aux in auxes:
        if aux.lower_ in lex.future_lemmas or aux.lemma_.lower() in lex.future_lemmas:
            return "FUTURE"
    if verb.tag_ in {"VBZ", "VBP"} and is_due(verb, lex.future_lemmas):
        return "FUTURE"  # "elections are due in September"
    if is_plan(verb, lex.future_lemmas) and verb.tag_ != "VBD":
        # "a service planned for Saturday was cancelled": a plan told in a past clause;
        # "had been scheduled since before the offensive in November": one told as over
        return "PRESENT" if lapsed_plan(verb) or past_perfect(verb) else "FUTURE"
    if is_past(verb, auxes) or mistagged_past(verb):
        return "PAST"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        return "PAST"  # present perfect: the event lies before the publication date
    # "to meet", and the passive "to be released"
    infinitive = verb.tag_ == "VB" or (verb.tag_ == "VBN" and any(a.lemma_ == "be" for a in auxes))
    if infinitive and any(a.tag_ == "TO" or a.lower_ == "to" for a in auxes):
        # An infinitive looks ahead only under a verb of intent: "plans to meet on Friday".
        head = verb.head
        intent = head.lemma_.lower() in lex.future_lemmas or head.lower_ in lex.future_lemmas
        intent = intent or is_intent_head(head)
        intent = intent or (head.lemma_ == "be" and head.i < verb.i)  # "is to resume"
        # "had been due to expire Friday": an intent in the past perfect has lapsed
        past_intent = intent and past_perfect(head)
        return "FUTURE" if intent and not past_intent else "PRESENT"
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in {"VBZ", "VBP"} for a in auxes):
        # "is meeting on Friday"; but "police are investigating a shooting Monday night"
        # tells an ongoing act, whose dates lie behind it
        ongoing = verb.lemma_.lower() in lex.cues["ongoing"]
        return "PRESENT" if ongoing else "FUTURE"
    if verb.tag_ == "VBN" and verb.dep_ in {"acl", "amod"}:
        return "PAST"  # "the talks held on Sunday"
    outer = clause_of_nonfinite(verb, auxes)
    return verb_tense(outer) if outer is not None else "PRESENT"


def is_prospective(verb: Token, token: Token) -> bool:
    """A bare verb under a modal of possibility or obligation, with the date after the modal
    ("could resume on Tuesday", "may be delayed until May", "must pay by Friday"): its act
    lies ahead. Not a perfect ("must have left"), nor a negated "could"/"can" ("could not
    confirm on Monday", "none could be found Wednesday"), which tells of an inability; a
    date before the modal ("warned on Thursday that strikes could ...") is the verb above's."""
    cues = load_lexicon().cues
    auxes = auxiliaries(verb)
    modals = [a for a in auxes if a.lower_ in cues["prospective_modals"] and a.tag_ == "MD"]
    if not modals or any(a.lemma_ == "have" for a in auxes) or verb.tag_ not in {"VB", "VBN"}:
        return False
    if token.i < modals[0].i or (verb.tag_ == "VBN" and not any(a.lemma_ == "be" for a in auxes)):
        return False
    negated = any(c.dep_ == "neg" or (c.dep_.startswith("nsubj") and nobody(c))
                  for c in verb.children)
    return not (negated and any(m.lower_ in cues["unable_modals"] for m in modals))


def nobody(subject: Token) -> bool:
    """A subject that negates its clause: "none", "no officials", "neither he nor she"."""
    words = load_lexicon().cues["nobody"]
    return subject.lower_ in words or any(
        c.dep_ in {"det", "preconj"} and c.lower_ in words for c in subject.children
    )


def is_intent_head(head: Token) -> bool:
    """A word before "to" and a verb that puts the verb's act ahead: "is set to meet", "are
    likely to vote", "vowed to return"; "set" only as a participle ("set to")."""
    lemma = head.lemma_.lower()
    heads = load_lexicon().cues["intent_heads"]
    if lemma not in heads and head.lower_ not in heads:
        return False
    return lemma != "set" or head.tag_ == "VBN"


def clause_of_nonfinite(verb: Token, auxes: list[Token]) -> Token | None:
    """"died Friday after being shot at his home Thursday": a participle or gerund after a
    preposition has no tense of its own; the verb the preposition hangs on gives it."""
    if verb.dep_ != "pcomp" or verb.tag_ not in {"VBN", "VBG"}:
        return None
    if any(a.tag_ not in {"VBG", "VBN", "TO"} for a in auxes):
        return None
    outer = verb.head.head
    return outer if outer.pos_ in {"VERB", "AUX"} and outer.i != verb.i else None


def auxiliaries(verb: Token) -> list[Token]:
    """The verb's auxiliaries; a participle joined to another verb without its own shares
    that verb's ("was shot and killed Saturday": "killed" is as past as "was shot")."""
    own = [c for c in verb.children if c.dep_ in AUX_DEPS]
    if own or verb.dep_ != "conj" or verb.tag_ not in {"VBN", "VBG"} or verb.head.i == verb.i:
        return own
    return [c for c in verb.head.children if c.dep_ in AUX_DEPS]


def is_past(verb: Token, auxes: list[Token]) -> bool:
    """A past form, or a past auxiliary ("was expected", "had been due")."""
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)


def past_perfect(word: Token) -> bool:
    """"had planned", "had been due": the auxiliaries of the word or of its copula."""
    holders = [word, word.head] if word.dep_ in {"acomp", "attr"} else [word]
    return any(c.lower_ in {"had", "'d"} and c.dep_ == "aux" for h in holders for c in h.children)


def is_plan(verb: Token, lemmas: frozenset[str]) -> bool:
    """A verb of intent or schedule; "set" only as "set for" ("a summit set for April"), "aim"
    only with what it aims to do ("aims to finish", "aiming for a deal"), not "aiming a gun"."""
    lemma = verb.lemma_.lower()
    if lemma == "aim":
        return any(c.dep_ == "xcomp" or c.lower_ == "for" for c in verb.children)
    return lemma in lemmas or (lemma == "set" and any(c.lower_ == "for" for c in verb.children))


def is_due(verb: Token, lemmas: frozenset[str]) -> bool:
    """"is due", "are due": a copula whose complement is a word of schedule."""
    return verb.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in lemmas for c in verb.children
    )


def plan_told_after(verb: Token, token: Token) -> bool:
    """A plan in the simple past with the day after it ("planned a rally on Saturday"); a
    day before it ("On Friday, the government planned to pay") dates the planning."""
    lemmas = load_lexicon().future_lemmas
    planned = is_plan(verb, lemmas) and verb.tag_ == "VBD" and not past_perfect(verb)
    return planned and token.i > verb.i


def plans_for(verb: Token) -> bool:
    """"scheduled a hearing for Monday", "planned the vote for May": a "for" on the verb or
    on its object names the day of the plan."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(c.lower_ == "for" and c.dep_ == "prep" for h in holders for c in h.children)


def lapsed_plan(verb: Token) -> bool:
    """A plan in a participle ("the rally planned for Saturday") whose noun is the subject
    or object of a verb in the past: the plan's day may have come and gone."""
    if verb.tag_ != "VBN" or verb.dep_ not in {"acl", "amod"}:
        return False
    noun = verb.head
    clause = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass", "dobj"} or clause.pos_ not in {"VERB", "AUX"}:
        return False
    return is_past(clause, [c for c in clause.children if c.dep_ in AUX_DEPS])


def mistagged_past(verb: Token) -> bool:
    """"Weakness in stocks hurt the index": a bare form after a singular noun cannot be the
    present (that would be "hurts"); it is the past of a verb whose past looks the same
    (listed: "the police say" is a present)."""
    if verb.tag_ != "VBP" or verb.lower_ not in load_lexicon().cues["unchanged_pasts"]:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.tag_ in SINGULAR_NOUNS for s in subjects)


def clause_tense(doc: Doc, start: int, end: int) -> ClauseTense:
    token = head_token(doc, start, end)
    if token is None:
        return ClauseTense(None, False)
    harm = dates_harm(token) or harm_follows(doc, end)
    verb, direct = reporting_verb_before(doc, start), True
    if verb is None:
        verb, direct = governing_verb(token)
    if verb is None:
        return ClauseTense(None, False, harm=harm)
    tense = verb_tense(verb)
    if tense == "PRESENT" and is_prospective(verb, token):
        tense = "FUTURE"  # "the talks could resume on Tuesday"
    if tense == "PAST" and plan_told_after(verb, token):
        # "protesters planned a rally on Saturday": the plan is past, the rally may lie
        # ahead, the nearest such day is the likeliest; "scheduled a hearing for Monday"
        # names the day the plan is for
        tense = "FUTURE" if plans_for(verb) else "PRESENT"
    progressive = tense == "FUTURE" and is_progressive(verb)
    scheduled = tense == "PRESENT" and (is_scheduled(verb) or copula_date(verb, token))
    closed = tense == "PAST" and is_closed(verb)
    lapsed = tense == "PRESENT" and direct and lapsed_plan(verb)
    told_back = tense == "FUTURE" and told_from_the_past(verb)
    return ClauseTense(tense, direct, scheduled, progressive, closed, harm, lapsed, told_back)


def told_from_the_past(verb: Token) -> bool:
    """"would be at the school Thursday": a future whose auxiliary looks ahead from a past
    day (a word of ``future_in_past``), as reported speech tells it."""
    words = load_lexicon().cues["future_in_past"]
    return any(a.lower_ in words for a in auxiliaries(verb))


@lru_cache(maxsize=1)
def harm_nouns() -> frozenset[str]:
    """Nouns of harm done (``lexicons/en/time/incident_days.toml``)."""
    raw = tomllib.loads(read_lexicon("time", "incident_days.toml"))
    return frozenset(raw["harm"]["nouns"])


def harm_follows(doc: Doc, end: int) -> bool:
    """The noun of a harm right after the date, past a possessive and its modifiers
    ("Wednesday's deadly shooting", "the Aug. 19 drive-by shooting"), whatever the parse
    made of them."""
    span = doc.char_span(end, len(doc.text), alignment_mode="expand")
    if span is None:
        return False
    for token in span[:5]:
        if token.lemma_.lower() in harm_nouns() or token.lower_ in harm_nouns():
            return True
        if not (token.tag_ == "POS" or token.pos_ in {"ADJ", "PROPN"} or token.text == "-"
                or token.lower_ in {"drive", "by"}):
            return False
    return False


def dates_harm(token: Token) -> bool:
    """"Sunday night's fatal shooting", "the Aug. 19 attack": a date on the noun of a harm
    done; news tells a shooting after it happened, whatever the verb of the clause."""
    head = token.head
    on_noun = token.dep_ in {"poss", "compound", "nmod", "npadvmod", "nummod"}
    return on_noun and head.i != token.i and head.lemma_.lower() in harm_nouns()


def is_closed(verb: Token) -> bool:
    """"had not called him a suspect until Thursday", "did not leave until Friday": a
    stretch told as over by a past perfect or a negated past ends on a day gone by."""
    auxes = auxiliaries(verb)
    negated = any(c.dep_ == "neg" for c in verb.children)
    perfect = any(a.lower_ in {"had", "'d"} for a in auxes)
    return perfect or (negated and is_past(verb, auxes))


def is_progressive(verb: Token) -> bool:
    """ "is meeting", "are investigating": a present progressive, which announces the verb's
    own act ("is meeting on Friday") but not the time of a noun it takes ("are investigating
    Friday's shooting")."""
    lex = load_lexicon()
    auxes = [c for c in verb.children if c.dep_ in AUX_DEPS]
    future = any(
        a.lower_ in lex.future_lemmas or a.lemma_.lower() in lex.future_lemmas for a in auxes
    )
    return verb.tag_ == "VBG" and not future and not is_plan(verb, lex.future_lemmas)


def reporting_verb_before(doc: Doc, start: int) -> Token | None:
    """"The Fed said on Wednesday it would ...": a day right after a verb of saying is the
    day of the saying, whichever verb the parser hung it on."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    before = doc[span.start - 1]
    if before.lower_ == "on" and before.i > 0:
        before = doc[before.i - 1]
    if before.pos_ in NOUNISH and before.i > 0 and before.head.i == before.i - 1:
        before = before.head  # "told reporters on Monday"
    said = before.pos_ == "VERB" and before.lemma_.lower() in load_lexicon().reporting_verbs
    return before if said else None


def is_scheduled(verb: Token) -> bool:
    """A simple present that is no report or state: "the talks open on Friday"."""
    lex = load_lexicon()
    if verb.tag_ not in {"VBZ", "VBP"} or verb.lemma_.lower() in lex.present_states:
        return False
    return not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def copula_date(verb: Token, token: Token) -> bool:
    """"The vote is on Sunday", "the deadline is Oct. 31": a date a present "is" gives its
    subject is a date set ahead (a past one would be "was"); not a date on another word
    ("prices are higher than on Monday")."""
    if verb.lemma_.lower() != "be" or verb.tag_ not in {"VBZ", "VBP"}:
        return False
    if any(c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children):
        return False
    if any(c.dep_ in {"acomp", "attr", "prep"} and holds_now(c) for c in verb.children):
        return False  # "an inquiry is underway Monday": a state of now, not a day set ahead
    head = token.head
    return head.i == verb.i or (head.dep_ == "prep" and head.head.i == verb.i)


def holds_now(complement: Token) -> bool:
    """"underway", "in stable condition", "in custody": a complement of "is" that tells a
    state holding at print (``ongoing_states``), through a preposition's object too."""
    words = load_lexicon().cues["ongoing_states"]
    if complement.dep_ == "prep":
        return any(c.dep_ == "pobj" and c.lemma_.lower() in words for c in complement.children)
    return complement.lower_ in words


def clause_verb(doc: Doc, start: int, end: int) -> int | None:
    """The token index of the verb whose clause holds the expression."""
    token = head_token(doc, start, end)
    if token is None:
        return None
    verb, _ = governing_verb(token)
    while verb is not None and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "began in March and fired on April 22": one narrative clause
    return verb.i if verb is not None else None
