"""The headline figure of each category: the toll of the article's main event.

News puts the main event first: the lede gives its toll, later paragraphs give background
tolls (earlier attacks, the war's total). So the headline is the first total of its
category in the body, revised by any later "the toll rose to" update of it, where
- subsets of a total of the same category ("100 civilians" of "697 lives") never head;
- scene-setting totals ("since the war began") head only when nothing else does;
- a number beats a victim counted from wording ("a man"), and a precise number beats a
  vague one ("dozens") or one implied by a crime's name ("a murder-suicide"), since ledes
  often open vaguely and give the count a line later;
- a figure in the title counts only when the body gives none (titles round);
- threatened, planned, hypothetical and historical figures never head
  (:mod:`newscoder.figures.frame`).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newscoder.context import Context
from newscoder.figures.candidates import IMPLICIT, IMPLIED, SUMMED
from newscoder.figures.frame import ASSERTED
from newscoder.figures.lexicon import lexicon
from newscoder.figures.outcomes import DERIVED, outcome_lexicon
from newscoder.lexicon import read_lexicon
from newscoder.model import Figure

HEADLINE_CATEGORIES = (
    "killed",
    "injured",
    "shot",
    "executed",
    "missing",
    "arrested",
    "abducted",
    "displaced",
    "refugees",
    "besieged",
    "casualties",
)


def _latest_revision(figures: list[Figure], index: int) -> int:
    """Follow "rose to" updates from a toll to its latest revision."""
    current, changed = index, True
    while changed:
        changed = False
        for later, figure in enumerate(figures):
            if figure.updates == current:
                current, changed = later, True
                break
    return current


def in_title(ctx: Context, figure: Figure) -> bool:
    span = ctx.analysis.document.title_span
    return span is not None and span.start <= figure.start < span.end


RELATIVE_PRONOUNS = frozenset({"that", "which"})
# Counts a stated number beats: "dozens", one read from a crime's name ("a double
# homicide") that the article may go on to count, and a sum of the hurt counted clause by
# clause, which may be a part of a list the article totals elsewhere.
VAGUE = frozenset({"range", IMPLIED, SUMMED})


def _background(ctx: Context, figure: Figure) -> bool:
    """ "More than 170,000 people have been killed since the war began": scene-setting."""
    lex = lexicon()
    span = ctx.doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None:
        return False
    words = tuple(t.lower_ for t in span.sent)
    has_cue = any(
        words[i : i + len(cue)] == cue for cue in lex.background_cues for i in range(len(words))
    )
    topical = has_cue and any(w in lex.background_topics for w in words)
    return topical or _killed_by_a_war(span) or _tally(span)


def _tally(span: SpacySpan) -> bool:
    """ "At least 242 people have been shot in the city so far this year", "two boys were
    hurt in separate shootings": a count over a calendar span or several events, said in
    the count's own clause ("one of five shot Sunday has died, the fourth death this month"
    is the day's count)."""
    sentence, words = span.sent, [t.lower_ for t in span.sent]
    clause = _clause_head(span.root)
    starts = [
        sentence.start + i
        for s in lexicon().tally_spans
        for i in range(len(words))
        if tuple(words[i : i + len(s)]) == s
    ]
    starts += [t.i for t in sentence if _several_events(t) or _span_back(t)]
    doc = span.doc
    # "the shootings that wounded 15": the events the count's own clause describes;
    # "44 incidents with 53 victims": the count inside the events' phrase
    described = clause.head if clause.dep_ in ("relcl", "acl") else None
    return any(
        _clause_head(doc[i]) == clause
        or doc[i] in span.root.subtree
        or doc[i] == described
        or span.root in doc[i].subtree
        for i in starts
    ) or _the_several_told(span, clause)


def _the_several_told(span: SpacySpan, clause: Token) -> bool:
    """ "Police are investigating three separate shootings. Six people were hurt in the
    shootings": events told as several in the sentence before, taken up by "the" and their
    plural in the count's own clause, make the count their tally."""
    taken_up = any(
        _plural_event(t) and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
        and _clause_head(t) == clause
        for t in span.sent
    )
    if not taken_up or span.sent.start == 0:
        return False
    before = span.doc[span.sent.start - 1].sent
    return any(_several_events(t) for t in before)


