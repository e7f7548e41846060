"""Number phrases in a parsed text: "more than 80", "some 6.5 million", "dozens",
"between 20 and 30", "twenty-two", "a dozen", "1,500" — with value, bounds and qualifier.

Works on spaCy tokens so every phrase maps back to character offsets. What a number counts
is decided elsewhere (:mod:`newscoder.figures.categories`); here only ages, times,
measures and years are set aside, because they are recognisable from the number's own words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from newscoder.figures.lexicon import FigureLexicon, lexicon
from newscoder.parse import doc_words

DIGITS = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
SUFFIXED = re.compile(r"^(\d+(?:\.\d+)?)(m|bn|k)$", re.IGNORECASE)
# The words after "a" or "an" that make a number (see _vague and _words).
ARTICLE_NUMBERS = frozenset({"few", "dozen", "hundred", "thousand", "million", "billion"})
CODE_PART = re.compile(r"^(?:0\d+|\d{4,})$")  # "555-0142", "252-972-1411": phone numbers


@dataclass(slots=True)
class NumberPhrase:
    """Tokens ``start..end`` (exclusive); ``core`` is the first token of the number itself."""

    start: int
    core: int
    end: int
    value: float
    low: float | None
    high: float | None
    qualifier: str  # exact, at_least, at_most, about, range
    money: bool = False


@dataclass(slots=True)
class _Core:
    value: float
    end: int
    vague: tuple[float, float] | None = None
    approximate: bool = False


def _digits(text: str) -> float | None:
    if DIGITS.match(text):
        return float(text.replace(",", ""))
    match = SUFFIXED.match(text)
    if match:
        return float(match.group(1)) * lexicon().scales[match.group(2).lower()]
    return None


def _apply_scales(doc: Doc, value: float, i: int, lex: FigureLexicon) -> tuple[float, int]:
    """Multiply by following scale words: "2.3 million", "10 thousand"."""
    while i < len(doc) and doc[i].lower_ in lex.scales and _scale_word(doc[i]):
        value *= lex.scales[doc[i].lower_]
        i += 1
    return value, i


def _scale_word(token: Token) -> bool:
    """Scale words: "million" anywhere; "m", "bn", "k" only glued to the number ("$284m")."""
    glued = token.i > 0 and not token.doc[token.i - 1].whitespace_
    return len(token.text) > 2 or glued


def _words(doc: Doc, i: int, lex: FigureLexicon) -> _Core | None:
    """Written numbers: "twenty-two", "three hundred and five", "a dozen", "a million"."""
    total, current, j, seen = 0.0, 0.0, i, False
    if doc[j].lower_ in ("a", "an") and j + 1 < len(doc):
        nxt = doc[j + 1].lower_
        if nxt in ("dozen", "hundred", "thousand", "million", "billion"):
            current, j = 1.0, j + 1
    while j < len(doc):
        word = doc[j].lower_
        if word == "dozen":
            current, seen = (current or 1) * 12, True
        elif word in lex.units and not (word == "score" and not seen):
            current += lex.units[word]
            seen = True
        elif word in lex.scales and len(word) > 2 and (seen or current):
            unit = lex.scales[word]
            if unit < 1000:
                current = (current or 1) * unit
            else:
                total, current = total + (current or 1) * unit, 0.0
            seen = True
        elif word in ("-", "and") and seen and j + 1 < len(doc) and doc[j + 1].lower_ in lex.units:
            if word == "and" and not (total or current >= 100):
                break
        else:
            break
        j += 1
    if not seen:
        return None
    approximate = doc[i].lower_ in ("a", "an") and doc[i + 1].lower_ == "dozen"
    return _Core(total + current, j, approximate=approximate)


def _vague(doc: Doc, i: int, lex: FigureLexicon) -> _Core | None:
    """Plural quantities: "dozens", "hundreds of thousands", "tens of thousands"."""
    word = doc[i].lower_
    if word == "a":
        if i + 2 >= len(doc) or doc[i + 1].lower_ != "few":
            return None
        i, word = i + 1, "few"
    if word in ("several", "few") and i + 1 < len(doc):
        nxt = doc[i + 1].lower_
        if nxt in ("dozen", "hundred", "thousand", "million"):
            unit = 12.0 if nxt == "dozen" else lex.scales[nxt]
            return _Core(3 * unit, i + 2, vague=(3 * unit, 9 * unit))
        return None
    if word not in lex.vague:
        return None
    low, high = lex.vague[word]
    j = i + 1
    if j + 1 < len(doc) and doc[j].lower_ == "of" and doc[j + 1].lower_ in lex.vague:
        unit = lex.scales.get(doc[j + 1].lower_.rstrip("s"), 1.0)
        low, high, j = low * unit, high * unit + unit - 1, j + 2
    return _Core(low, j, vague=(low, high))


def _core(doc: Doc, i: int, lex: FigureLexicon) -> _Core | None:
    value = _digits(doc[i].text)
    if value is not None:
        value, end = _apply_scales(doc, value, i + 1, lex)
        return _Core(value, end)
    return _vague(doc, i, lex) or _words(doc, i, lex)


def _qualifier_before(doc: Doc, i: int, lex: FigureLexicon) -> tuple[str, int]:
    """The qualifier phrase that ends right before token ``i``, and where it starts."""
    lower = doc_words(doc).lower
    for size in (4, 3, 2, 1):
        if i - size < 0:
            continue
        phrase = tuple(lower[i - size : i])
        if phrase in lex.qualifiers:
            return lex.qualifiers[phrase], i - size  # type: ignore[index]
    return "exact", i


def _range_after(doc: Doc, core: _Core, i: int, lex: FigureLexicon) -> _Core | None:
    """The second number of "20 to 30", "20-30", "between 20 and 30"."""
    j = core.end
    if j + 1 >= len(doc) or doc[j].lower_ not in lex.range_joiners:
        return None
    if doc[j].lower_ == "and" and (i == 0 or doc[i - 1].lower_ != "between"):
        return None
    second = _core(doc, j + 1, lex)
    if second is None or second.vague:
        return None
    return second


def _excluded(doc: Doc, start: int, end: int, lex: FigureLexicon) -> bool:
    """Ages ("21-year-old", "aged 12"), times, measures, years and ordinals."""
    nxt = end
    while nxt < len(doc) and doc[nxt].text in ("-", "–"):
        nxt += 1
    if nxt < len(doc) and doc[nxt].lower_ in lex.exclude_after:
        return True
    if _glued_code(doc, start, end):
        return True
    if start > 0 and doc[start - 1].lower_ in lex.exclude_before:
        return True
    if (
        start > 0
        and doc[start - 1].text in ("-", "/", ":", "#")
        and doc[start - 1].whitespace_ == ""
    ):
        return True  # "9/11", "10:30", part of a code
    if _age_of(doc, start, end, lex):
        return True
    return _looks_like_age(doc, start, end) or _counter(doc, start, end) or _emergency(doc, start)


def _age_of(doc: Doc, start: int, end: int, lex: FigureLexicon) -> bool:
    """ "a boy of nine", "a woman of 70": a number after "of" and a noun of one person, with
    no noun of its own after it ("a boy of nine children" is no English), is an age."""
    if start < 2 or doc[start - 1].lower_ != "of":
        return False
    person = doc[start - 2]
    if person.tag_ != "NN" or person.lower_ not in lex.age_of:
        return False
    return end >= len(doc) or doc[end].pos_ not in ("NOUN", "PROPN")


# Words around the emergency number: "call 911", "a 911 call", "911 dispatchers".
EMERGENCY_WORDS = frozenset({"call", "calls", "called", "calling", "caller", "callers", "dial",
                             "dialed", "dialled", "dispatch", "dispatcher", "dispatchers",
                             "operator", "center", "centre", "tape", "recording", "a", "the"})


def _emergency(doc: Doc, start: int) -> bool:
    """ "Call 911 for multiple people shot": the emergency number is no count."""
    if doc[start].text != "911":
        return False
    around = [doc[i].lower_ for i in (start - 1, start + 1) if 0 <= i < len(doc)]
    return any(word in EMERGENCY_WORDS for word in around)


PICTURE_WORDS = frozenset({"image", "photo", "picture", "slide", "video"})


def _counter(doc: Doc, start: int, end: int) -> bool:
    """ "1 / 4 Back to Gallery", "Image 1 of 16": numbers on either side of a slash, or a
    picture's number and the count after it, count pictures, not people."""
    before = start >= 2 and doc[start - 1].text == "/" and doc[start - 2].like_num
    after = end + 1 < len(doc) and doc[end].text == "/" and doc[end + 1].like_num
    pictured = start >= 3 and doc[start - 1].lower_ == "of" and doc[start - 2].like_num
    return before or after or pictured and doc[start - 3].lower_ in PICTURE_WORDS


