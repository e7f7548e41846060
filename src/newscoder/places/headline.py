"""The headline as a clue: the places a document's title names, read beside its text.

A reader takes the headline ("Teen hurt in shooting at Rocky Mount basketball court") as the
first word on where the story happened; on a page whose text is a login form or a stub it is
the only one. A record's ``title`` is not part of ``text`` and the contract's offsets index
``text`` alone, so the places found in the title never join ``places[]``: they are kept aside
(``ctx.scratch``) for the stages that weigh them (the incidents' place), each with offsets
into the headline string.

Feeds and pages often append the outlet to the headline ("... :: WRAL.com", "... - Action
News 5 - Memphis, Tennessee"): the station's town says where the story is told from, not
where it happened, so those parts are cut off first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newscoder.context import Context
from newscoder.lexicon import read_words
from newscoder.model import Analysis, Document

TITLE_CONTEXT = "title_context"
TITLE_PLACES = "title_places"
TEXT_TOPONYMS = "text_toponyms"
# the breaks between a headline and the outlet's name: a spaced dash, bar, double colon
# each alternative starts where a run of spaces starts (lookbehind): a long run fails once,
# not once per space
SEGMENT_BREAK = re.compile(
    r"(?<!\s)\s+(?:-{1,2}|[|\u2013\u2014\u00ab\u00b7]|::)\s+|(?<!\s)\s*\|\s*$"
)
# call letters of a US station ("WRAL", "KOTV-TV", "WJBF"): all capitals
CALL_LETTERS = re.compile(r"\b[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?\b")
WEB_NAME = re.compile(r"\.(?:com|net|org|tv)\b", re.IGNORECASE)
MAX_HEADLINE = 300  # longer "titles" are a page's whole summary, not a headline
OUTLET_WORDS = 5  # an outlet's name opening a title is short ("WJTV News Channel 12")


@lru_cache(maxsize=1)
def _outlet_words() -> frozenset[str]:
    return frozenset(w.lower() for w in read_words("places", "outlet_words.txt"))


def _outlet_like(segment: str) -> bool:
    """A part of a title that names the outlet: a web name, call letters, or words such as
    "News", "Weather", "Channel"."""
    if WEB_NAME.search(segment) or CALL_LETTERS.search(segment):
        return True
    words = {w.lower() for w in re.findall(r"[A-Z][A-Za-z]*", segment)}
    return bool(words & _outlet_words())


def headline(title: str | None) -> str | None:
    """The headline of a title, without the outlet's parts ("Four shot in Durham :: WRAL.com"
    -> "Four shot in Durham"): the parts before the first one that names an outlet, after
    any that open the title ("WJTV News Channel 12 - Five injured ...")."""
    if not title or not title.strip() or len(title) > MAX_HEADLINE:
        return None
    kept, _ = _split_title(title)
    text = " - ".join(kept).strip()
    return text if any(c.isalpha() for c in text) else None


def outlet_parts(title: str | None) -> list[str]:
    """The parts of a title that name the outlet ("WTVM.com-Columbus, GA News Weather &
    Sports"): what :func:`headline` cuts off."""
    if not title or not title.strip() or len(title) > MAX_HEADLINE:
        return []
    return _split_title(title)[1]


def _split_title(title: str) -> tuple[list[str], list[str]]:
    """(the headline's parts, the outlet's parts) of a title."""
    segments = [s.strip() for s in SEGMENT_BREAK.split(title) if s and s.strip()]
    outlet: list[str] = []
    while len(segments) > 1 and len(segments[0].split()) <= OUTLET_WORDS and _outlet_like(
        segments[0]
    ):
        outlet.append(segments.pop(0))
    kept = segments[:1]  # what is left first is the headline ("Atlanta News: 4 shot ...")
    for index, segment in enumerate(segments[1:], 1):
        if _outlet_like(segment):
            return kept, outlet + segments[index:]
        kept.append(segment)
    return kept, outlet


def headline_of(ctx: Context) -> str | None:
    """The document's headline, where it has a title apart from its text (a title line
    inside the text is read with the text)."""
    document = ctx.analysis.document
    return None if document.title_span is not None else headline(document.title)


def title_context(ctx: Context) -> Context | None:
    """The headline parsed, with its entities, once per document; None where the document
    has no separate title (a title line inside the text is read with the text)."""
    if TITLE_CONTEXT in ctx.scratch:
        context: Context | None = ctx.scratch[TITLE_CONTEXT]
        return context
    document = ctx.analysis.document
    text = headline_of(ctx)
    ctx.scratch[TITLE_CONTEXT] = _parsed(text, document) if text else None
    return ctx.scratch[TITLE_CONTEXT]  # type: ignore[no-any-return]


def _parsed(text: str, document: Document) -> Context:
    from newscoder.entities import run as entities
    from newscoder.parse import run_model, sentences_of

    doc = run_model(text)
    own = Document(id=f"{document.id}#title", text=text, published=document.published)
    own.datelines = []
    context = Context(analysis=Analysis(document=own, sentences=sentences_of(doc, [])),
                      doc=doc, parse_text=text)
    entities(context)
    return context
