"""Time expressions: detection, TIMEX3 values, tense and anchoring, and the date of a span."""

from __future__ import annotations

import pytest

from newscoder.model import Document, TimeExpression
from newscoder.time.lexicon import load_lexicon
from newscoder.time.patterns import compiled, find_candidates, select, text_words
from newscoder.time.resolve import parse_number
from newscoder.time.values import duration_value, granularity, shift_value

PUBLISHED = "2014-01-13"  # a Monday


def timexes_of(text: str, published: str | None = PUBLISHED) -> list[TimeExpression]:
    from newscoder.pipeline import analyze_document

    document = Document(id="t", text=text, published=published)
    return analyze_document(document, stages=["time"]).timexes


def find(timexes: list[TimeExpression], text: str) -> TimeExpression:
    matches = [t for t in timexes if t.text == text]
    assert matches, f"{text!r} not found in {[t.text for t in timexes]}"
    return matches[0]


# -- pure parts: no model ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [("two", 2), ("twenty four", 24), ("twenty-four", 24), ("1,500", 1500), ("a", 1),
     ("a couple of", 2), ("one hundred", 100), ("several", None), ("a few", None)],
)
def test_time_parse_number(words: str, expected: float | None) -> None:
    assert parse_number(words, load_lexicon()) == expected


@pytest.mark.parametrize(
    ("amount", "letter", "multiple", "expected"),
    [(4, "M", 1, "P4M"), (1, "Y", 10, "P10Y"), (2, "D", 1, "P2D"), (3, "TH", 1, "PT3H"),
     (2.5, "Y", 1, "P2Y6M"), (None, "Y", 1, "PXY"), (None, "Y", 10, "PXE")],
)
def test_time_duration_value(
    amount: float | None, letter: str, multiple: int, expected: str
) -> None:
    assert duration_value(amount, letter, multiple) == expected


@pytest.mark.parametrize(
    ("value", "amount", "unit", "expected"),
    [("1989-Q3", -1, "year", "1988-Q3"), ("2013-09", 4, "month", "2014-01"),
     ("2010", 2, "year", "2012"), ("2013-Q4", 1, "quarter", "2014-Q1"),
     ("1995", 2, "month", None)],
)
def test_time_shift_value_keeps_granularity(
    value: str, amount: int, unit: str, expected: str | None
) -> None:
    assert shift_value(value, amount, unit) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2013-09", "month"), ("2013-09-01", "day"), ("2014-W03", "week"), ("1998", "year"),
     ("2013-Q2", "quarter"), ("PRESENT_REF", None), ("P4M", None)],
)
def test_time_granularity(value: str, expected: str | None) -> None:
    assert granularity(value) == expected


@pytest.mark.parametrize(
    ("text", "extent"),
    [("profits in the third quarter rose", "the third quarter"),
     ("over the past two months", "the past two months"),
     ("a two-day summit", "two-day"),
     ("in late November", "late November"),
     ("nearly two years ago", "nearly two years ago"),
     ("in 1990 and", "1990")],
)
def test_time_pattern_extents(text: str, extent: str) -> None:
    chosen = select(find_candidates(text))
    assert [text[c.start : c.end] for c in chosen] == [extent]


@pytest.mark.parametrize(
    "text",
    ["The talks ran from 9:30 to NOON, GMT, on 2014-01-12 and 13.01.2014.",
     "EASTER SUNDAY fell late; by year-end the Sept. figures were in.",
     "They met every other Tuesday morning for a decade-long feud in the '90s.",
     "Three weeks before. The same day, the following weekend, that night.",
     "Quarterly reports came in the year-ago quarter of fiscal 2013.",
     "In the first half of the 21st century, mid-winter storms came nightly."],
)
def test_time_pattern_that_matches_is_never_skipped(text: str) -> None:
    present = text_words(text)
    matching = [(p.kind, p.trigger) for p in compiled() if p.regex.search(text)]
    assert len(matching) >= 3  # the case exercises several kinds
    assert [kind for kind, trigger in matching if present.isdisjoint(trigger)] == []


