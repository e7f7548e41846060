"""Modality of an event mention: asserted, negated, planned or hypothetical.

Read from the trigger's clause and every clause that frames it, up to the sentence root:
negation ("had *not* made"), counterfactual adverbs ("*nearly* going to war"), future and
conditional auxiliaries, conditional clauses ("*if* ISIS disappeared" and the clause it
conditions), framing verbs ("*preparing* to restart", "*considering* an invasion"), framing
nouns ("the *possibility* of war") and purpose clauses ("*to* support"). Whether the event is
reported in a quote is decided by the caller from the quotes stage.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newscoder.events.lexicon import EventLexicon

# Prepositions that make their object an argument of the word above; others ("after",
# "following", "in") attach an adverbial whose event stands on its own.
ARGUMENT_PREPS = frozenset(
    {"of", "to", "for", "on", "upon", "about", "with", "into", "against", "from", "at", "over"}
)
COMPLEMENT_DEPS = frozenset(
    {
        "xcomp",
        "ccomp",
        "dobj",
        "pobj",
        "prep",
        "pcomp",
        "acl",
        "advcl",
        "conj",
        "relcl",
        "nsubj",
        "nsubjpass",
        "attr",
        "oprd",
        "acomp",
    }
)


@dataclass(slots=True)
class Cues:
    """What the clauses around a trigger say about it."""

    negated: bool = False
    own_negated: bool = False  # the negation is on the trigger's own clause ("would not meet")
    hypothetical: bool = False
    planned: bool = False
    future: bool = False  # will/shall on the trigger's own clause
    reported_future: bool = False  # "said it *would* allow"
    deontic: bool = False  # must/should on the trigger's own clause
    modal: bool = False  # may/might/could/would on the trigger's own clause
    conditional: bool = False  # the trigger's clause is the consequent of "if"/"unless"
    unless: bool = False  # ... of "unless": a demand backed by a threat
    reporter: Token | None = None  # the reporting verb right above the trigger's clause
    purpose: bool = False
    readied: bool = False  # "prepared to shell": forces made ready for the act

    @property
    def modality(self) -> str:
        if self.negated:
            return "negated"
        if self.hypothetical:
            return "hypothetical"
        if self.planned or self.future or self.purpose:
            return "planned"
        return "asserted"


def _own_clause(token: Token, lexicon: EventLexicon, cues: Cues, first: bool) -> None:
    """Cues carried by one clause head on the path: its auxiliaries, negation, marks."""
    neg = lexicon.cue("modality", "negation")
    threats = lexicon.frame("threaten")
    for child in token.children:
        low = child.lower_
        negating = child.dep_ in ("advmod", "det", "preconj") and low in neg
        counterfactual = child.dep_ == "advmod" and low in lexicon.cue("modality", "counterfactual")
        if child.dep_ == "neg" or negating or counterfactual:
            cues.negated = True
            cues.own_negated = cues.own_negated or first
        elif child.dep_ in ("aux", "auxpass"):
            if low in lexicon.cue("modality", "future"):
                cues.future = cues.future or first
                cues.planned = cues.planned or not first
            elif low in lexicon.cue("modality", "conditional_aux"):
                if low in ("can", "ca"):
                    continue
                if first:
                    cues.modal = True
                    cues.reported_future = cues.reported_future or low == "would"
                if not first or low != "would":
                    cues.hypothetical = True
            elif low in lexicon.cue("modality", "deontic"):
                if first:
                    cues.deontic = True
                else:
                    cues.hypothetical = True
        elif child.dep_ == "mark" and low in lexicon.cue("modality", "conditional_marks"):
            cues.hypothetical = True
        elif child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in lexicon.cue("modality", "conditional_marks")
            for m in child.children
        ):
            # the consequent of "if ..." is not asserted either; but a threat or a warning
            # is made whatever its condition ("threatened to strike *if* the drills go on")
            cues.hypothetical = cues.hypothetical or token.lemma_.lower() not in threats
            cues.conditional = cues.conditional or first
            cues.unless = cues.unless or (
                first and any(m.lower_ == "unless" for m in child.children if m.dep_ == "mark")
            )
        elif child.dep_ == "advmod" and low in lexicon.cue("modality", "speculative"):
            cues.hypothetical = True
        elif child.dep_ == "amod" and low in lexicon.cue("modality", "planned_adj"):
            cues.planned = True


def _frame(head: Token, child: Token, lexicon: EventLexicon, cues: Cues) -> None:
    """Cues from the word that frames ``child``: a verb, adjective or noun above it."""
    word = head.lemma_.lower()
    if word in lexicon.frame("hypothetical") or _told_by_work(head, lexicon):
        cues.hypothetical = True
    elif any(word in lexicon.frame(kind) for kind in ("plan", "commit", "commit_adj")):
        cues.planned = True
        cues.readied = cues.readied or word in lexicon.frame("ready")
    elif (
        word in lexicon.frame("negating") or word in lexicon.frame("refuse")
    ) and child.dep_ != "nsubj":
        # what is stopped or refused is its object; its doer happened ("a strike by rail
        # workers *halted* trains", "the protest *prevented* the vote")
        cues.negated = True
    elif _no_evidence(head, child, lexicon):
        cues.negated = True
    elif word in lexicon.frame("appeal") or word in lexicon.frame("demand"):
        cues.hypothetical = True  # the requested act has not happened
    elif word in lexicon.frame("report") and _told_to(head, child):
        cues.hypothetical = True  # "told Iran *to free* the sailors": asked for, not done
    elif word in lexicon.frame("threaten") or (
        head.pos_ == "NOUN" and word in lexicon.cue("modality", "hypothetical_nouns")
    ):
        cues.hypothetical = True
    elif _planned_by(head, child, lexicon):
        cues.planned = True
    elif word in lexicon.cue("modality", "alleging") and _alleged(child):
        cues.hypothetical = True
    elif word in lexicon.frame("report") and cues.reporter is None:
        cues.reporter = head


def _told_to(head: Token, child: Token) -> bool:
    """A verb of telling with an addressee and an infinitive ("told *Iran to free* the
    sailors"): the infinitive is what the addressee is told to do, a request, not a report."""
    if child.dep_ not in ("xcomp", "ccomp", "advcl", "oprd"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
        return False
    return any(c.dep_ in ("dobj", "dative") for c in head.children) or any(
        c.dep_ == "nsubj" and c.i < child.i for c in child.children
    )


def _told_by_work(head: Token, lexicon: EventLexicon) -> bool:
    """ "the *novel tells* how the army invaded": a verb of telling whose subject is a work
    (a film, a book, a series) frames a plot, which is no event of the news."""
    if head.lemma_.lower() not in lexicon.cue("modality", "telling"):
        return False
    works = lexicon.cue("modality", "works")
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in works for c in head.children)


def _no_evidence(head: Token, child: Token, lexicon: EventLexicon) -> bool:
    """ "there was *no evidence* that Russia shot down the plane", "found no sign that troops
    had entered": what the denied proof would show is not asserted."""
    if head.pos_ != "NOUN" or child.dep_ not in ("acl", "ccomp"):
        return False
    if head.lemma_.lower() not in lexicon.cue("modality", "evidence_nouns"):
        return False
    negation = lexicon.cue("modality", "negation")
    return any(c.dep_ in ("det", "neg") and c.lower_ in negation for c in head.children)


def _planned_by(head: Token, child: Token, lexicon: EventLexicon) -> bool:
    """Whether a plan, deal or talks frame the event ("a plan *to* withdraw", "an agreement
    *on* holding a rally"), also where the parser hangs the topic on the verb that holds the
    talks ("renewed negotiations today *on* a troop pullback"): still to be settled."""
    planned = lexicon.cue("modality", "planned_nouns")
    if head.pos_ == "NOUN":
        return head.lemma_.lower() in planned
    if child.dep_ != "prep" or child.lower_ not in ("on", "upon", "over", "about"):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in planned for c in head.children)


