"""Dates a reader checks first: the year a month-day falls in, the day "today" means, and
words that look like times but name streets, papers or products (issue 18).

Every sentence here is our own; the publication dates are chosen so that the naive answer
(the tense alone, or the last date mentioned) is wrong.
"""

from __future__ import annotations

import pytest
from time_reading import assert_no_time_in, timexes_of, value_of


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("published", "text", "expression", "value"),
    [
        # the other date of the sentence places the day: the call came before the arrest
        ("2019-12-10", "The clerk was arrested in April for the March 21 call.",
         "March 21", "2019-03-21"),
        # ... unless the day's own clause looks ahead
        ("2013-11-20", "The law, passed in January, takes effect on Jan. 1.", "Jan. 1",
         "2014-01-01"),
        # a past verb, but a deadline weeks ahead is this year's, not last year's
        ("1991-11-02", "The bank extended to Nov. 20 its offer for the shares.",
         "Nov. 20", "1991-11-20"),
        # a future verb, but a day that has just passed is not next year's
        ("2020-01-15", "The agency ordered the boy returned by Jan. 14.",
         "Jan. 14", "2020-01-14"),
        ("2019-11-05", "Britain was due to leave the EU on Oct. 31.", "Oct. 31", "2019-10-31"),
        # nothing nearby: the tense decides
        ("2019-06-10", "The council will vote on Dec. 2.", "Dec. 2", "2019-12-02"),
        ("2019-06-10", "The council voted on Dec. 2.", "Dec. 2", "2018-12-02"),
    ],
)
def test_time_month_day_year_from_tense_and_neighbours(
    published: str, text: str, expression: str, value: str
) -> None:
    assert value_of(text, published, expression) == value


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # the narrator's today is the publication day, whatever date came before
        ("The trial opened on Sept. 3. Today's hearing was short.", "Today", "2019-09-20"),
        ("The trial opened on Sept. 3. Lawyers spoke in today's session.", "today",
         "2019-09-20"),
        # a stray quotation mark does not turn the narration after it into a quote
        ('The trial opened on Sept. 3 with a 12" screen in court. Lawyers spoke in '
         'today\'s session, the "last" one.', "today", "2019-09-20"),
        # in a quote, the day the quote was given
        ('"We will vote today," the senator said on Sept. 3.', "today", "2019-09-03"),
    ],
)
def test_time_today_is_the_day_of_the_voice(text: str, expression: str, value: str) -> None:
    assert value_of(text, "2019-09-20", expression) == value


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "not_time"),
    [
        ("Police were called to 1909 Jolinda Drive on Tuesday.", "1909"),
        ("Officers found him in the 1800 block of Elm on Tuesday.", "1800"),
        ("People's Daily said on Tuesday that the talks went well.", "Daily"),
        ("The Sunday Times reported the sale on Tuesday.", "Sunday"),
        ("The Lakers won 102-99 on Tuesday.", "102-99"),
        ("A Beechcraft 1900 landed safely on Tuesday.", "1900"),
    ],
)
def test_time_names_addresses_and_scores_are_not_times(text: str, not_time: str) -> None:
    assert_no_time_in(text, "2019-09-20", not_time, kept="Tuesday")


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "kind", "value"),
    [
        ("The team moved to Denver in 2016. The next year, it won the title.",
         "The next year", "DATE", "2017"),
        ("Prices are expected to climb over the next year.", "the next year", "DURATION",
         "P1Y"),
        ("He was arrested on Sept. 3. He was released at 6:30 a.m. the following morning.",
         "6:30 a.m. the following morning", "TIME", "2019-09-04T06:30"),
    ],
)
def test_time_next_and_following_are_anchored_on_the_last_date(
    text: str, expression: str, kind: str, value: str
) -> None:
    found = [t for t in timexes_of(text, "2019-09-20") if t.text == expression]
    assert [(t.type, t.value) for t in found] == [(kind, value)]


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("published", "text", "expression", "value"),
    [
        # a bare form after a singular subject is a past the tagger read as a present, when
        # the verb's past is spelled like its present; a collective subject's present stays
        ("1991-11-04", "Heavy selling hurt the fund, which lost 2% on Friday.", "Friday",
         "1991-11-01"),
        ("1991-11-04", "The club hit back on Friday.", "Friday", "1991-11-01"),
        ("1991-11-04", "The council meet on Friday.", "Friday", "1991-11-08"),
        # a deadline in the past perfect has lapsed: the Friday before print
        ("1991-11-04", "The offer had been due to lapse on Friday.", "Friday", "1991-11-01"),
        # "the previous Friday" counts from the day the story is at, "last Friday" from print
        ("1991-11-06", "Shares closed on Nov. 1 at 40, up from the previous Friday.",
         "the previous Friday", "1991-10-25"),
        ("1991-11-06", "Shares closed on Nov. 1 at 40, up from last Friday.", "last Friday",
         "1991-11-01"),
    ],
)
def test_time_weekday_from_tense_and_narrative(
    published: str, text: str, expression: str, value: str
) -> None:
    assert value_of(text, published, expression) == value


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # transcripts spell years out
        ("The plant was shut in nineteen eighty-six and never reopened.",
         "nineteen eighty-six", "1986"),
        ("Prices last hit that level in the spring of nineteen ninety-two.",
         "the spring of nineteen ninety-two", "1992-SP"),
        ("The mayor promised a new bridge by the year two thousand.",
         "the year two thousand", "2000"),
        ("Earnings will fall in the last half of 1996.", "the last half of 1996", "1996-H2"),
    ],
)
def test_time_spelled_years_and_halves(text: str, expression: str, value: str) -> None:
    assert value_of(text, "1998-03-02", expression) == value


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "not_time"),
    [
        ("Some two thousand people marched on Sunday.", "two thousand"),
        ("The count gave nineteen ninety-four votes to the mayor on Sunday.", "nineteen"),
        ("He left in the last half hour of the meeting on Sunday.", "half"),
    ],
)
def test_time_spelled_numbers_that_are_no_years(text: str, not_time: str) -> None:
    assert_no_time_in(text, "1998-03-02", not_time, kept="Sunday")


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "kind", "value"),
    [
        # a results story is about one quarter; its other periods are read against it
        ("Acme earned $5 million in the third quarter. In the 1996 quarter it lost $1 million.",
         "the 1996 quarter", "DATE", "1996-Q3"),
        ("Acme earned $5 million in the third quarter, against $4 million in last year's "
         "quarter.", "last year's quarter", "DATE", "1996-Q3"),
        ("Acme earned $5 million in the third quarter. Sales in the latest period rose 4%.",
         "the latest period", "DATE", "1997-Q3"),
        # (a hyphenated modifier leaves "The" to its noun, as TimeML draws the extent)
        ("Acme lost $2 million in the 1996 period. The year-earlier results were restated.",
         "year-earlier", "DATE", "1996"),
        # a stretch reaching to the present is a length, not a point
        ("Crime has fallen in recent years.", "recent years", "DURATION", "PXY"),
    ],
)
def test_time_periods_of_a_results_report(text: str, expression: str, kind: str,
                                          value: str) -> None:
    found = [t for t in timexes_of(text, "1997-10-30") if t.text == expression]
    assert [(t.type, t.value) for t in found] == [(kind, value)]


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # the three months that end on July 31 lie mostly in the second quarter
        ("The retailer lost $2 million in the quarter ended July 31.", "the quarter",
         "1997-Q2"),
        ("The retailer lost $2 million in the quarter ended Sept. 30.", "the quarter",
         "1997-Q3"),
        # a quarter the story numbered wins: fiscal quarters are the company's own
        ("In its fiscal first quarter the retailer lost $2 million. In the quarter ended "
         "Sept. 30 sales rose.", "the quarter", "1997-Q1"),
    ],
)
def test_time_the_quarter_that_ended_on_a_day(text: str, expression: str, value: str) -> None:
    assert value_of(text, "1997-10-30", expression) == value


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "frequency"),
    [
        ("Crowds gather for a daily rally outside the court.", "daily"),
        ("The mayor hosts a weekly call-in show.", "weekly"),
        ("The board cut its quarterly dividend.", None),  # a kind of payment
        ("The party daily Sentinel printed the letter.", None),  # a newspaper
        ("Average daily traffic on the bridge is 40,000 cars.", None),  # a measure
    ],
)
def test_time_frequency_words_before_a_noun(text: str, frequency: str | None) -> None:
    sets = [t.text for t in timexes_of(text, "1997-10-30") if t.type == "SET"]
    assert sets == ([frequency] if frequency else [])


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("published", "text", "expression", "kind", "value"),
    [
        # a preposition before a possessive day belongs to the noun: no deadline here
        ("1998-02-06", "The index is below its level before December's report.", "December",
         "DATE", "1997-12"),
        ("1989-10-30", "Its stake before Friday's deal is small.", "Friday", "DATE",
         "1989-10-27"),
        # "the past year" names the year before print, as TimeBank reads it
        ("1998-03-03", "Membership of the club grew in the past year.", "the past year", "DATE",
         "1997"),
        ("1998-03-03", "The second alarm sounded a minute and a half later.", "a minute and a half",
         "DURATION", "PT1M30S"),
    ],
)
def test_time_possessives_past_units_and_halves(
    published: str, text: str, expression: str, kind: str, value: str
) -> None:
    found = [t for t in timexes_of(text, published) if t.text == expression]
    assert [(t.type, t.value) for t in found] == [(kind, value)]


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("published", "text", "expression", "kind", "value"),
    [
        ("1999-04-19", "The bakery burned down last Oct. 23.", "last Oct. 23", "DATE",
         "1998-10-23"),
        ("1989-11-02", "The index fell sharply in mid-afternoon yesterday.",
         "mid-afternoon yesterday", "TIME", "1989-11-01TAF"),
        # recurring days and months
        ("1998-02-13", "The quiz league meets on Tuesday nights.", "Tuesday nights",
         "SET", "XXXX-WXX-2TNI"),
        ("1998-02-13", "The shop is closed on Sundays.", "Sundays", "SET", "XXXX-WXX-7"),
        ("1998-03-22", "The fair comes to town each July.", "each July", "SET",
         "XXXX-07"),
        # "the full year" is the year the story is in, not a year it forecasts
        ("1989-10-30", "Analysts expect growth in 1992. The brewer forecast a gain for the full "
         "year.", "the full year", "DATE", "1989"),
    ],
)
def test_time_shifted_days_parts_of_days_and_recurrences(
    published: str, text: str, expression: str, kind: str, value: str
) -> None:
    found = [t for t in timexes_of(text, published) if t.text == expression]
    assert [(t.type, t.value) for t in found] == [(kind, value)]


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("published", "text", "expression", "kind", "value"),
    [
        ("1998-10-26", "The race is close with a week to go to Election Day.", "Election Day",
         "DATE", "1998-11-03"),
        ("1999-02-10", "The festival runs on April 24 and 25.", "25", "DATE",
         "1999-04-25"),
        ("2000-02-24", "He spoke of the post-1959 exodus.", "post-1959", "DATE", "1959"),
        ("1998-03-06", "By mid-afternoon, the shelling had stopped.", "mid-afternoon", "TIME",
         "1998-03-06TAF"),
        ("2000-04-05", "The plane leaves at 4 in the morning.", "4 in the morning", "TIME",
         "2000-04-05T04:00"),
        ("1989-10-27", "The mill lost money in the third quarter. Costs for that quarter rose.",
         "that quarter", "DATE", "1989-Q3"),
    ],
)
def test_time_holidays_day_lists_and_parts_of_days(
    published: str, text: str, expression: str, kind: str, value: str
) -> None:
    found = [t for t in timexes_of(text, published) if t.text == expression]
    assert [(t.type, t.value) for t in found] == [(kind, value)]


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("published", "text", "expression", "kind", "value"),
    [
        # a plan in a clause told in the past may have come and gone
        ("1999-10-24", "A concert planned for Saturday was called off.", "Saturday", "DATE",
         "1999-10-23"),
        ("1999-10-20", "A concert planned for Saturday will draw crowds.", "Saturday", "DATE",
         "1999-10-23"),
        # "set for" schedules
        ("1999-03-12", "Trade will top the agenda of a meeting set for Geneva in April.", "April",
         "DATE", "1999-04"),
        # a vague count of days after a day the story told: only the length is known
        ("1989-10-27", "A few days later, the ferry sank.", "A few days later",
         "DURATION", "PXD"),
    ],
)
def test_time_plans_and_vague_offsets(
    published: str, text: str, expression: str, kind: str, value: str
) -> None:
    found = [t for t in timexes_of(text, published) if t.text == expression]
    assert [(t.type, t.value) for t in found] == [(kind, value)]


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Farmers expect rain in the weeks ahead.", "the weeks ahead", "PXW"),
        ("Prices may fall in the coming months.", "the coming months", "PXM"),
        ("The bridge will stay closed for a while.", "a while", "PXX"),
        ("Over the years the village shrank.", "the years", "PXY"),
    ],
)
def test_time_vague_lengths(text: str, expression: str, value: str) -> None:
    found = [t for t in timexes_of(text, "1998-03-31") if t.text == expression]
    assert [(t.type, t.value) for t in found] == [("DURATION", value)]


