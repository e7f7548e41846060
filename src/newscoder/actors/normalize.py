"""One normalisation for names, shared by the KB build and the lookups.

Dictionary names (``AL-NUSRA_FRONT_``) and text (``al-Nusra Front``) must reduce to the same
key, so both go through :func:`name_key`: accents folded, lower case, possessive ``'s`` and
inner apostrophes dropped, dots removed (``U.S.`` = ``US``), every other non-alphanumeric
character a word break, and a leading article dropped.
"""

from __future__ import annotations

import re
import unicodedata

_POSSESSIVE = re.compile(r"['’`]s\b")
_APOSTROPHE = re.compile(r"['’`‘]")
_NON_WORD = re.compile(r"[^a-z0-9&]+")
_ARTICLES = frozenset({"the", "a", "an"})


def fold(text: str) -> str:
    """Lower case without accents: ``Khürelsükh`` -> ``khurelsukh``."""
    if text.isascii():
        return text.lower()  # decomposition leaves ASCII as it is, without combining marks
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def name_tokens(text: str) -> list[str]:
    """The normalised words of a name or phrase (underscores count as spaces)."""
    text = fold(text).replace("_", " ")
    text = _POSSESSIVE.sub(" ", text)
    text = _APOSTROPHE.sub("", text).replace(".", "")
    return [t for t in _NON_WORD.split(text) if t]


def strip_article(tokens: list[str]) -> list[str]:
    return tokens[1:] if len(tokens) > 1 and tokens[0] in _ARTICLES else tokens


def name_key(text: str) -> str:
    """The lookup key of a name: ``"The Islamic State"`` -> ``"islamic state"``."""
    return " ".join(strip_article(name_tokens(text)))


def singular(word: str) -> str | None:
    """A regular singular of an English plural, or None when the word does not look plural."""
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
        return None
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word[:-1]


def plurals(word: str) -> list[str]:
    """Regular plural forms of a noun (the agents file leaves them to the coder)."""
    if word.endswith("man"):
        return [word[:-3] + "men"]
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return [word[:-1] + "ies"]
    if word.endswith(("s", "x", "ch", "sh")):
        return [word + "es"]
    return [word + "s"]