def _alleged(child: Token) -> bool:
    """Whether ``child`` holds what an accusation says was done: "accused X *of violating*",
    "arrested *for collaborating*", "an allegation *that* the NPFL had taken the city"; not
    its object ("blamed *the bombing* on X": the bombing happened)."""
    if child.dep_ == "prep":
        return child.lower_ in ("of", "for")
    return child.dep_ in ("ccomp", "acl")


def _mandated(clause: Token, lexicon: EventLexicon) -> bool:
    """A mandative subjunctive: a bare verb with a subject of its own and no auxiliary
    ("demanded that Israel *ease* restrictions", "pushing for the US *support* its plan",
    "demanding that he *be reinstated*") states what is wanted, not what was done. Verbs of
    perceiving and causing take bare infinitives that did happen ("saw troops *fire*")."""
    if clause.dep_ not in ("ccomp", "advcl", "acl", "relcl") or clause.head.i == clause.i:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    if clause.head.lemma_.lower() in lexicon.cue("modality", "bare_infinitive_heads"):
        return False
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if clause.tag_ == "VB":
        return not auxiliaries
    # "that he *be* reinstated": the bare form is the passive auxiliary's
    return clause.tag_ == "VBN" and [a.tag_ for a in auxiliaries] == ["VB"]


def _pending(clause: Token, lexicon: EventLexicon) -> bool:
    """A clause of "until" or "before" in the present tense: a condition still to be met
    ("opposed the force *until* their demands *are met*", "before they *demobilize*"), not
    an act that took place (the past "fought until they *were driven* out" did)."""
    marks = lexicon.cue("modality", "pending_marks")
    if not any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children):
        return False
    tenses = [clause.tag_] + [c.tag_ for c in clause.children if c.dep_ in ("aux", "auxpass")]
    return any(t in ("VBP", "VBZ") for t in tenses) and "VBD" not in tenses


