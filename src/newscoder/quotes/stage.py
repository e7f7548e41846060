"""Stage `quotes`: who said what — direct quotations, reported speech and mixed forms.

Passages in quotation marks are found in one scan (:mod:`quote_marks`) and attributed from
the text beside them (:mod:`quote_direct`); reported speech comes from reporting verbs with a
clausal complement and "according to" (:mod:`quote_indirect`). Sources are resolved in text
order (:mod:`quote_speakers`) so that a pronoun finds the speakers before it. Speech relayed
by a medium ("told AFP", "Le Nouvel Observateur cited X, who said") keeps the medium apart.
"""

from __future__ import annotations

import bisect
import logging

from spacy.tokens import Token

from newscoder.context import Context
from newscoder.model import Analysis, Quote, Span, Speaker
from newscoder.quotes.attribution import find_learned, not_a_speech_act
from newscoder.quotes.direct import (
    DirectCandidate,
    DirectFinder,
    TokenIndex,
    is_dash,
    signature_source,
)
from newscoder.quotes.headline import reparsed_headline
from newscoder.quotes.indirect import (
    MIN_CONTENT_CHARS,
    IndirectCandidate,
    colon_source,
    find_indirect,
    prepositional_source,
    span_length,
    subject_of,
    trimmed,
    unsourced_passive,
)
from newscoder.quotes.learned import attribution_model
from newscoder.quotes.lexicon import QuoteLexicon, lexicon
from newscoder.quotes.marks import find_quoted, paragraph_bounds
from newscoder.quotes.speakers import Sources, stands_for_someone
from newscoder.read.datelines import in_dateline

LOGGER = logging.getLogger(__name__)

MEDIUM_DEPS = frozenset({"dobj", "dative", "obj", "iobj"})
RELAY_VERBS = frozenset({"cite", "quote"})
TIMES = frozenset({"DATE", "TIME"})
NEARBY_BEFORE = 8  # tokens before a subjectless cue searched for the speaker's name
INVERTED_REACH = 6  # tokens after a cue that may hold the inverted speaker's noun phrase
FRONTED_WORDS = 4  # words between a closing mark and its cue that may name the speaker


def run(ctx: Context) -> None:
    """Fill ``ctx.analysis.quotes``, ordered by where their content starts."""
    ctx.analysis.quotes.extend(extract_quotes(ctx))


def extract_quotes(ctx: Context) -> list[Quote]:
    lex = lexicon()
    text = ctx.parse_text
    passages = find_quoted(text)
    tokens = TokenIndex(ctx.doc)
    finder = DirectFinder(text, tokens, lex, paragraph_bounds(text))
    direct = finder.find(passages)
    quoted = [f for q in passages for f in q.fragments]
    quoted.sort(key=lambda s: s.start)
    sources = Sources(ctx, lex, quoted)
    model = attribution_model()
    if model is not None:
        found = find_learned(ctx.doc, lex, model, quoted, sources.in_quote)
        headline = reparsed_headline(ctx.analysis.document, text)
        if headline is not None:  # the headline's reports from its sentence-case parse
            end = len(headline.text)
            found = find_learned(headline, lex, model, quoted, sources.in_quote) + [
                c for c in found if c.cue.idx >= end
            ]
    else:  # the model not built: the hand-made cue lists alone
        found = find_indirect(ctx.doc, lex, sources.in_quote)
    direct = _mixed_around(direct, found)
    direct = _widened_mixed(direct, found)
    found = [c for c in found if not _within_mixed(c, found)]
    indirect = [c for c in found if _reported(c, direct, lex)]
    _cut_reported_tails(indirect)
    indirect = [c for c in indirect if not _within_report(c, indirect)]
    direct = [d for d in direct if not _quoted_within_report(d, indirect)]
    unsourced = {
        c.cue.idx for c in indirect if unnamed_source(c.cue, lex) and _tells_words(c.cue, lex)
    }
    quotes = [q for q in _resolve(ctx, sources, direct, indirect) if _keep(q, unsourced)]
    quotes.sort(key=lambda q: q.content[0].start)
    starts = [s.start for s in ctx.analysis.sentences]
    for quote in quotes:
        quote.sentence = max(0, bisect.bisect_right(starts, quote.content[0].start) - 1)
    return quotes


