"""Reported speech whose content is a clause around the cue (issue 16): a verb of saying in
an 'as' clause reports the clause it hangs on, a passive of belief or judgement reports its
subject with the predicate, and marks that hold only part of a reported clause are mixed
speech with the whole clause."""

from __future__ import annotations

import pytest
from quotes_reading import reports

from newscoder import analyze


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        (
            "As the ministry reported, the dam burst overnight.",
            "reported",
            "the dam burst overnight",
            "ministry",
        ),
        (
            "The river rose by two metres in a day, as the mayor noted.",
            "noted",
            "The river rose by two metres in a day",
            "mayor",
        ),
    ],
)
def test_quotes_as_clause_reports_its_head(text: str, cue: str, content: str, speaker: str) -> None:
    found = reports(text)
    assert cue in found, found
    said, who = found[cue]
    assert said == content
    assert who is not None and speaker in who


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    "text",
    [
        "As he explained how the pumps work, the crowd grew quiet.",
        "As the storm passed, the villagers returned.",
    ],
)
def test_quotes_as_clause_with_its_own_content_or_no_speech_reports_no_head(text: str) -> None:
    """'As he explained how ...' reports what he explained, not the clause it hangs on."""
    found = reports(text)
    assert not [c for c, _ in found.values() if "crowd" in c or "villagers" in c], found


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "cue", "subject"),
    [
        ("The new bridge is expected to open in May.", "expected", "The new bridge"),
        ("The tax plan was widely criticised as unfair to farmers.", "criticised", "tax plan"),
    ],
)
def test_quotes_passive_of_a_view_reports_its_subject(text: str, cue: str, subject: str) -> None:
    """'X is expected to open': what is expected is that X opens, so X is in the content."""
    found = reports(text)
    assert cue in found, found
    assert subject in found[cue][0]


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    "text",
    [
        "The mayor was asked about the budget on Monday.",
        "The mayor was asked to resign before the vote.",
        "The mayor was urged to resign before the vote.",
    ],
)
def test_quotes_passive_asked_keeps_its_subject_apart(text: str) -> None:
    """'The mayor was asked to resign': the mayor is asked, not what was asked."""
    found = reports(text)
    assert not [c for c, _ in found.values() if "mayor" in c], found


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ('The clerk testified "hundreds" of files had gone missing.', "of files had gone missing"),
        ('The auditor reported the charity "spent far too much" on travel.', "the charity"),
    ],
)
def test_quotes_marks_inside_a_reported_clause_are_mixed_speech(text: str, clause: str) -> None:
    """Marks right after the cue that hold only part of the clause: the whole clause."""
    quotes = analyze(text).quotes
    mixed = [q for q in quotes if q.kind == "mixed"]
    assert mixed, [(q.kind, q.content) for q in quotes]
    content = text[mixed[0].content[0].start : mixed[0].content[-1].end]
    quoted = text.split('"')[1]
    assert clause in content and quoted in content


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('The coach said "we will win the cup".', "we will win the cup"),
        ('She told reporters: "The plan is dead."', "The plan is dead."),
    ],
)
def test_quotes_whole_clause_in_marks_stays_direct(text: str, quoted: str) -> None:
    quotes = analyze(text).quotes
    assert [text[q.content[0].start : q.content[-1].end] for q in quotes] == [quoted]
    assert quotes[0].kind == "direct"


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Prices rose by a third, according to the bureau, although wages stayed flat.",
            "Prices rose by a third",
        ),
        (
            "The road stayed shut because, according to the police, the old bridge was unsafe.",
            "the old bridge was unsafe",
        ),
        ("Ticket sales, according to the organisers, have doubled since March.", None),
    ],
)
def test_quotes_according_to_reports_the_clause_it_belongs_to(
    text: str, content: str | None
) -> None:
    """After a whole clause it closes that clause; after a conjunction it leads into the
    next; between a subject and its verb it sits inside the clause it reports."""
    found = reports(text)
    assert "according to" in found, found
    expected = content if content is not None else text.rstrip(".")
    assert found["according to"][0] == expected


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    "text",
    [
        "Lena Holt spoke for an hour.\n\nDo you support Lena Holt? Like our page.",
        "Do you think Lena Holt should resign? Tell us below.",
        "You may think the tunnel is too costly, but it will pay for itself.",
    ],
)
def test_quotes_the_reader_says_nothing(text: str) -> None:
    """'you' outside quotation marks is the reader, addressed by the writer: no source."""
    assert analyze(text).quotes == []


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The senator went on to say that the port would close in June.",
            "that the port would close in June",
        ),
        (
            "The minister refused to admit that the figures were wrong.",
            "that the figures were wrong",
        ),
    ],
)
def test_quotes_a_verb_before_the_reporting_one_is_no_second_report(
    text: str, content: str
) -> None:
    """'went on to say that ...': one report, told by 'say', not a second one by 'went'."""
    found = reports(text)
    assert [c for c, _ in found.values()] == [content], found


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The senator castigated the trade deal on Monday.", "castigated", "the trade deal"),
        (
            "The governor voiced his doubts about the budget.",
            "voiced",
            "the budget",  # 'voiced his doubts about' is the cue, as PolNeAR reads it
        ),
        ("The mayor downplayed the risk of flooding.", "downplayed", "the risk of flooding"),
        (
            "The minister disavowed the remarks of her deputy.",
            "disavowed",
            "the remarks of her deputy",
        ),
    ],
)
def test_quotes_stance_taken_in_words_on_an_object(text: str, cue: str, content: str) -> None:
    """Verbs of a stance said aloud ('castigated', 'downplayed') report their object."""
    found = reports(text)
    assert found.get(cue, (None,))[0] == content, found


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The club chose its oldest member as captain for the season.", "chose"),
        ("The bank used the old depot as collateral for the loan.", "used"),
        ("The town kept the old mill as a museum of weaving.", "kept"),
    ],
)
def test_quotes_an_object_as_something_is_a_view_only_for_verbs_of_regard(
    text: str, verb: str
) -> None:
    """'painted X as a crook' is a view of X; 'chose X as captain' is an act."""
    assert verb not in reports(text)


@pytest.mark.slow
@pytest.mark.issue(16)
@pytest.mark.parametrize(
    "text",
    [
        "The long queue underscores the shortage of nurses in the town.",
        "The role of the army underscores the weakness of the council.",
    ],
)
def test_quotes_a_thing_that_underscores_says_nothing(text: str) -> None:
    """'underscore' is mostly said of things and events, so it is no listed cue."""
    assert reports(text) == {}