# The counts of the people a story's own event struck.
VICTIM_CATEGORIES = frozenset({"killed", "injured", "shot", "casualties"})


def _later_span(ctx: Context, figures: list[Figure], index: int) -> bool:
    """A count over a span of hours or days told after the story has counted its own
    victims ("A boy was shot. Twelve people were shot in the city in about
    ten hours") is a night's or a city's tally of several shootings (issue 18). A lede's
    count over such a span ("45 killed in 24 hours of bombardment") is the story's own."""
    figure = figures[index]
    earlier = any(
        f.category in VICTIM_CATEGORIES and f.start < figure.start and not f.from_title
        and f.modality == ASSERTED
        for f in figures
    )
    span = ctx.doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if not earlier or span is None:
        return False
    clause, counted = _clause_head(span.root), span.root.head
    return any(
        _clause_head(t) in (clause, *clause.conjuncts) or t in counted.subtree
        for t in span.sent
        if _time_span(t)
    )


@lru_cache(maxsize=1)
def _earlier_incident_cues() -> tuple[re.Pattern[str], ...]:
    raw = tomllib.loads(read_lexicon("figures", "figures.toml"))["earlier_incident"]
    return tuple(re.compile(p, re.IGNORECASE) for p in raw["patterns"])


def _earlier_incident(ctx: Context, figures: list[Figure], index: int) -> bool:
    """ "A boy, 9, died Sunday after shooting himself. In March, a girl was shot in the leg
    ...": one person hurt, told after the story has counted its own victims, in a sentence
    set at an earlier time ("In March,", "Just last year,", "four days after another man was
    shot") or in another case ("a similar incident"), is a victim of that earlier incident
    and never the story's count (issue 18). A count keeps the usual tests: a follow-up
    story dates its own incident the same way."""
    sentence = _single_sentence(ctx, figures[index])
    if sentence is None:
        return False
    earlier = any(
        f.category in VICTIM_CATEGORIES and f.end <= sentence.start_char and not f.from_title
        and f.modality == ASSERTED
        for f in figures
    )
    if not earlier:
        return False
    if any(p.search(sentence.text) for p in _earlier_incident_cues()):
        return True
    return _told_on(ctx, figures, index, sentence)


# Words that take up a person told before: "The girl, who survived, ...", "He was treated".
TAKEN_UP = frozenset({"the", "he", "she", "his", "her", "him"})


def _told_on(ctx: Context, figures: list[Figure], index: int, sentence: SpacySpan) -> bool:
    """ "In March, a girl was shot in the leg. The girl survived": a person taken up in the
    next sentence from a victim of an earlier incident is that victim."""
    if figures[index].text.split(" ", 1)[0].lower() not in TAKEN_UP:
        return False
    before = [
        i for i, f in enumerate(figures)
        if f.end <= sentence.start_char and f.qualifier == IMPLICIT and f.value == 1
        and f.category in VICTIM_CATEGORIES and not f.from_title
    ]
    if not before:
        return False
    last = before[-1]
    previous = _single_sentence(ctx, figures[last])
    if previous is None or previous.end != sentence.start and (
        ctx.doc[previous.end : sentence.start].text.strip()
    ):
        return False
    return _earlier_incident(ctx, figures, last)


def _single_sentence(ctx: Context, figure: Figure) -> SpacySpan | None:
    """The sentence of one person counted from wording, in the body."""
    if figure.qualifier != IMPLICIT or figure.value != 1 or figure.from_title:
        return None
    span = ctx.doc.char_span(figure.start, figure.end, alignment_mode="expand")
    return None if span is None else span.sent