def _reported(
    candidate: IndirectCandidate, direct: list[DirectCandidate], lex: QuoteLexicon
) -> bool:
    """A candidate that is reported speech of its own: not a quotation found in marks, not a
    verb that is no speech act, and not opened by an impersonal 'it' ('it appears that ...',
    'it is unclear whether ...'): there no one else speaks, it is the writer's own hedged
    claim, and for who-said-what a claim nobody made is not a quote."""
    if _overlaps(candidate, direct) or not_a_speech_act(candidate.cue, lex):
        return False
    return not impersonal(candidate.cue, lex)


def _keep(quote: Quote, unsourced: set[int]) -> bool:
    """Reported speech whose source was not found is dropped: a reporting or stance verb
    without a subject (an infinitive, a parse gone astray) is rarely an attribution. A report
    that names no source by its form ('was asked', 'reportedly') is kept without one."""
    if quote.kind == "direct" or quote.speaker is not None:
        return True
    return quote.cue is not None and quote.cue.start in unsourced


def _tells_words(cue: Token, lex: QuoteLexicon) -> bool:
    """A passive with no source must still carry something said. 'Officers were called to
    the scene', 'was pronounced dead', 'was listed in stable condition' give a place or a
    state, and 'anyone with information is asked to call the police' is the writer's own
    standing request to the reader: no one's report. A clause ('was told the plant would
    close') or a quotation is words said; 'was accused of', 'is expected to' stay reports."""
    if cue.pos_ != "VERB" or not unsourced_passive(cue):
        return True
    if any(c.dep_ == "ccomp" for c in cue.children) or any(
        t.is_quote for t in cue.subtree if t.i > cue.i
    ):
        return True
    after = [c for c in cue.rights if c.dep_ in PASSIVE_PARTS and not _time_phrase(c)]
    if any(c.dep_ in ("acomp", "oprd") for c in after):
        return cue.lemma_.lower() in lex.regard_verbs  # 'was pronounced dead'; 'is seen as'
    if after and all(c.dep_ == "prep" and c.lower_ in lex.place_preps for c in after):
        return False  # 'were called to the scene', 'was listed in stable condition'
    return not _standing_request(cue, lex)


def _time_phrase(part: Token) -> bool:
    """'after 9 p.m.', 'on Monday': when, which says nothing of what was said or where."""
    return part.dep_ == "prep" and any(t.ent_type_ in ("DATE", "TIME") for t in part.subtree)


PASSIVE_PARTS = frozenset({"acomp", "oprd", "prep", "xcomp", "ccomp", "dobj", "dative", "advcl"})


def _standing_request(cue: Token, lex: QuoteLexicon) -> bool:
    """'Anyone with information is asked to call ...', 'readers are urged to check ...': a
    present passive of asking with an infinitive is a request the writer makes, not one
    reported ('he was asked to resign' is)."""
    if cue.lemma_.lower() not in lex.addressee_verbs or cue.tag_ != "VBN":
        return False
    present = any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in cue.children)
    has_aux = any(c.dep_ == "aux" for c in cue.children)  # 'has been asked' is past
    return present and not has_aux and any(c.dep_ == "xcomp" for c in cue.children)


def unnamed_source(cue: Token, lex: QuoteLexicon) -> bool:
    """'was asked about', 'reportedly': the form says the source is left unnamed."""
    if cue.pos_ == "NOUN" and cue.lemma_.lower() in lex.speech_nouns:
        return True  # "reports that ...", "there were complaints that ...": no one named
    return cue.lower_ in lex.report_adverbs or (cue.pos_ == "VERB" and unsourced_passive(cue))


def impersonal(cue: Token, lex: QuoteLexicon) -> bool:
    """'It appears that ...', 'it is worth noting that ...', 'it was unclear whether ...': a
    clause opened by an 'it' that stands for no one names no source."""
    if cue.pos_ not in ("VERB", "AUX", "ADJ"):
        return False
    subject = subject_of(cue)
    if subject is None or subject.lower_ not in lex.thing_pronouns:
        return False
    return not stands_for_someone(subject, lex)


# Above this share of a clause in marks, a cue set inside it splits a quotation
# ('"We will win," he said, "because we must."'), which stays direct.
MIXED_QUOTED_SHARE = 0.6


