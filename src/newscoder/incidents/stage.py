"""Stage `incidents`: one record per real-world occurrence, with where, when and how many.

Mentions of occurrences (:mod:`~newscoder.incidents.mentions`) are grouped into incidents
(:mod:`~newscoder.incidents.grouping`); casualty figures go to the incident their sentence
tells; each incident then gets its date (:mod:`~newscoder.incidents.when`), place
(:mod:`~newscoder.incidents.where`), tolls (:mod:`~newscoder.incidents.tolls`) and actors
(:mod:`~newscoder.incidents.roles`). The lead is the incident the article's headline tolls
belong to, else the one it tells most often, else the first.
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan

from newscoder.context import Context
from newscoder.incidents.grouping import Group, group_mentions
from newscoder.incidents.home import place_at_home
from newscoder.incidents.lexicon import lexicon
from newscoder.incidents.mentions import CASUALTIES, CASUALTY, Mention, find_mentions
from newscoder.incidents.roles import claimants, incident_actors, reporters_of
from newscoder.incidents.story import story_place
from newscoder.incidents.tallies import in_regions, tally_regions
from newscoder.incidents.titled import read_headline
from newscoder.incidents.tolls import incident_toll, vague_killed
from newscoder.incidents.when import (
    background,
    compatible,
    day_words,
    mention_date,
    nearby_date,
    own_date,
    precision,
    story_day,
    told_in_court,
)
from newscoder.incidents.where import (
    incident_place,
    mention_country,
    mention_towns,
    paragraph_of,
)
from newscoder.model import Incident, Span
from newscoder.time.span import date_for_span

DATED_PREFIX = re.compile(r"^\d{4}")
HARM_FAMILIES = frozenset({"harm", "accident", "disaster"})
# force against a protest kills and wounds too; an arrest or a meeting has no toll of its own
TOLL_FAMILIES = HARM_FAMILIES | {"protest"}


def run(ctx: Context) -> None:
    # "45 people have been shot this year": read once, for the mentions and the figures
    tallies = tally_regions(ctx)
    found = find_mentions(ctx, tallies)
    mentions = [m for m in found if m.denied_by is None]
    for mention in mentions:
        _date_mention(ctx, mention)
    groups = group_mentions(mentions, ctx.analysis.document.published)
    _share_figures(ctx, groups, tallies)
    incidents = [_incident(ctx, group) for group in groups]
    _record_denials(incidents, groups, [m for m in found if m.denied_by is not None])
    past = _mark_lead(ctx, incidents, groups)
    for incident, group in zip(incidents, groups, strict=True):
        if incident.lead:
            _settle_lead(ctx, incident, group)
    _headline_hurt(ctx, incidents, past | _told_apart(groups))
    read_headline(ctx, incidents)
    place_at_home(ctx, incidents)  # after the headline's reading, which may place the lead
    # after the headline's reading, which gives the lead the dead that only the title counts
    _unheadlined_hurt(ctx, incidents)
    ctx.analysis.incidents = incidents


def _date_mention(ctx: Context, mention: Mention) -> None:
    """The mention's date and country. A day said of a death ("died Saturday morning") is
    the death's: a victim may die days after the shooting, so it only bounds the incident's
    day (see :class:`~newscoder.incidents.grouping.Group`)."""
    sentence = Span(mention.sentence.start_char, mention.sentence.end_char)
    mention.country = mention_country(ctx, mention.clause, sentence)
    mention.opening_town, mention.towns = mention_towns(ctx, sentence)
    token = ctx.doc[mention.token]
    itself = own_date(ctx, mention.token)
    if itself is not None and token.lemma_.lower() in day_words().death_verbs:
        mention.date, mention.death_day = itself, True
    elif itself is not None:
        mention.date, mention.dated_clause, mention.dated_itself = itself, True, True
    elif not told_in_court(ctx, mention.token, lexicon().follow_up):
        mention.date, mention.dated_clause = mention_date(
            ctx, mention.clause, sentence, near=token.idx, deaths=False
        )
        if mention.date is None:
            # "a teen wounded in a shooting ... died Tuesday": the death's day, as a bound
            mention.date, _ = mention_date(ctx, mention.clause, sentence, near=token.idx)
            mention.death_day = mention.date is not None


def _settle_lead(ctx: Context, incident: Incident, group: Group) -> None:
    """The incident the story is about happened where the story is (its town) and, where
    its own sentences do not date it, on the day the story names."""
    incident.place = story_place(ctx, incident.place)
    if group.date is None:
        incident.date = _implied_date(ctx, group.mentions[0], story=True)
    elif precision(group.date) != "day":
        # "last week", "this month": the first day the story names within it, if any (the
        # first day it names at all may be another's, and would hide a later one that fits)
        day = story_day(ctx, ctx.analysis.document.published, within=group.date)
        if day is not None:
            incident.date = day
    incident.date_precision = precision(incident.date)


def _record_denials(incidents: list[Incident], groups: list[Group], denied: list[Mention]) -> None:
    """A denial ("the army denied its soldiers killed civilians") asserts nothing, but it is
    part of the story of the incident it answers: the first of its family."""
    families = lexicon().families
    for mention in denied:
        family = families.get(mention.kind, mention.kind)
        answered = [i for i, g in zip(incidents, groups, strict=True) if g.family == family]
        if answered and mention.denied_by is not None:
            answered[0].denials.append(mention.denied_by)


def _share_figures(ctx: Context, groups: list[Group], tallies: list[tuple[int, int]]) -> None:
    """Each casualty figure goes to one incident: the one its event belongs to, else the one
    told in its sentence, else the article's first incident of violence. A count in a
    tally ("45 people have been shot this year", ``tallies``) is no incident's."""
    for index, figure in enumerate(ctx.analysis.figures):
        if figure.category not in CASUALTIES:
            continue
        if tallies and _tallied(ctx, figure.start, figure.end, tallies):
            continue
        mention = _mention_for(groups, figure.event, figure.start)
        if mention is None:
            harm = [g for g in groups if g.family in HARM_FAMILIES]
            if not harm:
                continue
            mention = harm[0].mentions[0]
        mention.figures.append(index)


def _tallied(ctx: Context, start: int, end: int, tallies: list[tuple[int, int]]) -> bool:
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and in_regions(span.root.i, tallies)


def _mention_for(groups: list[Group], event: int | None, start: int) -> Mention | None:
    """The mention a casualty figure counts for: the one of its event, else the nearest in
    its sentence; only occurrences that hurt people have tolls (an arrest "in connection
    with a series of shootings" does not take the shootings' dead)."""
    mentions = [m for g in groups if g.family in TOLL_FAMILIES for m in g.mentions]
    if event is not None:
        for mention in mentions:
            if mention.event == event:
                return mention
    same = [m for m in mentions if m.sentence.start_char <= start < m.sentence.end_char]
    return min(same, key=lambda m: abs(m.clause.start - start)) if same else None


def _incident(ctx: Context, group: Group) -> Incident:
    analysis, lex = ctx.analysis, lexicon()
    events = sorted({m.event for m in group.mentions if m.event is not None})
    figures = sorted({i for m in group.mentions for i in m.figures})
    first_event = next((m for m in group.mentions if m.event is not None), None)
    kinds = [m.kind for m in group.mentions if m.kind != CASUALTY]
    kind = first_event.kind if first_event else (kinds[0] if kinds else "violence")
    sentences = _unique_sentences(group)
    incident = Incident(kind=kind, events=events, figures=figures)
    incident.evidence = _outermost({m.clause for m in group.mentions})
    incident.date = _incident_date(ctx, group)
    incident.date_precision = precision(incident.date)
    incident.place = incident_place(ctx, _place_levels(ctx, group, sentences))
    _count_tolls(ctx, incident, group)
    typed = [analysis.events[i].acled for i in events if analysis.events[i].acled is not None]
    if kind == "violence":
        # a raid that killed is not typed by ACLED's reading of it as arrests
        typed = [a for a in typed if a.sub_event_type != "Arrests"]
    if kind in lex.acled_kinds and typed:
        incident.acled = typed[0]
    sources = [analysis.figures[i].source or "" for i in figures]
    claimed = claimants(ctx, sentences)
    # a group that says it did the attack speaks of it, but as its doer, not its reporter
    doers = {a.name.lower() for a in claimed}
    incident.reported_by = [
        r for r in reporters_of(ctx, sentences, sources) if r.lower() not in doers
    ]
    told = incident_actors(ctx, [analysis.events[i] for i in events], incident.reported_by)
    incident.actors = claimed + [
        a for a in told if not (a.role == "perpetrator" and a.name.lower() in doers)
    ]
    return incident


def _incident_date(ctx: Context, group: Group) -> str | None:
    """Its mentions' date; where only a death dates it, the day the story tells harm on
    before the death, else the death's."""
    if group.date is None:
        return _implied_date(ctx, group.mentions[0])
    if group.death_day:
        return story_day(ctx, ctx.analysis.document.published, died=group.date) or group.date
    return group.date


def _count_tolls(ctx: Context, incident: Incident, group: Group) -> None:
    sentences = [Span(s.start, s.end) for s in ctx.analysis.sentences]
    for category, attribute in (("killed", "fatalities"), ("injured", "injured")):
        toll = incident_toll(ctx.analysis.figures, incident.figures, category, sentences)
        if toll is None and category == "killed":
            toll = vague_killed(ctx.doc, [m.token for m in group.mentions])
        if toll is not None:
            setattr(incident, attribute, toll.value)
            incident.estimate = incident.estimate or toll.estimate


def _outermost(spans: set[Span]) -> list[Span]:
    """The spans not inside another one, in text order."""
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    kept: list[Span] = []
    for span in ordered:
        if not kept or span.end > kept[-1].end:
            kept.append(span)
    return kept


def _unique_sentences(group: Group) -> list[SpacySpan]:
    seen: set[int] = set()
    found: list[SpacySpan] = []
    for mention in group.mentions:
        if mention.sentence.start not in seen:
            seen.add(mention.sentence.start)
            found.append(mention.sentence)
    return found


def _implied_date(ctx: Context, mention: Mention, story: bool = False) -> str | None:
    """No date named in its sentence: a recent day told just after it, else (for the
    incident the ``story`` is about) the first recent day the story names, else the
    publication day where the clause reports the past or present."""
    published = ctx.analysis.document.published
    sentence = Span(mention.sentence.start_char, mention.sentence.end_char)
    told = nearby_date(ctx, sentence, published, story) or (
        story_day(ctx, published) if story else None
    )
    return told or date_for_span(ctx, mention.clause.start, mention.clause.end)


def _place_levels(
    ctx: Context, group: Group, sentences: list[SpacySpan]
) -> list[tuple[str, list[Span]]]:
    clauses = [m.clause for m in group.mentions]
    spans = [Span(s.start_char, s.end_char) for s in sentences]
    paragraphs = [paragraph_of(ctx.text, s) for s in spans]
    datelines = list(ctx.analysis.document.datelines or [])
    return [
        ("clause", clauses),
        ("sentence", spans),
        ("paragraph", paragraphs),
        ("dateline", datelines),
        ("document", [Span(0, len(ctx.text))]),
    ]


def _headline_hurt(ctx: Context, incidents: list[Incident], past: set[int]) -> None:
    """The figures stage marks the counts a story leads with. Where the lead incident counts
    no hurt but another incident of the story's own time holds that count of the hurt ("A
    teen was killed ..." and, in sentences grouping kept apart, "Another boy, 16, was
    wounded"), it is the lead's: one occurrence told in pieces, as the headline toll says."""
    lead = next((i for i in incidents if i.lead), None)
    if lead is None or lead.injured:
        return
    figures = ctx.analysis.figures
    held = [
        f for n, incident in enumerate(incidents)
        if not incident.lead and n not in past and not _elsewhere(incident, lead)
        for f in incident.figures if figures[f].headline
    ]
    sentences = [Span(s.start, s.end) for s in ctx.analysis.sentences]
    toll = incident_toll(figures, held, "injured", sentences)
    if toll is not None:
        lead.injured = toll.value
        lead.estimate = lead.estimate or toll.estimate


def _told_apart(groups: list[Group]) -> set[int]:
    """The incidents the text says are other occurrences ("in a separate shooting", "a
    similar attack"): no piece of the lead's toll."""
    return {n for n, g in enumerate(groups) if any(m.other for m in g.mentions)}


def _unheadlined_hurt(ctx: Context, incidents: list[Incident]) -> None:
    """A lead with its dead whose only count of the hurt is one the figures stage does not
    lead with, where the story leads with no count of the hurt at all: that count is mostly
    the dead victim told on the way to hospital ("he was rushed to hospital", then "died"),
    or a sidebar's, not a survivor of the lead's own occurrence."""
    lead = next((i for i in incidents if i.lead), None)
    if lead is None or not lead.fatalities or not lead.injured or "injured" in lead.from_title:
        return
    figures = ctx.analysis.figures
    if not any(f.headline and f.category == "injured" for f in figures):
        lead.injured = None


def _elsewhere(incident: Incident, lead: Incident) -> bool:
    """Placed in another country or another town than the lead: another occurrence (the car
    bombings in Baghdad of a story that leads on fighting near Aleppo), not a piece of it."""
    if incident.place is None or lead.place is None:
        return False
    if incident.place.country != lead.place.country:
        return True
    towns = incident.place.precision == lead.place.precision == "city"
    return towns and incident.place.name != lead.place.name


def _mark_lead(ctx: Context, incidents: list[Incident], groups: list[Group]) -> set[int]:
    """Mark the lead incident; the incidents the story tells as history or ahead of it."""
    if not incidents:
        return set()
    figures = ctx.analysis.figures
    published = ctx.analysis.document.published
    history = _history(incidents, groups, published) | _ahead(incidents, groups, published)
    history |= _coarser(incidents, groups, history)

    def weight(n: int) -> tuple[int, int, int, int, int]:
        """News before history, then headline deaths, then any headline toll, then how
        often it is told."""
        held = [figures[i] for i in incidents[n].figures if figures[i].headline]
        killed = any(f.category == "killed" for f in held)
        return (int(n not in history), int(killed), len(held), len(groups[n].mentions), -n)

    incidents[max(range(len(incidents)), key=weight)].lead = True
    return history


def _history(incidents: list[Incident], groups: list[Group], published: str | None) -> set[int]:
    """The incidents a story recalls as history ("Last year, two men were killed at the
    parade", "In February, three girls were shot"): dated a year or a month before the
    publication's, where the story tells harm of another time too (not a day inside that
    year or month, which may be the same occurrence: "in 2014" ... "on March 4, 2014"; not
    a date after the publication, which no report tells as news)."""
    old = {n for n, i in enumerate(incidents) if background(i.date, published)}
    news = [
        i.date or published for n, (i, g) in enumerate(zip(incidents, groups, strict=True))
        if n not in old and g.family in TOLL_FAMILIES and not _after(i.date, published)
    ]
    return {n for n in old if any(not compatible(incidents[n].date, d) for d in news)}


def _coarser(incidents: list[Incident], groups: list[Group], history: set[int]) -> set[int]:
    """Incidents dated only to a month or a year ("Earlier this month, two men were killed on
    the same block") told after a harm of the story's own time that it dates to the day:
    the story is about that day's occurrence and recalls the others around it. Told first
    ("admitted guilt in a 2013 shooting that killed one ... the gunfire on June 9, 2013"),
    the coarse date is the story's own way into its occurrence."""
    dated = [
        g.mentions[0].token for n, (i, g) in enumerate(zip(incidents, groups, strict=True))
        if precision(i.date) == "day" and g.family in TOLL_FAMILIES and n not in history
    ]
    if not dated:
        return set()
    return {
        n for n, i in enumerate(incidents)
        if precision(i.date) in ("month", "year") and min(dated) < groups[n].mentions[0].token
    }


def _ahead(incidents: list[Incident], groups: list[Group], published: str | None) -> set[int]:
    """Incidents dated after the publication (a reading of "Sunday" forward in time, which
    no report tells as done), where the story tells harm on a day that can be its own."""
    ahead = {n for n, i in enumerate(incidents) if _after(i.date, published)}
    harm_before = any(
        g.family in TOLL_FAMILIES and n not in ahead for n, g in enumerate(groups)
    )
    return ahead if harm_before else set()


def _after(date: str | None, published: str | None) -> bool:
    """A date after the publication's: a day the reader resolved forward that nothing
    happened on yet ("days after the June 29 gunfight" read in April)."""
    if not date or not published or not DATED_PREFIX.match(date) or "-W" in date:
        return False
    return date[:10] > published[: len(date[:10])]
