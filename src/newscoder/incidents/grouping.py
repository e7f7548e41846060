"""One incident per occurrence: mentions grouped by kind, time and the text's own links.

In text order, a mention joins an incident of the same family of kinds unless it says it is
another occurrence ("a similar attack"), names a date the incident cannot have (an incident
told without a date is taken to be recent: "the 2003 invasion" is not today's fighting),
happens in another country, or is an event of another ACLED type (a clash, a bombing) that
does not refer back to it. A mention without such marks joins the incident told in its own
sentence, else the first incident of its family: news returns to its main story after a
recap of an older one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newscoder.incidents.lexicon import lexicon
from newscoder.incidents.mentions import CASUALTY, Mention
from newscoder.incidents.when import after_harm, compatible, precision, recent, week_before


@dataclass(slots=True)
class Group:
    family: str
    mentions: list[Mention] = field(default_factory=list)
    date: str | None = None
    countries: set[str] = field(default_factory=set)
    dated_clause: bool = False  # the date is a mention's own clause's
    dated_itself: bool = False  # the date is said of a mention's own word
    death_day: bool = False  # the date is only a death's, on or after the harm's day
    acled_types: set[str] = field(default_factory=set)
    towns: set[str] = field(default_factory=set)  # the towns its mentions' sentences name

    def add(self, mention: Mention) -> None:
        """Take the mention; its date becomes the incident's if the incident has none yet,
        or only a date from another clause of a sentence and this one is its own."""
        self.mentions.append(mention)
        if mention.country:
            self.countries.add(mention.country)
        if mention.acled_type:
            self.acled_types.add(mention.acled_type)
        self.towns |= mention.towns
        if mention.date is None or (mention.death_day and self.date is not None):
            return
        finer = self.date is not None and _refines(mention.date, self.date)
        closer = (mention.dated_clause and not self.dated_clause) or (
            mention.dated_itself and not self.dated_itself
        )
        if self.date is None or finer or closer or self.death_day:
            self.date, self.dated_clause = mention.date, mention.dated_clause
            self.dated_itself, self.death_day = mention.dated_itself, mention.death_day

    def fits(self, mention: Mention, published: str | None) -> bool:
        # "the shooting happened on March 7": a story that has not dated its incident
        # refers back to it with its day, however old
        if not self._dates_it(mention) and not self._same_time(mention, published):
            return False
        if self._coarser(mention):
            return False
        if mention.country and self.countries and mention.country not in self.countries:
            return False
        # "In the northern city of Kano, a smaller rally ...": a sentence placed in a town
        # none of the incident's sentences names tells another occurrence
        town = mention.opening_town
        if town and self.towns and town not in self.towns:
            return False
        # a clash and a bombing are two occurrences unless the text refers back to one
        other_type = self.acled_types and mention.acled_type not in (None, *self.acled_types)
        return not (other_type and not mention.refers_back)

    def _coarser(self, mention: Mention) -> bool:
        """A mention dated only by a month or a year ("Crime figures for 2015 show 165
        people were murdered", "Earlier this month, two men were killed nearby") that does
        not refer back ("the shooting last month") is not the occurrence the story dates to
        the day: a story that tells its occurrence's day does not retell it more coarsely."""
        if mention.refers_back or self.date is None or self.death_day:
            return False
        return precision(self.date) == "day" and precision(mention.date) in ("month", "year")

    def _dates_it(self, mention: Mention) -> bool:
        """ "The shooting happened on March 7", "Friday's shooting": the text refers back to
        the incident with its own day, however old, where the incident has none yet; or
        where its clauses date it only through a later act ("police on Sunday identified a
        man killed in a shooting"), up to a week before that act's day; or where only another
        clause of a sentence dates it ("she recalled Thursday how she was shot"), any day
        before that one."""
        if not (mention.refers_back and mention.dated_itself):
            return False
        if self.date is None:
            return True
        if self.dated_itself or self.death_day:
            return False
        return week_before(mention.date, self.date) or (
            not self.dated_clause and _before(mention.date, self.date)
        )

    def _same_time(self, mention: Mention, published: str | None) -> bool:
        """Dates that may be one occurrence's; a death's day ("died Tuesday") may come up to
        a week after the shooting's ("was shot Sunday")."""
        if mention.death_day and self.date is not None:
            return after_harm(self.date, mention.date)
        if self.death_day and mention.date is not None:
            return after_harm(mention.date, self.date)
        return compatible(self.date or recent(published, mention.date), mention.date)


def group_mentions(mentions: list[Mention], published: str | None) -> list[Group]:
    families = lexicon().families
    groups: list[Group] = []
    # within a sentence, coded events first: a casualty word joins the event its sentence
    # codes ("22 were killed ... in car bombings"), not an earlier incident of another type
    ordered = sorted(mentions, key=lambda m: (m.sentence.start, m.event is None, m.token))
    for mention in ordered:
        family = families.get(mention.kind, mention.kind)
        candidates = [g for g in groups if g.family == family and g.fits(mention, published)]
        if mention.kind == CASUALTY:
            # a toll belongs to the occurrence its sentence tells, whatever its kind
            told = [g for g in groups if g.fits(mention, published) and _in_sentence(g, mention)]
            candidates = told or candidates or _told_before(groups, mention, published)
        group = _home(mention, candidates)
        if group is None:
            group = Group(family)
            groups.append(group)
        group.add(mention)
    return groups


def _told_before(groups: list[Group], mention: Mention, published: str | None) -> list[Group]:
    """A toll told alone ("At least 23 people were injured") where no harm has been told is
    the toll of the occurrence told just before it, of whatever kind: the protest that police
    dispersed, the bus that crashed; not of one it says is another."""
    if mention.other:
        return []
    before = [
        (m.sentence.start, g) for g in groups for m in g.mentions
        if m.sentence.start < mention.sentence.start
    ]
    if not before:
        return []
    group = max(before, key=lambda pair: pair[0])[1]
    if group.family not in lexicon().tolls_after:
        return []  # an arrest has no toll of its own: a later toll is another occurrence's
    return [group] if group.fits(mention, published) else []


def _home(mention: Mention, candidates: list[Group]) -> Group | None:
    if mention.other:
        # another occurrence than any told before its sentence ("Dozens were killed in a
        # similar attack in March"): it may join only what its own sentence began
        start = mention.sentence.start
        candidates = [g for g in candidates if g.mentions[0].sentence.start == start]
    fitting = candidates
    if not fitting:
        return None
    same_sentence = [g for g in fitting if _in_sentence(g, mention)]
    if same_sentence:
        return same_sentence[-1]
    if mention.date is not None:
        dated = [g for g in fitting if g.date is not None]
        return dated[0] if dated else fitting[0]
    return fitting[0]


def _in_sentence(group: Group, mention: Mention) -> bool:
    return any(m.sentence.start == mention.sentence.start for m in group.mentions)


def _before(day: str | None, later: str) -> bool:
    """Both are days and ``day`` comes first (ISO dates sort as days do)."""
    if day is None:
        return False
    return precision(day) == precision(later) == "day" and day < later


def _refines(date: str, known: str) -> bool:
    """A day inside the week or month known so far ("last week" ... "on March 11")."""
    return precision(date) == "day" and precision(known) != "day" and compatible(date, known)
