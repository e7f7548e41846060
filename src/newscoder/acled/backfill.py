"""Events for sentences whose words alone report an occurrence ACLED codes ("an IED exploded
near the market", "protesters gathered outside parliament") where the events stage coded
none. The event gets the CAMEO code its rule gives, the sentence as evidence, the cue as
trigger, and the sentence's actors by their place in the parse.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newscoder.acled.rules import AcledRules, Rule
from newscoder.acled.sides import role
from newscoder.context import Context
from newscoder.model import Actor, Event, Span


def _helper(module: str, name: str) -> Callable[..., Any] | None:
    """A function of another stage, or None where that stage does not provide it."""
    try:
        found = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None
    return found if callable(found) else None


def did_not_happen(ctx: Context, trigger: tuple[int, int]) -> bool:
    """Whether the events stage reads the cue as negated or only possible ("failed to agree
    on a ceasefire", "no arrests have been made", "a swap could be agreed", "urged them to
    withdraw"). A plan or an aim is left to the rules: "the decision to withdraw" is often
    told after the withdrawal."""
    read_cues = _helper("newscoder.events.modality", "read_cues")
    load_lexicon = _helper("newscoder.events.lexicon", "load_lexicon")
    if read_cues is None or load_lexicon is None:
        return False
    cues = read_cues(ctx.doc[trigger[0] : trigger[1]].root, load_lexicon())
    return bool(cues.negated or cues.hypothetical)


# Where the events stage keeps the violent readings it turned down (events/stage.py).
DISCARDED_KEY = "newscoder_events_discarded"


def read_otherwise(ctx: Context, sent: SpacySpan, trigger: tuple[int, int]) -> bool:
    """Whether the cue is no occurrence: a month ("Released *March* on PS2"), or a word whose
    violent reading the events stage turned down in this sentence ("*broke* the record",
    "the wooden spoon *battle*"), save as ordinary crime."""
    cue = ctx.doc[trigger[0] : trigger[1]]
    if any(t.ent_type_ in ("DATE", "TIME") for t in cue):
        return True
    words = {t.text for t in cue}
    discarded = ctx.doc.user_data.get(DISCARDED_KEY, ())
    # (a reading turned down as ordinary crime is still an occurrence ACLED may code)
    return any(
        d.sentence == sent.text and d.trigger in words and "ordinary crime" not in d.reason
        for d in discarded
    )


def figurative_blast(ctx: Context, trigger: tuple[int, int]) -> bool:
    """Whether an explosion cue names no blast of arms: its doer ("R&B music *exploded*") or
    its kind ("the gadget *explosion*", "a gas explosion") is neither a weapon nor a thing
    that can be hit (the events stage's word lists: "a car exploded" stays)."""
    load = _helper("newscoder.events.sense", "load_senses")
    traded = _helper("newscoder.events.sense", "traded")
    if load is None or traded is None:
        return False
    senses = load()
    blasts = senses.armed_doers | senses.harmable
    root = ctx.doc[trigger[0] : trigger[1]].root
    deps = ("nsubj",) if root.pos_ == "VERB" else ("compound", "amod")
    said = [c for c in root.children if c.dep_ in deps and c.pos_ in ("NOUN", "ADJ")]
    # trade is no blast though a market can be hit ("the *stock market* exploded")
    if any(traded(c, senses) or traded_compound(c, senses.commerce) for c in said):
        return True
    return bool(said) and not any(
        {c.lemma_.lower(), c.lower_} & blasts or c.ent_type_ for c in said
    )


def traded_compound(word: Token, commerce: frozenset[str]) -> bool:
    """A market or a good by its qualifier ("*stock* market", "*share* prices"); one by
    itself ("sales exploded") is the events stage's ``traded``."""
    return any(m.dep_ == "compound" and m.lemma_.lower() in commerce for m in word.children)


def play_of_sport(ctx: Context, trigger: tuple[int, int]) -> bool:
    """Whether a verb cue is play in a story about sport ("the top seed *rallied*", "has
    *pulled out* of the meeting in Ghent"), as the events stage reads the story
    (events/sense.py): no armed doer named as such takes part. A noun cue ("protesters
    gathered outside the stadium") names its occurrence whatever the story."""
    sport_story = _helper("newscoder.events.sense", "sport_story")
    beyond_play = _helper("newscoder.events.sense", "beyond_play")
    cue = ctx.doc[trigger[0] : trigger[1]].root
    if sport_story is None or beyond_play is None or cue.pos_ in ("NOUN", "PROPN"):
        return False
    return bool(sport_story(ctx.doc)) and not beyond_play(cue, sentence_actors(ctx, cue.sent))


def sentence_actors(ctx: Context, sent: SpacySpan) -> list[Actor]:
    return [a for a in ctx.analysis.actors if sent.start_char <= a.start and a.end <= sent.end_char]


def backfilled_event(
    ctx: Context, rules: AcledRules, rule: Rule, sent: SpacySpan, trigger: tuple[int, int]
) -> Event:
    code = rule.code or ""
    plover, goldstein = rules.codes.get(code, ("ASSAULT", None))
    clause = _clause_verb(ctx.doc[trigger[0] : trigger[1]].root)
    actors = [a for a in sentence_actors(ctx, sent) if _clause_verb(_head(ctx, a)) == clause]
    first, last = ctx.doc[trigger[0]], ctx.doc[trigger[1] - 1]
    evidence = Span(sent.start_char, sent.end_char)
    return Event(
        plover=plover,
        cameo=code,
        source=[a for a in actors if role(ctx.doc, a) == "source"],
        target=[a for a in actors if role(ctx.doc, a) == "target"],
        evidence=evidence,
        date=_date(ctx, evidence),
        place=_place(ctx, evidence),
        goldstein=goldstein,
        trigger=Span(first.idx, last.idx + len(last)),
        attribution="narrator",
    )


def _head(ctx: Context, actor: Actor) -> Token:
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span.root if span is not None else ctx.doc[0]


def _clause_verb(token: Token) -> int:
    """The index of the verb whose clause holds ``token``: an actor of another clause ("said
    a shopkeeper who was treated at the city hospital") took no part in the cue's act."""
    node = token
    for _ in range(12):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node.i
        node = node.head
    return node.i


def _date(ctx: Context, evidence: Span) -> str | None:
    date_for_span = _helper("newscoder.time.stage", "date_for_span")
    found = date_for_span(ctx, evidence.start, evidence.end) if date_for_span else None
    return str(found) if found else ctx.analysis.document.published


def _place(ctx: Context, evidence: Span) -> Any:
    place_for_span = _helper("newscoder.places.stage", "place_for_span")
    return place_for_span(ctx, evidence.start, evidence.end) if place_for_span else None


def link_figures(ctx: Context, index: int) -> None:
    """Figures of the sentence that found no event when the figures stage ran belong to the
    event the sentence now has."""
    evidence = ctx.analysis.events[index].evidence
    for figure in ctx.analysis.figures:
        if figure.event is None and evidence.start <= figure.start and figure.end <= evidence.end:
            figure.event = index
