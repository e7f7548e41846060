"""Build the data tables the extractors read:
``python -m newscoder.build [--if-missing] [--only NAME ...]`` (or ``newscoder build``).

Each builder is registered with the file it writes; ``--if-missing`` builds only what is
absent (``make setup`` runs it so a fresh clone works without a manual step).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Iterable
from pathlib import Path

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
        if out.exists() and not force:
            continue
        print(f"newscoder: building {name} -> {out}", file=sys.stderr)
        importlib.import_module(module).build(out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Build the data tables the extractors read.")
    parser.add_argument("--if-missing", action="store_true", help="Build only absent tables.")
    parser.add_argument("--only", nargs="+", choices=list(BUILDERS), help="Tables to build.")
    args = parser.parse_args(argv)
    build_all(args.only, force=not args.if_missing)


if __name__ == "__main__":
    main()