@pytest.mark.slow
@pytest.mark.issue(18)
def test_time_weeks_placed_by_an_event_are_no_length() -> None:
    assert_no_time_in("His car was seen in the weeks before the shooting.", "1998-11-02", "weeks")


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "kind", "value"),
    [
        # transcripts spell days out
        ("The parade is this coming Sunday, March eighth.", "Sunday, March eighth", "DATE",
         "1998-03-08"),
        ("The vote is on the twenty-first of June.", "the twenty-first of June", "DATE",
         "1998-06-21"),
        # a period compared with the same one a year before
        ("Acme lost money in the third quarter. For the quarter a year ago it earned $2 "
         "million.", "the quarter a year ago", "DATE", "1996-Q3"),
        ("Acme lost money in the third quarter, against a profit for the corresponding period "
         "last year.", "the corresponding period last year", "DATE", "1996-Q3"),
        ("Acme lost money in the third quarter. Sales in the year-earlier nine months fell.",
         "nine months", "DURATION", "P9M"),
    ],
)
def test_time_spoken_days_and_compared_periods(text: str, expression: str, kind: str,
                                               value: str) -> None:
    found = [t for t in timexes_of(text, "1998-03-05") if t.text == expression]
    assert [(t.type, t.value) for t in found] == [(kind, value)]


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("published", "text", "expression", "value"),
    [
        ("2000-02-24", "The day before last Tuesday's match, the coach resigned.",
         "The day before last Tuesday", "2000-02-21"),
        # the week around a holiday; told days before it, in the past tense, it is still
        # this year's
        ("2000-04-17", "Shops closed early on Sunday as Easter week began.", "Easter week",
         "2000-W16"),
        ("2000-04-17", "Crowds filled the church at Christmas.", "Christmas", "1999-12-25"),
    ],
)
def test_time_days_around_named_days(published: str, text: str, expression: str,
                                     value: str) -> None:
    assert value_of(text, published, expression) == value


