"""Which coder produced a record: the package version and a hash of the data in force.

Two datasets coded with different lexicons, dictionaries or models can then be told apart,
and a store can find the documents to recode. The hash covers every lexicon file, the built
tables shipped in the package (actor knowledge base, verb dictionary), the settings and the
user's actor overlay file when one is in force (``--actors FILE``); the gazetteer is built
from pinned packages and is covered by the version.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import metadata
from pathlib import Path

from newscoder.lexicon import LEXICONS

PACKAGE = Path(__file__).resolve().parent
SHIPPED_TABLES = ("*.json.gz",)
VERSION = metadata.version("newscoder")  # one source of truth: pyproject.toml


def data_files() -> list[Path]:
    files = [p for p in LEXICONS.rglob("*") if p.is_file()]
    for pattern in SHIPPED_TABLES:
        files += (PACKAGE / "data").glob(pattern)
    files.append(PACKAGE / "settings.toml")
    return sorted(files)


def overlay_files() -> list[Path]:
    """The user's actor overlay in force, if any: outside the package, hashed by content."""
    from newscoder.actors.kb import overlay_path

    overlay = overlay_path()
    return [overlay] if overlay is not None else []


@cache
def coder() -> dict[str, str]:
    """``{"version": ..., "data": ...}``, computed once per process."""
    digest = hashlib.sha256()
    for path in data_files():
        digest.update(path.relative_to(PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    for path in overlay_files():  # by content only: the same table anywhere codes the same
        digest.update(b"actors overlay")
        digest.update(path.read_bytes())
    return {"version": VERSION, "data": digest.hexdigest()[:16]}
