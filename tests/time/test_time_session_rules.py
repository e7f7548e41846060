"""Readings of time expressions that depend on the words around them: a stretch told as
over, a plan and the day it is for, a day to come with no date (issue 18).

The sentences are our own; each publication date is chosen so that the reading the cue
word alone suggests would be wrong.
"""

from __future__ import annotations

import pytest
from time_reading import assert_no_time_in, timexes_of, value_of


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("published", "text", "expression", "value"),
    [
        # "until" looks ahead ...
        ("2021-03-10", "The bridge stays shut until Friday.", "Friday", "2021-03-12"),
        ("2021-03-10", "The deadline was pushed back until Friday.", "Friday", "2021-03-12"),
        # ... but not when the clause tells the stretch as over
        ("2021-03-10", "Until Monday, the club had not named a coach.", "Monday",
         "2021-03-08"),
        ("2021-03-10", "The mayor did not speak until Monday.", "Monday", "2021-03-08"),
    ],
)
def test_time_until_looks_back_in_a_closed_past(
    published: str, text: str, expression: str, value: str
) -> None:
    assert value_of(text, published, expression) == value


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("published", "text", "expression", "value"),
    [
        # the planning is past, the day named after it is the plan's: the nearest one
        ("2021-03-12", "Farmers planned a march through the capital on Sunday.", "Sunday",
         "2021-03-14"),
        # "for" names the day of the plan even a few days ahead
        ("2021-03-12", "The court scheduled a new hearing for Wednesday.", "Wednesday",
         "2021-03-17"),
        # a day put before the plan dates the planning itself
        ("2021-03-12", "On Monday, the city planned to reopen its schools.", "Monday",
         "2021-03-08"),
        # a past act that is no plan keeps its past
        ("2021-03-12", "Farmers marched through the capital on Sunday.", "Sunday",
         "2021-03-07"),
    ],
)
def test_time_day_of_a_plan_told_in_the_past(
    published: str, text: str, expression: str, value: str
) -> None:
    assert value_of(text, published, expression) == value


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Engineers say the design could one day power whole towns.", "DATE", "FUTURE_REF"),
        ("She hopes to one day coach the national side.", "DATE", "FUTURE_REF"),
        ("They'll one day tell their children about it.", "DATE", "FUTURE_REF"),
        # a length of one day stays a length
        ("The strike lasted one day.", "DURATION", "P1D"),
        ("Repairs will take one day.", "DURATION", "P1D"),
    ],
)
def test_time_one_day_after_a_modal_is_a_day_to_come(text: str, kind: str, value: str) -> None:
    found = [(t.type, t.value) for t in timexes_of(text, "2021-03-12") if t.text == "one day"]
    assert found == [(kind, value)]


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The river froze in the winter of last year.", "the winter of last year", "2020-WI"),
        ("The bridge opened in the spring of 2019.", "the spring of 2019", "2019-SP"),
        ("Work on the dam resumes in the fall.", "the fall", "2021-FA"),
    ],
)
def test_time_seasons_with_and_without_their_year(text: str, expression: str, value: str) -> None:
    assert value_of(text, "2021-03-12", expression) == value


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    "text",
    [
        "The fall of the old regime took everyone by surprise.",
        "A sharp fall in wheat prices hurt growers.",
        "Critics called it the summer of broken promises.",
        "She spent her last year of school abroad.",
        "It was their last week together before the war.",
        "His next year in office will test him.",
    ],
)
def test_time_falls_names_and_personal_years_are_not_times(text: str) -> None:
    assert timexes_of(text, "2021-03-12") == []


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a twelve-hour clock in the afternoon, evening or night the sentence just named
        ("Neighbours heard shots on Sunday evening at 8:40.", "8:40", "2021-03-07T20:40"),
        ("The crowd left on Thursday afternoon at 4:15.", "4:15", "2021-03-11T16:15"),
        ("Fire crews came on Tuesday night around 10:50.", "10:50", "2021-03-09T22:50"),
        # the small hours after a night stay a.m., on the next day
        ("Fire crews came on Tuesday night and left at 2:10.", "2:10", "2021-03-10T02:10"),
        # a 24-hour clock is read as written
        ("Flights resumed on Sunday evening at 08:40 GMT.", "08:40 GMT", "2021-03-07T08:40"),
    ],
)
def test_time_clock_after_a_later_part_of_the_day(text: str, expression: str, value: str) -> None:
    assert value_of(text, "2021-03-12", expression) == value


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "kind", "value"),
    [
        # a length named by its unit alone, before a noun
        ("The month-long siege broke the town.", "month-long", "DURATION", "P1M"),
        ("A year-long audit found nothing.", "year-long", "DURATION", "P1Y"),
        ("It ended a years-long feud between the clans.", "years-long", "DURATION", "PXY"),
        ("Talks failed to end the decades-old dispute.", "decades-old", "DURATION", "PXE"),
        # days counted by a calendar of their own are still days
        ("Shares fell for six trading days.", "six trading days", "DURATION", "P6D"),
        ("Refunds take ten business days.", "ten business days", "DURATION", "P10D"),
        # decades in words
        ("Crime fell sharply during the nineties.", "the nineties", "DATE", "199"),
        ("The mill closed in the late seventies.", "the late seventies", "DATE", "197"),
    ],
)
def test_time_lengths_and_decades_in_words(text: str, expression: str, kind: str,
                                           value: str) -> None:
    found = [(t.type, t.value) for t in timexes_of(text, "2021-03-12") if t.text == expression]
    assert found == [(kind, value)]


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    "text",
    [
        "The mayor is in her sixties.",  # an age
        "A year-old colt won the race.",  # an age, in a singular unit
    ],
)
def test_time_ages_are_not_times(text: str) -> None:
    assert timexes_of(text, "2021-03-12") == []


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("published", "text", "expression", "kind", "value"),
    [
        # wire copy in capitals: four-digit clocks are no years, ages are no lengths
        ("1990-03-05", "AT 2130 ON 3 MARCH, A PATROL WAS AMBUSHED NEAR THE BRIDGE.", "2130",
         "TIME", "1990-03-03T21:30"),
        ("1990-03-05", "THE BLASTS WERE HEARD AT 0615 LOCAL TIME NEAR THE PORT.",
         "0615 LOCAL TIME", "TIME", "1990-03-05T06:15"),
        ("1990-03-05", "THE MILL WAS BUILT IN 1800 BESIDE THE RIVER.", "1800", "DATE", "1800"),
    ],
)
def test_time_wire_copy_clocks_and_years(
    published: str, text: str, expression: str, kind: str, value: str
) -> None:
    found = [(t.type, t.value) for t in timexes_of(text, published) if t.text == expression]
    assert found == [(kind, value)]


