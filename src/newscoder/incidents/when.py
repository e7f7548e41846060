"""When an incident happened: the day its own clause gives, else its sentence's, else the
publication day where the tense lets the report be of that day."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newscoder.context import Context
from newscoder.incidents.lexicon import lexicon
from newscoder.lexicon import read_lexicon
from newscoder.model import Span, TimeExpression
from newscoder.time.lexicon import load_lexicon
from newscoder.time.tense import governing_verb, reporting_verb_before, takes_no_date

DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
RECENT_DAYS = 7  # "on Friday", "last week": an undated story's own days
FOLLOWING_SENTENCES = 2  # how far after a mention its day may be told
CLOCK = re.compile(
    r"^\s*(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|noon|midnight)\s*$", re.IGNORECASE
)
# "in the early morning hours of July 31": a part of the day alone names no day of its own
PART_OF_DAY = re.compile(
    r"^\s*(?:the\s+)?(?:(?:early|late|mid)[-\s]*)?(?:morning|afternoon|evening|night)"
    r"(?:\s+hours)?\s*$",
    re.IGNORECASE,
)
NOUN_MODIFIERS = frozenset({"compound", "amod", "nummod", "nmod"})
STAMP_BEFORE = re.compile(r"(?:posted|updated|published|modified)\W*(?:on|at)?\W*$", re.I)
STAMP_AFTER = re.compile(r"\s*(?:[ECMP][SD]T|GMT|UTC)\b")
HAPPEN_VERBS = frozenset({"happen", "occur", "take"})  # "the shooting happened on May 3"
HURT_VERBS = frozenset({"kill", "wound", "injure", "shoot"})  # "a teen was killed Thursday"
DATED = re.compile(r"^\d{4}(?:-(?:\d{2}|W\d{2}))?(?:-\d{2})?")
DATELINE_AFTER = re.compile(r"\)\s*[-–—:]")  # "JAY COUNTY, Ind. (Nov. 18, 2015)— A boy ..."
CLOCK_VALUE = re.compile(r"T\d{2}:\d{2}")
SMALL_HOURS = re.compile(r"^\d{4}-\d{2}-\d{2}T0[0-5]:")  # 00:00 to 05:59
OLDEST_DAYS = 3 * 366  # a follow-up story tells of an occurrence at most this old
EVENING = re.compile(r"^\d{4}-\d{2}-\d{2}T(?:1[89]|2[0-4]):")  # 18:00 to midnight
Told = Literal["harm", "after", "death"]


@dataclass(frozen=True)
class DayWords:
    """``lexicons/en/time/incident_days.toml``: words whose dates are an occurrence's own
    (``harm``) and words whose dates are of what came after it (``after``)."""

    harm_verbs: frozenset[str]
    harm_nouns: frozenset[str]
    after_verbs: frozenset[str]
    after_nouns: frozenset[str]
    death_verbs: frozenset[str]
    state_verbs: frozenset[str]
    state_passives: frozenset[str]
    state_copulas: frozenset[str]
    state_words: frozenset[str]
    parts_of_day: frozenset[str]
    part_verbs: frozenset[str]


@lru_cache(maxsize=1)
def day_words() -> DayWords:
    raw = tomllib.loads(read_lexicon("time", "incident_days.toml"))
    return DayWords(
        harm_verbs=frozenset(raw["harm"]["verbs"]),
        harm_nouns=frozenset(raw["harm"]["nouns"]),
        after_verbs=frozenset(raw["after"]["verbs"]),
        after_nouns=frozenset(raw["after"]["nouns"]),
        death_verbs=frozenset(raw["death"]["verbs"]),
        state_verbs=frozenset(raw["state"]["verbs"]),
        state_passives=frozenset(raw["state"]["passive_verbs"]),
        state_copulas=frozenset(raw["state"]["copulas"]),
        state_words=frozenset(raw["state"]["words"]),
        parts_of_day=frozenset(raw["part_of_day"]["nouns"]),
        part_verbs=frozenset(raw["part_of_day"]["verbs"]),
    )


def explicit_date(
    ctx: Context,
    span: Span,
    free_only: bool = False,
    near: int | None = None,
    deaths: bool = True,
) -> str | None:
    """The calendar date named inside ``span`` nearest to the character ``near`` (else the
    first), cut to its date part; a bare clock time or part of the day ("at 6 p.m.", "in the
    early morning hours of July 31") only where no day is named beside it. ``free_only``
    leaves out dates that modify a noun ("the 2003 invasion" dates another event). Nearest,
    because a clause may date other acts too: "police on Friday identified a boy killed in a
    shooting Thursday night"; and a date of what came after ("arrested Wednesday in the
    shooting", "police said Monday", "died Monday after being shot") is left out unless the
    word at ``near`` is itself such an act (the arrest). Without ``deaths``, a date said of
    a death ("wounded in a shooting ... died Tuesday") is left out too, unless the death is
    told as in the occurrence at ``near`` ("died Tuesday in a shooting")."""
    later_act = near is not None and _later_act_at(ctx, near)
    dated = []
    for timex in ctx.analysis.timexes:
        if timex.type not in ("DATE", "TIME") or not (span.start <= timex.start < span.end):
            continue
        if _page_stamp(ctx.text, timex.start, timex.end):
            continue
        if free_only and _modifies_noun(ctx, timex.start, timex.end):
            continue
        if not later_act and _later(ctx, timex) and not _of_trigger(ctx, timex, near):
            continue
        if not deaths and told_of(ctx, timex) == "death" and not _died_in(ctx, timex, near):
            continue
        day = day_of(ctx, timex)
        if day:
            distance = 0 if near is None else _distance(timex.start, timex.end, near)
            dated.append((_names_no_day(timex.text), distance, day))
    return min(dated, key=lambda found: found[:2])[2] if dated else None


def _names_no_day(text: str) -> bool:
    """A bare clock time or part of the day ("at 6 p.m.", "early morning"): its date is the
    reader's guess, taken only where no day is named beside it."""
    return CLOCK.match(text) is not None or PART_OF_DAY.match(text) is not None


def day_of(ctx: Context, timex: TimeExpression) -> str | None:
    """The date part of a time expression's value. A night ("overnight", "Friday night")
    whose small hours the story tells ("police were called at about 1:30 a.m.") and not its
    evening ("around 11 p.m.") is the day after it: an incident is dated by the calendar
    day on which it happened. Clock times of later acts or of a death do not count."""
    match = DATED.match(timex.value)
    if match is None:
        return None
    day = _reported_weekday(ctx, timex, match.group())
    if not timex.value.endswith("TNI") or not DAY.match(day):
        return day
    following = (date.fromisoformat(day) + timedelta(days=1)).isoformat()
    clocks = [
        t for t in ctx.analysis.timexes if t.type == "TIME" and told_of(ctx, t) in (None, "harm")
    ]
    # a bare clock ("shot around 11 p.m.") names no day: the time stage's guess of one (the
    # day last named, often the small hours' own) does not take its evening from this night
    evening = any(
        EVENING.match(t.value) and (t.value.startswith(day) or CLOCK.match(t.text))
        for t in clocks
    )
    small_hours = any(
        SMALL_HOURS.match(t.value) and t.value.startswith(following) for t in clocks
    )
    return following if small_hours and not evening else day


def _reported_weekday(ctx: Context, timex: TimeExpression, day: str) -> str:
    """A bare weekday ("Sunday", "Friday afternoon") read as one to six days after the
    publication is the same weekday a week earlier: what a story reports as having happened
    cannot come after the story ("the shootings at the club Sunday" in a Friday paper).
    A weekday with its month ("Tuesday, May 26") keeps the calendar's own date."""
    published = ctx.analysis.document.published
    if not published or not DAY.match(day) or not DAY.match(published):
        return day
    if not 0 < _ordinal(day) - _ordinal(published) < 7 or not _bare_weekday(timex.text):
        return day
    if _told_as_ahead(ctx, timex) and told_of(ctx, timex) != "harm":
        return day
    return (date.fromisoformat(day[:10]) - timedelta(days=7)).isoformat()


def _told_as_ahead(ctx: Context, timex: TimeExpression) -> bool:
    """The date is of something still to come: hung on a verb that a modal, "will" or a verb
    of expecting puts ahead ("could be released by Monday"), on a copula ("is due in court
    Friday"), or on a preposition of a deadline ("by Monday", "until Friday")."""
    found = _date_head(ctx, timex.start, timex.end)
    if found is None:
        return False
    span, head = found
    lexicon = load_lexicon()
    before = span.start - 1
    if before >= 0 and ctx.doc[before].lower_ in (
        lexicon.forward_prepositions | lexicon.deadline_prepositions
    ):
        return True
    verb = governing_verb(span.root)[0]
    # "is expected to make his first court appearance Monday": up through the infinitive,
    # but not across a line break, where the parser hangs a date on the headline above it
    while verb is not None and not _line_between(ctx.text, verb.idx, timex.start):
        ahead = any(c.tag_ == "MD" or c.lower_ in ("will", "'ll") for c in verb.children)
        if ahead or verb.lemma_.lower() == "be" or verb.lemma_.lower() in lexicon.future_lemmas:
            return True
        verb = verb.head if verb.dep_ == "xcomp" and verb.head.i != verb.i else None
    return False


def _line_between(text: str, first: int, second: int) -> bool:
    return "\n" in text[min(first, second) : max(first, second)]


def _bare_weekday(text: str) -> bool:
    """The expression names a weekday and no month or year."""
    words = {w.rstrip(".") for w in re.findall(r"[a-z.]+", text.lower())}
    lexicon = load_lexicon()
    holiday = any(  # "Easter Sunday" is a calendar date too
        name in text.lower()
        for names in (lexicon.holidays_easter, lexicon.holidays_fixed, lexicon.holidays_weekday)
        for name in names
    )
    return bool(words & lexicon.weekdays.keys()) and not (
        holiday or words & lexicon.months.keys() or re.search(r"\d{4}|\d/\d", text)
    )


def _distance(start: int, end: int, point: int) -> int:
    return max(start - point, point - end, 0)


def _later(ctx: Context, timex: TimeExpression) -> bool:
    """A date of a later act, or of a death told as coming after the harm ("died Monday, a
    week after she was shot"; but "died Tuesday in a shooting" dates the shooting too)."""
    kind = told_of(ctx, timex)
    if kind != "death":
        return kind == "after"
    hook = _hook(ctx, timex)
    return hook is not None and any(t.lower_ == "after" for t in hook.subtree)


def _of_trigger(ctx: Context, timex: TimeExpression, near: int | None) -> bool:
    """The occurrence word at ``near`` may be what a later act's date is said of: it is the
    act's subject ("the shooting was reported around 9 p.m."), or it stands between the act
    and the date, which may hang on it ("identifying suspects in the shooting on Aug. 29")."""
    hook = _hook(ctx, timex)
    trigger = _token_at(ctx, near) if near is not None else None
    dated = _token_at(ctx, timex.start)
    if hook is None or trigger is None or dated is None:
        return False
    if trigger.head.i == hook.i and trigger.dep_ in ("nsubj", "nsubjpass"):
        # but a victim's state is not their harm: "a toddler was in serious condition Sunday";
        # nor is what was done to the victim after it: "the girl was identified Tuesday"
        if not _names_occurrence(trigger):
            return False
        return not (hook.pos_ in ("VERB", "AUX") and _tells_state(hook))
    return hook.i < trigger.i < dated.i and trigger in hook.subtree


def _names_occurrence(word: Token) -> bool:
    """A word that names the occurrence ("the shooting", "it"), not a person harmed in it
    ("the girl", "a man, 23", "two"): the subject a later act's date may be said of."""
    if word.pos_ == "PRON":
        return word.lower_ in ("it", "this", "that")
    lemma = word.lemma_.lower()
    return lemma in day_words().harm_nouns or lemma in lexicon().noun_kinds


def _died_in(ctx: Context, timex: TimeExpression, near: int | None) -> bool:
    """The occurrence word at ``near`` is what the dated death happened in: "died Tuesday
    in a shooting"; "was pronounced dead Tuesday after the crash" is not, nor is the victim
    who died."""
    hook = _hook(ctx, timex)
    trigger = _token_at(ctx, near) if near is not None else None
    if hook is None or trigger is None:
        return False
    if trigger.head.i == hook.i and trigger.dep_ in ("nsubj", "nsubjpass"):
        return False  # "Morgan died Tuesday of the injuries she sustained Jan. 2": the victim
    via = trigger.head
    return via.i == hook.i or (via.lower_ in ("in", "during") and via.head.i == hook.i)


def _token_at(ctx: Context, offset: int) -> Token | None:
    span = ctx.doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def told_of(ctx: Context, timex: TimeExpression) -> Told | None:
    """Whether a date is said of an occurrence ("was shot Sunday", "the Jan. 28 death of",
    "it happened late Friday": ``harm``), of what came after it ("was arrested Monday",
    "police said Monday", "a vigil Tuesday": ``after``) or of a death, else None."""
    if reporting_verb_before(ctx.doc, timex.start) is not None:
        return "after"
    word = _hook(ctx, timex)
    return _kind_of(word) if word is not None else None


def _hook(ctx: Context, timex: TimeExpression) -> Token | None:
    """The word a date is said of: its head, through a preposition. A verb of saying
    before the clause it reports ("says the incident happened ... around 5:30 p.m.
    Friday") or after the date ("was shot Saturday, the sheriff announced") is the
    parser's hook, not the saying's date: the reported clause's verb is, or none."""
    saying = reporting_verb_before(ctx.doc, timex.start)
    found = _date_head(ctx, timex.start, timex.end)
    if saying is not None or found is None:
        return saying
    span, head = found
    told = _when_clause(span)
    if told is not None:
        return told
    root = span.root
    if head.i == root.i or span.start <= head.i < span.end:
        return None
    head = _phrase_head(head)
    if head.lemma_.lower() not in load_lexicon().reporting_verbs:
        return head
    if head.i > root.i:
        # "was shot Saturday, the sheriff announced": the date is in the reported clause, as
        # is a clock time that opens the sentence ("Shortly before 1:30 a.m., police said
        # ..."); "Authorities Saturday said", "Tuesday evening, it was confirmed": the saying's
        comma = any(t.text == "," for t in ctx.doc[root.i + 1 : head.i])
        told_before = any(c.dep_ == "ccomp" and c.i < root.i for c in head.children) or (
            head.dep_ in ("advcl", "parataxis", "ccomp") and head.head.i < root.i
        )
        clock = bool(CLOCK_VALUE.search(timex.value))
        return None if comma and (told_before or clock) else head
    reported = [c for c in head.children if c.dep_ == "ccomp" and _reports(ctx, c, root.i)]
    return reported[0] if reported else head


def _when_clause(span: SpacySpan) -> Token | None:
    """The verb of a "when" clause right after the date, which the date is of: "had been
    hunting for him since late Friday, when shots were fired inside the shop"."""
    doc = span.doc
    after = span.end + (span.end < len(doc) and doc[span.end].text == ",")
    if after >= len(doc) or doc[after].lower_ != "when":
        return None
    verb = doc[after].head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i > after else None


def _phrase_head(word: Token) -> Token:
    """The noun a modifier word belongs to: a date the parser hangs on "drive" in "the April
    16 drive-by shooting" or on "gang" in "the May 2 gang shooting" is said of the shooting."""
    for _ in range(4):
        if word.dep_ not in NOUN_MODIFIERS or word.head.i == word.i:
            break
        # the tagger often reads the noun "shooting" as a gerund
        nounish = word.head.pos_ in ("NOUN", "PROPN") or word.head.tag_ == "VBG"
        if word.pos_ not in ("NOUN", "PROPN", "ADJ") or not nounish:
            break
        word = word.head
    return word


def _reports(ctx: Context, clause: Token, dated: int) -> bool:
    """The reported clause holds the date the saying's verb took: the date comes after it
    ("says the incident happened ... around 5:30 p.m. Friday") or opens it before a comma
    ("They say around 1:25 a.m., a man came inside")."""
    if clause.i < dated:
        return clause.head.i < clause.i
    return any(t.text == "," for t in ctx.doc[dated + 1 : clause.left_edge.i + 1])


def _later_act_at(ctx: Context, offset: int) -> bool:
    """The word at ``offset`` names a later act itself (an arrest, a hearing)."""
    word = _token_at(ctx, offset)
    if word is None:
        return False
    words, lemma = day_words(), word.lemma_.lower()
    return lemma in (words.after_verbs if word.pos_ in ("VERB", "AUX") else words.after_nouns)


def _kind_of(word: Token) -> Told | None:
    """``harm``, ``after`` or ``death`` for an occurrence word, a later act or a death; a
    noun that takes no date ("the doorway of his home on Monday") leaves it to its verb."""
    words, lemma = day_words(), word.lemma_.lower()
    if word.pos_ in ("VERB", "AUX"):
        if lemma in words.harm_verbs or _gunfire(word) or _just_before_harm(word):
            return "harm"
        if lemma in words.death_verbs:
            return "death"
        taken = (c.lemma_.lower() for c in word.children if c.dep_ in ("dobj", "nsubjpass"))
        later = lemma in words.after_verbs or any(n in words.after_nouns for n in taken)
        return "after" if later or _tells_state(word) else None
    if lemma in words.harm_nouns:
        return "harm"
    if lemma in words.after_nouns:
        return "after"
    verb = governing_verb(word)[0] if takes_no_date(word) else None
    if verb is None:
        return None
    kind = _kind_of(verb)
    return "harm" if kind is None and _night_told(word, verb) else kind


def _gunfire(verb: Token) -> bool:
    """A verb that tells gunfire breaking out or heard ("shots rang out Wednesday
    afternoon", "gunfire erupted late Sunday") or that takes fire as its object ("a gunman
    opened fire on the crowd Saturday night", "officers returned fire"): its date is the
    occurrence's own, as a date said of "shot" is."""
    words = lexicon()
    if verb.lemma_.lower() in words.gunfire_verbs:
        return True
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in words.gunfire_objects for c in verb.children
    )