# -- with the parse -----------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expression", "kind", "value"),
    [
        ("Officials met on Sunday in Geneva.", "Sunday", "DATE", "2014-01-12"),
        ("The ministers will meet again on Friday.", "Friday", "DATE", "2014-01-17"),
        ("Delegates prepared for the February 3 conference.", "February 3", "DATE",
         "2014-02-03"),
        ("The army said on December 11 that it had withdrawn.", "December 11", "DATE",
         "2013-12-11"),
        ("Prices rose sharply last September.", "last September", "DATE", "2013-09"),
        ("Yesterday, three soldiers were wounded.", "Yesterday", "DATE", "2014-01-12"),
        ("The siege lasted four months.", "four months", "DURATION", "P4M"),
        ("The war went on for a decade.", "a decade", "DURATION", "P10Y"),
        ("They held a two-day summit in the capital.", "two-day", "DURATION", "P2D"),
        ("Inspectors visit the site every week.", "every week", "SET", "P1W"),
        ("The ceasefire is now holding.", "now", "DATE", "PRESENT_REF"),
        ("Violence has recently increased.", "recently", "DATE", "PAST_REF"),
        ("The vote opens at 3 p.m. tomorrow.", "3 p.m. tomorrow", "TIME", "2014-01-14T15:00"),
        ("The economy grew fast in the 1990s.", "the 1990s", "DATE", "199"),
        ("Unemployment fell this year.", "this year", "DATE", "2014"),
        ("The company was founded two days ago.", "two days ago", "DATE", "2014-01-11"),
        ("Parliament reconvenes next week.", "next week", "DATE", "2014-W04"),
        ("The rebels took the city in March 2011.", "March 2011", "DATE", "2011-03"),
        ("Profit fell in the third quarter.", "the third quarter", "DATE", "2013-Q3"),
        ("The strike began in late November.", "late November", "DATE", "2013-11"),
        ("The treaty was signed on 5 May 2010.", "5 May 2010", "DATE", "2010-05-05"),
        ("The offer expired on Christmas Eve.", "Christmas Eve", "DATE", "2013-12-24"),
        ("The blast struck at 0730 GMT.", "0730 GMT", "TIME", "2014-01-13T07:30"),
        ("The merger should close by year-end.", "year-end", "DATE", "2014"),
        ("Polls open at 9:30 a.m. ET on Tuesday.", "9:30 a.m. ET on Tuesday", "TIME",
         "2014-01-14T09:30"),
        ("The summit is set for March 25-26.", "March 25", "DATE", "2014-03-25"),
        ("Sales of the year-ago quarter were restated.", "the year-ago quarter", "DATE",
         "2012-Q4"),
        ("Officials said they would finish the work by August.", "August", "DATE", "2014-08"),
        ("Exports have grown since March.", "March", "DATE", "2013-03"),
        ("Output fell in 2009-2011.", "2011", "DATE", "2011"),
        ("A decade-long war ended.", "decade-long", "DURATION", "P10Y"),
        ("AFP Friday 1 Jul 2016 Raids killed 25 people.", "Friday 1 Jul 2016", "DATE",
         "2016-07-01"),
        ("The accord was signed on 03.04.2012 in Bern.", "03.04.2012", "DATE", "2012-04-03"),
        ("The accord was signed on 1/13/2012 in Ohio.", "1/13/2012", "DATE", "2012-01-13"),
        ("The talks open on Thursday in Geneva.", "Thursday", "DATE", "2014-01-16"),
        ("An editorial on Tuesday, May 14: the plan failed.", "Tuesday, May 14", "DATE",
         "2013-05-14"),
        ("The blast came at 10:35 a.m. (0735 GMT) Saturday.", "0735 GMT", "TIME",
         "2014-01-11T07:35"),
        ("Growth slowed in mid-2012.", "mid-2012", "DATE", "2012"),
    ],
)
def test_timexes_values(text: str, expression: str, kind: str, value: str) -> None:
    timex = find(timexes_of(text), expression)
    assert (timex.type, timex.value) == (kind, value)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The meeting in September was tense.", "September", "XXXX-09"),
        ("Officials met on Sunday.", "Sunday", "XXXX-WXX-7"),
        ("Three soldiers were wounded yesterday.", "yesterday", "XXXX-XX-XX"),
        ("The rebels took the city in March 2011.", "March 2011", "2011-03"),
    ],
)
def test_timexes_without_publication_date(text: str, expression: str, value: str) -> None:
    assert find(timexes_of(text, published=None), expression).value == value


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "You may leave whenever you like.",
        "Some 1500 people marched through the centre.",
        "A 6-year-old boy was rescued.",
        "The sun rose over the hills.",
        "Rain may mar the parade.",
        "Prices fall when supply grows.",
        "He told USA Today that he would run.",
        "The council adopted Resolution 2118 unanimously.",
        "Thousands joined the March for Life in the capital.",
        "The board raised its quarterly dividend.",
        "She appeared on This Week with the host.",
        "About three-quarters of voters agreed.",
        "More than a quarter of a million people fled.",
        "The past administrations failed the region.",
        "A second, smaller blast hit the checkpoint.",
        "Police feared a second attack on the bridge.",
    ],
)
def test_timexes_no_false_alarm(text: str) -> None:
    assert timexes_of(text) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("In 1998 the company was sold. A year later it collapsed.", "A year later", "1999"),
        ("The plant closed on June 3, 2009. The next day, workers protested.", "The next day",
         "2009-06-04"),
        ("Sales fell in the second quarter of 2012, from a year earlier.", "a year earlier",
         "2011-Q2"),
        ("In 2009, strikes began in March and spread on April 22.", "April 22", "2009-04-22"),
        ('Rebels shelled the port on Saturday. "Today we lost everything," a fisherman said.',
         "Today", "2014-01-11"),
        ('The minister said on Sunday: "We will vote tomorrow."', "tomorrow", "2014-01-13"),
        ('"We will vote tomorrow," the minister said.', "tomorrow", "2014-01-14"),
        ("In 2009 he was elected, and he will step down in March.", "March", "2014-03"),
    ],
)
def test_timexes_anchor_on_narrative_reference(text: str, expression: str, value: str) -> None:
    assert find(timexes_of(text), expression).value == value


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "clause", "expected"),
    [
        ("Troops entered the town on Sunday. Residents fled.", "Troops entered", "2014-01-12"),
        ("Troops entered the town on Sunday. Residents fled.", "Residents fled", PUBLISHED),
        ("Troops entered the town on Sunday. Talks will resume.", "Talks will resume", None),
        ("Troops entered the town on Sunday. The truce could collapse.", "The truce could collapse",
         None),
        ("Bombs killed 22 people in a city still scarred by the 2003 invasion.",
         "Bombs killed 22 people in a city still scarred by the 2003 invasion.", PUBLISHED),
        ("The Paris meeting on Sunday focused on the talks.",
         "The Paris meeting on Sunday focused on the talks.", "2014-01-12"),
        ("Rebels seized the airport last September.", "Rebels seized", "2013-09"),
    ],
)
def test_timexes_date_for_span(text: str, clause: str, expected: str | None) -> None:
    from newscoder.parse import parse
    from newscoder.pipeline import load_stage
    from newscoder.time.stage import date_for_span

    ctx = parse(Document(id="t", text=text, published=PUBLISHED))
    load_stage("time")(ctx)
    start = text.index(clause)
    assert date_for_span(ctx, start, start + len(clause)) == expected


@pytest.mark.slow
def test_timexes_seed_article(seed_analysis) -> None:  # type: ignore[no-untyped-def]
    """The seed article's expressions carry the right values in the contract output."""
    record = seed_analysis.to_dict()
    text = record["text"]
    values = {text[t["start"] : t["end"]]: t["value"] for t in record["timexes"]}
    expected = {
        "13 January 2014": "2014-01-13",
        "Sunday": "2014-01-12",
        "January 22": "2014-01-22",
        "last September": "2013-09",
        "December 11": "2013-12-11",
        "Yesterday": "2014-01-12",
        "2004": "2004",
        "2003": "2003",
        "2011": "2011",
        "four months": "P4M",
    }
    for expression, value in expected.items():
        assert expression in text
        assert values.get(expression) == value, expression
