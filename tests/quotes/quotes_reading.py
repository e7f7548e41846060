"""What the quote tests read of an invented text: its cues and its reported speech."""

from __future__ import annotations

from newscoder import analyze


def cues(text: str) -> set[str]:
    """The words of every quote's cue."""
    return {text[q.cue.start : q.cue.end] for q in analyze(text).quotes if q.cue is not None}


def reports(text: str) -> dict[str, tuple[str, str | None]]:
    """Cue word → (content, speaker) of each reported-speech quote in ``text``."""
    found = {}
    for quote in analyze(text).quotes:
        if quote.cue is None or quote.kind == "direct":
            continue
        cue = text[quote.cue.start : quote.cue.end]
        content = " || ".join(text[s.start : s.end] for s in quote.content)
        found[cue] = (content, quote.speaker.name if quote.speaker else None)
    return found


def reported(text: str) -> list[tuple[str, str]]:
    """(cue, content) of every reported-speech quote, in text order (several may share a cue
    word, which :func:`reports` would fold together)."""
    return [
        (text[q.cue.start : q.cue.end], " || ".join(text[s.start : s.end] for s in q.content))
        for q in analyze(text).quotes
        if q.cue is not None and q.kind != "direct"
    ]