def _mixed_around(
    direct: list[DirectCandidate], found: list[IndirectCandidate]
) -> list[DirectCandidate]:
    """'African-Americans, he said, can "rock like Jimi"': a cue set inside a clause that is
    only partly in marks reports the whole clause, marks and all (mixed speech); the marked
    words alone are no quotation of their own. The direct candidates left."""
    taken: set[int] = set()
    for candidate in found:
        if candidate.rest is None:
            continue
        start, end = candidate.content.start, candidate.rest.end
        inside = [
            d
            for d in direct
            if d.content
            and (d.cue is None or d.cue.idx == candidate.cue.idx)
            and all(start <= s.start + 2 and s.end - 2 <= end for s in d.content)
        ]
        # a mixed candidate's content is already its clause: only its part after the cue
        quoted = sum(s.end - s.start for d in inside if d.kind == "direct" for s in d.content)
        said = span_length(candidate.content) + span_length(candidate.rest)
        if inside and quoted < MIXED_QUOTED_SHARE * said:
            candidate.kind = "mixed"
            taken.update(id(d) for d in inside)
    return [d for d in direct if id(d) not in taken]


def _widened_mixed(
    direct: list[DirectCandidate], found: list[IndirectCandidate]
) -> list[DirectCandidate]:
    """'accused the council of being "duped" by "a con"': the quotation finder's mixed
    speech ends at the first closing mark, while the report its cue makes runs on to the
    end of what was reported (its dependency subtree, past the marks). The report takes the
    words and is mixed; the quotation finder's shorter reading is dropped."""
    reports = {c.cue.idx: c for c in found if c.rest is None}
    kept = []
    for d in direct:
        report = reports.get(d.cue.idx) if d.kind == "mixed" and d.cue is not None else None
        if report is not None and all(_inside(s, [report.content]) for s in d.content):
            report.kind = "mixed"
            continue
        kept.append(d)
    return kept


def _within_mixed(candidate: IndirectCandidate, found: list[IndirectCandidate]) -> bool:
    """A verb inside the words of a mixed report is what was said, not a report of its own
    ('he said, watched the games to see "..."': 'watched' is the speaker's claim)."""
    for other in found:
        if other is candidate or other.kind != "mixed" or other.rest is None:
            continue
        start, end = other.content.start, other.rest.end
        if start <= candidate.cue.idx < end and start <= candidate.content.start:
            return candidate.content.end <= end + 2
    return False


def _spans(candidate: IndirectCandidate) -> list[Span]:
    return [candidate.content] if candidate.rest is None else [candidate.content, candidate.rest]


def _within_report(candidate: IndirectCandidate, found: list[IndirectCandidate]) -> bool:
    """A report whose cue and words lie inside what another report says is part of that
    claim, not a second attribution: in 'Lee said the survey shows wages rose', what the survey
    shows is Lee's claim; the writer attributes it to Lee alone."""
    for other in found:
        if other is candidate or other.cue.idx == candidate.cue.idx:
            continue
        host = _spans(other)
        if not any(s.start <= candidate.cue.idx < s.end for s in host):
            continue
        if any(s.start <= other.cue.idx < s.end for s in _spans(candidate)):
            continue  # each inside the other: a parse gone astray, neither is nested
        return all(_inside(s, host) for s in _spans(candidate))
    return False


# Marks that set a closing comment off from the clause before it.
TAIL_MARKS = frozenset({",", ";", "—", "–", "-", "--"})


def _cut_reported_tails(found: list[IndirectCandidate]) -> None:
    """'Polls show her ahead, with one survey showing a tie', 'Lee said the deal was fair
    -- a claim critics dispute': a comment set off at the end of what was reported that
    holds a report of its own is the writer's next attribution, not the first source's
    words. The first report ends before it, and the second stands on its own."""
    for inner in found:
        for outer in found:
            if outer is inner or outer.cue.idx == inner.cue.idx:
                continue
            if outer.rest is None and outer.content.start <= inner.cue.idx < outer.content.end:
                outer.content = _before_tail(outer.content, inner.cue, _clausal(outer.cue))


def _clausal(cue: Token) -> bool:
    """A verb that reports a clause of its own (not 'according to', tagged a verb too)."""
    return cue.pos_ == "VERB" and cue.dep_ != "prep"


