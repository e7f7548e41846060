"""Figures: number phrases, categories, nesting, updates, sources, headlines and checks.

Sentences are our own inventions; the seed test reads the seed article from ../shared.
"""

from __future__ import annotations

import pytest

from newscoder.figures.numbers import _blank, number_phrases, parse_number
from newscoder.model import Document, Figure
from newscoder.pipeline import analyze_document


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("twenty-two", 22),
        ("a dozen", 12),
        ("2.3 million", 2_300_000),
        ("1,500", 1500),
        ("three hundred and five", 305),
        ("seventy", 70),
        ("4.5bn", 4_500_000_000),
        ("a hundred", 100),
        ("$284m", 284_000_000),
        ("284 m", 284),
        ("the report", None),
    ],
)
def test_figures_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "qualifier"),
    [
        ("more than 80", 80, 80, None, "at_least"),
        ("at least 112", 112, 112, None, "at_least"),
        ("some 6.5 million", 6_500_000, None, None, "about"),
        ("up to 40", 40, None, 40, "at_most"),
        ("dozens", 24, 24, 99, "range"),
        ("between 20 and 30", 20, 20, 30, "range"),
        ("15 to 20", 15, 15, 20, "range"),
        ("two to three million", 2_000_000, 2_000_000, 3_000_000, "range"),
        ("hundreds of thousands", 200_000, 200_000, 999_999, "range"),
        ("nearly 300", 300, None, None, "about"),
        ("exactly 7", 7, 7, 7, "exact"),
    ],
)
def test_figures_number_phrase_bounds(
    text: str, value: float, low: float | None, high: float | None, qualifier: str
) -> None:
    (phrase,) = list(number_phrases(_blank()(text)))
    assert (phrase.value, phrase.low, phrase.high, phrase.qualifier) == (
        value,
        low,
        high,
        qualifier,
    )


@pytest.mark.parametrize(
    "text",
    [
        "a 34-year-old driver",
        "back in 1998",
        "at 7 p.m.",
        "call 555-0142",
        "rose 12 percent",
    ],
)
def test_figures_number_phrase_not_counts(text: str) -> None:
    assert list(number_phrases(_blank()(text))) == []


def figures_of(text: str, published: str | None = "2020-03-02") -> list[Figure]:
    document = Document(id="t", text=text, published=published)
    return analyze_document(document, stages=["figures"]).figures


def summary(figures: list[Figure]) -> list[tuple[float, str, str | None]]:
    return [(f.value, f.category, f.who) for f in figures]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shelling on the market killed 14 civilians on Tuesday.",
            [(14, "killed", "civilians")],
        ),
        (
            "Nine children were injured when the school bus was hit.",
            [(9, "injured", "children")],
        ),
        (
            "Coroners examined four people found dead in a burned farmhouse.",
            [(4, "killed", "people")],
        ),
        (
            "Two cyclists remain in the hospital after the van struck them.",
            [(2, "injured", "people")],
        ),
        (
            "Five guests had to be treated for minor burns after the stove exploded.",
            [(5, "injured", "people")],
        ),
        (
            "The flood forced some 40,000 villagers to flee across the border into the "
            "neighbouring country.",
            [(40000, "refugees", "civilians")],
        ),
        (
            "Police arrested 31 protesters outside the ministry.",
            [(31, "arrested", "people")],
        ),
        (
            "About 1,200 families remain trapped in the old town.",
            [(1200, "besieged", "people")],
        ),
        (
            "Seventeen fishermen are still missing after the storm.",
            [(17, "missing", "people")],
        ),
        (
            "The blast left 6 people dead and twenty-two wounded.",
            [(6, "killed", "people"), (22, "injured", "people")],
        ),
        (
            "The city, home to 3 million people, braced for the storm.",
            [(3_000_000, "population", "people")],
        ),
        (
            "The donors pledged $40 million in humanitarian aid for the province.",
            [(40_000_000, "aid", "money")],
        ),
        ("The clinic put the number of dead at 57 on Sunday.", [(57, "killed", "people")]),
        ("The navy will send 900 marines to the island.", [(900, "troops", "fighters")]),
        ("A 4-year-old died after finding a loaded pistol.", [(1, "killed", "children")]),
    ],
)
def test_figures_categories(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert summary(figures_of(text)) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The 45-year-old mayor opened 3 new schools in 2019.",
        "Five gunmen stormed the bank and took its manager hostage in a stolen car.",
        "The minister, 62, will visit 4 countries next month.",
        "Call the tip line at 555-201-3344 with information.",
        "Despite missing forecasts of 48.2, the index stayed above 45.",
        "Profits were helped by sales of $310m in the spring.",
    ],
)
def test_figures_ignore_non_counts(text: str) -> None:
    tracked = ("killed", "injured", "missing", "aid")
    assert [f for f in figures_of(text) if f.category in tracked] == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Police said Ray Dunn, 41; Mia Dunn, 9; and Leo Dunn, 7, were wounded.", {41, 9, 7}),
        ("The victim was named as Carla Ruiz, 52.", {52}),
        ("Omar Haddad, 19, and Sami Haddad, 23, were shot near the park.", {19, 23}),
    ],
)
def test_figures_ages_after_names_are_not_counts(text: str, ages: set[int]) -> None:
    assert not [f for f in figures_of(text) if f.value in ages]


