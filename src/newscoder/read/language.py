"""The language of a document, by py3langid (a maintained fork of langid.py, 97 languages).

Only a sure judgement marks a document as not English: a text too short to judge, or one
the detector is unsure of, is recorded as ``und`` (undetermined) and analysed as English,
so a short English snippet full of names is never set aside by mistake.
"""

from __future__ import annotations

import os
import pickle
import re
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

from newscoder.read.bylines import words

ENGLISH = "en"
UNDETERMINED = "und"
MIN_LETTERS = 40  # fewer letters than a sentence: no judgement
MIN_CONFIDENCE = 0.9  # the detector's normalised probability for its best language
SAMPLE_CHARS = 2000  # the opening of a long text is enough and keeps detection ~3 ms
# The detector's labels for regional varieties, folded into the language whose tools would
# read them (its Moroccan and Egyptian Arabic split a clear Arabic text's probability;
# Nigerian Pidgin is English-based and English tools read it as well as they can).
VARIETIES = {"ary": "ar", "arz": "ar", "uzs": "uz", "yue": "zh", "wuu": "zh", "pcm": "en"}


WORD = re.compile(r"[^\W\d_]+")
ENGLISH_SHARE = 0.15  # 0.18 to 0.35 in BBC news; 0.07 in a Dutch sentence, 0 in Romance ones


def plainly_english(sample: str) -> bool:
    """Whether English function words make up a large share of the words (see the list)."""
    found = WORD.findall(sample.casefold())
    if not found:
        return False
    common = words("english_function_words.txt")
    return sum(w in common for w in found) >= ENGLISH_SHARE * len(found)


@lru_cache(maxsize=1)
def identifier() -> Any:
    import numpy
    from py3langid.langid import LanguageIdentifier

    ptc, pc, classes, nextmove, row, output = model_arrays()
    return LanguageIdentifier(
        numpy.asarray(ptc), numpy.asarray(pc), classes, nextmove, output, tk_row=row,
        norm_probs=True,
    )


def model_arrays() -> tuple[Any, ...]:
    """py3langid's model as its loader returns it. The package ships it LZMA-compressed,
    which takes 0.7 s to open at every start; a plain copy in the user's cache opens in a
    sixth of that, so it is written there on first use (and rewritten if it is unreadable)."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, _load_model_file

    cached = model_cache()
    if cached is not None and cached.exists():
        try:
            with cached.open("rb") as handle:
                return tuple(pickle.load(handle))
        except (OSError, pickle.UnpicklingError, EOFError, ValueError):
            pass  # a partial or foreign file: load and write it anew
    arrays = tuple(_load_model_file(MODEL_DIR / MODEL_FILE))
    if cached is not None:
        write_cache(cached, arrays)
    return arrays


def model_cache() -> Path | None:
    """Where the plain copy of the model goes ($XDG_CACHE_HOME/newscoder, ~/.cache/newscoder),
    named by the detector's version; ``NEWSCODER_LANGID_CACHE=off`` keeps none."""
    if os.environ.get("NEWSCODER_LANGID_CACHE", "").lower() in ("off", "0", "no"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newscoder" / f"langid-{version('py3langid')}.pickle"


def write_cache(path: Path, arrays: tuple[Any, ...]) -> None:
    """Written whole or not at all (a temporary file renamed), never a failure of the run."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        with temporary.open("wb") as handle:
            pickle.dump(arrays, handle, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(path)
    except OSError:
        pass


def detect_language(text: str) -> str:
    """The ISO 639-1 code of ``text``'s language, or ``und`` when it cannot be told."""
    sample = text[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return UNDETERMINED
    if plainly_english(sample):
        return ENGLISH
    folded: dict[str, float] = {}
    for label, probability in identifier().rank(sample)[:10]:
        language = VARIETIES.get(label, label)
        folded[language] = folded.get(language, 0.0) + probability
    language, confidence = max(folded.items(), key=lambda item: item[1])
    return language if confidence >= MIN_CONFIDENCE else UNDETERMINED


def language_name(code: str) -> str:
    """``fr`` → ``French (fr)``, for messages."""
    import pycountry

    found = pycountry.languages.get(alpha_2=code) or pycountry.languages.get(alpha_3=code)
    return f"{found.name} ({code})" if found else code


def is_english(language: str | None) -> bool:
    """Whether the English stages may run: English, undetermined or never detected."""
    return language in (None, ENGLISH, UNDETERMINED)
