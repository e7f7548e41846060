"""Reported speech found by the learned model, with the rules kept where they do better.

Every verb outside quotation marks is a candidate cue, and so is a predicate adjective with
a complement ('was critical of', 'worried that'). The model's ``cue`` regression decides
whether it reports what its subject said, thought or wants; its ``part`` regression then
picks which dependents (a 'that' clause, an object, 'for ...', a phrase on a light verb's
object: 'voiced his disapproval | of the ruling') make up the content. Rules still do what
they do well: 'according to X', findings 'in the poll', 'reportedly', a cue set off by commas
inside the clause it reports ('The plan, she said, would fail') or in an 'as' clause on it
('As the Post reported, ...'), a passive's subject in what it reports ('X is expected to
win'), the source
(:func:`subject_of`) and everything in quotation marks (:mod:`newscoder.quotes.direct`).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Token

from newscoder.model import Span
from newscoder.parse import doc_text
from newscoder.quotes.features import (
    OBJECT_HOLDERS,
    candidate_parts,
    cue_features,
    noun_features,
    noun_parts,
    part_features,
)
from newscoder.quotes.indirect import (
    MIN_CONTENT_CHARS,
    IndirectCandidate,
    according_to,
    can_speak,
    colon_headline,
    hedged_report,
    in_document,
    line_start_token,
    noun_report,
    noun_source,
    parenthetical,
    span_length,
    subject_of,
    trimmed,
    unsourced_passive,
    without_stop,
)
from newscoder.quotes.learned import AttributionModel
from newscoder.quotes.lexicon import QuoteLexicon, lexicon

# Dependents that are clauses: what was said, thought or asked for ('said that ...',
# 'urged them to act').
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl"})
ADJECTIVE_PARTS = frozenset({"prep", "ccomp", "xcomp"})
# How sure the model must be of a cue that no list names and whose content is no clause.
# Chosen on train articles held out of training, two folds (train[700:840] and train[0:140]
# each scored by a model fitted on the rest), never on dev. Attribution F1 / reported
# speech found (IoU >= 0.5) on the two folds: 0.6 gives 0.7824 / 858 and 0.7136 / 944; 0.45
# 0.7840 / 876 and 0.7183 / 974; 0.4 0.7825 / 880 and 0.7198 / 982; 0.35 0.7775 / 883 and
# 0.7191 / 993; 0.2 0.7704 / 920 and 0.7141 / 1037. Lower takes acts done to an object
# ('suspended his campaign', 'hired a spokeswoman', 'approved the budget by a vote') for views
# held. With the later changes to speakers and reports, 0.5 gives 0.7859 / 873 and 0.7191 /
# 965 (0.4: 0.7835 / 885 and 0.7219 / 987): the same F1, fewer found, and no decision
# ('approved the budget by a vote') read as a claim.
SURE = 0.5


def candidate_verbs(doc: Doc, quoted: list[Span]) -> Iterator[Token]:
    """Verbs outside quotation marks (``quoted`` sorted by start): a quoted speaker's own
    verbs are what they said, not attributions of the writer's. A predicate adjective with
    a complement counts as a verb ('was critical of the plan', 'were worried that ...')."""
    return _outside(doc, quoted, _predicate)


def candidate_nouns(doc: Doc, quoted: list[Span]) -> Iterator[Token]:
    """Nouns outside quotation marks with a phrase or clause after them that can hold what
    they report ('her doubts | about the deal', 'a pledge | to cut taxes')."""
    return _outside(doc, quoted, lambda tok: tok.pos_ == "NOUN" and bool(noun_parts(tok)))


def _outside(doc: Doc, quoted: list[Span], wanted: Callable[[Token], bool]) -> Iterator[Token]:
    starts = [q.start for q in quoted]
    for tok in doc:
        if not wanted(tok):
            continue
        i = bisect.bisect_right(starts, tok.idx) - 1
        if i >= 0 and tok.idx < quoted[i].end:
            continue
        yield tok


def _predicate(tok: Token) -> bool:
    if tok.pos_ == "VERB":
        return True
    return _has_clause(tok) if tok.pos_ == "AUX" else _stance(tok)


def _has_clause(tok: Token) -> bool:
    return any(c.dep_ == "ccomp" for c in tok.children)


def _stance(tok: Token) -> bool:
    """A predicate adjective with what it is about: 'critical of', 'aware that'."""
    if tok.pos_ != "ADJ" or tok.dep_ != "acomp":
        return False
    return any(c.dep_ in ADJECTIVE_PARTS for c in tok.children)


def sure_of_object(
    verb: Token, parts: list[Token], model: AttributionModel, lex: QuoteLexicon
) -> bool:
    """An object for content: the verb is listed, or the model is sure of it."""
    if listed_cue(verb, parts, lex):
        return True
    return model.cue.probability(cue_features(verb, subject_of(verb), lex)) >= SURE


def listed_cue(verb: Token, parts: list[Token], lex: QuoteLexicon) -> bool:
    lemma = verb.lemma_.lower()
    if any((lemma, p.lower_) in lex.phrasal_cues for p in parts if p.dep_ == "prep"):
        return True
    return lex.is_cue(lemma)


def part_span(doc: Doc, child: Token, own: bool = False) -> Span:
    """The characters of one dependent's subtree; a preposition's without the preposition
    itself, which belongs to the cue ('called for | a ban'). With ``own``, an object's words
    without the phrases after it, which are parts of their own ('voiced | misgivings | about
    the plan'): the part model learns from these whether the noun is said or says how it was
    said (a light verb's noun is part of the cue, as PolNeAR marks it)."""
    start = child.left_edge.idx
    if child.dep_ == "prep" and child.i + 1 < len(doc) and child.left_edge.i == child.i:
        start = doc[child.i + 1].idx
    last = reported_end(child, lexicon())
    if own and child.dep_ in OBJECT_HOLDERS:
        last = min(last, _own_end(child), key=lambda t: t.i)
    return trimmed(doc, start, last.idx + len(last))


def _own_end(noun: Token) -> Token:
    """The last word of an object before the phrases after it."""
    own = [g for g in noun.children if not (g.dep_ == "prep" and g.i > noun.i)]
    return max([noun] + [g.right_edge for g in own], key=lambda t: t.i)


def reported_end(child: Token, lex: QuoteLexicon) -> Token:
    """The last word of what a dependent reports: its subtree's last word, or the word before
    a second verb of saying with no subject of its own that closes it ('said he would resign
    | and called on others to follow'): the parser hangs it on the reported clause, but it is
    a second act of the same speaker, not part of what was said."""
    tail = _left_out(child, lex)
    return child.right_edge if tail is None else _before_coordination(tail)


def _left_out(child: Token, lex: QuoteLexicon) -> Token | None:
    """The clause or phrase closing a dependent that :func:`reported_end` leaves out, if any."""
    end = child.right_edge
    for tok in child.subtree:
        at_end = tok.i > child.i and tok.right_edge.i == end.i
        if at_end and (_second_report(tok, child.head, lex) or _setting(tok) or _aside(tok, child)):
            return tok
        if at_end and _contrasted_report(tok, lex):
            return tok
    return None


def _clause(part: Token) -> bool:
    """A part that is a clause ('said | that the sign was changed, which ...'), not a thing
    named ('cited | the case, which ...')."""
    return part.pos_ in ("VERB", "AUX")


ASIDE_WORDS = frozenset({"which", "where"})
PERSON_ASIDE_WORDS = frozenset({"who", "whose", "whom"})


def _aside(tok: Token, part: Token) -> bool:
    """A comment set off by a comma at the end of the part: a gloss on a name ('..., the
    former governor', '..., who took office in May', '... reached Chad, where ...') is the
    writer's, never the source's; a relative clause on a thing ('..., which votes in March')
    is the writer's after a thing named ('cited the case, which ...') but part of what was
    said after a clause ('said the sign had been changed, which ...'), where it goes on with
    the source's account."""
    first = tok.left_edge
    if first.i == 0 or first.nbor(-1).text not in (",", "—", "–"):
        return False
    if tok.dep_ == "relcl" and first.lower_ in PERSON_ASIDE_WORDS:
        return True
    if tok.dep_ == "relcl" and first.lower_ in ASIDE_WORDS:
        return tok.head.pos_ == "PROPN" or not _clause(part)  # '... Chad, where ...': a name
    return tok.dep_ == "appos" and first.pos_ == "DET" and first.nbor(-1).text == ","


# Words that open a clause or phrase telling the circumstances of what was said, when set off
# by a comma at its end ('said the plan would pass, after a long debate').
SETTING_WORDS = frozenset({"after", "before", "although"})


def _setting(tok: Token) -> bool:
    """A clause or phrase after a comma at the end of what was reported that tells when or
    against what ('..., after the vote was delayed', '..., although he later backed down'),
    and a clause after a semicolon: the writer's framing of the report, not the source's
    words (PolNeAR's contents stop before them far more often than not; a contrast with
    'while' and a phrase with 'with' are as often the source's own, so they stay)."""
    first = tok.left_edge
    if first.i == 0:
        return False
    if _after_semicolon(tok):
        return tok.dep_ in ("conj", "parataxis", "ccomp", "advcl")
    if first.nbor(-1).text != ",":
        return False
    if tok.dep_ == "prep":
        return tok.lower_ in SETTING_WORDS and tok.i == first.i
    return tok.dep_ == "advcl" and first.lower_ in SETTING_WORDS


def _after_semicolon(tok: Token) -> bool:
    """The subtree of ``tok`` opens with a semicolon or right after one."""
    first = tok.left_edge
    return first.text == ";" or (first.i > 0 and first.nbor(-1).text == ";")


def _before_semicolon(side: list[Token]) -> list[Token]:
    """The parts before a clause the parser hangs on the cue after a semicolon ('said the
    road would reopen; crews were still at work' has two clauses on 'said'): a sentence
    joined on by a semicolon is the writer's next statement, as after a full stop."""
    for n, part in enumerate(side):
        if n > 0 and _after_semicolon(part):
            return side[:n]
    return side


def _second_report(tok: Token, cue: Token, lex: QuoteLexicon) -> bool:
    """A verb of saying joined to the reported clause with no 'that' of its own: the same
    speaker's next act ('and warned against ...', ', adding that ...') or another speaker's
    report ('and critics said ...'); 'that A and that B' keeps the conjunct in the content,
    and so does a conjunct in a form the cue cannot share (below)."""
    joined = tok.dep_ == "conj" and tok.pos_ == "VERB"
    participle = tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > tok.head.i
    if not (joined or participle) or any(c.dep_ == "mark" for c in tok.children):
        return False
    if joined and _reported_form(tok, cue):
        return False
    lemma = tok.lemma_.lower()
    if lemma in lex.direct_cues or lemma in lex.indirect_cues:
        return True
    return any((lemma, c.lower_) in lex.phrasal_cues for c in tok.children if c.dep_ == "prep")


# Words that set another source's report against the one reported ('accuses X of A | while
# X suggests B') or tell when it came ('assured voters he was ready | after a woman told him
# she doubted it'): the writer's setting, not the first source's words.
CONTRAST_MARKS = frozenset({"while", "whereas", "after", "before", "when"})


def _contrasted_report(tok: Token, lex: QuoteLexicon) -> bool:
    """A clause opened by 'while', 'whereas', 'after', 'before' or 'when' with a subject of its
    own and a verb of saying with a clause of its own: another report, set beside the first by
    the writer (a comma before it is not needed: the other speaker's report is no part of the
    first's words either way)."""
    if tok.dep_ != "advcl" or not _own_subject(tok):
        return False
    if not any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in tok.children):
        return False
    lemma = tok.lemma_.lower()
    saying = lemma in lex.direct_cues or lemma in lex.indirect_cues
    return saying and any(c.dep_ == "ccomp" for c in tok.children)


def _reported_form(conj: Token, cue: Token) -> bool:
    """'said the panel would meet and will announce ...', 'asked her to stand and say ...': a
    conjunct with a modal of its own, or a bare infinitive joined to an infinitive under a
    finite cue, is the reported clause's second predicate with that clause's subject; the
    speaker's own next act takes the cue's form ('said ... and called on')."""
    if any(c.dep_ == "aux" and c.tag_ in ("MD", "TO") for c in conj.children):
        return True
    return conj.tag_ == conj.head.tag_ == "VB" and cue.tag_ != "VB"


def _before_coordination(conj: Token) -> Token:
    """The word before a conjunct and the 'and' or comma that joins it."""
    i = conj.left_edge.i - 1
    while i > conj.head.i and conj.doc[i].dep_ in ("cc", "punct", "preconj"):
        i -= 1
    return conj.doc[i]


def _with_described(verb: Token, side: list[Token]) -> list[Token]:
    """'painted Romney as a rich man': what is described goes with what it is called."""
    as_phrase = next((c for c in side if c.dep_ == "prep" and c.lower_ == "as"), None)
    if as_phrase is None:
        return side
    objects = [  # a name the parser takes for an adverb ('painted Hale | as ...') too
        c
        for c in verb.children
        if verb.i < c.i < as_phrase.i
        and (c.dep_ in ("dobj", "obj") or (c.dep_ == "npadvmod" and c.pos_ == "PROPN"))
    ]
    return sorted({c.i: c for c in side + objects}.values(), key=lambda t: t.i)


def _reported_clause(part: Token) -> bool:
    """A clause that can be what was said: not a bare infinitive on the verb itself ('chose
    to file', 'continued to rise', 'scrambled to keep'), which tells an aim or a course of
    events, unless it follows an object ('urged Congress to act') or the verb is listed."""
    if part.dep_ not in CLAUSE_DEPS:
        return False
    if part.dep_ != "xcomp" or not any(c.lower_ == "to" and c.dep_ == "aux" for c in part.children):
        return True
    return any(c.dep_ in ("dobj", "dative") and c.i < part.i for c in part.head.children)


def _small_clause(verb: Token, parts: list[Token], lex: QuoteLexicon) -> bool:
    """'painted Romney as a rich man', 'judged him ready': an object with what it is said to
    be is a view of it, as a 'that' clause is ('said Romney was a rich man'), for a verb of
    regard or saying; 'used the depot as collateral', 'chose her as chair' tell no view."""
    lemma = verb.lemma_.lower()
    if lemma not in lex.regard_verbs and not lex.is_cue(lemma):
        return False
    has_object = any(c.dep_ in ("dobj", "obj") for c in parts)
    described = any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in parts)
    return has_object and described


# Prepositions that only ever tell where ('protested outside the parliament', 'spoke near
# the gate'): what was said or stood for is never in them ('behind', 'along', 'at' may be:
# 'lined up behind him', 'voted along party lines', 'hinted at a deal').
PLACE_ONLY = frozenset({"outside", "inside", "near", "beside", "beneath", "underneath"})


def _act_not_view(verb: Token, side: list[Token], lex: QuoteLexicon) -> bool:
    """Acts the model can take for stances when nothing in them is said (no 'that' clause):
    a verb no cue list names done with an aim ('police fired tear gas | to disperse crowds')
    or to a person ('a court sentenced a former mayor | for taking bribes'), unless it says
    what the person is taken for ('admires Putin | as a strong leader')."""
    if any(c.dep_ == "ccomp" for c in side):
        return False
    if listed_cue(verb, side, lex):
        return False
    has_object = any(c.dep_ in OBJECT_HOLDERS for c in verb.children)
    if has_object and any(_purpose(c) and not lex.is_cue(c.lemma_.lower()) for c in side):
        return True  # 'went on to explain how ...', 'came to talk' report what is said
    # the person done to may be left out of the content ('sentenced a mayor | for bribes')
    return any(_a_person(c, lex) for c in verb.children) and not _described(verb, side, lex)


def _described(verb: Token, side: list[Token], lex: QuoteLexicon) -> bool:
    """'painted Romney | as a rich man', 'urged him | to run': a person with a view of them
    or a request made to them."""
    lemma = verb.lemma_.lower()
    if lemma in lex.regard_verbs or lemma in lex.addressee_verbs:
        return True
    return any(c.dep_ in ("oprd", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as") for c in side)


def _purpose(tok: Token) -> bool:
    """'to disperse crowds' hung on an act: an infinitive of aim, with no subject of its own."""
    children = list(tok.children)
    return (
        tok.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
    )


def _a_person(part: Token, lex: QuoteLexicon) -> bool:
    """An object that is someone named or by role ('sentenced a former mayor'); a pronoun
    is left to the model ('did not name her' is a report in PolNeAR's reading)."""
    if part.dep_ not in OBJECT_HOLDERS:
        return False
    return part.ent_type_ == "PERSON" or part.lemma_ in lex.person_roles


def content_of(verb: Token, model: AttributionModel, lex: QuoteLexicon) -> Span | None:
    """The dependents the model takes for the content, on one side of the cue, joined. A
    content with no clause in it ('approved the budget') is an attribution only for a verb
    the cue lists name ('criticized the plan', 'called for a ban'): an act done to an
    object is not a view held."""
    doc = verb.doc
    parts = candidate_parts(verb)
    chosen = [c for c in parts if model.part.accepts(part_features(verb, c, lex))]
    chosen += [c for c in parts if c not in chosen and second_complement(verb, c, chosen)]
    chosen.sort(key=lambda c: c.i)
    chosen = [c for c in chosen if c.dep_ != "dative"]  # 'wrote | to us': whom, not what
    chosen = [c for c in chosen if not (c.dep_ == "prep" and c.lower_ in PLACE_ONLY)]
    chosen = [c for c in chosen if not _time_phrase(c)]
    right = [c for c in chosen if c.i > verb.i]
    side = right or closing_clauses(verb, parts, [c for c in chosen if c.i < verb.i])
    if not side:
        return None
    side = _before_semicolon(_with_described(verb, side))
    if _act_not_view(verb, side, lex):
        return None
    clause = any(_reported_clause(c) for c in side) or _small_clause(verb, side, lex)
    if not clause and not sure_of_object(verb, side, model, lex):
        return None
    side = _before_cut_part(verb, _before_other_report(verb, side, lex), lex)
    # an object taken keeps its phrases ('criticized | the remarks of her deputy'); one left
    # out leaves only the phrase the model took ('voiced his doubts about | the budget')
    spans = [part_span(doc, c) for c in side]
    start = min(s.start for s in spans)
    subject = raised_subject(verb, side, lex)
    if subject is not None:
        start = min(start, subject.left_edge.idx)
    opening = closing_cue_opening(verb, side)
    if opening is not None:
        start = min(start, opening.idx)
    return Span(start, _before_joining_word(doc, start, max(s.end for s in spans)))


CLOSING_PUNCT = frozenset({")", "]", '"', "”", "’", "'", ".", "?", "!"})


def _before_joining_word(doc: Doc, start: int, end: int) -> int:
    """The end of a content without the 'and' or 'but' (and the comma) that joined a clause
    left out of it ('said A, and | B said ...'): what was reported never ends on a word that
    joins it to more."""
    words = list(doc.char_span(start, end, alignment_mode="expand") or [])
    while words and _joining(words[-1]):
        words.pop()
    return min(end, words[-1].idx + len(words[-1])) if words else end


def _joining(tok: Token) -> bool:
    return tok.dep_ == "cc" or (tok.is_punct and tok.text not in CLOSING_PUNCT)


# What a second report hung on the cue reports of its own: a clause, or an object ('..., and
# three-quarters said | the same of her rival').
OWN_REPORTED = frozenset({"ccomp", "xcomp", "dobj", "obj"})


def _before_other_report(verb: Token, side: list[Token], lex: QuoteLexicon) -> list[Token]:
    """The parts before a second clause on the cue that is a report of its own, with its own
    subject, verb of saying and clause ('said they were worried, and more than 4 in 10 said
    Trump would do better'): the parser may hang it on the first cue as a second complement,
    but it is another source's report, found at its own verb."""
    for n, part in enumerate(side):
        if n == 0 or part.dep_ != "ccomp" or part.i < verb.i:
            continue
        if any(g.dep_ == "mark" for g in part.children) or not _own_subject(part):
            continue
        lemma = part.lemma_.lower()
        if not (lemma in lex.direct_cues or lemma in lex.indirect_cues):
            continue
        if any(g.dep_ in OWN_REPORTED for g in part.children):
            return side[:n]
    return side


def _before_cut_part(verb: Token, side: list[Token], lex: QuoteLexicon) -> list[Token]:
    """The parts up to one whose words end in another act or report or in the writer's
    setting, left out (:func:`reported_end`: 'said she saw no reason to wait, | telling a host
    that ...'): a part the parser hangs on the cue after it lies past those words, so taking
    it would carry the content over them. (A gloss on a name left out is no such end: the
    source may go on about the one named.)"""
    for n, part in enumerate(side[:-1]):
        tail = _left_out(part, lex) if part.i > verb.i else None
        if tail is not None and not _aside(tail, part):
            return side[: n + 1]
    return side


TIMES = frozenset({"DATE", "TIME"})


def _time_phrase(part: Token) -> bool:
    """'spoke | for an hour', 'wrote | on Monday': a phrase whose noun is a time tells when
    or how long, never what was said."""
    if part.dep_ != "prep":
        return False
    objects = [g for g in part.children if g.dep_ == "pobj"]
    return bool(objects) and all(g.ent_type_ in TIMES for g in objects)


def closing_clauses(verb: Token, parts: list[Token], left: list[Token]) -> list[Token]:
    """'A, but B, a union official said': a cue closing its sentence reports every clause
    before it, and the parser may hang each of them on it; the model, taking one for the
    report, may leave out the one joined to it ('but the owners found a buyer' reads like a
    report of its own), which would leave the content ending in 'but'. A clause between the
    first taken and the cue belongs to the report."""
    if not left:
        return left
    joined = [c for c in parts if c.dep_ == "ccomp" and left[0].i < c.i < verb.i]
    return sorted({c.i: c for c in left + joined}.values(), key=lambda t: t.i)


def closing_cue_opening(verb: Token, side: list[Token]) -> Token | None:
    """'A, but B, another source said.': a cue that closes its sentence reports all of it,
    but the parser may take it for a conjunct of the first clause, A, and hang only B on it.
    The words reported then open where A opens. Only for a cue whose clause comes before it
    and whose subject follows that clause ('..., the ministry said'), the form of a report
    closing what it reports."""
    head = verb.head
    if verb.dep_ != "conj" or not side or head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.i > verb.i for c in side) or head.i > side[0].left_edge.i:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i < side[-1].right_edge.i:
        return None
    opening = head.left_edge
    return opening if opening.i >= verb.sent.start else None


FINITE = frozenset({"VBD", "VBZ", "VBP"})
SECOND_MARKS = frozenset({"that", "whether"})


def second_complement(verb: Token, conj: Token, chosen: list[Token]) -> bool:
    """A clause the parser hangs on the cue as its conjunct that grammar says is a second
    part of what was reported, whatever the model's score: one opened by its own 'that'
    ('believes A, but that B': no clause of the writer's opens with 'that'), or a bare
    infinitive after a finite cue whose content is an infinitive ('agreed to cut taxes and
    raise fees': 'raise' cannot be the finite cue's conjunct, it is the infinitive's)."""
    if conj.dep_ != "conj" or conj.i < verb.i or not chosen:
        return False
    if any(g.dep_ == "mark" and g.lower_ in SECOND_MARKS and g.i < conj.i for g in conj.children):
        return True
    if conj.tag_ != "VB" or verb.tag_ not in FINITE or _own_subject(conj):
        return False
    return any(
        c.dep_ == "xcomp" and c.tag_ == "VB" and c.i < conj.i and _infinitive(c) for c in chosen
    )


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def raised_subject(verb: Token, side: list[Token], lex: QuoteLexicon) -> Token | None:
    """'X is expected to win', 'X was widely criticized as sloppy', 'X was blamed for the
    loss', 'X was charged with fraud': in the passive, what is reported is a whole
    proposition about the subject ('they expect X to win', 'they blamed X for the loss'), so
    the subject belongs to the content, the cue inside it, whatever the complement. A passive
    with a clause of its own ('was told that ...') keeps its subject apart, and so does one
    addressed ('he was asked | to resign', 'was asked about X') and an 'it' that stands for
    a clause further on."""
    if verb.i == 0 or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if verb.lemma_.lower() in lex.addressee_verbs:
        return None
    if not side or side[0].i < verb.i or any(c.dep_ == "ccomp" for c in side):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subject is not None and _expletive(subject, verb):
        return None
    return subject


def _expletive(subject: Token, verb: Token) -> bool:
    """'It has been known for some time that ...': an 'it' that stands for a 'that' clause
    further on is no one the report is about; the clause is what is reported."""
    if subject.lower_ != "it":
        return False
    return any(  # the parser may read that 'that' as a relative's adverb ('for some time that')
        t.dep_ in ("mark", "advmod") and t.lower_ == "that" for t in verb.subtree if t.i > verb.i
    )


def find_learned(
    doc: Doc,
    lex: QuoteLexicon,
    model: AttributionModel,
    quoted: list[Span],
    in_quote: Callable[[int], bool],
) -> list[IndirectCandidate]:
    """Reported speech in one document: learned cues and contents, ruled special forms."""
    found = []
    for tok in doc:
        candidate = None
        if tok.text == ":" and 1 <= tok.i - line_start_token(tok) <= 4 and not in_quote(tok.idx):
            candidate = colon_headline(doc, tok, lex)
        elif in_quote(tok.idx):
            continue
        elif tok.lower_ == "according" and tok.i + 1 < len(doc) and tok.nbor().lower_ == "to":
            candidate = according_to(doc, tok)
        elif tok.pos_ == "NOUN":
            candidate = noun_report(doc, tok, lex)
        elif tok.dep_ == "prep":
            candidate = in_document(doc, tok, lex)
        elif tok.dep_ == "advmod":
            candidate = hedged_report(doc, tok, lex)
        if candidate is not None:
            found.append(candidate)
    for verb in candidate_verbs(doc, quoted):
        candidate = as_report(verb, lex) or learned_candidate(verb, model, lex)
        if candidate is not None and span_length(candidate.content) >= MIN_CONTENT_CHARS:
            found.append(candidate)
    found += [c for c in learned_nouns(doc, model, lex, quoted) if not _told_already(c, found)]
    found.sort(key=lambda c: c.cue.i)
    cues = {c.cue.i for c in found}
    kept = [c for c in found if not _carried(c, found) and not _relayed(c, cues)]
    return [c for c in kept if not _stance_within(c, kept, lex)]


def learned_nouns(
    doc: Doc, model: AttributionModel, lex: QuoteLexicon, quoted: list[Span]
) -> Iterator[IndirectCandidate]:
    """A noun of saying or stance with what it reports after it, as the model reads it
    ('the senator's doubts | about the deal', 'Trump's attack | on the judge'); its source
    is whose the noun is (:func:`noun_source`). The first part the model takes is the content."""
    if model.noun is None:
        return
    for noun in candidate_nouns(doc, quoted):
        part = next(
            (p for p in noun_parts(noun) if model.noun.accepts(noun_features(noun, p, lex))), None
        )
        if part is not None:
            content = without_stop(doc, part_span(doc, part))
            if span_length(content) >= MIN_CONTENT_CHARS:
                yield IndirectCandidate(noun, noun_source(noun), content)


def _told_already(candidate: IndirectCandidate, found: list[IndirectCandidate]) -> bool:
    """A noun's report whose words another report already takes as its content ('voiced |
    doubts about the deal' found at the verb): the same attribution, found once."""
    content = candidate.content
    for other in found:
        shared = min(content.end, other.content.end) - max(content.start, other.content.start)
        if shared * 2 > span_length(content) or other.cue.i == candidate.cue.i:
            return True
    return False


def _relayed(outer: IndirectCandidate, cues: set[int]) -> bool:
    """'went on to say that ...', 'refused to admit that ...', 'continued to insist ...': the
    verb the infinitive names reports, with its own content; the verb before it only tells
    how (it went on, refused, continued), so it is no second report of the same words."""
    verb = outer.cue
    if any(c.dep_ in ("dobj", "obj", "dative") for c in verb.children):
        return False  # 'asked him to explain ...': the request is a report of its own
    return any(
        _infinitive(c) and c.i in cues and c.idx >= outer.content.start for c in verb.children
    )


def _infinitive(clause: Token) -> bool:
    """An infinitive on the verb: 'refused | to admit', and 'went on | to say', which the
    parser may hang on as an adverbial clause."""
    if clause.dep_ == "xcomp":
        return True
    return clause.dep_ == "advcl" and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in clause.children
    )


def _stance_within(
    inner: IndirectCandidate, found: list[IndirectCandidate], lex: QuoteLexicon
) -> bool:
    """A stance verb inside what someone else is reported to have said ('X says Machado
    will keep supporting Clinton'): the reported speaker's words, not a report of its own.
    A verb of saying there ('X says Y promised that ...') is a nested report and stays."""
    cue = inner.cue
    lemma = cue.lemma_.lower()
    if (
        cue.pos_ not in ("VERB", "AUX", "ADJ")
        or lemma in lex.direct_cues
        or lemma in lex.indirect_cues
    ):
        return False
    return any(
        outer is not inner and outer.content.start <= cue.idx < outer.content.end for outer in found
    )


def _carried(outer: IndirectCandidate, found: list[IndirectCandidate]) -> bool:
    """'X released a statement saying ...': the report is the statement's, told by its
    'saying' clause with X as source; 'released' with the whole object is the same report.
    So is 'X rejected the notion that ...' beside the notion's own report."""
    for inner in found:
        cue = inner.cue
        if inner.source is None or outer.source is None or inner is outer:
            continue
        if cue.dep_ == "acl":
            inside = outer.content.start <= cue.head.idx < outer.content.end
        elif cue.pos_ == "NOUN":  # 'X rejected the notion that ...': the notion's report
            inside = outer.content.start <= cue.idx < outer.content.end
        else:
            continue
        if inside and inner.source.i == outer.source.i:
            return True
    return False