@pytest.mark.slow
def test_figures_nested_subsets_and_source() -> None:
    text = (
        "A rights group in exile said the clashes had claimed 340 lives, including 52 "
        "civilians, of whom 9 were executed."
    )
    figures = figures_of(text)
    assert summary(figures) == [
        (340, "killed", "people"),
        (52, "killed", "civilians"),
        (9, "executed", "people"),
    ]
    assert [f.parent for f in figures] == [None, 0, 1]
    assert figures[0].headline and not figures[1].headline
    assert all(f.source and "group" in f.source for f in figures)


@pytest.mark.slow
def test_figures_subset_before_its_total() -> None:
    figures = figures_of("Six nurses were among at least 31 people killed in the raid.")
    assert summary(figures) == [(6, "killed", "civilians"), (31, "killed", "people")]
    assert figures[0].parent == 1 and figures[1].headline and not figures[0].headline


@pytest.mark.slow
def test_figures_toll_update_revises() -> None:
    text = (
        "A landslide killed 12 miners on Monday. By Wednesday the death toll had risen "
        "to 19, officials said."
    )
    figures = figures_of(text)
    killed = [f for f in figures if f.category == "killed"]
    assert [f.value for f in killed] == [12, 19]
    assert killed[1].updates == figures.index(killed[0])
    assert [f.value for f in figures if f.headline and f.category == "killed"] == [19]


@pytest.mark.slow
def test_figures_headline_prefers_precise_over_vague() -> None:
    text = (
        "Air strikes killed dozens in the valley. The strikes killed 43 people in three "
        "villages, a monitor said. Two other people were killed in a separate raid."
    )
    heads = [f for f in figures_of(text) if f.headline and f.category == "killed"]
    assert [f.value for f in heads] == [43]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A man was shot and killed outside a bar late Friday.", 1, 0),
        ("A woman was shot in the leg on Main Street and is in stable condition.", 0, 1),
        ("Three teenagers were shot near the park. None of the wounds were serious.", 0, 3),
        ("A boy who was fatally shot on Sunday has been identified.", 1, 0),
        ("The deputy found the driver with a gunshot wound. He was pronounced dead.", 1, 0),
        ("A woman and her three sons were found shot to death in the house.", 4, 0),
        ("A man was shot on Friday. He died at the hospital.", 1, 0),
        ("A man died in the robbery. A woman was shot in the arm and will survive.", 1, 1),
        ("A teen was killed and a girl was wounded in the drive-by on Friday.", 1, 1),
        ("Gunfire erupted at the party. All three victims suffered minor injuries.", 0, 3),
    ],
)
def test_figures_single_victims(text: str, killed: int, injured: int) -> None:
    figures = figures_of(text)
    heads = {f.category: f.value for f in figures if f.headline}
    assert (heads.get("killed", 0), heads.get("injured", 0)) == (killed, injured)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "The war has driven 1 million people to flee abroad and displaced 2 million "
            "inside the country. Together that is almost half of the population of 6.4 "
            "million.",
            "consistent",
        ),
        (
            "The war has driven 1 million people to flee abroad and displaced 2 million "
            "inside the country. Together that is more than half of the population of 9 "
            "million.",
            "inconsistent",
        ),
    ],
)
def test_figures_share_check(text: str, verdict: str) -> None:
    document = Document(id="t", text=text, published="2020-03-02")
    checks = analyze_document(document, stages=["figures"]).checks
    assert [(c.kind, c.verdict) for c in checks] == [("share", verdict)]


