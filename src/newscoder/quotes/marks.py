"""Quotation marks: pair opening and closing marks into quoted passages in one O(n) scan.

Works on the parse text, in which breaks that cut a sentence in two (a page break inside a
quotation) are already blanked, so such a quotation reads as one passage. Marks pair within
a paragraph. A quotation that runs over several paragraphs opens a mark at each paragraph
and closes only at the last (the continued-quote convention); it becomes one passage with a
fragment per paragraph, but only when it does close: a run of paragraphs that each open and
none closes is a missing closing mark, and each paragraph keeps its own passage. Marks that
never close end their passage at the paragraph's end (``closed=False``) instead of
swallowing the rest of the text. Besides “”, «» and straight marks, doubled single marks
(‘‘ ’’, `` ''), the German „“ and double primes (″) count as double marks, and a right mark
” that begins a line opens (pages that set both marks alike).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newscoder.model import Span

# A double mark (doubled single marks first, so they read as one), or a paragraph break.
DOUBLE_OR_BREAK = re.compile(r"‘‘|’’|``|''|[\"“”«»„″]|\n[ \t\r]*\n")
OPENERS = frozenset({"“", "«", "„", "‘‘", "``"})
CLOSERS = frozenset({"”", "»", "’’"})
ANY_DOUBLE = frozenset({'"', "“", "«", "„", "‘‘", "``", "''", "″"})
# The closing marks a passage opened by a low German mark may end with.
GERMAN_CLOSERS = frozenset({"“", "”", "''"})
SENTENCE_END = frozenset(".!?")
# British style: single marks around speech ('We are ready,' she said). Only a mark before a
# word opens, and only one after closing punctuation closes, so apostrophes (don't, ISIS')
# never pair up; the passage stays inside one paragraph.
SINGLE_QUOTED = re.compile(
    r"(?<![\w'’‘`])['‘](?=[A-Z0-9])((?:(?!\n[ \t]*\n)[^\"“”]){3,3000}?[,.!?;:—–-])['’](?![\w'’])"
)
PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")


@dataclass(slots=True)
class Quoted:
    """A passage in quotation marks: its content fragments, without the marks."""

    open: int  # offset of the opening mark
    close: int | None  # offset of the closing mark; None when it never closes
    fragments: list[Span] = field(default_factory=list)
    single: bool = False  # in single marks
    close_width: int = 1  # characters of the closing mark ('’’' is two)

    @property
    def start(self) -> int:
        return self.fragments[0].start

    @property
    def end(self) -> int:
        return self.fragments[-1].end

    @property
    def outer_end(self) -> int:
        """Just after the closing mark (or the content when unclosed)."""
        return self.close + self.close_width if self.close is not None else self.end


class _Scanner:
    """State of the scan: the passage being read, if any."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: list[Quoted] = []
        self.current: Quoted | None = None
        self.opener = ""  # the mark that opened the current passage
        self.fragment_start = 0
        self.nested = 0
        self.skip_until = -1
        self.paragraph_opens: list[int] = []  # the opening mark of each paragraph's part

    def opens(self, i: int, mark: str) -> bool:
        if mark in OPENERS:
            return True
        if mark in CLOSERS:
            return mark == "”" and self._line_opener(i + len(mark))
        after = self.text[i + len(mark) : i + len(mark) + 1]
        before = self.text[i - 1 : i] if i else " "
        # A straight mark opens before a word, or after a space or an opening bracket.
        return bool(after) and not after.isspace() and (before.isspace() or before in "([{—–-/:")

    def _line_opener(self, after: int) -> bool:
        """'”Fortunately, ...” ― A reader': a right mark that begins a line before words (or
        '…') opens there, as pages that set every mark the same way have it; a line begins
        with no closing mark, since nothing on it was opened."""
        start = after - 1
        line = self.text[max(0, start - 200) : start].rsplit("\n", 1)
        if len(line) == 1 and start > 200 or line[-1].strip(" \t*_"):
            return False
        rest = self.text[after : after + 3].lstrip(" \t")
        return bool(rest) and (rest[0].isalnum() or rest[0] == "…")

    def closes(self, mark: str) -> bool:
        if self.opener == "„":
            return mark in GERMAN_CLOSERS
        return mark not in OPENERS

    def begin(self, i: int, mark: str) -> None:
        self.current = Quoted(open=i, close=None)
        self.opener = mark
        self.fragment_start = i + len(mark)
        self.nested = 0
        self.paragraph_opens = [i]

    def end_fragment(self, end: int) -> None:
        assert self.current is not None
        start = self.fragment_start
        while end > start and self.text[end - 1].isspace():
            end -= 1
        while start < end and self.text[start] in " \t":
            start += 1  # '” … and then': the space after the mark is no part of the words
        if end > start:
            self.current.fragments.append(Span(start, end))

    def finish(self, close: int | None, width: int = 1) -> None:
        current = self.current
        self.current = None
        if current is None or not current.fragments:
            return
        if close is None and len(current.fragments) > 1:
            # paragraphs that each open a quotation and none closes: no convention holds
            # them together, only a missing closing mark; each keeps its own passage
            for fragment in current.fragments:
                mark = max(o for o in self.paragraph_opens if o < fragment.start)
                self.found.append(Quoted(mark, None, [fragment]))
            return
        current.close = close
        current.close_width = width
        self.found.append(current)

    def on_break(self, match: re.Match[str]) -> None:
        if self.current is None:
            return
        self.end_fragment(match.start())
        nxt = match.end()
        while nxt < len(self.text) and self.text[nxt] in " \t*_":
            nxt += 1
        mark = self.text[nxt : nxt + 2] if self.text[nxt : nxt + 2] in ANY_DOUBLE else None
        mark = mark or (self.text[nxt] if nxt < len(self.text) else None)
        if mark in ANY_DOUBLE and self._ends_sentence(match.start()):
            self.fragment_start = nxt + len(mark)  # the quotation goes on in the next paragraph
            self.skip_until = nxt + len(mark) - 1
            self.nested = 0
            self.paragraph_opens.append(nxt)
        else:
            self.finish(None)

    def _ends_sentence(self, end: int) -> bool:
        """The convention carries a quotation over only at the end of a sentence."""
        tail = self.text[max(self.fragment_start, end - 4) : end].rstrip(" \t\r\n*_")
        return bool(tail) and (tail[-1] in SENTENCE_END or tail[-1] in "…:—–-")

    def on_mark(self, i: int, mark: str) -> None:
        if self.current is None:
            if self.opens(i, mark):
                self.begin(i, mark)
            return
        if mark in OPENERS and self.opener != "„":
            if self.nested == 0 and self._after_sentence(i):
                # '“A b c. “D e f,” he said': the first closing mark is missing
                self.end_fragment(i)
                self.finish(None)
                self.begin(i, mark)
                return
            self.nested += 1  # a quotation inside the quotation, in the same marks
        elif self.nested and mark in CLOSERS:
            self.nested -= 1
        elif self.closes(mark):
            self.end_fragment(i)
            self.finish(i, len(mark))

    def _after_sentence(self, i: int) -> bool:
        before = self.text[self.fragment_start : i].rstrip()
        return len(before) > 1 and before[-1] in SENTENCE_END


