"""One code per actor per document unless the text says it changed (issue 26)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscoder.actors import kb
from newscoder.actors.consistency import one_code_per_actor
from newscoder.model import Actor
from newscoder.settings import Settings

DAY = "2024-05-01"


def actor(name: str, code: str, country: str | None, kb_id: str | None = None,
          entity: int | None = None, start: int = 0) -> Actor:
    sector = code[3:6] if country else code[:3]
    return Actor(code, name, start, start + len(name), country, sector, entity, kb_id)


@pytest.mark.parametrize(
    ("mentions", "dates", "codes"),
    [
        # a short mention of a known group, coded from its role word alone, takes the
        # group's code: the KIA is not an army
        (
            [actor("Kachin Independence Army", "MMRREB", "MMR", "KIA", entity=1),
             actor("the Army", "MIL", None, entity=1, start=100)],
            [DAY, DAY],
            ["MMRREB", "MMRREB"],
        ),
        # the same name, coded for another country in a later sentence, is the same actor
        (
            [actor("Wagner", "RUSMIL", "RUS", "WAGNER_GROUP"),
             actor("Wagner", "USA", "USA", start=100)],
            [DAY, DAY],
            ["RUSMIL", "RUSMIL"],
        ),
        # a known name coded for another date keeps its own code: its role changed
        (
            [actor("RSF", "SDNMIL", "SDN", "RAPID_SUPPORT_FORCES"),
             actor("RSF", "SDNREB", "SDN", "RAPID_SUPPORT_FORCES", start=100)],
            ["2019-06-03", DAY],
            ["SDNMIL", "SDNREB"],
        ),
        # role words alone are no identity: two bands of "fighters" are two actors
        (
            [actor("fighters", "SDNREB", "SDN", "RAPID_SUPPORT_FORCES"),
             actor("fighters", "REB", None, start=100)],
            [DAY, DAY],
            ["SDNREB", "REB"],
        ),
        # a role the text gives (same country, another sector) is kept
        (
            [actor("Sudan's army", "SDNMIL", "SDN", entity=2),
             actor("Sudan's army chief", "SDNGOV", "SDN", entity=2, start=100)],
            [DAY, DAY],
            ["SDNMIL", "SDNGOV"],
        ),
    ],
)
def test_actors_one_code_per_actor(
    mentions: list[Actor], dates: list[str], codes: list[str]
) -> None:
    when = {id(m): d for m, d in zip(mentions, dates, strict=True)}
    one_code_per_actor(mentions, lambda a: when[id(a)])
    assert [m.code for m in mentions] == codes


def test_actors_overlay_from_the_settings_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``[actors] overlay`` is read from the settings file's folder when relative."""
    (tmp_path / "mine.tsv").write_text("Some Group\tCODREB\tgroup\n")
    monkeypatch.delenv(kb.OVERLAY_VARIABLE, raising=False)
    monkeypatch.setenv("NEWSCODER_SETTINGS", str(tmp_path / "settings.toml"))
    monkeypatch.setattr(kb, "SETTINGS", Settings(actors={"overlay": "mine.tsv"}))
    assert kb.overlay_path() == (tmp_path / "mine.tsv").resolve()


def test_actors_no_overlay_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(kb.OVERLAY_VARIABLE, raising=False)
    assert kb.overlay_path() is None


@pytest.mark.parametrize(
    ("code", "kb_id", "date", "expected"),
    [
        ("SDNMIL", "RAPID_SUPPORT_FORCES", "2024-01-01", "SDNREB"),  # the event's date wins
        ("SDNREB", "RAPID_SUPPORT_FORCES", "2019-06-03", "SDNMIL"),
        ("SDNREB", "RAPID_SUPPORT_FORCES", None, "SDNREB"),  # no date: as coded
        ("IRQMIL", "NURI_AL_MALIKI", "2024-01-01", "IRQMIL"),  # composed ("his forces"): as coded
        ("MIL", None, "2024-01-01", "MIL"),  # no known name
    ],
)
def test_actors_code_on_an_events_date(
    code: str, kb_id: str | None, date: str | None, expected: str
) -> None:
    from newscoder.actors.stage import code_on

    assert code_on(actor("x", code, code[:3] if len(code) > 3 else None, kb_id), date) == expected