def _glued_code(doc: Doc, start: int, end: int) -> bool:
    """Digit groups joined by hyphens without spaces are phone numbers, codes or dates
    ("30-11-2014")."""
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
        nxt = doc[end + 1]
        chained = end + 2 < len(doc) and not nxt.whitespace_ and doc[end + 2].text == "-"
        return bool(CODE_PART.match(nxt.text)) or nxt.text.isdigit() and chained
    return False


AGE_ENDS = frozenset({",", ")", ";", "."})
AGE_WORDS = frozenset({"year", "month", "week", "day"})


def _looks_like_age(doc: Doc, start: int, end: int) -> bool:
    """ "John Smith, 23, was shot", "Ann Lee, 34; Tom Lee, 8; and ...": a number alone
    between a comma after a name and a comma, semicolon or full stop is an age."""
    if start < 2 or end >= len(doc):
        return False
    before, after = doc[start - 1], doc[end]
    return before.text == "," and after.text in AGE_ENDS and doc[start - 2].pos_ == "PROPN"


def _counts_ages(doc: Doc, end: int) -> bool:
    """ "Two 15-year-olds": the tagger dates the number with the age after it."""
    words = [t.lower_ for t in doc[end : end + 5]]
    return len(words) == 5 and words[0].isdigit() and words[2] in AGE_WORDS and words[4] == "olds"