def _before_tail(content: Span, cue: Token, joined: bool) -> Span:
    """``content`` up to the set-off comment at its end that holds ``cue``, if there is one;
    with ``joined``, up to a clause of its own joined by 'and' or 'but' too (a verb's report
    ends with its clause; 'according to X' may speak for the whole sentence)."""
    doc = cue.doc
    tok = cue
    while tok.head.i != tok.i:
        first, last = tok.left_edge, tok.right_edge
        if first.idx <= content.start or last.idx + len(last) < content.end - 2:
            break  # reached the reported clause itself, or a comment in its middle
        joint = first.nbor(-1) if first.i > 0 else None
        if joint is not None and (
            joint.text in TAIL_MARKS or (joined and _own_clause_joined(tok, joint))
        ):
            cut = trimmed(doc, content.start, joint.idx)
            return cut if span_length(cut) >= MIN_CONTENT_CHARS else content
        tok = tok.head
    return content


def _own_clause_joined(clause: Token, joint: Token) -> bool:
    """'..., and Democrats accused the GOP of ...': a clause with a subject of its own joined
    by 'and' or 'but', which holds a report of its own: another speaker's act told by the
    writer ('said the plan would fail and the money would be lost' holds no report)."""
    own = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    marked = any(c.dep_ == "mark" for c in clause.children)  # 'that A and that B': one report
    return clause.dep_ == "conj" and joint.dep_ == "cc" and own and not marked


def _quoted_within_report(candidate: DirectCandidate, found: list[IndirectCandidate]) -> bool:
    """Marks whose cue and words lie inside a report ('she said she backed what he calls
    "a fair deal"') are the reported speaker's words in that report, not a quotation of their
    own: the report carries them, marks and all."""
    cue = candidate.cue
    if cue is None or not candidate.content:
        return False
    for other in found:
        host = _spans(other)
        if other.cue.idx != cue.idx and any(s.start <= cue.idx < s.end for s in host):
            return all(_inside(s, host) for s in candidate.content)
    return False


def _inside(span: Span, host: list[Span]) -> bool:
    return any(h.start <= span.start and span.end <= h.end + 2 for h in host)


def _overlaps(candidate: IndirectCandidate, direct: list[DirectCandidate]) -> bool:
    """A reported clause that is mostly a quotation found in marks is that quotation."""
    content = candidate.content
    covered = 0
    for d in direct:
        if d.cue is not None and candidate.cue.idx == d.cue.idx:
            return True
        for s in d.content:
            inside = content.start <= s.start + 2 and s.end - 2 <= content.end
            if content.overlaps(s) and not inside:
                return True  # cuts into a quotation: a parse that ran across the marks
            covered += max(0, min(s.end, content.end) - max(s.start, content.start))
    return covered * 2 > content.end - content.start


def _position(item: DirectCandidate | IndirectCandidate) -> int:
    if isinstance(item, IndirectCandidate):
        return item.cue.idx
    return item.cue.idx if item.cue is not None else item.passages[0].open


def _resolve(
    ctx: Context,
    sources: Sources,
    direct: list[DirectCandidate],
    indirect: list[IndirectCandidate],
) -> list[Quote]:
    """Speakers in text order, so pronouns and continuations see the speakers before."""
    items: list[DirectCandidate | IndirectCandidate] = [*direct, *indirect]
    items.sort(key=_position)
    resolved: dict[int, Quote] = {}
    quotes = []
    for item in items:
        if isinstance(item, DirectCandidate) and item.continues is not None:
            previous = resolved.get(id(item.continues))
            speaker = previous.speaker if previous else None
            quote = Quote(item.kind, item.content, speaker, None)
        else:
            quote = _quote(ctx, sources, item)
        sources.remember(quote.speaker)
        resolved[id(item)] = quote
        quotes.append(quote)
    return quotes