@pytest.mark.slow
@pytest.mark.issue(18)
def test_time_an_age_in_capitals_is_no_length() -> None:
    found = timexes_of("THE MOTHER OF THE 9-YEAR-OLD SPOKE TO REPORTERS ON MONDAY.", "1990-03-07")
    assert [t.text for t in found] == ["MONDAY"]


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a plan told in the past perfect has run its course: the nearest such month
        ("The visit had been planned since the floods in November.", "November", "2020-11"),
        # a plan told in the present still looks ahead
        ("The visit is planned for November.", "November", "2021-11"),
    ],
)
def test_time_plans_in_the_past_perfect(text: str, expression: str, value: str) -> None:
    assert value_of(text, "2021-02-18", expression) == value


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "not_time"),
    [
        ("Rose May, the county treasurer, resigned on Tuesday.", "May"),
        ("She told the station's Today show on Tuesday that she would run.", "Today"),
        ("He was named Coach of the Year on Tuesday.", "the Year"),
        ("Fares for 16 to 18 year olds fall on Tuesday.", "18 year"),
    ],
)
def test_time_names_awards_and_ages_are_not_times(text: str, not_time: str) -> None:
    assert_no_time_in(text, "2021-03-12", not_time, kept="Tuesday")


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a unit after a counted noun is a rate, however far back the count is
        ("The field yields 40,000 tonnes of grain a year.", "SET", "P1Y"),
        ("The plant treats 2 million litres of water a day.", "SET", "P1D"),
        # a unit with nothing counted before it is a length
        ("The repairs took a day.", "DURATION", "P1D"),
    ],
)
def test_time_rates_after_a_counted_noun(text: str, kind: str, value: str) -> None:
    found = [(t.type, t.value) for t in timexes_of(text, "2021-03-12")]
    assert found == [(kind, value)]


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year before the noun it dates is kept, a count or a model year is not
        ("Veterans of the 1982 strikes met again.", ["1982"]),
        ("Critics of the 1956 Suez War spoke.", ["1956"]),
        ("Officials counted 1350 ballots.", []),
        ("Deputies towed a 2011 Toyota Camry from the lot.", []),
        ("In 2011 Toyota cut its output.", ["2011"]),
        # a title in capitals, hyphen or not, is a name
        ("Scholars still debate the Hundred Years War.", []),
        ("Israel captured the area in the Six-Day War.", []),
    ],
)
def test_time_years_counts_model_years_and_titled_wars(text: str, expected: list[str]) -> None:
    assert [t.text for t in timexes_of(text, "2021-03-12")] == expected


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a passive infinitive under a verb of schedule looks ahead, as the active one does
        ("The findings are expected to be published Monday.", "Monday", "2021-03-15"),
        ("The findings were published Monday.", "Monday", "2021-03-08"),
        # "due" after a present copula looks ahead; after a past one it need not
        ("Local elections are due in October.", "October", "2021-10"),
        ("Local elections were due in October.", "October", "2020-10"),
    ],
)
def test_time_schedules_in_passives_and_copulas(text: str, expression: str, value: str) -> None:
    assert value_of(text, "2021-03-12", expression) == value


