"""Stage `stance`: what the article reports, what it relays, and what it argues.

Each sentence is one of
- ``opinion``: the author's own evaluative language outside anyone's quoted or reported
  words ("a cynical attempt", "the reactionary role of pseudo-left groups") reaches the
  threshold of our lexicon (``lexicons/en/stance/terms.tsv``);
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
from typing import Any

from spacy.symbols import VERB
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer, SentiText

from newscoder.context import Context
from newscoder.lexicon import read_lexicon
from newscoder.model import SentenceStance, Span
from newscoder.parse import doc_text

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
    return read_lexicon("stance", name)


@lru_cache(maxsize=1)
def lexicon() -> StanceLexicon:
    rows = csv.DictReader(
        (line for line in _read("terms.tsv").splitlines() if not line.startswith("#")),
        delimiter="\t",
    )
    by_first: dict[str, list[Term]] = {}
    for row in rows:
        words = tuple(row["term"].lower().split())
        by_first.setdefault(words[0], []).append(
            Term(words, float(row["valence"]), float(row["weight"]))
        )
    cues: dict[str, Any] = json.loads(_read("cues.json"))
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


# A run of word characters and hyphens: a term's first word is one whole run of the text
_RUN = re.compile(r"[\w-]+")
_PLAIN_WORD = re.compile(r"[a-z0-9][a-z0-9_-]*")
_FOREIGN_LETTER = re.compile(r"(?![\x00-\x7f])\w")


@lru_cache(maxsize=1)
def term_words() -> dict[str, tuple[frozenset[str], ...]] | None:
    """First word -> the words of each term starting with it, to pass over the sentences
    that lack some word of every term (nearly all: the alternation of every term costs more
    than finding the sentence's words); None if a term is not plain ASCII words, where this
    shortcut would not be exact."""
    terms = [t for ts in lexicon().terms.values() for t in ts]
    if not all(_PLAIN_WORD.fullmatch(w) for t in terms for w in t.words):
        return None
    table: dict[str, list[frozenset[str]]] = {}
    for term in terms:
        table.setdefault(term.words[0], []).append(frozenset(term.words))
    return {first: tuple(sets) for first, sets in table.items()}


def may_hold_terms(text: str) -> bool:
    """False only when no term can match ``text``: each word of a term is a whole run of
    word characters, and without non-ASCII letters (some match ASCII ones regardless of
    case: "ſ", "K") case-insensitive matching is matching in lower case."""
    table = term_words()
    if table is None or _FOREIGN_LETTER.search(text):
        return True
    runs = set(_RUN.findall(text.lower()))
    return any(words <= runs for first in runs.intersection(table) for words in table[first])


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
    text = sentence_text(sentence)
    if not may_hold_terms(text):
        return found
    for match in term_pattern().finditer(text):
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


def sentence_text(sentence: SpacySpan) -> str:
    """``sentence.text``, cut from the document's text rather than re-joined from tokens."""
    return doc_text(sentence.doc)[sentence.start_char : sentence.end_char]


def _marked_regions(tokens: list[Token], lex: StanceLexicon) -> list[Span]:
    """Text between quotation marks, when the quotes stage gave nothing."""
    marks = [t.idx for t in tokens if t.text in lex.quote_marks]
    return [Span(a, b + 1) for a, b in zip(marks[::2], marks[1::2], strict=False)]


def _reported_regions(
    sentence: SpacySpan, tokens: list[Token], lex: StanceLexicon
) -> list[Span]:
    """Complements of reporting verbs ("X said [that ...]") and "according to X" sentences
    (``tokens``: the sentence's)."""
    regions = []
    for token in tokens:
        if token.pos != VERB:  # the cheap test first: an int, not a string looked up
            continue
        lemma = token.lemma_.lower()
        naming = lemma in lex.naming_verbs
        if naming or lemma in lex.reporting_verbs:
            for child in token.children:
                if _reported_child(child, naming):
                    regions.append(Span(child.left_edge.idx, _end(child.right_edge)))
            if any(c.dep_ == "agent" for c in token.children):  # "was branded a farce by X"
                regions.append(Span(sentence.start_char, sentence.end_char))
    words = tuple(t.lower_ for t in tokens)
    if has_phrase(words, lex.phrases):
        regions.append(Span(sentence.start_char, sentence.end_char))
    return regions


def has_phrase(words: tuple[str, ...], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether any of ``phrases`` occurs in ``words``; only where a phrase's first word is."""
    firsts = first_words(phrases)
    return any(
        words[i : i + len(p)] == p
        for i, word in enumerate(words)
        if word in firsts
        for p in phrases
    )


@lru_cache(maxsize=4)
def first_words(phrases: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    return frozenset(p[0] for p in phrases)


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


def _covered_share(tokens: list[Token], regions: list[Span]) -> float:
    starts = [t.idx for t in tokens if not t.is_punct]
    inside = sum(1 for idx in starts if any(r.start <= idx < r.end for r in regions))
    return inside / (len(starts) or 1)


def classify(ctx: Context, sentence: SpacySpan, quoted: list[Span]) -> SentenceStance:
    lex = lexicon()
    tokens = list(sentence)  # every pass over the Span would build each Token anew
    local = [q for q in quoted if q.start < sentence.end_char and sentence.start_char < q.end]
    others = local + _marked_regions(tokens, lex) + _reported_regions(sentence, tokens, lex)
    terms = loaded_terms(sentence, others)
    score = sum(term.weight for _, term in terms)
    if score >= lex.opinion_threshold:
        label = "opinion"
    elif _covered_share(tokens, others) >= lex.attributed_share:
        label = "attributed_claim"
    else:
        label = "reported_fact"
    sentiment = compound(sentence_text(sentence))
    return SentenceStance(
        sentence.start_char, sentence.end_char, label, [s for s, _ in terms], sentiment
    )


def compound(text: str) -> float:
    """VADER's compound score of ``text``. VADER sums the valences of its lexicon's words
    only: a text with none of them, and no emoji (which VADER turns into words), scores 0.0
    without being scored (a quarter of news sentences)."""
    vader = analyzer()
    if emoji_chars().isdisjoint(text) and not any(
        SentiText._strip_punc_if_word(word).lower() in vader.lexicon  # VADER's own words
        for word in text.split()
    ):
        return 0.0
    return vader.polarity_scores(text)["compound"]


@lru_cache(maxsize=1)
def emoji_chars() -> frozenset[str]:
    """The emoji VADER replaces: it looks up one character at a time."""
    return frozenset(e for e in analyzer().emojis if len(e) == 1)


def _sentences(ctx: Context) -> list[SpacySpan]:
    spans = []
    for record in ctx.analysis.sentences:
        span = ctx.doc.char_span(record.start, record.end, alignment_mode="expand")
        if span is not None and sentence_text(span).strip():
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