def _time_span(prep: Token) -> bool:
    """ "in about ten hours", "over an eight-hour stretch", "within a span of four hours",
    "in a 24-hour period": a count of hours or days the people were hit over, said of the
    count's clause, of the clause joined to it ("one killed and 27 wounded over ...") or of
    the people counted ("one of 31 people wounded over ...")."""
    spans = _roundup_words()["span_nouns"]
    if prep.dep_ != "prep" or prep.lower_ not in _roundup_words()["span_preps"]:
        return False
    for noun in (c for c in prep.children if c.dep_ == "pobj"):
        if noun.lemma_.lower() not in spans:
            continue
        inner = [g for c in noun.children if c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj" and g.lemma_.lower() in spans]  # "a span of four hours"
        if any(_counted(n) for n in [noun, *inner]):
            return True
    return False


def _counted(noun: Token) -> bool:
    """A span counted by a number, or by a counted unit before it ("an eight-hour stretch")."""
    units = [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod"))]
    return any(
        c.dep_ == "nummod" and c.like_num and c.lower_ not in ("one", "1")
        for unit in units for c in unit.children
    )


def _span_back(token: Token) -> bool:
    """ "in the past four days", "over the last 17 months", "in the past year": a span of
    time counted back from now ("last week" dates one event, "the previous day" is a day)."""
    lex = lexicon()
    unit = token.head
    if token.lower_ not in lex.tally_edges or unit.lemma_.lower() not in lex.tally_units:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in unit.children):
        return False
    return unit.tag_ == "NNS" or token.lower_ == "past"


def _several_events(token: Token) -> bool:
    """ "in two separate shootings", "in unrelated incidents", "the five shootings that
    wounded 15", "a string of shootings": events marked or counted as several."""
    lex = lexicon()
    if _plural_event(token.head) and token.dep_ == "amod":
        return token.lower_ in lex.separate_words
    if not _plural_event(token):
        return False
    counted = any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in token.children)
    series = token.head.dep_ == "prep" and token.head.lower_ == "of"
    return counted or series and token.head.head.lemma_.lower() in lex.event_series or (
        _bare_plural(token)
    )


def _bare_plural(token: Token) -> bool:
    """ "wounded in shootings across the city", "killed in weekend shootings": a plural
    with no determiner after a preposition other than "of" names events as several (issue
    18: a roundup's total is not its lead incident's toll); "the shootings" may be the parts
    of one rampage, and "killed in air strikes" one day's assault ([roundups] in
    figures.toml)."""
    if token.dep_ != "pobj" or token.head.lower_ == "of":
        return False
    if token.lemma_.lower() not in _roundup_nouns():
        return False
    return not any(c.dep_ in ("det", "poss") for c in token.children)


@lru_cache(maxsize=1)
def _roundup_words() -> dict[str, frozenset[str]]:
    raw = tomllib.loads(read_lexicon("figures", "figures.toml"))["roundups"]
    return {key: frozenset(value) for key, value in raw.items()}


def _roundup_nouns() -> frozenset[str]:
    return _roundup_words()["several_event_nouns"]


def _plural_event(token: Token) -> bool:
    return token.tag_ == "NNS" and token.lemma_.lower() in lexicon().event_nouns


def _clause_head(token: Token) -> Token:
    """The verb whose clause a word is in (the word itself if no verb is above it)."""
    return next((t for t in [token, *token.ancestors] if t.pos_ in ("VERB", "AUX")), token)


def _killed_by_a_war(span: SpacySpan) -> bool:
    """ "Syria's civil war has killed at least 400,000 people", "an insurgency that has
    killed 6,000": a toll whose killer is the war itself totals the war, not an event."""
    verb = span.root.head
    for _ in range(2):  # "people" -> "killed"; "at least 400,000" -> "people" -> "killed"
        if verb.pos_ == "VERB":
            break
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects and subjects[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subjects = [verb.head]
    killers = lexicon().war_killers
    return any(s.lemma_.lower() in killers for s in subjects)


# Categories whose scene-setting tally never heads in a story that counts victims of its
# own: a city's or a year's count of the hurt is never one shooting's (issue 18); a war's
# death toll may still head a story that names one of its dead.
TALLY_SHY = frozenset({"injured"})


def _own_victims(ctx: Context, figures: list[Figure]) -> bool:
    """The story counts people its own event struck: a victim count in the body that sets
    no scene."""
    return any(
        f.category in VICTIM_CATEGORIES and not f.from_title and f.modality == ASSERTED
        and not in_title(ctx, f) and not _background(ctx, f)
        for f in figures
    )


def pick(ctx: Context, figures: list[Figure], category: str) -> int | None:
    """The index of the headline figure of ``category``, or None.

    The first stated total wins, but a precise number ("45") over a vague one ("dozens")
    and a number over a single named victim, since a lede often opens vaguely and gives the
    count a sentence later.
    """
    totals = [
        i
        for i, f in enumerate(figures)
        if f.category == category and _total(figures, f) and f.updates is None
        and f.modality == ASSERTED and not _earlier_incident(ctx, figures, i)
    ]
    if not totals:
        return None
    totals.sort(key=lambda i: _position(figures, i))
    body = [i for i in totals if not in_title(ctx, figures[i])] or totals
    foreground = [
        i for i in body if not _background(ctx, figures[i]) and not _later_span(ctx, figures, i)
    ]
    if not foreground and category in TALLY_SHY and _own_victims(ctx, figures):
        return None  # "eight youths were hurt in the past two months": not this story's hurt
    foreground = foreground or body
    numbers = [
        i for i in foreground if not _is_single(figures[i]) and not _one_of(ctx, figures[i])
    ] or foreground
    precise = [i for i in numbers if figures[i].qualifier not in VAGUE] or numbers
    whole = [i for i in precise if not _share(ctx, figures[i])] or precise
    return _latest_revision(figures, whole[0])


SHARE = re.compile(r"\s+of\s+(?:them|those|these|the)\b", re.IGNORECASE)


def _share(ctx: Context, figure: Figure) -> bool:
    """ "one of the victims is in critical condition": a share of a group, which a count of
    the whole group told later beats, as a number beats a single victim."""
    return SHARE.match(ctx.doc.text, figure.end) is not None


PARTITIVE = re.compile(
    r"\s+of\s+(?:the|his|her|its|their)\s+(?!\d|(?:two|three|four|five|six|seven|eight|nine|"
    r"ten|victims|dead|wounded|injured|casualties|people)\b)",
    re.IGNORECASE,
)


def _one_of(ctx: Context, figure: Figure) -> bool:
    """ "killed one of the notorious commanders": one person singled out of a group named
    by no number, like a victim named by wording, gives way to a count of the event's dead
    ("one of three people killed" and "one of the victims" are part of that count, and
    stay)."""
    after = ctx.doc.text[figure.end : figure.end + 20]
    return figure.value == 1 and PARTITIVE.match(after) is not None


def _position(figures: list[Figure], index: int) -> int:
    """Where a figure was stated: a derived remainder ("four shot, one died": three wounded)
    is added after all the others but stands where its shot total does."""
    figure = figures[index]
    if figure.qualifier != DERIVED:
        return index
    return next(
        i for i, f in enumerate(figures) if f.start == figure.start and f.end == figure.end
    )


def _total(figures: list[Figure], figure: Figure) -> bool:
    """Not a subset of another figure of its category ("100 civilians" of "697 lives"); the
    dead among those shot still head the killed, but the wounded among them do not: a shot
    total still "shot" here was split into its dead and a derived wounded remainder, which
    is the incident's wounded ("five shot, including two killed and two officers": 3)."""
    if figure.parent is None:
        return True
    parent = figures[figure.parent].category
    return parent != figure.category and not (figure.category == "injured" and parent == "shot")


def _is_single(figure: Figure) -> bool:
    """A victim counted from a noun phrase ("a man", "he"), not from a number; people named
    together ("a child and a woman") are a count as good as a number."""
    return figure.qualifier == IMPLICIT and figure.value == 1


# The categories of death a death toll counts: an execution is a killing ("ISIS executed
# 19 men" is the story's toll as much as "19 men were killed").
DEATH_CATEGORIES = ("killed", "executed")


def death_toll(figures: list[Figure]) -> Figure | None:
    """The article's death toll: of the headline figures of killed and executed, the one
    stated first, as the main event comes first."""
    heads = [f for f in figures if f.headline and f.category in DEATH_CATEGORIES]
    return min(heads, key=lambda f: f.start, default=None)


def mark(ctx: Context, figures: list[Figure]) -> None:
    """Set ``headline`` on at most one figure per category."""
    for category in HEADLINE_CATEGORIES:
        index = pick(ctx, figures, category)
        if index is not None:
            figures[index].headline = True
    _victims_wounded(ctx, figures)


# Words that deny the harm of those counted: "two other victims, but neither was hurt".
DENIALS = frozenset({"neither", "none", "nobody"})


def _victims_wounded(ctx: Context, figures: list[Figure]) -> None:
    """ "Officers found four victims struck by gunfire. A fifth victim ...": in a story that
    tells of no death, the victims counted are the wounded, and a count of them larger than
    the wounded counted heads the wounded (as a figure of its own)."""
    heads = {f.category: f for f in figures if f.headline}
    victims, wounded = heads.get("casualties"), heads.get("injured")
    if victims is None:
        return
    if any(c in heads for c in DEATH_CATEGORIES):
        _other_victims_wounded(ctx, figures, victims, wounded)
        return
    if wounded is not None and wounded.value >= victims.value:
        return
    if _deadly(ctx.doc.text) or _denied(ctx, victims) or _background(ctx, victims):
        return
    if wounded is not None:
        wounded.headline = False
    figures.append(replace(victims, category="injured", parent=None))


def _other_victims_wounded(
    ctx: Context, figures: list[Figure], victims: Figure, wounded: Figure | None
) -> None:
    """ "A woman was shot and killed. The other three victims were treated and released": in
    a story that tells a death and counts no wounded, the victims counted as others than
    those told before (the dead) are the wounded (issue 18)."""
    if wounded is not None or victims.qualifier not in ("exact", None):
        return
    if not _other_people(ctx, victims) or _denied(ctx, victims) or _background(ctx, victims):
        return
    span = ctx.doc.char_span(victims.start, victims.end, alignment_mode="expand")
    sentence = "" if span is None else span.sent.text
    if outcome_lexicon().death.search(sentence) or _examiners().search(sentence):
        return  # "the coroner identified the other three victims": more of the dead
    figures.append(replace(victims, category="injured", parent=None))


@lru_cache(maxsize=1)
def _examiners() -> re.Pattern[str]:
    raw = tomllib.loads(read_lexicon("figures", "figures.toml"))["headline_victims"]
    words = "|".join(re.escape(w) for w in raw["dead_examiners"])
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def _other_people(ctx: Context, figure: Figure) -> bool:
    """ "the other three victims", "two other gunshot victims", "three others"."""
    text = ctx.doc.text
    before = text[max(0, figure.start - 10) : figure.start].lower().split()
    words = text[figure.end : figure.end + 25].lower().split()
    return before[-1:] == ["other"] or bool(words) and words[0].strip(",.") in ("other", "others")


def _deadly(text: str) -> bool:
    """The story tells of a death somewhere, or of a killing ("the bodies of the four"); a
    charge of "attempted murder" tells none."""
    if outcome_lexicon().death.search(text):
        return True
    return bool(lexicon().deadly_words.search(_attempts().sub(" ", text)))


@lru_cache(maxsize=1)
def _attempts() -> re.Pattern[str]:
    """A killing's word after words that say it was only tried ("attempted murder")."""
    raw = tomllib.loads(read_lexicon("figures", "figures.toml"))["headline"]
    tries = "|".join(r"\s+".join(map(re.escape, w.split())) for w in raw["attempt_words"])
    deadly = "|".join(map(re.escape, raw["deadly_words"]))
    return re.compile(rf"\b(?:{tries})\s+(?:[\w-]+\s+){{0,2}}?(?:{deadly})\b", re.IGNORECASE)


def _denied(ctx: Context, figure: Figure) -> bool:
    span = ctx.doc.char_span(figure.start, figure.end, alignment_mode="expand")
    return span is None or any(t.dep_ == "neg" or t.lower_ in DENIALS for t in span.sent)