@pytest.mark.slow
def test_figures_seed(seed_analysis) -> None:  # type: ignore[no-untyped-def]
    figures = seed_analysis.figures
    by_text = {(f.text, f.category): f for f in figures}
    total = by_text[("697", "killed")]
    civilians = by_text[("100", "killed")]
    executed = by_text[("21", "executed")]
    assert total.parent is None and total.headline
    assert figures[civilians.parent] is total and civilians.who == "civilians"
    assert figures[executed.parent] is civilians
    assert "Syrian Observatory for Human Rights" in (total.source or "")
    assert by_text[("2.3 million", "refugees")].value == 2_300_000
    displaced = by_text[("some 6.5 million", "displaced")]
    assert (displaced.value, displaced.qualifier) == (6_500_000, "about")
    assert by_text[("22.4 million", "population")].value == 22_400_000
    assert by_text[("22", "killed")].value == 22
    wounded = by_text[("more than 80", "injured")]
    assert (wounded.value, wounded.qualifier, wounded.low) == (80, "at_least", 80)
    shares = [c for c in seed_analysis.checks if c.kind == "share"]
    assert [c.verdict for c in shares] == ["consistent"]
    assert {figures[i].value for i in shares[0].figures} == {2_300_000, 6_500_000, 22_400_000}
    heads = [f.category for f in figures if f.headline]
    assert len(heads) == len(set(heads))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("second", "kinds"),
    [
        (
            "Hospital officials said 30 people died in the fire in Lagos on Monday.",
            ["contradiction"],
        ),
        ("Hospital officials said 13 people died in the fire in Lagos on Monday.", []),
        ("Hospital officials said 30 people died in a crash in Accra on Friday.", []),
    ],
)
def test_figures_contradiction(second: str, kinds: list[str]) -> None:
    text = "Police said 12 people died in the fire in Lagos on Monday. " + second
    document = Document(id="t", text=text, published="2021-03-10")
    analysis = analyze_document(document, stages=["entities", "time", "places", "figures"])
    assert [c.kind for c in analysis.checks] == kinds


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Five people were shot at a party on Elm Street. Two of them died in hospital.", 2, 3),
        ("Two men were shot, one fatally, outside the arena.", 1, 1),
        ("Six people were shot near the pier. All are expected to survive.", 0, 6),
    ],
)
def test_figures_shot_split_into_dead_and_wounded(text: str, killed: int, injured: int) -> None:
    document = Document(id="t", text=text, published="2020-03-02")
    analysis = analyze_document(document, stages=["figures"])
    heads = {f.category: f.value for f in analysis.figures if f.headline}
    assert (heads.get("killed", 0), heads.get("injured", 0)) == (killed, injured)
    sums = [c for c in analysis.checks if c.kind == "sum"]
    assert len(sums) == (1 if killed else 0)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Shelling killed 9 civilians on Friday, the district governor said.", "governor"),
        ("According to the coast guard, 14 migrants drowned off the cape.", "coast guard"),
        ("The Red Crescent reported that 27 people were wounded in the blast.", "Red Crescent"),
        ("Rockets killed 5 soldiers near the border said the army spokesman.", "spokesman"),
        ("Heavy rain killed 6 people in the valley on Monday.", None),
        # the day of the report is no reporter, and the storm is not who reported its dead
        ("Mudslides caused by a typhoon killed at least 21 people in the northern hills over "
         "the weekend, the national disaster agency said on Tuesday.", "disaster agency"),
    ],
)
def test_figures_sources(text: str, source: str | None) -> None:
    (figure,) = figures_of(text)
    if source is None:
        assert figure.source is None
    else:
        assert figure.source is not None and source in figure.source
