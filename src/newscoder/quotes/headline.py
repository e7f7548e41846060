"""A headline in title case, parsed again in sentence case for its reported speech.

'Ben Carson Slams Hillary And The Media': with every word capitalised the parser takes
most of them for names, and the verb is lost ('Slams' as a proper noun). The headline is
parsed once more with each word written as the article's body writes it ('Ben Carson slams
Hillary and the media'), and the learned attribution reads that parse. Only a headline at the
very start of the text is re-read, so the second parse's character offsets and token
positions are those of the document's own.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from newscoder.model import Document

WORD = re.compile(r"[^\W\d_][\w'’-]*")
TITLE_SHARE = 0.7  # share of a line's words that start with a capital in a title-case line
MAX_HEADLINE = 300  # characters: a longer first line is a paragraph, not a headline
MIN_WORDS = 3


def headline_end(document: Document, text: str) -> int | None:
    """End of the title-case headline that opens ``text``, if there is one."""
    if document.title_span is not None and document.title_span.start != 0:
        return None
    end = text.find("\n")
    if end <= 0 or end > MAX_HEADLINE:
        return None
    words = WORD.findall(text[:end])
    if len(words) < MIN_WORDS:
        return None
    capitals = sum(w[0].isupper() for w in words)
    return end if capitals >= TITLE_SHARE * len(words) else None


def body_casing(body: str) -> Counter[str]:
    """How often each word is written in lower case (key: the word) or capitalised (key:
    the word's lower case form with a leading '^') in the body."""
    counts: Counter[str] = Counter()
    for word in WORD.findall(body):
        counts[("^" + word.lower()) if word[0].isupper() else word] += 1
    return counts


def sentence_case(line: str, casing: Counter[str]) -> str:
    """The line with each word after the first in lower case unless the body writes it
    capitalised at least as often (a name) or it is an acronym; same length as ``line``."""
    chars = list(line)
    for n, match in enumerate(WORD.finditer(line)):
        word = match.group()
        low = word.lower()
        if n == 0 or len(low) != len(word):
            continue
        capital, lower = casing["^" + low], casing[low]
        acronym = word.isupper() and len(word) <= 4 and not lower
        if acronym or (capital and capital >= lower):
            continue
        chars[match.start() : match.end()] = low
    return "".join(chars)


def reparsed_headline(document: Document, text: str) -> Doc | None:
    """The sentence-case parse of the headline, or None when there is no title-case one."""
    from newscoder.parse import load_nlp

    end = headline_end(document, text)
    if end is None:
        return None
    cased = sentence_case(text[:end], body_casing(text[end:]))
    return load_nlp()(cased)
