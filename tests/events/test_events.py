"""Event coding: lexicon data, trigger mechanics, modality, arguments, and the seed article."""

from __future__ import annotations

import pytest

from newscoder.events.lexicon import load_lexicon, parse_conditions, read_patterns


def test_lexicon_is_loaded_once() -> None:
    assert load_lexicon() is load_lexicon()


@pytest.mark.parametrize(
    ("code", "plover"),
    [
        ("043", "CONSULT"),
        ("1832", "ASSAULT"),
        ("154", "MOBILIZE"),
        ("1622", "SANCTION"),
        ("072", "AID"),
        ("0241", "REQUEST"),  # appeals are requests in PLOVER 0.8
        ("010", "STATEMENT"),  # PLOVER drops statements; ours, through the override table
        ("163", "COERCE"),  # embargo: the one SANCTION code PLOVER moves to COERCE
    ],
)
def test_plover_category_of_cameo_code(code: str, plover: str | None) -> None:
    assert load_lexicon().plover(code) == plover


@pytest.mark.parametrize(
    ("table", "inner", "expected"),
    [
        ("commit", "0721", "0332"),  # will provide military aid → intent to provide it
        ("commit", "046", "036"),
        ("appeal", "0841", "0253"),
        ("demand", "0874", "1056"),
        ("refuse", "040", "125"),
        ("threaten", "194", "1384"),
        ("threaten", "999", "130"),
    ],
)
def test_framing_verbs_recode_their_complement(table: str, inner: str, expected: str) -> None:
    assert load_lexicon().compose(table, inner) == expected


def test_every_pattern_code_is_in_the_codebook() -> None:
    lexicon = load_lexicon()
    for patterns in lexicon.patterns.values():
        for pattern in patterns:
            assert pattern.blocks or lexicon.info(pattern.code) is not None, pattern


def test_goldstein_scores_come_from_the_codebook() -> None:
    lexicon = load_lexicon()
    assert lexicon.info("190").goldstein < 0 < lexicon.info("073").goldstein


def test_pattern_rows_and_conditions_parse() -> None:
    text = "trigger\tpos\twhen\tcode\tplover\nsuspend\tV\tobj=aid|loan;prt=off\t162\t\n"
    (pattern,) = read_patterns(text)[("suspend", "V")]
    assert pattern.code == "162" and pattern.plover is None
    assert dict(pattern.conditions) == {"obj": {"aid", "loan"}, "prt": {"off"}}
    assert parse_conditions("") == ()


