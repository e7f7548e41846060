"""Stage `stance`: what the article reports, what it relays, and what it argues.

Each sentence is one of
- ``opinion``: the author's own evaluative language outside anyone's quoted or reported
  words ("a cynical attempt", "the reactionary role of pseudo-left groups") reaches the
  threshold of our lexicon (``lexicons/en/stance_terms.tsv``);
- ``attributed_claim``: most of it is someone else's words — quote content from the quotes
  stage, or, when that stage found none, text in quotation marks or in the complement of a
  reporting verb ("X said ...", "according to X");
- ``reported_fact``: the rest.

Sentiment is VADER's compound score (vaderSentiment) with our lexicon's valences added to
VADER's; the document's tone is the length-weighted mean over its sentences.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from newscoder.context import Context
from newscoder.model import SentenceStance, Span

VADER_SCALE = 4.0  # VADER valences run from -4 to 4; ours from -1 to 1


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]
    valence: float
    weight: float


@dataclass(frozen=True)
class StanceLexicon:
    terms: dict[str, tuple[Term, ...]]  # first word → terms starting with it, longest first
    reporting_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    quote_marks: frozenset[str]
    attributed_share: float
    opinion_threshold: float


def _read(name: str) -> str:
    return (resources.files("newscoder") / "lexicons" / "en" / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def lexicon() -> StanceLexicon:
    rows = csv.DictReader(
        (line for line in _read("stance_terms.tsv").splitlines() if not line.startswith("#")),
        delimiter="\t",
    )
    by_first: dict[str, list[Term]] = {}
    for row in rows:
        words = tuple(row["term"].lower().split())
        by_first.setdefault(words[0], []).append(
            Term(words, float(row["valence"]), float(row["weight"]))
        )
    cues: dict[str, Any] = json.loads(_read("stance_cues.json"))
    return StanceLexicon(
        terms={k: tuple(sorted(v, key=lambda t: -len(t.words))) for k, v in by_first.items()},
        reporting_verbs=frozenset(cues["reporting_verbs"]),
        naming_verbs=frozenset(cues["naming_verbs"]),
        phrases=tuple(tuple(p.split()) for p in cues["attribution_phrases"]),
        quote_marks=frozenset(cues["quote_marks"]),
        attributed_share=float(cues["attributed_share"]),
        opinion_threshold=float(cues["opinion_threshold"]),
    )


@lru_cache(maxsize=1)
def analyzer() -> SentimentIntensityAnalyzer:
    """VADER with our evaluative terms added (single words only: VADER scores tokens)."""
    vader = SentimentIntensityAnalyzer()
    for terms in lexicon().terms.values():
        for term in terms:
            if len(term.words) == 1 and term.valence:
                vader.lexicon[term.words[0]] = term.valence * VADER_SCALE
    return vader


def _term_pattern(lex: StanceLexicon) -> re.Pattern[str]:
    """One alternation of every term, longest first, bounded so "left" is not "pseudo-left"."""
    phrases = sorted(
        {" ".join(t.words) for ts in lex.terms.values() for t in ts}, key=len, reverse=True
    )
    alternation = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def term_pattern() -> re.Pattern[str]:
    return _term_pattern(lexicon())


def _term(text: str, lex: StanceLexicon) -> Term | None:
    words = tuple(text.lower().split())
    return next((t for t in lex.terms.get(words[0], ()) if t.words == words), None)


def _is_name(token: Token) -> bool:
    """ "International Criminal Court": evaluative words inside names are not the author's."""
    if token.ent_type_ in ("ORG", "PERSON", "GPE", "LOC", "FAC", "WORK_OF_ART", "LAW", "EVENT"):
        return True
    return token.text[:1].isupper() and not token.is_sent_start and token.pos_ == "PROPN"


def loaded_terms(sentence: SpacySpan, others: list[Span]) -> list[tuple[Span, Term]]:
    """Evaluative terms of the author's voice: outside quoted/reported words and names."""
    lex, doc, found = lexicon(), sentence.doc, []
    for match in term_pattern().finditer(sentence.text):
        term = _term(match.group(0), lex)
        span = Span(sentence.start_char + match.start(), sentence.start_char + match.end())
        token = doc.char_span(span.start, span.end, alignment_mode="expand")
        if term is None or token is None or _is_name(token[0]):
            continue
        if not any(o.contains(span) for o in others):
            found.append((span, term))
    return found


