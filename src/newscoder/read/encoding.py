"""Bytes to text: BOMs, UTF-16, UTF-8 and the legacy single-byte encodings of the web."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes below 0x20 other than tab, LF, FF, CR: many of them mean the file is not text.
CONTROL = frozenset(range(0, 32)) - {9, 10, 12, 13}


class NotText(ValueError):
    """The bytes are not text in any encoding we read."""


def looks_like_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte of ASCII-range text is zero."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def decode(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise :class:`NotText` for binary data."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise NotText(f"starts with a {encoding} byte-order mark but {error}") from None
    wide = looks_like_utf16(data)
    if wide:
        return data.decode(wide, errors="replace"), wide
    sample = data[:8000]
    if b"\x00" in sample or sum(b in CONTROL for b in sample) > 0.01 * max(1, len(sample)):
        raise NotText("looks like a binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    encoding = legacy_encoding(data)
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        return data.decode("latin-1"), "latin-1"


def legacy_encoding(data: bytes) -> str:
    """Windows-1252 for mostly-ASCII Western text, else the detector's choice.

    On short Western text several single-byte code pages decode equally cleanly and the
    detector picks among them by chance; the web's most common one is the right prior when
    accented letters are a small share of the text. Text in another script (Cyrillic, Greek,
    Arabic code pages) is mostly non-ASCII letters and goes to the detector.
    """
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None:
        letters = sum(c.isalpha() for c in western)
        foreign = sum(c.isalpha() and not c.isascii() for c in western)
        if letters and foreign <= 0.15 * letters:
            return "cp1252"
    best = from_bytes(data).best()
    return str(best.encoding) if best is not None else "latin-1"
