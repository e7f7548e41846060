"""Stage `figures`: the quantities an article gives about people and conflict.

Every number phrase (:mod:`figure_numbers`) is read for what it counts
(:mod:`figure_categories`); subsets are nested under their totals ("697 lives, including 100
civilians, of whom 21 were executed"), a toll that "rose to" a new number revises the
earlier one, each figure gets its source, date, place and event (:mod:`figure_sources`),
one headline figure per category is chosen, and the arithmetic the text invites is checked
(:mod:`figure_checks`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newscoder.context import Context
from newscoder.figures import checks as figure_checks
from newscoder.figures import headline as figure_headline
from newscoder.figures import killers as figure_killers
from newscoder.figures import outcomes as figure_outcomes
from newscoder.figures import titled as figure_titled
from newscoder.figures.candidates import IMPLICIT, Candidate, make_candidate
from newscoder.figures.categories import read_phrase
from newscoder.figures.frame import modality
from newscoder.figures.groups import coordinated_totals
from newscoder.figures.kinds import crime_counts
from newscoder.figures.lexicon import lexicon
from newscoder.figures.numbers import number_phrases
from newscoder.figures.repeats import merge_repeats
from newscoder.figures.singles import single_victims
from newscoder.figures.sources import (
    attributed_source,
    date_for,
    event_for,
    place_for,
    quote_for,
)
from newscoder.model import Figure

CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "conj", "xcomp", "parataxis"})


def read_sentence(doc: Doc, sentence: SpacySpan) -> list[Candidate]:
    """The counted number phrases of one sentence, nested, in text order."""
    found = []
    for phrase in number_phrases(doc, sentence.start, sentence.end):
        reading = read_phrase(doc, phrase)
        if reading is not None:
            found.append(make_candidate(doc, phrase, reading, sentence))
    found.extend(crime_counts(doc, sentence, [c.phrase for c in found]))
    found.extend(single_victims(doc, sentence, [c.phrase for c in found]))
    found.extend(coordinated_totals(doc, sentence, found))
    # A group before its parts: the container rule looks back for the span around a count.
    found.sort(key=lambda c: (c.figure.start, -c.figure.end))
    return found


def _between(doc: Doc, left: Candidate, right: Candidate) -> tuple[str, ...]:
    tokens = doc[left.phrase.end : right.phrase.start]
    return tuple(t.lower_ for t in tokens if not t.is_punct)


def _has_cue(words: tuple[str, ...], cues: tuple[tuple[str, ...], ...]) -> bool:
    for cue in cues:
        size = len(cue)
        if any(words[i : i + size] == cue for i in range(len(words) - size + 1)):
            return True
    return False


def nest(doc: Doc, found: list[Candidate]) -> list[tuple[Candidate, Candidate | None]]:
    """Each candidate with the one it is a subset of (within a sentence), if any."""
    lex = lexicon()
    pairs: list[tuple[Candidate, Candidate | None]] = []
    for index, candidate in enumerate(found):
        parent = _container(found[:index], candidate) or _share_of_earlier(
            doc, found[:index], candidate
        )
        for earlier in reversed(found[:index]) if parent is None else ():
            words = _between(doc, earlier, candidate)
            if len(words) <= 12 and _has_cue(words, lex.subset_cues):
                if (
                    candidate.figure.value <= earlier.figure.value
                    or earlier.phrase.qualifier == "range"
                ):
                    parent = earlier
                break
        pairs.append((candidate, parent))
    return _supersets(doc, pairs)


def _share_of_earlier(doc: Doc, earlier: list[Candidate], candidate: Candidate) -> Candidate | None:
    """ "found four victims wounded, two of them already dead", "shot four people -- one
    fatally": a count followed by "of them" or by its own "fatally" is a share of the larger
    count just before it in the sentence."""
    after = [t.lower_ for t in doc[candidate.phrase.end : candidate.phrase.end + 2]]
    share = after in (["of", "them"], ["of", "those"]) or after[:1] in (["fatally"], ["mortally"])
    if not share or not earlier:
        return None
    previous = earlier[-1]
    return previous if previous.figure.value > candidate.figure.value else None


def _supersets(
    doc: Doc, pairs: list[tuple[Candidate, Candidate | None]]
) -> list[tuple[Candidate, Candidate | None]]:
    """ "Ten children were among at least 48 people killed", "one of three people wounded":
    the later, larger number is the total the earlier one belongs to."""
    lex = lexicon()
    result = list(pairs)
    for index, (candidate, parent) in enumerate(pairs[:-1]):
        later = pairs[index + 1][0]
        words = _between(doc, candidate, later)
        larger = later.figure.value > candidate.figure.value
        near = len(words) <= 6 and _has_cue(words, lex.superset_cues)
        if _among_told(doc, candidate):
            continue  # "four were among the dead and 15 were hurt": among the dead, not the 15
        if parent is None and larger and (near or _part_of(doc, candidate, later)):
            result[index] = (candidate, later)
    return result


def _part_of(doc: Doc, part: Candidate, whole: Candidate) -> bool:
    """ "one of three people wounded": the whole follows the part's own "of", and counts the
    hurt; a death "one of three killed" is often one of a night's or a city's tally."""
    if whole.figure.category not in lexicon().superset_link_categories:
        return False
    if _between(doc, part, whole) not in lexicon().superset_links:
        return False
    link = doc[part.phrase.end]
    return link.head.i == part.phrase.core and doc[whole.phrase.core] in link.subtree


def _container(earlier: list[Candidate], candidate: Candidate) -> Candidate | None:
    """A group that names this count inside it: "his wife and four children"."""
    figure = candidate.figure
    for other in earlier:
        span = other.figure
        if span.start <= figure.start and figure.end <= span.end and span.value > figure.value:
            return other
    return None


def _inherit(candidate: Candidate, parent: Candidate | None) -> bool:
    """A subset without its own category takes its total's; keep it if it has one now."""
    if not candidate.figure.category and parent is not None:
        candidate.figure.category = parent.figure.category
    return bool(candidate.figure.category)


