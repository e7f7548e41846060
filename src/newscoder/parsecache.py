"""An on-disk cache of spaCy parses, for evaluation runs only.

Evaluating a change to one stage re-parses the same development texts every time, and the
parse is most of the cost. When ``NEWSCODER_PARSE_CACHE`` names a folder, each parse is kept
there as a ``DocBin`` under a hash of the model's name and version, of our parse rules and of
the exact text, and a later parse of the same text is read back instead. Analysis output is
the same either way (``tests/parse/test_parse_cache.py``); ``analyze``, ``ingest`` and the
tests leave it unset.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin

ENVIRONMENT_VARIABLE = "NEWSCODER_PARSE_CACHE"


def cache_folder() -> Path | None:
    folder = os.environ.get(ENVIRONMENT_VARIABLE)
    return Path(folder) if folder else None


# The modules that shape a cached Doc besides the model (its tokenizer rules, the sentence
# starts set before the parser, the faster lemmatizer): a change to them must not read back
# parses made by the old rules, or an evaluation would score a parse analyze no longer makes.
PARSE_RULE_MODULES = ("parse.py", "parserules.py")


@lru_cache(maxsize=1)
def rules_fingerprint() -> str:
    digest = hashlib.sha256()
    for name in PARSE_RULE_MODULES:
        digest.update(Path(__file__).with_name(name).read_bytes())
    return digest.hexdigest()[:16]


def cache_key(nlp: Language, text: str) -> str:
    model = f"{nlp.meta.get('name')}-{nlp.meta.get('version')}"
    identity = f"{model}-{rules_fingerprint()}\0{text}"
    return hashlib.sha256(identity.encode("utf-8", "surrogatepass")).hexdigest()


def cached_parse(nlp: Language, text: str) -> Doc | None:
    folder = cache_folder()
    if folder is None:
        return None
    key = cache_key(nlp, text)
    path = folder / key[:2] / key
    try:
        data = path.read_bytes()
    except OSError:
        return None
    docs = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
    return docs[0] if len(docs) == 1 and docs[0].text == text else None


def keep_parse(nlp: Language, text: str, doc: Doc) -> None:
    folder = cache_folder()
    if folder is None:
        return
    key = cache_key(nlp, text)
    path = folder / key[:2] / key
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written aside and renamed: parallel evaluation workers never read half a file.
    partial = path.with_suffix(f".{os.getpid()}.part")
    partial.write_bytes(DocBin(store_user_data=False, docs=[doc]).to_bytes())
    partial.replace(path)
