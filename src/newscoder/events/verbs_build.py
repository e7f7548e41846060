"""Build the verb dictionary table: ``newscoder build --only verbs``.

Reads ``CAMEO.2.0.txt``, the PETRARCH-2 verb-pattern dictionary of the Open Event Data
Alliance (MIT licence; see NOTICE), from ``../shared/kb-sources/phoenix/`` (or
``$NEWSCODER_KB_SOURCES``) and writes ``data/verbs.json.gz``: the project's own compact table,
indexed by verb lemma, that :mod:`newscoder.events.verbs` matches against spaCy's parse.

The dictionary's format, as this reader understands it:

* ``&NAME`` opens a synonym set whose ``+WORD`` lines follow (``_`` joins the words of a
  phrase; a trailing ``_`` means "no plural").
* ``--- NAME [code] ---`` opens a verb block; ``[code]`` is the block's default code
  (``---``: the bare verb is no event).
* Verb lines: ``VERB {irregular forms} [own code]`` or ``+VERB_PARTICLE {...} [code]``.
* Pattern lines: ``- <words before> * <words after> [code] # verb``: ``*`` is the verb, ``$``
  the source, ``+`` the target, ``%`` a compound actor, ``^`` a skipped phrase, ``(PREP
  words)`` a prepositional phrase, ``{A B}`` a noun phrase, ``&NAME`` a synonym set. A code
  ``A:B`` is a pair of events (A from source to target, B back), ``:B`` only the reverse one.

A table row keeps what our matcher reads: the words the subject side, the object side and
each prepositional phrase must contain, where ``$`` and ``+`` sit, and the code. The output
has sorted keys and a zero gzip time, so rebuilding unchanged sources gives the same bytes.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

from newscoder.errors import NewscoderError

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_SOURCES = ROOT.parent / "shared" / "kb-sources" / "phoenix"
VERB_FILE = "CAMEO.2.0.txt"
FORMAT_VERSION = 1
# a block's header; four in the file lack the space before the closing dashes
# ("---  DELAY   [120]---  ---"), and their verbs would fall into the block above
BLOCK_HEADER = re.compile(r"^---\s+(.+?)\s+\[([^\]]*)\]\s*---")
CODE = re.compile(r"\[([^\]]*)\]")
TOKEN = re.compile(r"\([^)]*\)|\{[^}]*\}|\S+")


def singular(word: str) -> str:
    """The dictionary writes plurals out ("ATTACKS"); spaCy gives lemmas: a simple guess."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def norm(word: str) -> str:
    """A dictionary word as the matcher compares it: lower case, underscores dropped."""
    return word.strip("_").replace("_", " ").lower()


def read_code(text: str) -> tuple[str | None, str | None]:
    """``050`` → (050, None); ``042:043`` → (042, 043); ``:080`` → (None, 080); ``---`` → null."""
    raw = text.strip().split()[0] if text.strip() else "---"
    forward, _, reverse = raw.partition(":")
    forward = forward if forward and forward != "---" else None
    reverse = reverse if reverse and reverse != "---" else None
    return forward, reverse


def strip_comment(line: str) -> str:
    return line.split("#", 1)[0].split(";", 1)[0].rstrip()


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    synsets: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in lines:
        line = strip_comment(raw).strip()
        if line.startswith("&"):
            current = synsets.setdefault(line[1:].strip("_").upper(), [])
        elif line.startswith("+") and current is not None:
            current.append(norm(line[1:]))
        elif line.startswith("---"):
            break
        elif not line:
            continue
        else:
            current = None
    return {name: sorted(set(words)) for name, words in synsets.items()}


def set_name(token: str) -> str:
    """``&MILITARY_`` → ``MILITARY``: a synonym set's name as the table keys it."""
    return token[1:].strip("_").upper()


def phrase_part(word: str) -> str:
    """A word of a noun phrase, or ``&NAME`` for a synonym set in it ("{&MILITARY AID}":
    any word of the set before "aid"), which the matcher expands; a set's name is no word."""
    return "&" + set_name(word) if word.startswith("&") else singular(norm(word))