class _SourceMemory:
    """The last named source, for "it said" and "he added" in later sentences."""

    def __init__(self) -> None:
        self.last: str | None = None

    def resolve(self, name: str | None, pronoun: bool) -> str | None:
        if pronoun:
            return self.last
        if name:
            self.last = name
        return name


def _attach(ctx: Context, candidate: Candidate, memory: _SourceMemory) -> None:
    figure = candidate.figure
    quote, speaker = quote_for(ctx, figure.start, figure.end)
    figure.quote = quote
    if speaker:
        figure.source = memory.resolve(speaker, False)
    else:
        name, pronoun = attributed_source(ctx.doc[candidate.phrase.core], ctx)
        figure.source = memory.resolve(name, pronoun)
    # Dates and places are said once per clause, not beside each number: ask about the
    # sentence the figure is in.
    sentence, clause = candidate.sentence, _clause(ctx.doc[candidate.phrase.core])
    figure.date = date_for(ctx, sentence.start_char, sentence.end_char)
    figure.place = place_for(ctx, clause[0], clause[1])
    figure.event = event_for(ctx, figure.start, figure.end)


def _clause(token: Token) -> tuple[int, int]:
    """The character span of the clause a number is in: the subtree of its nearest clause
    head, so "the London-based Observatory reports that [...]" does not place the toll in
    London."""
    for head in [token, *token.ancestors]:
        if head.pos_ in ("VERB", "AUX") and head.dep_ in CLAUSE_DEPS:
            left, right = head.left_edge, head.right_edge
            return left.idx, right.idx + len(right.text)
    sentence = token.sent
    return sentence.start_char, sentence.end_char


def _link_updates(figures: list[Figure], updates: list[bool]) -> None:
    """ "The death toll rose to N" revises the latest earlier total of its category."""
    for index, figure in enumerate(figures):
        if not updates[index]:
            continue
        for earlier in range(index - 1, -1, -1):
            other = figures[earlier]
            if other.category == figure.category and other.parent is None:
                figure.updates = earlier
                break


GROUP_PRONOUNS = frozenset({"they", "those", "these", "both", "all"})
# Spans of time that make a total a tally of many events, not this event's toll.
TALLY_SPANS = ("this year", "this month", "so far", "since", "to date", "last year", "weekend")