def _is_year(doc: Doc, core: _Core, i: int, lex: FigureLexicon) -> bool:
    text = doc[i].text
    low, high = lex.years
    if _counts_ages(doc, core.end):
        return False
    return (
        (len(text) == 4 and text.isdigit() and low <= int(text) <= high and core.end == i + 1)
        or doc[i].ent_type_ in lex.entity_types
        and doc[i].ent_type_ != "QUANTITY"
        and not _object_count(doc, core, i)
    )


def _object_count(doc: Doc, core: _Core, i: int) -> bool:
    """ "killing 19 passengers and injuring 31": a lone number a verb takes as its object
    counts what the verb acts on, though the tagger may call it a date; a date is no object
    of a verb (a year alone stays a year by its own test)."""
    token = doc[i]
    alone = core.end == i + 1 and token.ent_iob_ == "B" and (
        i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I"
    )
    return alone and token.dep_ == "dobj" and token.head.pos_ == "VERB"


def _is_money(doc: Doc, start: int, end: int, lex: FigureLexicon) -> bool:
    before = doc[start - 1].lower_ if start > 0 else ""
    after = doc[end].lower_ if end < len(doc) else ""
    return before in lex.currencies or after in lex.currencies or doc[start].ent_type_ == "MONEY"


def _phrase(doc: Doc, i: int, lex: FigureLexicon) -> NumberPhrase | None:
    core = _core(doc, i, lex)
    if core is None or core.value <= 0 and not core.vague:
        return None
    qualifier, start = _qualifier_before(doc, i, lex)
    second = _range_after(doc, core, i, lex)
    end, low, high, value = core.end, core.value, core.value, core.value
    if second is not None and second.value > core.value:
        scale = _scale_of(doc, core.end + 1, second.end, lex)
        if _scale_of(doc, i, core.end, lex) == 1 and core.value * scale <= second.value:
            low = value = core.value * scale  # "two to three million"
        high, end, qualifier = second.value, second.end, "range"
        start = start - 1 if start > 0 and doc[start - 1].lower_ == "between" else start
    elif core.vague:
        low, high, qualifier = core.vague[0], core.vague[1], "range"
    elif core.approximate and qualifier == "exact":
        qualifier = "about"
    money = _is_money(doc, start, end, lex) or _is_money(doc, i, end, lex)
    if not money and (_excluded(doc, i, end, lex) or _is_year(doc, core, i, lex)):
        return None
    low, high = _bounds(qualifier, low, high)
    return NumberPhrase(start, i, end, value, low, high, qualifier, money)


def _scale_of(doc: Doc, start: int, end: int, lex: FigureLexicon) -> float:
    """The product of the scale words in tokens ``start..end`` (1 when none)."""
    scale = 1.0
    for token in doc[start:end]:
        if token.lower_ in lex.scales and len(token.text) > 2:
            scale *= lex.scales[token.lower_]
    return scale


def _bounds(qualifier: str, low: float, high: float) -> tuple[float | None, float | None]:
    """Bounds the wording states; "about" states none."""
    if qualifier == "at_least":
        return low, None
    if qualifier == "at_most":
        return None, high
    if qualifier == "about":
        return None, None
    return low, high


def number_phrases(doc: Doc, start: int = 0, end: int | None = None) -> Iterator[NumberPhrase]:
    """Every number phrase in tokens ``start..end``, left to right, none overlapping."""
    lex, lower = lexicon(), doc_words(doc).lower
    first_words = _first_words()
    stop = len(doc) if end is None else end
    i = start
    while i < stop:
        word = lower[i]  # a digit's lower case is itself: this is ``token.text[:1]``'s test
        may_start = word[:1].isdigit() or word in first_words
        if word in ("a", "an"):  # "a dozen", "a few", "a million"; not "a man"
            may_start = i + 1 < len(lower) and lower[i + 1] in ARTICLE_NUMBERS
        phrase = _phrase(doc, i, lex) if may_start else None
        if phrase is None:
            i += 1
            continue
        yield phrase
        i = max(phrase.end, i + 1)


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """The words a number phrase may start with, besides digits."""
    lex = lexicon()
    return frozenset({*lex.units, *lex.vague, "a", "an", "several", "few"})


def parse_number(text: str) -> float | None:
    """The value of a number written alone ("twenty-two", "1,500", "2.3 million"); for tests
    and for callers without a parse."""
    phrase = next(number_phrases(_blank()(text)), None)
    return phrase.value if phrase else None


@lru_cache(maxsize=1)
def _blank() -> Language:
    """A tokenizer-only pipeline: enough to read a number without the model."""
    return spacy.blank("en")