def _quote_regions(ctx: Context) -> list[Span]:
    regions = []
    for quote in ctx.analysis.quotes:
        regions.extend(quote.content)
    return regions


def _marked_regions(sentence: SpacySpan, lex: StanceLexicon) -> list[Span]:
    """Text between quotation marks, when the quotes stage gave nothing."""
    marks = [t.idx for t in sentence if t.text in lex.quote_marks]
    return [Span(a, b + 1) for a, b in zip(marks[::2], marks[1::2], strict=False)]


def _reported_regions(sentence: SpacySpan, lex: StanceLexicon) -> list[Span]:
    """Complements of reporting verbs ("X said [that ...]") and "according to X" sentences."""
    regions = []
    for token in sentence:
        lemma = token.lemma_.lower()
        naming = lemma in lex.naming_verbs
        if (naming or lemma in lex.reporting_verbs) and token.pos_ == "VERB":
            for child in token.children:
                if _reported_child(child, naming):
                    regions.append(Span(child.left_edge.idx, _end(child.right_edge)))
            if any(c.dep_ == "agent" for c in token.children):  # "was branded a farce by X"
                regions.append(Span(sentence.start_char, sentence.end_char))
    words = tuple(t.lower_ for t in sentence)
    if any(words[i : i + len(p)] == p for p in lex.phrases for i in range(len(words))):
        regions.append(Span(sentence.start_char, sentence.end_char))
    return regions


def _reported_child(child: Token, naming: bool) -> bool:
    """The words a reporting verb attributes: its clause ("said [the talks failed]"), or
    for a naming verb the name given ("called the vote [a cynical sham]")."""
    if child.dep_ in ("ccomp", "parataxis"):
        return True
    if child.dep_ == "dobj" and child.lemma_.lower() in ("that", "it"):
        return True
    return naming and child.dep_ in ("oprd", "xcomp", "attr", "dobj", "prep")


def _end(token: Token) -> int:
    return token.idx + len(token.text)


def _covered_share(sentence: SpacySpan, regions: list[Span]) -> float:
    inside = 0
    for token in sentence:
        if not token.is_punct and any(r.start <= token.idx < r.end for r in regions):
            inside += 1
    words = sum(1 for t in sentence if not t.is_punct) or 1
    return inside / words


def classify(ctx: Context, sentence: SpacySpan, quoted: list[Span]) -> SentenceStance:
    lex = lexicon()
    local = [q for q in quoted if q.start < sentence.end_char and sentence.start_char < q.end]
    others = local + _marked_regions(sentence, lex) + _reported_regions(sentence, lex)
    terms = loaded_terms(sentence, others)
    score = sum(term.weight for _, term in terms)
    if score >= lex.opinion_threshold:
        label = "opinion"
    elif _covered_share(sentence, others) >= lex.attributed_share:
        label = "attributed_claim"
    else:
        label = "reported_fact"
    sentiment = analyzer().polarity_scores(sentence.text)["compound"]
    return SentenceStance(
        sentence.start_char, sentence.end_char, label, [s for s, _ in terms], sentiment
    )


def _sentences(ctx: Context) -> list[SpacySpan]:
    spans = []
    for record in ctx.analysis.sentences:
        span = ctx.doc.char_span(record.start, record.end, alignment_mode="expand")
        if span is not None and span.text.strip():
            spans.append(span)
    return spans or [s for s in ctx.doc.sents if s.text.strip()]


def tone(stances: list[SentenceStance]) -> float | None:
    """The length-weighted mean sentiment of the sentences."""
    total = sum(s.end - s.start for s in stances)
    if not total:
        return None
    return sum(s.sentiment * (s.end - s.start) for s in stances) / total


def run(ctx: Context) -> None:
    quoted = _quote_regions(ctx)
    body = ctx.analysis.document.body_start
    stances = [classify(ctx, s, quoted) for s in _sentences(ctx) if s.end_char > body]
    ctx.analysis.stance.extend(stances)
    ctx.analysis.tone = tone(stances)