def _night_told(part: Token, verb: Token) -> bool:
    """A part of the day with its date ("the night of June 9") that is where a story sets
    its scene, on a verb of being or of starting ("was at the gas station the night of June 9",
    "the evening of May 2 began with a quarrel"): the night the occurrence came in,
    unless what the verb is said of is a later act ("the vigil was the evening of ...")."""
    words = day_words()
    if part.lemma_.lower() not in words.parts_of_day or verb.lemma_.lower() not in words.part_verbs:
        return False
    if not any(c.lower_ == "of" for c in part.children):
        return False
    subjects = (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
    return not any(s.lemma_.lower() in words.after_nouns for s in subjects)


def _just_before_harm(verb: Token) -> bool:
    """An act told as what the victim was doing when harmed or just before: "was fatally
    shot after attending a concert on Friday night", "was hit while walking home Sunday"."""
    link = verb.head
    if verb.dep_ not in ("pcomp", "advcl") or link.i == verb.i:
        return False
    if verb.dep_ == "pcomp":
        if link.lower_ not in ("after", "while", "during") or link.head.i == link.i:
            return False
        link = link.head
    elif not any(c.lower_ in ("while", "after") and c.dep_ == "mark" for c in verb.children):
        return False
    return link.pos_ == "VERB" and link.lemma_.lower() in day_words().harm_verbs


def _tells_state(verb: Token) -> bool:
    """The verb tells a victim's state or care, which comes after the harm: a verb of care
    ("recovered", "were hospitalized today") or a copula with a state word on it, directly
    or through a preposition ("was in critical condition Tuesday", "an inquiry was underway
    Sunday")."""
    words, lemma = day_words(), verb.lemma_.lower()
    if lemma in words.state_verbs:
        return True
    if lemma in words.state_passives:
        return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    if lemma not in words.state_copulas:
        return False
    near = [c for c in verb.children if c.dep_ in ("acomp", "advmod", "attr", "prep")]
    near += [g for c in near if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(t.lower_ in words.state_words or t.lemma_.lower() in words.state_words for t in near)


def own_date(ctx: Context, trigger: int) -> str | None:
    """A day said of the occurrence's word itself: "the June 29 shooting", "was shot on
    Oct. 20", "the shooting happened on March 7", "an overnight shooting", "Sunday night's
    shooting". A follow-up story (a charge, a trial) dates its own news in most clauses;
    this dates the occurrence."""
    token = ctx.doc[trigger]
    heads = {token.i}
    # "the shooting happened", and "a teen was killed Thursday" where the mention is the
    # victim its casualty verb is said of
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_ in HAPPEN_VERBS | HURT_VERBS:
        heads.add(token.head.i)
    for timex in ctx.analysis.timexes:
        if timex.type not in ("DATE", "TIME") or _page_stamp(ctx.text, timex.start, timex.end):
            continue
        if CLOCK.match(timex.text):
            continue  # "occurred about 5:30 p.m.": a bare hour names no day of its own
        if told_of(ctx, timex) == "after" and not _later_act_at(ctx, token.idx):
            continue  # "he was in good condition Wednesday": a victim's state, not the harm
        if DAY.match(timex.value) and _said_of(ctx, timex.start, timex.end, heads):
            return day_of(ctx, timex)
    return None


def told_in_court(ctx: Context, trigger: int, verbs: frozenset[str]) -> bool:
    """The occurrence word is what a court's act is about ("sentenced for killing her",
    "charged in the shooting"): its clause's date is the court's."""
    head = ctx.doc[trigger].head
    # "will be arraigned Thursday on a murder charge for the death of": four steps up
    for _ in range(5):
        if head.lemma_ in verbs and head.pos_ in ("VERB", "AUX"):
            return True
        if head.dep_ not in ("prep", "pcomp", "pobj", "agent") or head.head.i == head.i:
            return False
        head = head.head
    return False


def _said_of(ctx: Context, start: int, end: int, heads: set[int]) -> bool:
    """The date modifies one of ``heads``, directly or through a preposition."""
    found = _date_head(ctx, start, end)
    if found is None:
        return False
    span, head = found
    return head.i in heads and head.i != span.root.i


def _date_head(ctx: Context, start: int, end: int) -> tuple[SpacySpan, Token] | None:
    """A date's tokens and the word it is said of: its head, through a preposition ("shot
    *on* Monday" is said of "shot")."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return span, head


def _modifies_noun(ctx: Context, start: int, end: int) -> bool:
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in NOUN_MODIFIERS and root.head.pos_ in ("NOUN", "PROPN")


def _page_stamp(text: str, start: int, end: int) -> bool:
    """ "Posted: Wednesday, March 12, 2014 8:04 AM EST", "JAY COUNTY, Ind. (Nov. 18, 2015)—":
    when the page or the dateline was written, not when anything happened."""
    return (
        bool(STAMP_BEFORE.search(text[max(0, start - 24) : start]))
        or (text[start - 1 : start] == "(" and bool(DATELINE_AFTER.match(text, end)))
        or bool(STAMP_AFTER.match(text[end : end + 8]))
        or bool(STAMP_AFTER.search(text[start:end]))  # "1:37 PM EDT": a time zone in it
    )


def mention_date(
    ctx: Context, clause: Span, sentence: Span, near: int | None = None, deaths: bool = True
) -> tuple[str | None, bool]:
    """A date the text ties to this mention (the one nearest its trigger at ``near``), and
    whether its own clause gives it (else its sentence does: "was in critical condition
    Tuesday after he was shot" dates the state of the victim, which a clause elsewhere may
    correct). Without ``deaths``, no date said of a death."""
    own = explicit_date(ctx, clause, near=near, deaths=deaths)
    if own:
        return own, True
    return explicit_date(ctx, sentence, free_only=True, near=near, deaths=deaths), False


def nearby_date(
    ctx: Context, sentence: Span, published: str | None, story: bool = False
) -> str | None:
    """The first recent day named in the sentences that follow a mention in its paragraph
    ("A woman was shot outside a store. It happened Thursday night around 9:40."): local
    news tells what happened first and when just after. A day said of an occurrence comes
    first, and a day of what came after ("police said Friday") never counts; only days of
    the week before the publication count, older or coarser dates there date something else.
    For the incident the ``story`` is about, a day the story says of an occurrence anywhere
    ("charged in the April 16 shooting") comes before a nearby day said of nothing: a
    follow-up's nearby days are its own news ("pleaded guilty ... Wednesday")."""
    if not published or not DAY.match(published):
        return None
    window = _following_sentences(ctx, sentence)
    harm = _first_day(ctx, window, published, "harm")
    if harm is None and story:
        whole = Span(0, len(ctx.text))
        harm = _first_day(ctx, whole, published, "harm") or _first_day(
            ctx, whole, published, "harm", OLDEST_DAYS
        )
    return harm or _first_day(ctx, window, published)


def story_day(
    ctx: Context, published: str | None, within: str | None = None, died: str | None = None
) -> str | None:
    """The day the story tells its incident on, for an incident it does not date in its own
    sentences ("Police are investigating a shooting ... It was the third this month"): the
    first recent day said of an occurrence ("officers were called Sunday night after shots
    were fired"), else the first older day said of one (a follow-up story: "charged in the
    April 16 shooting", "The boy was shot on Oct. 20": its recent days are the follow-up's
    news), else the first recent day not of a later act, else the first older day in a
    sentence that tells of an occurrence, else the first recent day at all. Of recent days
    said of no occurrence, the earliest counts, not the first: a lead
    tells first the day of the state it reports ("Crews swept up the glass on Sunday after
    ...", "was still in hospital Tuesday"), and the act it reports came before ("... a
    witness heard the shots on Saturday night"). Page stamps never count; with ``within`` (a week
    or month the incident is already dated in), only days inside it; with ``died`` (the day
    a victim died, all that dates the incident), only days the harm may have come on, before
    it or that day."""
    if not published or not DAY.match(published):
        return None
    whole = Span(0, len(ctx.text))
    return (
        _first_day(ctx, whole, published, "harm", within=within, died=died)
        or _first_day(ctx, whole, published, "harm", OLDEST_DAYS, within=within, died=died)
        or _first_day(ctx, whole, published, within=within, died=died, earliest=True)
        or _first_day(
            ctx, whole, published, "harm", OLDEST_DAYS, told_beside=True, within=within, died=died
        )
        or _first_day(ctx, whole, published, later=True, within=within, died=died)
    )


def _first_day(
    ctx: Context,
    window: Span,
    published: str,
    told: Told | None = None,
    oldest: int = RECENT_DAYS,
    later: bool = False,
    told_beside: bool = False,
    within: str | None = None,
    died: str | None = None,
    earliest: bool = False,
) -> str | None:
    """The first day in ``window`` (the earliest, with ``earliest``) at most ``oldest`` days
    before ``published``: one said of ``told`` if given (or, ``told_beside``, said of nothing
    in a sentence that tells of harm), else one that modifies no noun and (unless ``later``)
    is not of a later act."""
    days = _story_days(ctx, window, published, told, oldest, later, told_beside, within, died)
    if earliest:
        return min(days, default=None)
    return next(days, None)


def _story_days(
    ctx: Context,
    window: Span,
    published: str,
    told: Told | None,
    oldest: int,
    later: bool,
    told_beside: bool,
    within: str | None,
    died: str | None,
) -> Iterator[str]:
    """The days of :func:`_first_day`, in text order."""
    for found in sorted(ctx.analysis.timexes, key=lambda t: t.start):
        if found.type not in ("DATE", "TIME") or not window.start <= found.start < window.end:
            continue
        day = day_of(ctx, found) if DAY.match(found.value) else None
        if not day or not 0 <= _ordinal(published) - _ordinal(day) <= oldest:
            continue
        if within is not None and not compatible(within, day):
            continue
        if died is not None and not after_harm(day, died):
            continue
        if _page_stamp(ctx.text, found.start, found.end):
            continue
        if _counts(ctx, found, told, later, told_beside):
            yield day


def _counts(
    ctx: Context, found: TimeExpression, told: Told | None, later: bool, told_beside: bool
) -> bool:
    """A story day of :func:`_first_day`: said of ``told`` (or beside harm), else not of a
    later act (unless ``later``) and modifying no noun."""
    kind = told_of(ctx, found)
    if told == "harm":
        return kind == "harm" or (told_beside and kind is None and _beside_harm(ctx, found))
    if told is not None:
        return False
    return (later or kind != "after") and not _modifies_noun(ctx, found.start, found.end)


def _beside_harm(ctx: Context, timex: TimeExpression) -> bool:
    """The date's sentence tells of harm ("was holding the gun in an apartment on March 20
    when it went off, killing his friend")."""
    token = _token_at(ctx, timex.start)
    if token is None:
        return False
    words = day_words()
    return any(
        t.lemma_.lower() in (words.harm_verbs if t.pos_ == "VERB" else words.harm_nouns)
        for t in token.sent
    )


def _following_sentences(ctx: Context, sentence: Span) -> Span:
    """The span of the sentences after ``sentence``, at most ``FOLLOWING_SENTENCES`` of them
    and not past its paragraph."""
    paragraph_end = ctx.text.find("\n\n", sentence.end)
    limit = len(ctx.text) if paragraph_end < 0 else paragraph_end
    following = [s for s in ctx.analysis.sentences if sentence.end <= s.start < limit]
    kept = following[:FOLLOWING_SENTENCES]
    return Span(sentence.end, min(kept[-1].end, limit) if kept else sentence.end)


def precision(value: str | None) -> str | None:
    if value is None:
        return None
    if DAY.match(value):
        return "day"
    if "-W" in value:
        return "week"
    return "month" if len(value) == 7 else "year"


def background(value: str | None, published: str | None) -> bool | None:
    """Whether an incident's date marks it as history the story recalls: a year or a month
    before the publication's ("last year", "in August 2015", "In February, three girls were
    shot"). A news story dates its own occurrence to the day, or not at all; a follow-up
    names the old occurrence's day ("was shot on Sept. 12"), which is not history here.
    None where either date is unknown."""
    if not value or not published or not DATED.match(value) or not DAY.match(published):
        return None
    if precision(value) not in ("month", "year"):
        return False
    return value < published[: len(value)]


def after_harm(harm: str | None, death: str | None) -> bool:
    """A death's day may be the harm's or up to a week after it ("died Tuesday, two days
    after he was shot"); coarser dates need only be compatible."""
    if harm is None or death is None or not (DAY.match(harm) and DAY.match(death)):
        return compatible(harm, death)
    return -1 <= _ordinal(death) - _ordinal(harm) <= RECENT_DAYS


def week_before(day: str | None, later: str | None) -> bool:
    """``day`` is one to seven days before ``later``."""
    if not day or not later or not (DAY.match(day) and DAY.match(later)):
        return False
    return 0 < _ordinal(later) - _ordinal(day) <= RECENT_DAYS


def compatible(first: str | None, second: str | None) -> bool:
    """Two dates that may be the same occurrence's: equal, a day apart (a report of "late
    Friday" published on Saturday), or one a coarser form of the other."""
    if first is None or second is None:
        return True
    if DAY.match(first) and DAY.match(second):
        return abs(_ordinal(first) - _ordinal(second)) <= 1
    week = next((v for v in (first, second) if "-W" in v), None)
    if week is not None:
        other = second if week is first else first
        return not DAY.match(other) or _iso_week(other) == week[:8]
    shorter, longer = sorted((first, second), key=len)
    return longer.startswith(shorter)


def _iso_week(value: str) -> str:
    year, week, _ = date.fromisoformat(value[:10]).isocalendar()
    return f"{year}-W{week:02d}"


def _ordinal(value: str) -> int:
    return date.fromisoformat(value[:10]).toordinal()


def recent(published: str | None, date: str | None) -> str | None:
    """The date an undated incident is taken to have: the publication's, to the precision
    of the date it is compared with (a month-day, a month or a year)."""
    if not published or not date:
        return None
    if DAY.match(date) and DAY.match(published):
        return date if 0 <= _ordinal(published) - _ordinal(date) <= RECENT_DAYS else published
    return published[: len(date)] if "-W" not in date else None