@pytest.mark.slow
@pytest.mark.issue(18)
def test_time_a_month_cut_short_after_a_name_is_no_date() -> None:
    found = timexes_of("The show is hosted by Ant and Dec. Ratings fell in Jan. and Feb.",
                       "2021-03-12")
    assert [t.text for t in found] == ["Jan.", "Feb."]


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "kind", "value"),
    [
        # later than a day the story never told: a length, not a date after print
        ("Three days later, the rebels withdrew.", "Three days later", "DURATION", "P3D"),
        # later than a day it told: that day moved on
        ("The dam broke on March 2. Three days later, the rebels withdrew.",
         "Three days later", "DATE", "2021-03-05"),
    ],
)
def test_time_later_with_and_without_a_day_before(
    text: str, expression: str, kind: str, value: str
) -> None:
    found = [(t.type, t.value) for t in timexes_of(text, "2021-03-12") if t.text == expression]
    assert found == [(kind, value)]


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Output should recover in the second half of the year.",
         "the second half of the year", "2021-H2"),
        ("Exports will peak in the third quarter of the year.",
         "the third quarter of the year", "2021-Q3"),
        ("Exports fell in the first half of last year.", "the first half of last year",
         "2020-H1"),
    ],
)
def test_time_parts_of_the_year_in_focus(text: str, expression: str, value: str) -> None:
    assert value_of(text, "2021-03-12", expression) == value


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    "text",
    [
        "Shots rang out in the early hours of Saturday.",
        "In the small hours of Saturday, a fire broke out.",
    ],
)
def test_time_a_day_after_hours_of_takes_the_verbs_tense(text: str) -> None:
    # a Thursday's story: the Saturday just gone, not the one ahead
    assert value_of(text, "2021-03-11", "Saturday") == "2021-03-06"


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("This past weekend, the river rose.", "This past weekend", "2021-W09-WE"),
        ("The shop reopened this past spring.", "this past spring", "2020-SP"),
        ("Talks resume this coming week.", "this coming week", "2021-W11"),
    ],
)
def test_time_this_past_and_this_coming(text: str, expression: str, value: str) -> None:
    assert value_of(text, "2021-03-11", expression) == value


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the age of a war or a truce is how long it has lasted
        ("Talks failed to end the four-year-old civil war.", [("four-year-old", "P4Y")]),
        ("The 6-month-old ceasefire is fraying.", [("6-month-old", "P6M")]),
        ("Mediators tried to end the decade-old feud.", [("decade-old", "P10Y")]),
        # the age of a person is not
        ("A 9-year-old girl found the wallet.", []),
        ("Neighbours praised the 14-year-old.", []),
        ("The breeder sold a year-old foal.", []),
    ],
)
def test_time_ages_of_wars_are_lengths_ages_of_people_are_not(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in timexes_of(text, "2021-03-12")] == expected


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a day hung on a clock word takes the tense of the verb above the clock
        ("Polling stations close at 7 p.m. local time Sunday.", "7 p.m. local time Sunday",
         "2021-03-14T19:00"),
        ("The tremor hit at 4:10 a.m. (2210 GMT Tuesday).", "2210 GMT Tuesday",
         "2021-03-09T22:10"),
        # the preposition before the clock says which way the day lies
        ("The council has been given until 5 p.m. Monday to reply.", "5 p.m. Monday",
         "2021-03-15T17:00"),
    ],
)
def test_time_days_after_clock_times(text: str, expression: str, value: str) -> None:
    assert value_of(text, "2021-03-12", expression) == value


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # scraped copy that lost its apostrophes: a day before the noun it dates
        ("Residents cleared rubble after Tuesdays shelling.", [("Tuesdays", "DATE", "2021-03-09")]),
        ("Medics treated victims of Tuesday nights raid.",
         [("Tuesday nights", "TIME", "2021-03-09TNI")]),
        # a plural weekday that recurs stays a set
        ("On Tuesdays the clinic opens late.", [("Tuesdays", "SET", "XXXX-WXX-2")]),
        ("Tuesday nights are quiet in the camp.", [("Tuesday nights", "SET", "XXXX-WXX-2TNI")]),
    ],
)
def test_time_possessive_weekdays_without_apostrophe(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(t.text, t.type, t.value) for t in timexes_of(text, "2021-03-11")] == expected


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a month and day on the noun of a future clause may name a past event
        ("She is expected to be charged in connection with the Aug. 2 robbery.", "Aug. 2",
         "2021-08-02"),
        ("She is expected to be charged in connection with the Sept. 2 robbery.", "Sept. 2",
         "2021-09-02"),
        # ... and a day the clause itself is set for looks ahead
        ("She will appear in court on July 2.", "July 2", "2022-07-02"),
        # a bare month on a future clause's noun still looks ahead
        ("Ministers will prepare for the summit in June.", "June", "2022-06"),
    ],
)
def test_time_month_days_on_the_noun_of_a_future_clause(
    text: str, expression: str, value: str
) -> None:
    assert value_of(text, "2021-10-06", expression) == value


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("published", "text", "expression", "value"),
    [
        # a season with no "last" or "next" takes its year from the tense
        ("2021-03-12", "The mill was sold in the summer.", "the summer", "2020-SU"),
        ("2021-03-12", "The mill will be sold in the summer.", "the summer", "2021-SU"),
        ("2021-10-20", "The ferry will resume in the spring.", "the spring", "2022-SP"),
        ("2021-10-20", "The ferry resumed in the spring.", "the spring", "2021-SP"),
        # "the 1800s" is a century; "the 2000s" the decade
        ("2021-03-12", "The chapel dates from the 1800s.", "the 1800s", "18"),
        ("2021-03-12", "Prices doubled in the 2000s.", "the 2000s", "200"),
    ],
)
def test_time_seasons_by_tense_and_hundreds(
    published: str, text: str, expression: str, value: str
) -> None:
    assert value_of(text, published, expression) == value


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "aiming a gun" is no plan: the night just gone
        ("Guards shot at a man aiming a rifle at diners Friday night.",
         [("Friday night", "2021-03-12TNI")]),
        # "aim" with what it aims to do looks ahead
        ("Mediators aim to close the deal by Friday.", [("Friday", "2021-03-19")]),
        # an age written with a stray hyphen is no length
        ("Police said the driver was 34 years-old.", []),
    ],
)
def test_time_aiming_and_stray_hyphens(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in timexes_of(text, "2021-03-13")] == expected


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # the date of a harm done lies behind print, whatever the clause's tense
        ("Detectives will question two men about Sunday night's fatal stabbing.",
         "Sunday night", "2021-03-07TNI"),
        ("She goes on trial next week for the Aug. 9 shooting.", "Aug. 9", "2020-08-09"),
        ("Crowds gathered as news of Tuesday's deadly attack spread.", "Tuesday",
         "2021-03-09"),
        # a date on a noun of what comes after the harm still looks ahead
        ("Mourners will attend Sunday's vigil.", "Sunday", "2021-03-14"),
    ],
)
def test_time_dates_of_harm_lie_behind(text: str, expression: str, value: str) -> None:
    assert value_of(text, "2021-03-12", expression) == value


@pytest.mark.slow
@pytest.mark.issue(18)
def test_time_a_harm_done_keeps_last_years_day_when_this_years_is_ahead() -> None:
    # this year's Jan. 21 is near but still to come: the robbery happened last year
    text = "Two men were charged in the Jan. 21 robbery."
    assert value_of(text, "2021-01-05", "Jan. 21") == "2020-01-21"