def joined_words(token: str) -> list[str]:
    """The words ``_`` joins in a pattern word ("AIR_STRIKE"); a set's name stays whole."""
    if token.startswith("&"):
        return [token]
    return [w for w in token.strip("_").split("_") if w]


def element(token: str) -> dict[str, Any] | None:
    """One word, phrase or synset of a pattern: {"any": [alternatives]}, {"set": NAME} or
    {"all": [words and &NAMEs]}."""
    if token.startswith("&"):
        return {"set": set_name(token)}
    if token.startswith("{"):
        raw = [w for w in token.strip("{}").split() if w not in ("$", "+", "%", "^")]
        words = [phrase_part(part) for w in raw for part in joined_words(w)]
        return {"all": words} if words else None
    if token in ("$", "+", "%", "^", "*", "**"):
        return None
    if len(joined_words(token)) > 1:  # "AIR_STRIKE": words joined into one noun phrase
        return {"all": [phrase_part(w) for w in joined_words(token)]}
    word = norm(token)
    return {"any": sorted({word, singular(word)})} if word else None


def read_pattern(body: str) -> dict[str, Any] | None:
    """The parts of ``- <before> * <after>``: subject words, object words, preps, roles."""
    tokens = TOKEN.findall(body)
    if "*" not in tokens:
        return None
    star = tokens.index("*")
    pattern: dict[str, Any] = {"subj": [], "obj": [], "preps": []}
    for position, token in enumerate(tokens):
        after = position > star
        if token in ("$", "+"):
            role = "source" if token == "$" else "target"
            pattern[role] = "obj" if after else "subj"
            continue
        if token.startswith("("):
            # a noun phrase in braces stays one part: "(OVER {&WEAPON ATTACK})"
            inner = TOKEN.findall(token[1:-1])
            if not inner:
                continue
            prep = norm(inner[0].split("/")[0])
            words = []
            for word in inner[1:]:
                if word in ("$", "+"):
                    pattern["source" if word == "$" else "target"] = f"prep:{prep}"
                    continue
                found = element(word)
                if found:
                    words.append(found)
            pattern["preps"].append({"prep": prep, "words": words})
            continue
        found = element(token)
        if found:
            pattern["obj" if after else "subj"].append(found)
    return pattern


def written_for(comment: str) -> list[str]:
    """The verbs a pattern was first written for, from its comment ("# RESTORE , RENEW
    <ab 02 Dec 2005>" → restore, renew): the block's other verbs inherit it less surely."""
    head = re.split(r"[<(]", comment, maxsplit=1)[0]
    words = [w.strip(" ,").split("_")[0].lower() for w in head.split(",")]
    return sorted({w for w in words if w.isalpha()})


def read_verb_line(line: str) -> tuple[str, str | None, str | None] | None:
    """``GIVE {GAVE GIVEN} [070]`` → (give, None, 070); ``+CALL_OFF [160]`` → (call, off, 160)."""
    code_match = CODE.search(line)
    code = code_match.group(1) if code_match else None
    head = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", line).split()
    if not head:
        return None
    words = head[0].lstrip("+").strip("_").lower().split("_")
    if not words or not words[0].isalpha():
        return None
    particle = " ".join(words[1:]) or None
    return words[0], particle, code


VOWELS = "aeiou"


def regular_forms(lemma: str) -> set[str]:
    """The regular inflections PETRARCH gives a verb written without its forms ("cordon" →
    cordons, cordoned, cordoning; "tap" → tapped, tapping; "seize" → seized, seizing)."""
    forms = {lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else "s")}
    if lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in VOWELS:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    else:
        forms |= {lemma + "ed", lemma + "ing"}
    short = len(lemma) <= 4 and lemma[-1] not in VOWELS + "wxy"
    if short and lemma[-2:-1] in tuple(VOWELS) and lemma[-3:-2] not in tuple(VOWELS):
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # tap → tapped
    return forms