QUOTE_MARKS = frozenset("\"'“”‘’«»„")
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Outside quotation marks 'you' is the reader, who says nothing in the story.
READER_WORDS = frozenset({"you", "ya", "y'all"})
# What a reporting verb in an 'as' clause would need to report something of its own.
OWN_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "obj", "dative"})


def as_report(verb: Token, lex: QuoteLexicon) -> IndirectCandidate | None:
    """'As the Post reported, ...', '..., as his aide noted.', 'As reported by NBC, ...': a
    verb of saying in an 'as' clause with nothing reported of its own reports the clause it
    hangs on, in two fragments when it sits in the middle."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.lefts):
        return as_taken_for_main(verb, lex)
    lemma = verb.lemma_.lower()
    idiom = puts_it(verb)
    if lemma not in lex.indirect_cues and lemma not in lex.direct_cues and not idiom:
        return None
    if any(c.dep_ in OWN_CONTENT_DEPS and not idiom for c in verb.children):
        return None
    if any((lemma, c.lower_) in lex.phrasal_cues for c in verb.children if c.dep_ == "prep"):
        return None  # 'as she called for a ban': what she called for is her words
    subject, head = subject_of(verb), verb.head
    if subject is None or head.pos_ not in ("VERB", "AUX") or not can_speak(subject, lex):
        return None
    doc = verb.doc
    start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
    before = trimmed(doc, start, verb.left_edge.idx)
    after = without_stop(doc, trimmed(doc, verb.right_edge.idx + len(verb.right_edge), end))
    parts = [s for s in (before, after) if span_length(s) >= MIN_CONTENT_CHARS]
    if not parts:
        return None
    return IndirectCandidate(verb, subject, parts[0], rest=parts[1] if len(parts) == 2 else None)


def as_taken_for_main(verb: Token, lex: QuoteLexicon) -> IndirectCandidate | None:
    """'The valley, as one of his advisers pointed out, rarely floods': the parser may take the
    'as' clause's verb for the sentence's own, with a bare 'as' on it just before its subject.
    The report is the sentence around the 'as' clause, as for a well-parsed one."""
    lemma = verb.lemma_.lower()
    if lemma not in lex.indirect_cues and lemma not in lex.direct_cues:
        return None
    as_word = next((c for c in verb.lefts if c.lower_ == "as" and c.dep_ in ("prep", "mark")), None)
    if as_word is None or any(True for _ in as_word.children):
        return None
    subject = next(  # the clause's own subject may be hung on the verb too ('The valley')
        (c for c in verb.lefts if c.dep_ == "nsubj" and c.left_edge.i == as_word.i + 1), None
    )
    if subject is None or not can_speak(subject, lex):
        return None
    doc, sentence = verb.doc, verb.sent
    last = max([verb, *(c for c in verb.children if c.dep_ == "prt")], key=lambda t: t.i)
    before = trimmed(doc, sentence.start_char, as_word.idx)
    after = without_stop(doc, trimmed(doc, last.idx + len(last), sentence.end_char))
    parts = [s for s in (before, after) if span_length(s) >= MIN_CONTENT_CHARS]
    if not parts:
        return None
    return IndirectCandidate(verb, subject, parts[0], rest=parts[1] if len(parts) == 2 else None)


def puts_it(verb: Token) -> bool:
    """'as one voter put it': the idiom is a verb of saying whose 'it' is the words of the
    clause it hangs on."""
    if verb.lemma_.lower() != "put":
        return False
    objects = [c for c in verb.children if c.dep_ in OWN_CONTENT_DEPS]
    return len(objects) == 1 and objects[0].lower_ == "it"


def learned_candidate(
    verb: Token, model: AttributionModel, lex: QuoteLexicon
) -> IndirectCandidate | None:
    subject = subject_of(verb)
    if subject is not None and subject.pos_ == "NOUN" and subject.lemma_ in lex.abstract_subjects:
        return None  # 'the meeting focused on ...': a subject that holds no view
    if subject is not None and subject.lower_ in READER_WORDS:
        return None  # 'Do you support X?': the writer asks the reader; no one said anything
    if not model.cue.accepts(cue_features(verb, subject, lex)):
        return None
    if verb.dep_ == "parataxis":
        ruled = parenthetical(verb.doc, verb, lex)
        if ruled is not None:
            return ruled
    ruled = inserted_after_clause(verb, subject, lex)
    if ruled is not None:
        return ruled
    content = content_of(verb, model, lex) or announced(verb, lex) or answer(verb, lex)
    if content is None:
        return None
    return IndirectCandidate(verb, subject, content)


QUOTE_OPENERS = frozenset("\"'“‘„«”’")
ANSWER_DEPS = frozenset({"intj", "advmod", "dobj"})


def answer(verb: Token, lex: QuoteLexicon) -> Span | None:
    """'46 percent of voters said yes', 'half said so in May': a one-word answer right after a
    verb of saying is all that was said (the parser leaves it no part the model weighs)."""
    lemma = verb.lemma_.lower()
    if lemma not in lex.direct_cues and lemma not in lex.indirect_cues:
        return None
    if verb.i + 1 >= len(verb.doc):
        return None
    word = verb.nbor()
    if word.head.i != verb.i or word.dep_ not in ANSWER_DEPS or word.lower_ not in lex.answer_words:
        return None
    return Span(word.idx, word.idx + len(word))


def announced(verb: Token, lex: QuoteLexicon) -> Span | None:
    """'The ministry added:' closing its line, and the words on the next line without marks:
    a colon after a verb of saying announces what was said, set off as a block of its own,
    the whole of its paragraph (a quotation in marks there is the quotation finder's)."""
    doc = verb.doc
    lemma = verb.lemma_.lower()
    if lemma not in lex.direct_cues and lemma not in lex.indirect_cues:
        return None
    colon = next((c for c in verb.children if c.text == ":" and c.i > verb.i), None)
    if colon is None or any(c.i > colon.i for c in verb.children):
        return None
    if not all(t.is_space for t in doc[colon.i + 1 : colon.sent.end]):
        return None  # words after the colon in its own sentence: the parse has them
    following = doc[colon.i + 1 :]
    first = next((t for t in following if not t.is_space), None)
    if first is None or "\n" not in doc[colon.i : first.i + 1].text_with_ws:
        return None
    if first.text[0] in QUOTE_OPENERS:
        return None
    text = doc_text(doc)
    end = text.find("\n", first.idx)  # the block below the colon: its whole paragraph
    end = len(text) if end == -1 else end
    return without_stop(doc, trimmed(doc, first.idx, end))


CONTINUING = frozenset({"but", "and", "yet"})
SPEAKER_PRONOUNS = frozenset({"he", "she", "i", "we"})
# What may follow an inserted cue besides the joined clause: its subject ('said Ortiz'), a
# comma, a time ('said on Monday').
AROUND_INSERTED_CUE = frozenset({"conj", "cc", "punct", "nsubj", "npadvmod", "advmod", "prep"})


def inserted_after_clause(
    verb: Token, subject: Token | None, lex: QuoteLexicon
) -> IndirectCandidate | None:
    """'Rents rose, said Ortiz, but wages did not': a cue set between two clauses joined by
    'but' or 'and'. The parser hangs the second on the cue as its conjunct; the words reported
    are both clauses, the cue in their middle. A second clause whose subject is a speaker
    ('..., she said, and she left') is the writer's narration, not part of the report."""
    doc = verb.doc
    before = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if before is None or subject is None or verb.lemma_.lower() not in lex.indirect_cues:
        return None
    edge = before.right_edge
    if edge.text != "," and (edge.i + 1 >= len(doc) or edge.nbor().text != ","):
        return None  # the reported clause ends at a comma before the cue
    if any(c.i > verb.i and c.dep_ not in AROUND_INSERTED_CUE for c in verb.children):
        return None  # 'one suggested she marry ...': the cue has words of its own after it
    joined = [c for c in verb.children if c.dep_ == "conj" and c.i > verb.i]
    words = [c for c in verb.children if c.dep_ == "cc" and c.i > verb.i]
    if len(joined) != 1 or not words or words[0].lower_ not in CONTINUING:
        return None
    second = joined[0]
    own = next((c for c in second.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if own is None or own.lower_ in SPEAKER_PRONOUNS or own.lemma_ == subject.lemma_:
        return None
    first = part_span(doc, before)
    rest = Span(words[0].idx, second.right_edge.idx + len(second.right_edge))
    rest = without_stop(doc, trimmed(doc, rest.start, rest.end))
    return IndirectCandidate(verb, subject, first, rest=rest)


def not_a_speech_act(verb: Token, lex: QuoteLexicon) -> bool:
    """Rules over the model where the issue is what counts as speech at all: a state of mind
    with no finite clause ('feared retaliation', 'hopes to win') and a name given ('called
    the government "interim"') report no words of anyone's. A passive with no agent ('is
    expected to win') is not the subject's state of mind but a view of sources left unnamed."""
    deps = {c.dep_ for c in verb.children}
    if verb_in(verb, lex.wish_verbs) and not unsourced_passive(verb):
        return not any(c.dep_ == "ccomp" and _finite(c) for c in verb.children)
    if _provides_for_a_count(verb):
        return True
    if not verb_in(verb, lex.naming_verbs) or _called_out(verb):
        return False
    return _name_it_goes_by(verb, deps) or ("dobj" in deps and not _judged(verb))


def _called_out(verb: Token) -> bool:
    """'called out his rival for ...': with 'out' the verb is blame said in public, no name
    given ('called up a friend' is neither: a name verb's object stays no content)."""
    return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _name_it_goes_by(verb: Token, deps: set[str]) -> bool:
    """'militias called the Islamic Front', 'a hamlet called Three Wells': a participle with
    no subject of its own that gives a noun its name (the parser hangs it on the noun or on
    the clause, and often tags it a past tense) says what the thing goes by, not what anyone
    said."""
    own = deps & {"nsubj", "nsubjpass", "dobj"}
    return verb.dep_ in ("acl", "advcl") and "oprd" in deps and not own


# Verbs of stance that also mean keeping someone going ('supports the plan' is a view held,
# 'supports 400 families' is food and money given).
SUSTAINING = frozenset({"support", "sustain"})
COUNTS = frozenset({"nummod", "quantmod"})


def _provides_for_a_count(verb: Token) -> bool:
    """'aid groups are supporting more than 400,000 refugees', 'the fund supports 30
    schools': a counted object is a number of people or things provided for; a stance is
    taken towards a plan, a view or a party, never a head count, so no one's words are
    reported."""
    if verb.lemma_.lower() not in SUSTAINING:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # a bare number is often a share of a set named after it ('backs three of the bills')
    return any(c.pos_ == "NOUN" and any(d.dep_ in COUNTS for d in c.children) for c in objects)


# Naming verbs that also judge: 'called the charges baseless', 'labelled the plan a giveaway'.
JUDGING_NAMERS = frozenset({"call", "label", "brand", "term"})


def _judged(verb: Token) -> bool:
    """'called the charges baseless', 'called the vote a mistake': what the object is said
    to be is a judgement (an adjective, or a noun with 'a' or none), which is speech; 'called
    the bridge the eyesore', 'named it Northern Shield' give a name. Marked words are the
    quotation finder's, which tells names from words said."""
    if verb.lemma_.lower() not in JUDGING_NAMERS:
        return False
    said = next((c for c in verb.children if c.dep_ == "oprd"), None)
    if said is None or said.pos_ == "PROPN":
        return False
    if any(t.text in QUOTE_MARKS for t in said.subtree):
        return False
    if said.pos_ in ("ADJ", "VERB"):
        return True
    return said.pos_ == "NOUN" and not any(
        c.dep_ == "det" and c.lower_ in DEFINITE for c in said.children
    )


# Endings of a verb's forms, stripped to find its stem when the lemmatizer slips, and the
# adjective's ('hopeful of a deal', 'fearful of reprisals': the same state of mind).
INFLECTIONS = ("ing", "ed", "es", "s", "d", "ful")


def verb_in(verb: Token, lemmas: frozenset[str]) -> bool:
    """The verb's lemma is listed; the word's own stems too, as the lemmatizer slips on a
    few ('hopes' → 'hop'). Only an inflection's ending is stripped: cutting any last letters
    made 'likened' a 'like' and 'planted' a 'plan', wishes where a comparison was said."""
    low = verb.lower_
    stems = {verb.lemma_.lower(), low}
    for ending in INFLECTIONS:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            stem = low[: -len(ending)]
            stems |= {stem, stem + "e"}
    return not stems.isdisjoint(lemmas)


def _finite(clause: Token) -> bool:
    return clause.tag_ in ("VBD", "VBP", "VBZ", "MD") or any(
        c.dep_ == "aux" and c.tag_ in ("MD", "VBD", "VBP", "VBZ") for c in clause.children
    )