# Invented sentences: (text, PLOVER category, CAMEO prefix, modality).
CODED = [
    ("Rebel gunners shelled the harbour district overnight.", "ASSAULT", "194", "asserted"),
    ("The cabinet suspended military aid to the northern militias.", "SANCTION", "162", "asserted"),
    ("The navy is preparing to deploy two frigates near the strait.", "MOBILIZE", "15", "planned"),
    (
        "Generals are considering a fresh offensive against the insurgents.",
        "ASSAULT",
        "19",
        "hypothetical",
    ),
    ("The envoy did not meet the rebel commanders.", "CONSULT", "04", "negated"),
    (
        "If the truce collapses, the militia could attack the airport.",
        "ASSAULT",
        "19",
        "hypothetical",
    ),
    ("Riot police arrested forty students outside the ministry.", "COERCE", "173", "asserted"),
    ("Nine shoppers died in a suicide bombing at a crowded bazaar.", "ASSAULT", "1831", "asserted"),
    ("Kenya will provide emergency food aid to Somalia.", "AGREE", "033", "asserted"),
    (
        "The opposition urged the president to release jailed journalists.",
        "REQUEST",
        "02",
        "asserted",
    ),
    ("Norway expelled three Iranian diplomats on Friday.", "SANCTION", "166", "asserted"),
    ("Chile, Peru and Bolivia signed a water-sharing treaty.", "SUPPORT", "057", "asserted"),
    (
        "Farm workers demonstrated in the capital against the new land tax.",
        "PROTEST",
        "141",
        "asserted",
    ),
    (
        "The foreign ministers held talks in Vienna on the border dispute.",
        "CONSULT",
        "04",
        "asserted",
    ),
    ("The junta imposed a curfew on the port city.", "COERCE", "1723", "asserted"),
    ("Chile and Bolivia renewed diplomatic ties after a long break.", "SUPPORT", "050", "asserted"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover", "cameo", "modality"), CODED)
def test_sentence_events(text: str, plover: str, cameo: str, modality: str) -> None:
    from newscoder.pipeline import analyze

    events = analyze(text, published="2021-05-04").events
    assert any(
        e.plover == plover and e.cameo.startswith(cameo) and e.modality == modality for e in events
    ), [(e.plover, e.cameo, e.modality) for e in events]
    for event in events:
        assert event.evidence.start < event.evidence.end
        assert event.trigger is not None and event.evidence.contains(event.trigger)
        assert event.goldstein is not None


# Statements of intent are coded as PLOVER codes them: (text, PLOVER, CAMEO prefix).
RECODED = [
    # a conditional threat stated by the actor itself
    (
        "Chad announced that it will recall its troops from Mali unless the junta holds elections.",
        "THREATEN",
        "13",
    ),
    # a refusal: a cooperative act the actor says it will not do
    ("Hungary said it would not accept any more asylum seekers this year.", "REJECT", "12"),
    # a commitment to force is a threat, not an agreement
    ("The rebels vowed to shell the capital if the offensive continues.", "THREATEN", "138"),
    # "X said Y must ...": a demand by X on Y
    ("The envoy said the militias must hand over their heavy weapons.", "REQUEST", "10"),
    # an attempt is coded as the act attempted
    ("Gunmen tried to assassinate the provincial governor on Monday.", "ASSAULT", "185"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover", "cameo"), RECODED)
def test_statements_of_intent(text: str, plover: str, cameo: str) -> None:
    from newscoder.pipeline import analyze

    events = analyze(text, published="2022-02-01").events
    assert any(
        e.plover == plover and e.cameo.startswith(cameo) and e.modality in ("asserted", "reported")
        for e in events
    ), [(e.plover, e.cameo, e.modality) for e in events]


# Another's forecast that an actor will not co-operate is no refusal by that actor.
FORECASTS = [
    "Observing that the rebels would not benefit from the new aid, the paper urged caution.",
    "The analyst noted that Kenya would not accept the refugees without more funding.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", FORECASTS)
def test_a_forecast_by_another_is_no_refusal(text: str) -> None:
    from newscoder.pipeline import analyze

    events = analyze(text, published="2022-02-01").events
    assert not [e for e in events if e.plover == "REJECT"], [
        (e.plover, e.cameo, e.modality) for e in events
    ]


@pytest.mark.slow
def test_nationless_actors_take_the_event_country() -> None:
    from newscoder.pipeline import analyze

    events = analyze(
        "Riot police arrested forty students in Nairobi.", published="2022-02-01"
    ).events
    (arrest,) = [e for e in events if e.plover == "COERCE"]
    assert arrest.source and arrest.source[0].country == "KEN"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The minister said the economy was growing faster than expected.",
        "The weather in the capital was cold and wet on Tuesday.",
        "Ten people were killed on the roads over the holiday weekend.",
        # figurative and everyday senses of event words
        "The young striker shot to the top of the scoring charts.",
        "She battled cancer for years before returning to the stage.",
        "The museum receives thousands of visitors every week.",
        "Angry fans phoned up to complain about ticket prices.",
        "The two supermarkets are locked in a price war over bread.",
        "The crisis threatens to engulf the whole banking sector.",
    ],
)
def test_no_event_without_an_event(text: str) -> None:
    from newscoder.pipeline import analyze

    counted = [e for e in analyze(text).events if e.modality in ("asserted", "reported")]
    assert counted == []


@pytest.mark.slow
def test_arguments_passive_compound_and_relative() -> None:
    from newscoder.pipeline import analyze

    text = (
        "The convoy was attacked by Taliban fighters near Kandahar. "
        "France, Germany and Italy signed a trade agreement. "
        "The rebels hold the town of Marib, to which Saudi Arabia is rushing weapons."
    )
    events = analyze(text, published="2019-06-01").events
    attack = next(e for e in events if e.plover == "ASSAULT")
    assert attack.source and attack.source[0].country == "AFG"
    # an agreement of co-ordinated parties: each signs with the others, as CAMEO codes it
    signing = {
        (s.country, t.country)
        for e in events
        if e.plover == "SUPPORT"
        for s in e.source
        for t in e.target
    }
    parties = ("FRA", "DEU", "ITA")
    assert signing == {(a, b) for a in parties for b in parties if a != b}
    aid = next(e for e in events if e.plover == "AID")
    assert aid.source and aid.source[0].country == "SAU"


@pytest.mark.slow
def test_event_in_a_quote_is_reported_and_linked() -> None:
    from newscoder.pipeline import analyze

    text = 'The spokesman said: "Our artillery shelled the rebel positions overnight."'
    analysis = analyze(text, published="2019-06-01")
    (event,) = [e for e in analysis.events if e.plover == "ASSAULT"]
    assert event.modality == "reported"
    if analysis.quotes:  # the quotes stage links the event to its quote
        assert event.quote is not None and event.attribution != "narrator"


# ---- the seed article -------------------------------------------------------------------
def _event_at(analysis, phrase: str, plover: str, trigger: str | None = None):  # type: ignore[no-untyped-def]
    text = analysis.text
    start = text.find(phrase)
    assert start >= 0, phrase
    end = start + len(phrase)
    found = [
        e
        for e in analysis.events
        if e.plover == plover
        and e.evidence.start < end
        and start < e.evidence.end
        and (trigger is None or text[e.trigger.start : e.trigger.end].lower().startswith(trigger))
    ]
    assert found, (
        phrase,
        plover,
        [(e.plover, e.cameo, text[e.trigger.start : e.trigger.end]) for e in analysis.events],
    )
    return found[0]


@pytest.mark.slow
@pytest.mark.shared
@pytest.mark.parametrize(
    ("phrase", "plover", "trigger", "modality"),
    [
        ("assembled Sunday in Paris", "CONSULT", "meeting", ("asserted",)),
        ("After meeting with Syrian National Coalition", "CONSULT", "meeting", ("asserted",)),
        ("We invite them to form", "REQUEST", "invite", ("asserted", "reported")),
        (
            "it had suspended its official aid shipments",
            "SANCTION",
            "suspended",
            ("asserted", "reported"),
        ),
        ("preparing to restart shipments", "AID", "shipments", ("planned",)),
        ("Fighting has erupted between rival factions", "ASSAULT", "fighting", ("asserted",)),
        ("car bombings", "ASSAULT", "bombings", ("asserted",)),
        ("massing its forces outside of Fallujah", "MOBILIZE", "massing", ("asserted",)),
        ("considering a renewed invasion", "ASSAULT", "invasion", ("hypothetical",)),
    ],
)
def test_seed_events(
    seed_analysis, phrase: str, plover: str, trigger: str, modality: tuple[str, ...]
) -> None:  # type: ignore[no-untyped-def]
    event = _event_at(seed_analysis, phrase, plover, trigger)
    assert event.modality in modality
    assert event.evidence.end > event.evidence.start


@pytest.mark.slow
@pytest.mark.shared
def test_seed_details(seed_analysis) -> None:  # type: ignore[no-untyped-def]
    kerry = _event_at(seed_analysis, "After meeting with Syrian National Coalition", "CONSULT")
    assert any(a.country == "USA" for a in kerry.source)
    bombing = _event_at(seed_analysis, "car bombings", "ASSAULT", "bombings")
    assert bombing.cameo.startswith("183")
    assert bombing.date == "2014-01-12"
    invitation = _event_at(seed_analysis, "We invite them to form", "REQUEST", "invite")
    # "We" in the statement is the group that issued it: one record, a list of countries
    assert {"USA", "GBR", "FRA"} <= {a.country for a in invitation.source}
    assert invitation.quote is not None
    massing = _event_at(seed_analysis, "massing its forces", "MOBILIZE")
    assert any(a.country == "IRQ" for a in massing.source)
    fighting = _event_at(seed_analysis, "Fighting has erupted", "ASSAULT", "fighting")
    assert fighting.place is None or fighting.place.country == "SYR"
    # "If ISIS really disappeared ...": nothing in that conditional is asserted.
    text = seed_analysis.text
    start = text.find("If ISIS really disappeared")
    end = text.find(".", start)
    assert not [
        e
        for e in seed_analysis.events
        if start <= e.trigger.start < end and e.modality in ("asserted", "reported")
    ]
    for event in seed_analysis.events:
        assert event.evidence.contains(event.trigger)