def _quote(ctx: Context, sources: Sources, item: DirectCandidate | IndirectCandidate) -> Quote:
    cue = item.cue
    if cue is None:
        content = item.content if isinstance(item, DirectCandidate) else [item.content]
        return Quote("direct", content, None, None)
    source = _source_token(cue) if isinstance(item, DirectCandidate) else item.source
    if source is None and isinstance(item, DirectCandidate):
        source = closing_clause_source(ctx.parse_text, cue, item)
    if source is not None and sources.in_quote(source.idx) and not sources.in_quote(cue.idx):
        source = None  # the parse reached into a quotation: not the reporter's subject
    if source is not None and source.ent_type_ in TIMES and source.lower_ != "old":
        source = None  # "said Friday the director": a parse that made the day the subject;
        # "said the 46-year-old" names a person by age, which the model tags as a date
    speaker = sources.speaker(source) if source is not None else None
    unnamed = isinstance(item, IndirectCandidate) and unnamed_source(cue, sources.lex)
    turn = speaker is not None and cue.text == ":" and transcript_turn(ctx.parse_text, cue.idx)
    if (speaker is None or (_is_dateline(ctx, speaker) and not turn)) and not unnamed:
        speaker = None if _unresolved_pronoun(source) else _nearby_name(sources, cue)
    if speaker is not None and _is_dateline(ctx, speaker) and not turn:
        speaker = None
    medium, medium_span = _medium(sources, cue, source)
    if speaker is not None and medium == speaker.name:
        medium, medium_span = None, None  # "Le Monde cited X": the outlet is the source here
    cue_span = Span(cue.idx, cue.idx + len(cue))
    if cue.lower_ == "according":
        cue_span = Span(cue.idx, cue.nbor().idx + len(cue.nbor()))
    elif is_dash(cue):
        cue_span = Span(cue.idx, cue.idx + 1)  # '-Mia Lund': the dash alone
    if isinstance(item, DirectCandidate):
        return Quote(item.kind, item.content, speaker, cue_span, medium, medium_span)
    content = [item.content] if item.rest is None else [item.content, item.rest]
    return Quote(item.kind, content, speaker, cue_span, medium, medium_span)


TURN_NAME_WORDS = 4  # words of a name that opens a turn of a transcript ('MARIA OKONJO:')


def transcript_turn(text: str, colon: int) -> bool:
    """'MARIA OKONJO: Will you run again?' then 'HALVORSEN: ...': in a transcript each turn opens
    with the speaker's name and a colon. The read stage may take a capitalised name before a
    colon for a dateline ('NEW DELHI: ...'), but a dateline opens an article once, while a
    transcript gives turns to at least two names; the name of such a turn is a speaker."""
    start = text.rfind("\n", 0, colon) + 1
    own = turn_name(text[start:colon])
    if own is None:
        return False
    names = {turn_name(line.split(":", 1)[0]) for line in text.splitlines() if ":" in line}
    return len(names - {None, own}) >= 1


def turn_name(lead: str) -> str | None:
    """The name in what comes before a line's colon, if it is one: a few words, each opening
    with a capital, no digits."""
    words = lead.split()
    if not 1 <= len(words) <= TURN_NAME_WORDS:
        return None
    if not all(w[:1].isupper() and not any(ch.isdigit() for ch in w) for w in words):
        return None
    return " ".join(words).upper()


def _unresolved_pronoun(source: Token | None) -> bool:
    """A subject that is a pronoun no one was found for ('Meanwhile, it attacked Trump'):
    the speaker is that pronoun's, unknown; a name near the cue (its object, 'Trump') is not
    who spoke."""
    return source is not None and source.pos_ == "PRON" and source.tag_ not in ("WP", "WDT")


def closing_clause_source(text: str, cue: Token, item: DirectCandidate) -> Token | None:
    """The speaker in the short clause after a quotation when the parser missed the subject:
    the noun after the cue in an inverted clause ('"...," added a Democrat from Ohio', a
    parse that takes him for the object) or the words between the closing mark and the cue
    ('"...," Conway notes', a parse that takes the name for a compound)."""
    ends = [p.outer_end for p in item.passages if p.outer_end <= cue.idx]
    if not ends:
        return None  # the cue leads into the quotation: its subject is the parser's to find
    gap = text[max(ends) : cue.idx]
    if not gap.strip(" ,\t\n—–-"):
        return _inverted_subject(cue)
    return _fronted_subject(cue, len(gap.split()))


def _inverted_subject(cue: Token) -> Token | None:
    """'added a South Carolina Democrat', 'asked the boy': the head of the noun phrase."""
    for tok in cue.doc[cue.i + 1 : cue.i + 1 + INVERTED_REACH]:
        if tok.ent_type_ in TIMES and tok.pos_ != "PROPN" or tok.pos_ in ("DET", "ADJ", "NUM"):
            continue  # 'said Friday', 'a', 'former'
        if tok.pos_ not in ("NOUN", "PROPN") and not tok.text[:1].isupper():
            return None  # 'said in a statement': no speaker named here
        head = tok
        while (
            head.head.i not in (cue.i, head.i)  # a root is its own head: stop there
            and cue.i < head.head.i <= cue.i + INVERTED_REACH
        ):
            head = head.head
        return head
    return None


def _fronted_subject(cue: Token, words: int) -> Token | None:
    """'Conway notes': a short run of words before the cue, no verb among them."""
    if not 1 <= words <= FRONTED_WORDS or cue.i == 0:
        return None
    before = cue.doc[cue.i - 1]
    span = cue.doc[max(0, cue.i - words) : cue.i]
    if any(t.pos_ in ("VERB", "AUX") for t in span) or before.pos_ not in ("NOUN", "PROPN"):
        return None
    return before


def _source_token(cue: Token) -> Token | None:
    if cue.lower_ == "according":
        return prepositional_source(cue)
    if cue.text == ":":
        return colon_source(cue)
    if is_dash(cue):
        return signature_source(cue)
    return subject_of(cue)


def _is_dateline(ctx: Context, speaker: Speaker) -> bool:
    """'WASHINGTON — A spokesman said': a parse may take the dateline for the subject."""
    return in_dateline(ctx.analysis.document, speaker.start, speaker.end)


def _nearby_name(sources: Sources, cue: Token) -> Speaker | None:
    """Parser missed the subject: a name right after the cue ('..., said Kerry') or just
    before it ('her adviser, Jake Sullivan, said')."""
    doc = cue.doc
    # "said Monday", "said Thursday morning": a time named after the cue is not who spoke
    after = [t for t in doc[cue.i + 1 : min(len(doc), cue.i + 7)] if t.ent_type_ not in TIMES]
    if after and after[0].pos_ == "PROPN" and not _stop(sources, after[0]):
        return sources.speaker(after[0])  # "Continued Stone: ..."
    before = list(reversed(doc[max(0, cue.i - NEARBY_BEFORE) : cue.i]))
    return _first_name(sources, after[:3]) or _first_name(sources, before)


def _stop(sources: Sources, tok: Token) -> bool:
    return tok.text in '.!?:;"“”' or sources.in_quote(tok.idx)


def _first_name(sources: Sources, run: list[Token]) -> Speaker | None:
    """The nearest person named in ``run``, else the nearest organisation: in "Flynn, a
    Trump surrogate, said" the organisation only qualifies the person."""
    fallback = None
    for tok in run:
        if _stop(sources, tok):
            break
        named = sources.named_at(tok.idx, tok.idx + len(tok))
        if named is None or named.label not in ("PERSON", "ORG"):
            continue
        kind = "person" if named.label == "PERSON" else "organisation"
        speaker = Speaker(named.name, named.start, named.end, named.entity_id, kind)
        if kind == "person":
            return speaker
        fallback = fallback or speaker
    return fallback


def _medium(sources: Sources, cue: Token, source: Token | None) -> tuple[str | None, Span | None]:
    """'told AFP' → AFP; 'Le Nouvel Observateur cited X, who said' → Le Nouvel Observateur."""
    candidates = [c for c in cue.children if c.dep_ in MEDIUM_DEPS]
    candidates += [
        g for c in cue.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]
    if source is not None and source.head.dep_ == "relcl" and source.tag_ in ("WP", "WDT"):
        source = source.head.head  # "cited X, who said": X
    if source is not None and source.head.lemma_.lower() in RELAY_VERBS:
        candidates += [c for c in source.head.children if c.dep_ == "nsubj"]
    for tok in candidates:
        speaker = sources.speaker(tok)
        if speaker is not None and speaker.kind == "media":
            return speaker.name, Span(speaker.start, speaker.end)
    return None, None


def quote_at(analysis: Analysis, start: int, end: int) -> int | None:
    """Index of the quote whose content contains ``start:end`` (the innermost one when
    attributions nest, as in "X cited Y, who said ..."), else None."""
    target = Span(start, end)
    best: tuple[int, int] | None = None
    for i, quote in enumerate(analysis.quotes):
        for fragment in quote.content:
            size = fragment.end - fragment.start
            if fragment.contains(target) and (best is None or size < best[0]):
                best = (size, i)
    return best[1] if best else None