def _unmet_condition(head: Token, lexicon: EventLexicon) -> bool:
    """Whether the clause an "until" or "before" clause hangs from is negated or still to
    come ("we *will not stop* until the government reverses it", "they *will* stay until the
    army leaves"): the awaited act is then a condition, which may never be met."""
    neg = lexicon.cue("modality", "negation")
    future = lexicon.cue("modality", "future")
    return any(
        c.dep_ == "neg"
        or (c.dep_ == "advmod" and c.lower_ in neg)
        or (c.dep_ == "aux" and c.lower_ in future)
        for c in head.children
    )


def _condition_of_stance(prep: Token, head: Token, lexicon: EventLexicon) -> bool:
    """What a demand, promise or threat sets "before" or "until" something else ("demanded
    a truce *before allowing* aid convoys", "vowed to fight *until winning* back the town")
    is still to come (while "shelled the town before withdrawing" did both)."""
    if prep.lower_ not in lexicon.cue("modality", "pending_marks"):
        return False
    word = head.lemma_.lower()
    stances = ("demand", "appeal", "commit", "commit_adj", "threaten", "refuse")
    return any(word in lexicon.frame(kind) for kind in stances)


def _relative_word(clause: Token) -> bool:
    """Whether a relative clause opens with a relative word ("who", "which", "whose",
    "where"), as a true one does (the parser may call a main clause one: "Israel Friday
    *reimposed* ...")."""
    return any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in clause.subtree if t.i < clause.i)


def _finite(clause: Token) -> bool:
    """Whether a clause has a tense of its own: a finite verb or an auxiliary."""
    helpers = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ == "to" for c in helpers):
        return False  # an infinitive ("forces *to be deployed*")
    return clause.tag_ in ("VBD", "VBZ", "VBP", "MD") or bool(helpers)


def _purpose(child: Token, head: Token, lexicon: EventLexicon) -> bool:
    """An infinitival clause of aim ("went there *to meet*") below a non-framing verb."""
    if child.dep_ not in ("advcl", "xcomp", "acl"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
        return False
    if child.dep_ == "advcl":
        return True  # "went to war *to support* the opposition"
    word = head.lemma_.lower()
    framing = (
        "plan",
        "commit",
        "commit_adj",
        "hypothetical",
        "appeal",
        "demand",
        "refuse",
        "threaten",
        "aspect",
        "attempt",
        "negating",
        "report",
    )
    return not any(word in lexicon.frame(kind) for kind in framing)


def read_cues(token: Token, lexicon: EventLexicon, stop: Token | None = None) -> Cues:
    """Walk from the trigger up to the sentence root, collecting modality cues."""
    cues = Cues()
    _own_clause(token, lexicon, cues, first=True)
    node = token
    for _ in range(12):
        head = node.head
        if head.i == node.i or (stop is not None and node.i == stop.i):
            break
        if node.dep_ not in COMPLEMENT_DEPS:
            break
        if node.dep_ == "prep" and node.lower_ not in ARGUMENT_PREPS:
            cues.planned = cues.planned or _condition_of_stance(node, head, lexicon)
            break
        if _purpose(node, head, lexicon):
            cues.purpose = True
        if _mandated(node, lexicon):
            cues.hypothetical = True
        if node.dep_ == "advcl":
            if _pending(node, lexicon) and _unmet_condition(head, lexicon):
                cues.hypothetical = True
            cues.planned = cues.planned or _pending(node, lexicon)
            break  # an adverbial clause ("after X attacked") stands on its own
        if node.dep_ == "relcl" and _finite(node) and _relative_word(node):
            # so does a finite relative clause: it tells who its noun is ("Abiy, *who met*
            # Isaias on Monday, pledged aid": the meeting is no pledge)
            break
        if node.dep_ != "conj":
            # a conjunct's head is its sibling, not its frame: "rejected the plan and *said*
            # they opposed ...", "threatened and *attacked*"
            _frame(head, node, lexicon, cues)
        if head.pos_ in ("VERB", "AUX", "ADJ"):
            # "he would *be* ready to": the copula's auxiliaries belong to the adjective's clause
            copula = node.dep_ in ("acomp", "attr") and head.pos_ == "AUX" and node is token
            _own_clause(head, lexicon, cues, first=copula)
        node = head
    if cues.reporter is None:  # "X may halt talks, the minister *said*"
        for child in node.children:
            if child.dep_ == "parataxis" and child.lemma_.lower() in lexicon.frame("report"):
                cues.reporter = child
    return cues