def find_quoted(text: str) -> list[Quoted]:
    """Every passage in double marks, then those in single marks outside them, in order."""
    scanner = _Scanner(text)
    for match in DOUBLE_OR_BREAK.finditer(text):
        if match.start() <= scanner.skip_until:
            continue
        if match.group()[0] == "\n":
            scanner.on_break(match)
        else:
            scanner.on_mark(match.start(), match.group())
    if scanner.current is not None:
        scanner.end_fragment(len(text))
        scanner.finish(None)
    found = scanner.found
    found.extend(single_quoted(text, found))
    found.sort(key=lambda q: q.open)
    return found


def single_quoted(text: str, double: list[Quoted]) -> list[Quoted]:
    """Passages in single marks that lie outside every double-marked passage."""
    if "'" not in text and "‘" not in text:
        return []
    result = []
    bounds = [(q.open, q.outer_end) for q in double]
    k = 0
    for match in SINGLE_QUOTED.finditer(text):
        while k < len(bounds) and bounds[k][1] <= match.start():
            k += 1
        if k < len(bounds) and bounds[k][0] < match.end():
            continue  # inside (or across) a double-marked passage: nested, not top level
        content = Span(match.start(1), match.end(1))
        result.append(Quoted(match.start(), match.end() - 1, [content], single=True))
    return result


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of every paragraph, split at blank lines."""
    bounds, start = [], 0
    for match in PARAGRAPH_BREAK.finditer(text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds
