"""Every document's language is detected and recorded; a non-English one is kept with its
metadata and not given English entities or events (issue 19)."""

from __future__ import annotations

import logging

import pytest
from read_samples import ARABIC, FIXTURES, FRENCH

from newscoder.model import Document
from newscoder.pipeline import analyze_document
from newscoder.read import iter_documents
from newscoder.read.language import detect_language, is_english

pytestmark = pytest.mark.issue(19)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (FRENCH, "fr"),
        (ARABIC, "ar"),
        ("Der Stadtrat hat am Dienstag beschlossen, die alte Brücke im Sommer zu erneuern.",
         "de"),
        ("El alcalde anunció el lunes que el mercado central abrirá de nuevo en junio.", "es"),
        ("The council voted on Tuesday to repair the old bridge over the river this summer.",
         "en"),
        ("Ferry sails again", "und"),  # too short to tell: analysed as English
        ("Kabul, Kandahar, Herat: Taliban, NATO, ISAF, UNAMA.", "und"),
    ],
)
def test_read_language_detected(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("language", "english"),
    [(None, True), ("en", True), ("und", True), ("fr", False), ("ar", False)],
)
def test_read_language_which_run_the_english_stages(language: str | None, english: bool) -> None:
    assert is_english(language) is english


def test_read_language_recorded_and_said(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="newscoder.read"):
        items = list(iter_documents([FIXTURES / "article_fr.txt", FIXTURES / "article_ar.txt",
                                     FIXTURES / "harbour.rss"]))
    assert [d.language for d in items if isinstance(d, Document)] == ["fr", "ar", "en", "en"]
    said = [r.getMessage() for r in caplog.records]
    assert any("article_fr.txt: written in French (fr), not English" in m for m in said)
    assert any("article_ar.txt: written in Arabic (ar), not English" in m for m in said)


def test_read_language_other_language_skips_the_english_stages() -> None:
    document = Document(id="fr", text=FRENCH, language="fr", title="Inondations")
    analysis = analyze_document(document)
    assert analysis.document is document
    assert (analysis.entities, analysis.events, analysis.quotes, analysis.figures) == (
        [], [], [], []
    )
    assert analysis.to_dict()["meta"]["language"] == "fr"


def test_read_plain_english_needs_no_detector_model() -> None:
    """Start-up (issue 20): the detector's model loads only for text that is not plainly
    English by its function words."""
    from newscoder.read.language import identifier

    identifier.cache_clear()
    english = "Police said the two men were arrested after a search of the house by officers."
    assert detect_language(english) == "en"
    assert identifier.cache_info().currsize == 0
    assert detect_language(
        "Le conseil municipal a voté mardi la rénovation du vieux pont au-dessus du fleuve."
    ) == "fr"
    assert identifier.cache_info().currsize == 1


def test_read_language_model_cache_is_the_detector_model(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Start-up (issue 20): the plain copy of the detector's model in the user's cache gives
    the library's own ranking; a damaged copy is written anew, not trusted."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from newscoder.read.language import identifier, model_cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = model_cache()
    assert path is not None and path.parent.parent == tmp_path
    path.parent.mkdir(parents=True)
    path.write_bytes(b"half a file")
    sentence = "Die Regierung hat am Dienstag neue Regeln für den Bahnverkehr beschlossen."
    library = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True).rank(sentence)[:3]
    for _ in range(2):  # the first run rewrites the damaged copy, the second reads it
        identifier.cache_clear()
        assert identifier().rank(sentence)[:3] == library
        assert path.stat().st_size > 1_000_000
    identifier.cache_clear()


def test_read_language_model_cache_can_be_turned_off(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from newscoder.read.language import model_cache

    monkeypatch.setenv("NEWSCODER_LANGID_CACHE", "off")
    assert model_cache() is None