def written_forms(line: str) -> set[str]:
    """The forms a verb line writes out in braces ("DRIVE {DRIVES DROVE DRIVEN}")."""
    found = re.search(r"\{([^}]*)\}", line)
    if not found:
        return set()
    words = (w.lstrip("+").strip("_").lower().split("_")[0] for w in found.group(1).split())
    return {w for w in words if w.isalpha()}


def verb_forms(lines: list[str], lemmas: set[str]) -> dict[str, str]:
    """Each inflected form of a listed verb → its lemma, for the words the parser's
    lemmatizer gets wrong ("cordoned" → "cordone"); a form that is itself a listed verb
    stays that verb."""
    forms: dict[str, str] = {}
    for raw in lines:
        line = strip_comment(raw).strip()
        if not line or line.startswith(("-", "&", "---")):
            continue
        verb = read_verb_line(line)
        if verb is None:
            continue
        for form in sorted(written_forms(line) | regular_forms(verb[0])):
            if form not in lemmas and form != verb[0]:
                forms.setdefault(form, verb[0])
    return forms


def read_blocks(lines: list[str]) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = []
    block: dict[str, Any] | None = None
    for raw in lines:
        header = BLOCK_HEADER.match(raw)
        if header:
            forward, reverse = read_code(header.group(2))
            block = {"name": header.group(1), "code": forward, "verbs": [], "patterns": []}
            blocks.append(block)
            continue
        if block is None:
            continue
        comment = raw.split("#", 1)[1].strip() if "#" in raw else ""
        line = strip_comment(raw).strip()
        if not line or line.startswith("&"):
            continue
        if line.startswith("-"):
            code_match = CODE.search(line)
            if not code_match:
                continue
            pattern = read_pattern(line[1 : code_match.start()])
            if pattern is None:
                continue
            pattern["code"], pattern["reverse"] = read_code(code_match.group(1))
            lemmas = {v["lemma"] for v in block["verbs"]}
            pattern["written_for"] = [w for w in written_for(comment) if w in lemmas]
            block["patterns"].append(pattern)
            continue
        verb = read_verb_line(line)
        if verb:
            word, particle, code = verb
            own = read_code(code)[0] if code is not None else block["code"]
            block["verbs"].append({"lemma": word, "particle": particle, "code": own})
    return blocks


def build_table(source: Path) -> dict[str, Any]:
    lines = source.read_text(encoding="utf-8", errors="replace").splitlines()
    synsets = read_synsets(lines)
    blocks = read_blocks(lines)
    index: dict[str, list[list[Any]]] = {}
    for number, block in enumerate(blocks):
        for verb in block["verbs"]:
            index.setdefault(verb["lemma"], []).append([number, verb["particle"], verb["code"]])
    return {
        "version": FORMAT_VERSION,
        "source": VERB_FILE,
        "synsets": synsets,
        "blocks": [
            {"name": b["name"], "code": b["code"], "patterns": b["patterns"]} for b in blocks
        ],
        "verbs": index,
        "forms": verb_forms(lines, set(index)),
    }


def sources_dir() -> Path:
    path = Path(os.environ.get("NEWSCODER_KB_SOURCES", DEFAULT_SOURCES))
    if not (path / VERB_FILE).exists():
        raise NewscoderError(
            f"{VERB_FILE} not found in {path}; set NEWSCODER_KB_SOURCES to its folder"
            " (the built table ships with the package: rebuilding it is only needed after edits)"
        )
    return path


def build(out: Path) -> None:
    table = build_table(sources_dir() / VERB_FILE)
    payload = json.dumps(table, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    partial = out.with_name(out.name + ".partial")
    with gzip.GzipFile(partial, "wb", compresslevel=9, mtime=0) as handle:
        handle.write(payload.encode("utf-8"))
    partial.replace(out)
    patterns = sum(len(b["patterns"]) for b in table["blocks"])
    print(
        f"newscoder: verb dictionary: {len(table['verbs'])} verbs, {len(table['blocks'])} blocks,"
        f" {patterns} patterns, {len(table['synsets'])} synonym sets -> {out}",
        file=sys.stderr,
    )