def _among_earlier(doc: Doc, candidate: Candidate) -> bool:
    """ "10 people died in the strike on the hospital. They were among 19 people killed in
    the province": a group named before is among this later, larger total."""
    start = candidate.phrase.start
    words = [t.lower_ for t in doc[candidate.sentence.start : start]]
    if words[-1:] == ["the"]:
        words = words[:-1]
    if words[-1:] != ["among"] or not GROUP_PRONOUNS & set(words[:3]):
        return False
    rest = " ".join(t.lower_ for t in candidate.sentence)
    return not any(span in rest for span in TALLY_SPANS)  # "among 40 killed this year"


def _among_told(doc: Doc, candidate: Candidate) -> bool:
    """ "Four children were among the dead": the count is a part of the toll told before,
    whose state ("dead") stands after "among" with no number of its own."""
    index = candidate.reading.predicate
    if index is None:
        return False
    state = doc[index]
    return state.dep_ == "pobj" and state.head.lower_ == "among" and state.head.i > index - 3


def _link_parts(figures: list[Figure], parts: list[bool], offset: int) -> None:
    """A part "among the dead" belongs to the nearest earlier toll of its kind that is larger:
    it neither adds to that toll nor counts others."""
    for index, figure in enumerate(figures):
        if not parts[index] or figure.parent is not None:
            continue
        for earlier in range(index - 1, -1, -1):
            other = figures[earlier]
            if other.category == figure.category and other.parent is None:
                if other.value > figure.value:
                    figure.parent = offset + earlier
                break


def _link_groups(figures: list[Figure], among: list[bool]) -> None:
    """A total that takes in a group named before it revises that group's total."""
    for index, figure in enumerate(figures):
        if not among[index] or figure.parent is not None:
            continue
        for earlier in range(index - 1, -1, -1):
            other = figures[earlier]
            if other.category == figure.category and other.parent is None:
                # a vague total ("more than a dozen") gives no better count
                precise = figure.qualifier in ("exact", None)
                if precise and other.value < figure.value and other.updates is None:
                    figure.updates = earlier
                break


# "three of them", "two of the victims": a number followed by the group it is a part of.
SHARE = re.compile(r"\s+of\s+(?:them|those|these|the|their)\b", re.IGNORECASE)


def _share(text: str, figure: Figure) -> bool:
    """A count of part of a group named after it ("three of the victims died")."""
    return figure.qualifier != IMPLICIT and SHARE.match(text, figure.end) is not None


def run(ctx: Context) -> None:
    doc, memory = ctx.doc, _SourceMemory()
    published = ctx.analysis.document.published
    figures, updates, among, parts = ctx.analysis.figures, [], [], []
    offset = len(figures)
    for sentence in doc.sents:
        positions: dict[int, int] = {}
        pairs = nest(doc, read_sentence(doc, sentence))
        for candidate, parent in pairs:
            if not _inherit(candidate, parent):
                continue
            _attach(ctx, candidate, memory)
            candidate.figure.modality = modality(doc, candidate.reading.predicate, published)
            positions[id(candidate)] = len(figures)
            figures.append(candidate.figure)
            updates.append(candidate.reading.update)
            among.append(_among_earlier(doc, candidate))
            parts.append(_among_told(doc, candidate))
        for candidate, parent in pairs:  # parents may come later: "were among 48 killed"
            if parent is not None and id(candidate) in positions and id(parent) in positions:
                candidate.figure.parent = positions[id(parent)]
    _link_updates(figures[offset:], updates)
    _link_groups(figures[offset:], among)
    _link_parts(figures[offset:], parts, offset)
    merge_repeats(
        figures,
        lambda figure: figure_headline.in_title(ctx, figure),
        lambda figure: _share(ctx.doc.text, figure),
    )
    outcome_checks = figure_outcomes.resolve(ctx, figures)
    figure_headline.mark(ctx, figures)
    outcome_checks += figure_killers.add_killer(ctx, figures)
    ctx.analysis.checks.extend(outcome_checks + figure_checks.check(ctx, figures))
    # last: the title's figures have no offsets in the text the steps above read
    figure_titled.add_title_tolls(ctx, figures)