@pytest.mark.slow
@pytest.mark.issue(18)
def test_time_overnight_is_the_night_before_the_storys_day() -> None:
    text = ("Tokyo stocks ended weaker on Friday, dragged down by overnight selling abroad, "
            "and finished below the previous Friday.")
    found = {t.text: t.value for t in timexes_of(text, "1989-10-30")}
    assert found["overnight"] == "1989-10-26TNI"
    assert found["the previous Friday"] == "1989-10-20"


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # parts of a day in the narrator's voice are of the publication day
        ("The hearing opened on Sept. 3. This morning, lawyers argued again.", "This morning",
         "2019-09-20TMO"),
        ("The hearing opened on Sept. 3. Tonight the jury will rest.", "Tonight",
         "2019-09-20TNI"),
        # in a quote, of the day the quote was given
        ('The judge said on Sept. 3: "This morning was long."', "This morning",
         "2019-09-03TMO"),
        ('"Last night we hardly slept," the mayor said on Sept. 3.', "Last night",
         "2019-09-02TNI"),
        ('"We are tired tonight," the judge said on Sept. 3.', "tonight", "2019-09-03TNI"),
    ],
)
def test_time_parts_of_today_follow_the_voice(text: str, expression: str, value: str) -> None:
    assert value_of(text, "2019-09-20", expression) == value


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Its Q3 2012 results beat forecasts.", "Q3 2012", "2012-Q3"),
        ("Sales fell in 2012 Q4.", "2012 Q4", "2012-Q4"),
        ("Q4 was weak for the chain.", "Q4", "2012-Q4"),
        ("The firm raised its FY2013 guidance.", "FY2013", "2013"),
    ],
)
def test_time_quarter_and_fiscal_year_codes(text: str, expression: str, value: str) -> None:
    assert value_of(text, "2013-03-14", expression) == value


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "kind", "value"),
    [
        ("Since the start of the year, 200 people have died.", "the start of the year", "DATE",
         "2013"),
        ("The agency will publish the data on a monthly basis.", "monthly", "SET", "P1M"),
    ],
)
def test_time_parts_of_the_year_and_a_basis(text: str, expression: str, kind: str,
                                            value: str) -> None:
    found = [t for t in timexes_of(text, "2013-03-14") if t.text == expression]
    assert [(t.type, t.value) for t in found] == [(kind, value)]


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # the present or future at large, not a day
        ("Such rules make no sense in today's world.", "today", "PRESENT_REF"),
        ('"It matters for today\'s youth," she said on Monday.', "today", "PRESENT_REF"),
        ("Few of today's computers have that port.", "today", "PRESENT_REF"),
        ("We want the leaders of tomorrow on the board.", "tomorrow", "FUTURE_REF"),
        # a day's event stays a day
        ("Today's hearing on world trade was short.", "Today", "2013-03-14"),
        ("Tomorrow's vote is close.", "Tomorrow", "2013-03-15"),
    ],
)
def test_time_generic_today_is_no_day(text: str, expression: str, value: str) -> None:
    assert value_of(text, "2013-03-14", expression) == value


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a day right after a verb of saying is the day of the saying, even when the parser
        # hangs it on the future verb of what was said
        ("The bank said on Wednesday it would keep rates low.", "Wednesday", "2013-03-13"),
        ("The minister told reporters on Monday he will resign.", "Monday", "2013-03-11"),
        # a future verb of saying keeps its future
        ("He will say on Friday whether he runs.", "Friday", "2013-03-15"),
    ],
)
def test_time_day_of_the_saying(text: str, expression: str, value: str) -> None:
    assert value_of(text, "2013-03-14", expression) == value


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("published", "text", "expression", "value"),
    [
        # a day's possessive with a curly apostrophe reads as the straight one does
        ("2016-05-09", "Police said Friday’s shooting left two dead.", "Friday", "2016-05-06"),
        # a progressive announces its own act, not the time of the noun it takes
        ("2016-05-09", "Police are investigating Friday’s shooting on Elm Street.", "Friday",
         "2016-05-06"),
        ("2016-05-09", "The ministers are meeting on Friday.", "Friday", "2016-05-13"),
        # "will" still looks ahead through a noun
        ("2016-05-09", "Officials will review Friday's vote.", "Friday", "2016-05-13"),
    ],
)
def test_time_possessive_weekdays_of_past_events(
    published: str, text: str, expression: str, value: str
) -> None:
    assert value_of(text, published, expression) == value
