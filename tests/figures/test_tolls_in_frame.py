"""The toll a reader puts in a summary: the story's own, asserted, counted once (issue 18).

Sentences are our own inventions. Each table row names what a careless reading gets wrong.
"""

from __future__ import annotations

import pytest

from newscoder.figures.repeats import merge_repeats
from newscoder.model import Document, Figure
from newscoder.pipeline import analyze_document

PUBLISHED = "2019-09-20"


def figures_of(text: str, stages: list[str] | None = None) -> list[Figure]:
    document = Document(id="t", text=text, published=PUBLISHED)
    return analyze_document(document, stages=stages or ["figures"]).figures


def headline(figures: list[Figure], category: str) -> float:
    return next((f.value for f in figures if f.headline and f.category == category), 0)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed", "modality"),
    [
        # history is not the story's toll
        ("The Black Death killed 25 million people in Europe. Two people died of the "
         "plague in Arizona this week.", 2, "historical"),
        ("In 1967, the war killed 800 soldiers. On Monday, a blast killed 12 people.", 12,
         "historical"),
        # threatened, attempted, hypothetical: nobody died
        ("He was charged with threatening to kill U.S. Rep. Ilhan Omar.", 0, "threatened"),
        ("Rebels threatened to kill 40 hostages if the army attacked.", 0, "threatened"),
        ("Forecasters warned the storm could kill hundreds of people.", 0, "hypothetical"),
        # "going to" tells what is yet to happen
        ("His neighbor told deputies he was going to kill her.", 0, "planned"),
    ],
)
def test_figures_headline_is_asserted_and_of_the_story(
    text: str, killed: float, modality: str
) -> None:
    figures = figures_of(text)
    assert headline(figures, "killed") == killed
    assert modality in {f.modality for f in figures if f.category == "killed"}


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The civil war, now in its ninth year, has killed more than 300,000 people. On "
         "Sunday a car bomb killed 9 people in a market.", 9),
        ("Troops have fought the rebels since 2015 in an insurgency that has killed more than "
         "4,000 people. On Monday, three soldiers were killed when their truck hit a mine.", 3),
    ],
)
def test_figures_a_war_total_is_not_the_headline(text: str, killed: float) -> None:
    assert headline(figures_of(text), "killed") == killed


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A man was stabbed to death in the park on Friday.", 1, 0),
        ("A woman was beaten to death in her home.", 1, 0),
        ("A guard was stabbed in the arm during the fight.", 0, 1),
        ("The coach beat his old team on Sunday.", 0, 0),
        ("A man was found shot on Main Street. He died of his wounds at the hospital.", 1, 0),
        ("Both men inside the car were killed, and three others were injured.", 2, 3),
        # a victim of another age, or "the older brother", is not the one who died
        ("A 6-year-old boy was shot and killed on Friday. His 11-year-old brother was also "
         "shot.", 1, 1),
        ("A boy was shot and killed on Friday. His older brother was also shot.", 1, 1),
    ],
)
def test_figures_death_by_any_means_counts_one(text: str, killed: float, injured: float) -> None:
    figures = figures_of(text)
    assert (headline(figures, "killed"), headline(figures, "injured")) == (killed, injured)


@pytest.mark.slow
@pytest.mark.issue(18)
def test_figures_pronoun_victim_is_not_a_pronoun_figure() -> None:
    figures = figures_of("A man was found shot on Main Street. He died of his wounds.")
    assert all(f.text.lower() not in {"he", "him", "she", "her"} for f in figures)
    assert any(f.category == "killed" and f.text.startswith("He ") for f in figures)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "category", "not_category"),
    [
        ("The government freed three Taliban prisoners on Tuesday.", "released", "arrested"),
        ("Two federal prison officers were charged with bribery.", None, "troops"),
        ("The ministry said 40 staff and officials were sent to the border.", None, "troops"),
        ("Police arrested 31 protesters outside the ministry.", "arrested", "released"),
    ],
)
def test_figures_released_and_officials_are_not_arrests_or_troops(
    text: str, category: str | None, not_category: str
) -> None:
    categories = {f.category for f in figures_of(text)}
    assert not_category not in categories
    assert category is None or category in categories


@pytest.mark.slow
@pytest.mark.issue(18)
def test_figures_displaced_and_refugees_kept_apart() -> None:
    text = (
        "Fighting in the north has displaced some 45,000 people, and about 12,000 crossed "
        "into Chad, the UN said. Chad already hosts 400,000 refugees."
    )
    figures = figures_of(text)
    found = {(f.text, f.category) for f in figures}
    assert ("some 45,000", "displaced") in found
    assert ("about 12,000", "refugees") in found
    assert headline(figures, "displaced") == 45_000
    assert headline(figures, "refugees") == 12_000  # the story's flight, not the camp total


@pytest.mark.slow
@pytest.mark.issue(18)
def test_figures_one_toll_from_several_sources_is_one_figure() -> None:
    text = (
        "A bomb killed 17 people in the market, police said. Seventeen people were killed, "
        "the health ministry said. Four children were among the dead, a doctor said."
    )
    killed = [f for f in figures_of(text) if f.category == "killed" and f.value == 17]
    assert len(killed) == 1
    assert killed[0].sources == ["police", "health ministry"]


def figure(value: float, source: str, start: int, **kwargs: object) -> Figure:
    return Figure(start=start, end=start + 2, value=value, category="killed", source=source,
                  qualifier="exact", **kwargs)  # type: ignore[arg-type]


@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("figures", "kept"),
    [
        # the same total twice: one figure, both sources
        ([figure(17, "police", 0), figure(17, "ministry", 50)], [(17, ["police", "ministry"])]),
        # different events or dates are different tolls
        ([figure(17, "police", 0, event=0), figure(17, "ministry", 50, event=1)],
         [(17, ["police"]), (17, ["ministry"])]),
        ([figure(17, "police", 0, date="2019-09-18"), figure(17, "army", 50, date="2019-09-19")],
         [(17, ["police"]), (17, ["army"])]),
        # a revision is not a repetition
        ([figure(12, "police", 0), figure(17, "ministry", 50)],
         [(12, ["police"]), (17, ["ministry"])]),
        # a threatened toll never merges with a real one
        ([figure(17, "police", 0), figure(17, "rebels", 50, modality="threatened")],
         [(17, ["police"]), (17, ["rebels"])]),
    ],
)
def test_figures_merge_repeats(figures: list[Figure], kept: list[tuple[float, list[str]]]) -> None:
    merge_repeats(figures, lambda f: False)
    assert [(f.value, f.sources) for f in figures] == kept


@pytest.mark.issue(18)
def test_figures_merge_repeats_renumbers_links() -> None:
    figures = [figure(17, "police", 0), figure(17, "ministry", 50), figure(4, "doctor", 80)]
    figures[2].parent = 1  # "four children among them", hung on the repeated statement
    merge_repeats(figures, lambda f: False)
    assert [f.value for f in figures] == [17, 4]
    assert figures[1].parent == 0


@pytest.mark.slow
@pytest.mark.issue(18)
def test_figures_toll_subject_far_from_its_number() -> None:
    text = (
        "The death toll from air strikes on the eastern districts of the old city has risen "
        "to 82 people, including 58 civilians, the monitor said."
    )
    figures = figures_of(text)
    assert headline(figures, "killed") == 82
    civilians = [f for f in figures if f.value == 58]
    assert civilians and civilians[0].parent is not None
