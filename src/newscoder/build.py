"""Build the data tables the extractors read:
``python -m newscoder.build [--if-missing] [--only NAME ...]`` (or ``newscoder build``).

Each builder is registered with the file it writes; ``--if-missing`` builds only what is
absent or out of date (``make setup`` runs it so a fresh clone, or a pulled change to a
builder, works without a manual step). A builder that can tell when its table is out of date
has a ``build_fingerprint()``; the fingerprint of the last build is kept beside the table in
``<file>.fingerprint``. The tables committed with the package have none: they are rebuilt by
hand from the training data, which a user's machine does not have.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

from newscoder.errors import UnknownTable

DATA_DIR = Path(__file__).resolve().parent / "data"

# name -> (module with build(out: Path) -> None, output file under data/)
BUILDERS: dict[str, tuple[str, str]] = {
    "gazetteer": ("newscoder.places.gazetteer", "gazetteer.sqlite"),
    "actors": ("newscoder.actors.kb_build", "actors_kb.json.gz"),
    "verbs": ("newscoder.events.verbs_build", "verbs.json.gz"),
    "quotes-model": ("newscoder.quotes.model_build", "quotes_model.json.gz"),
}


def build_all(only: Iterable[str] | None = None, force: bool = False) -> None:
    unknown = sorted(set(only or ()) - set(BUILDERS))
    if unknown:
        raise UnknownTable(f"no table named {', '.join(unknown)}; known: {', '.join(BUILDERS)}")
    DATA_DIR.mkdir(exist_ok=True)
    for name, (module, filename) in BUILDERS.items():
        if only is not None and name not in only:
            continue
        out = DATA_DIR / filename
        builder = importlib.import_module(module)
        if not force and out.exists() and is_current(builder, out):
            continue
        print(f"newscoder: building {name} -> {out}", file=sys.stderr)
        builder.build(out)
        if hasattr(builder, "build_fingerprint"):
            fingerprint_path(out).write_text(builder.build_fingerprint() + "\n", encoding="utf-8")


def fingerprint_path(out: Path) -> Path:
    return out.with_name(out.name + ".fingerprint")


def is_current(builder: ModuleType, out: Path) -> bool:
    """Whether the table at ``out`` was built from what the builder reads now."""
    if not hasattr(builder, "build_fingerprint"):
        return True
    path = fingerprint_path(out)
    built = path.read_text(encoding="utf-8").strip() if path.exists() else ""
    return built == builder.build_fingerprint()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Build the data tables the extractors read.")
    parser.add_argument(
        "--if-missing", action="store_true", help="Build only absent or out-of-date tables."
    )
    parser.add_argument("--only", nargs="+", choices=list(BUILDERS), help="Tables to build.")
    args = parser.parse_args(argv)
    build_all(args.only, force=not args.if_missing)


if __name__ == "__main__":
    main()
