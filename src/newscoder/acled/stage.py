"""Stage `acled`: type every event in ACLED's typology and give it its fatalities.

1. **Cues.** Every sentence is read once for the cue lists of ``lexicons/en/acled/rules.toml``
   (:mod:`newscoder.acled.cues`): weapons, demonstrations, territory, arrests, agreements, ...
2. **Backfill.** A sentence with no typeable event whose cues alone report an occurrence ACLED
   codes gets an event of its own (:mod:`newscoder.acled.backfill`).
3. **Incidents.** Neighbouring sentences that report one occurrence are typed together
   (:mod:`newscoder.acled.incidents`) by the first rule whose conditions hold
   (:mod:`newscoder.acled.classify`): the weapon named anywhere in the incident, who acts
   against whom (:mod:`newscoder.acled.sides`), what happened to territory. Every typeable
   event of the incident gets that type; verbal and co-operative events only a strategic one.
4. **Fatalities.** Each event's killed figure, as the figures stage linked it
   (:mod:`newscoder.acled.fatalities`).

Planned, hypothetical and denied events, statements, disasters and ordinary crime stay
``acled = None``; their CAMEO and PLOVER codes are left as the events stage gave them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from newscoder.acled import backfill
from newscoder.acled.classify import Scope, first_rule
from newscoder.acled.cues import TokenFacts
from newscoder.acled.facts import Framing, doer_sides, framed_tokens, modifier_tokens
from newscoder.acled.fatalities import killed_in
from newscoder.acled.incidents import SentenceInfo, group
from newscoder.acled.rules import AcledRules, Rule, load_rules, side_of_words
from newscoder.acled.sides import role, source_side, target_side
from newscoder.context import Context
from newscoder.model import Actor, Event, Place, TimeExpression
from newscoder.parse import doc_words

GATES = ("disaster", "crime")  # the cue lists of what ACLED does not code


class DocumentTyper:
    """The sentences of one document with their cues, and the events being typed."""

    def __init__(self, ctx: Context, rules: AcledRules) -> None:
        self.ctx, self.rules = ctx, rules
        self.sents = list(ctx.doc.sents)
        self.starts = [sent.start_char for sent in self.sents]
        words, places = doc_words(ctx.doc), self._tokens_of(ctx.analysis.places)
        self.facts = TokenFacts(
            places=places,
            times=self._tokens_of(ctx.analysis.timexes),
            modifiers=modifier_tokens(ctx.doc),
            framed=framed_tokens(
                ctx.doc, Framing(rules.framing, rules.framing_nouns, rules.time_words)
            ),
            doers=doer_sides(ctx.doc, lambda words: side_of_words(rules.sides, words)),
        )
        self.infos = []
        paragraph = 0
        for index, sent in enumerate(self.sents):
            if index and "\n" in ctx.text[self.sents[index - 1].end_char : sent.start_char]:
                paragraph += 1
            matches = rules.cues.find(words.lower, words.lemma, sent.start, sent.end, self.facts)
            self.infos.append(SentenceInfo(index, sent.start, sent.end, paragraph, matches))

    def _tokens_of(self, records: Sequence[Place | TimeExpression]) -> frozenset[int]:
        """The tokens of the places or time expressions the earlier stages found."""
        doc, found = self.ctx.doc, set()
        for record in records:
            span = doc.char_span(record.start, record.end, alignment_mode="expand")
            if span is not None:
                found.update(range(span.start, span.end))
        return frozenset(found)

    def kind(self, event: Event) -> str | None:
        """ "material", "strategic" or None (not an event ACLED codes)."""
        if event.modality not in self.rules.modalities or self._no_occurrence(event):
            return None
        if event.plover in self.rules.material:
            return "material"
        return "strategic" if event.plover in self.rules.strategic else None

    def _no_occurrence(self, event: Event) -> bool:
        """The event is diplomacy, what an accusation, denial or sanction is about, or its
        trigger only describes a noun ("a combat drone"): no occurrence ACLED codes."""
        if event.cameo.startswith(self.rules.not_coded_cameo):
            return True
        if event.trigger is None:
            return False
        span = self.ctx.doc.char_span(
            event.trigger.start, event.trigger.end, alignment_mode="expand"
        )
        root = span.root.i if span is not None else None
        return root in self.facts.framed or root in self.facts.modifiers

    def sentence_of(self, event: Event) -> SentenceInfo:
        anchor = event.trigger or event.evidence
        return self.infos[max(0, bisect_right(self.starts, anchor.start) - 1)]

    def actors_in(self, infos: list[SentenceInfo]) -> list[Actor]:
        start, end = self.sents[infos[0].index].start_char, self.sents[infos[-1].index].end_char
        return [a for a in self.ctx.analysis.actors if start <= a.start and a.end <= end]

    def scope(self, infos: list[SentenceInfo], own_events: bool = True) -> Scope:
        """What the sentences show; with their events, or by their words alone."""
        events = [self.ctx.analysis.events[i] for info in infos for i in info.events]
        events = events if own_events else []
        matches = infos[0].matches
        for info in infos[1:]:
            matches = matches.merged(info.matches)
        actors, doc, sides = self.actors_in(infos), self.ctx.doc, self.rules.sides
        doers = [a for e in events for a in e.source]
        doers += [a for a in actors if role(doc, a) == "source"]
        return Scope(
            matches=matches,
            cameos=tuple(e.cameo for e in events),
            strategic_only=bool(events) and all(self.kind(e) == "strategic" for e in events),
            source=source_side(events, actors, doc, sides),
            target=target_side(events, actors, doc, sides),
            source_tokens=self._tokens(doers),
            doers=self.facts.doers,
            nearby=self._nearby(infos),
        )

    def _nearby(self, infos: list[SentenceInfo]) -> frozenset[str]:
        """Whether the incident's paragraphs tell of a disaster or of ordinary crime."""
        paragraphs = {info.paragraph for info in infos}
        told = [info.matches for info in self.infos if info.paragraph in paragraphs]
        return frozenset(name for name in GATES if any(m.has(name) for m in told))

    def _tokens(self, actors: list[Actor]) -> frozenset[int]:
        found: set[int] = set()
        for actor in actors:
            span = self.ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
            if span is not None:
                found.update(range(span.start, span.end))
        return frozenset(found)

    def collect_events(self) -> None:
        for index, event in enumerate(self.ctx.analysis.events):
            if self.kind(event) is not None:
                self.sentence_of(event).events.append(index)

    def backfill(self) -> None:
        """An event for each sentence without a material one whose cues report an ACLED
        occurrence the sentence's own events cannot take."""
        events = self.ctx.analysis.events
        for info in self.infos:
            kinds = {self.kind(events[i]) for i in info.events}
            if "material" in kinds:
                continue
            rule = first_rule(self.rules, self.scope([info], False), backfill_only=True)
            if rule is None or (kinds and rule.strategic):
                continue  # a verbal or co-operative event of the sentence takes a strategic type
            trigger = info.matches.at(rule.needs[0])[0]
            if backfill.did_not_happen(self.ctx, trigger):
                continue
            sent = self.sents[info.index]
            if backfill.read_otherwise(self.ctx, sent, trigger):
                continue
            if backfill.play_of_sport(self.ctx, trigger):
                continue
            if rule.needs[0] == "explosion" and backfill.figurative_blast(self.ctx, trigger):
                continue
            events.append(backfill.backfilled_event(self.ctx, self.rules, rule, sent, trigger))
            info.events.append(len(events) - 1)
            backfill.link_figures(self.ctx, len(events) - 1)

    def type_incidents(self) -> None:
        with_events = [info for info in self.infos if info.events]
        for info in with_events:
            info.own = first_rule(self.rules, self.scope([info]))
        for incident in group(with_events, self.rules.incident_sentences):
            rule = first_rule(self.rules, self.scope(incident))
            for info in incident:
                for index in info.events:
                    self.assign(self.ctx.analysis.events[index], rule)

    def assign(self, event: Event, rule: Rule | None) -> None:
        if rule is None or (self.kind(event) == "strategic" and not rule.strategic):
            event.acled = None
        else:
            event.acled = rule.acled


def run(ctx: Context) -> None:
    typer = DocumentTyper(ctx, load_rules())
    typer.collect_events()
    typer.backfill()
    typer.type_incidents()
    figures = ctx.analysis.figures
    for index, event in enumerate(ctx.analysis.events):
        event.fatalities = killed_in(figures, index)
