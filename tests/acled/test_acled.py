"""ACLED typing of events: the weapon, who acts against whom, territory, demonstrations,
strategic developments, what ACLED does not code, fatalities, and one type per incident.

Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from newscoder import analyze
from newscoder.acled.cues import CueIndex, Matches
from newscoder.acled.fatalities import killed_in
from newscoder.acled.incidents import SentenceInfo, group, lead_event
from newscoder.acled.rules import RulesError, load_rules, parse_rules
from newscoder.model import AcledType, Event, Figure, Span

pytestmark = pytest.mark.issue(23)


def lead_type(text: str) -> str | None:
    events = analyze(text).events
    lead = lead_event(events)
    return events[lead].acled.sub_event_type if lead is not None else None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A hand grenade thrown by militants exploded outside a bus depot in Karsa, "
         "wounding four passengers.", "Grenade"),
        ("A roadside bomb struck an army truck on the highway to Veld on Monday.",
         "Remote explosive/landmine/IED"),
        ("A bomber wearing an explosive vest blew himself up at a checkpoint in Orlo, "
         "killing three guards.", "Suicide bomb"),
        ("Warplanes bombed rebel positions near the town of Sarn overnight.", "Air/drone strike"),
        ("Artillery shells fired by the army landed on a village near Tamra, killing a farmer.",
         "Shelling/artillery/missile attack"),
        ("Doctors said the victims of the attack on Brel showed signs of exposure to sarin.",
         "Chemical weapon"),
    ],
)
def test_acled_weapon_decides_the_explosion_type(text: str, expected: str) -> None:
    assert lead_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels attacked an army checkpoint near Dalla and fought the soldiers for two hours.",
         "Armed clash"),
        ("Gunmen opened fire on worshippers leaving a church in Ostra, killing six civilians.",
         "Attack"),
        ("Soldiers raped several women during a raid on the village of Menk, witnesses said.",
         "Sexual violence"),
        ("Armed men kidnapped a district official and his driver on the road to Kessa.",
         "Abduction/forced disappearance"),
    ],
)
def test_acled_who_is_hit_decides_battles_against_violence_on_civilians(
    text: str, expected: str
) -> None:
    assert lead_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Government troops recaptured the town of Hadra from the insurgents on Sunday.",
         "Government regains territory"),
        ("Rebel fighters seized the town of Mirva after a week of fighting.",
         "Non-state actor overtakes territory"),
        ("The army withdrew from the border town of Selk, handing it over to the militia.",
         "Non-violent transfer of territory"),
    ],
)
def test_acled_territory_changing_hands(text: str, expected: str) -> None:
    assert lead_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands of teachers marched through the capital demanding higher pay.",
         "Peaceful protest"),
        ("Police fired tear gas and water cannon to disperse students protesting "
         "against the fee rise.", "Protest with intervention"),
        ("Security forces shot dead three demonstrators at a rally in the capital.",
         "Excessive force against protesters"),
        ("Protesters threw stones at police and set fire to cars outside the ministry.",
         "Violent demonstration"),
        ("An angry mob lynched a man accused of stealing a goat in the village of Orrin.",
         "Mob violence"),
    ],
)
def test_acled_demonstrations_by_who_uses_force(text: str, expected: str) -> None:
    assert lead_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested the opposition leader at his home in the capital on Friday.",
         "Arrests"),
        ("Soldiers seized a cache of rifles and ammunition hidden in a farmhouse near Dorr.",
         "Disrupted weapons use"),
        ("The two armed movements signed a ceasefire agreement in the capital.", "Agreement"),
        ("The army has set up a new military base outside the town of Kell.",
         "Headquarters or base established"),
        ("Militiamen looted shops and burned houses in the village of Tesk.",
         "Looting/property destruction"),
        # ... unless people are killed or wounded in it: then the attack is the event
        ("Gunmen raided the village of Tesk and set fire to dozens of houses. They killed at"
         " least nine farmers, residents said.", "Attack"),
    ],
)
def test_acled_strategic_developments(text: str, expected: str) -> None:
    assert lead_type(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Floods after days of heavy rain killed twelve people in the north of the country.",
        "A passenger plane crashed shortly after take-off, killing all 40 people on board.",
        "A fire broke out at a chemical plant on Tuesday and firefighters fought the blaze.",
        "Two men robbed a bank in the city centre and escaped with cash, police said.",
        "The foreign minister said the talks had been useful.",
    ],
)
def test_acled_not_coded_where_acled_codes_nothing(text: str) -> None:
    assert all(e.acled is None for e in analyze(text).events)


def sentence(index: int, paragraph: int, rule: str | None) -> SentenceInfo:
    own = next((r for r in load_rules().rules if r.acled.sub_event_type == rule), None)
    return SentenceInfo(index, 0, 0, paragraph, Matches(), [index], own)


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # a grenade, then "the attackers fled after the attack": one incident
        ([(0, 0, "Grenade"), (1, 0, "Attack")], [[0, 1]]),
        # a new paragraph is a new report
        ([(0, 0, "Grenade"), (1, 1, "Attack")], [[0], [1]]),
        # a sentence between without an event breaks the chain
        ([(0, 0, "Grenade"), (2, 0, "Attack")], [[0], [2]]),
        # an arrest after a bombing is another occurrence
        ([(0, 0, "Remote explosive/landmine/IED"), (1, 0, "Arrests")], [[0], [1]]),
        # no more sentences than the rules file allows
        ([(i, 0, "Armed clash") for i in range(5)], [[0, 1, 2], [3, 4]]),
    ],
)
def test_acled_incidents_group_neighbouring_sentences(
    sentences: list[tuple[int, int, str | None]], expected: list[list[int]]
) -> None:
    infos = [sentence(*row) for row in sentences]
    grouped = group(infos, load_rules().incident_sentences)
    assert [[info.index for info in incident] for incident in grouped] == expected


def test_acled_fatalities_come_from_the_events_own_killed_figure() -> None:
    text = ("A car bomb killed nine people in the market of Tessa on Monday. "
            "Last year a similar bombing there killed 40.")
    events = analyze(text).events
    lead = lead_event(events)
    assert lead is not None and events[lead].fatalities == 9


def figure(value: float, event: int | None, category: str = "killed", **extra: object) -> Figure:
    return Figure(0, 1, value, category, event=event, **extra)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("figures", "expected"),
    [
        ([figure(9, 0)], 9),
        ([figure(9, 1)], None),  # another event's toll
        ([figure(9, 0, "injured")], None),
        ([figure(9, 0), figure(3, 0, parent=0)], 9),  # a subset is not the toll
        ([figure(9, 0), figure(12, 0, updates=0)], 12),  # "rose to 12"
        ([figure(50, 0, modality="threatened")], None),  # "threatened to kill 50"
        ([figure(800, 0, modality="historical")], 800),  # a past event's own toll
        ([figure(float("inf"), 0)], None),  # no number at all
    ],
)
def test_acled_killed_in(figures: list[Figure], expected: int | None) -> None:
    assert killed_in(figures, 0) == expected


def event_at(start: int, acled: AcledType | None) -> Event:
    return Event("ASSAULT", "190", [], [], Span(start, start + 5), acled=acled)


def test_acled_lead_is_the_first_typed_event_in_text_order() -> None:
    clash = AcledType("Battles", "Armed clash")
    events = [event_at(50, clash), event_at(0, None), event_at(20, clash)]
    assert lead_event(events) == 2
    assert lead_event([event_at(0, None)]) is None


@pytest.mark.parametrize(
    ("words", "phrase", "found"),
    [
        (["they", "blew", "themselves", "up"], "blow themselves up", True),
        (["a", "bomb", "was", "dropped"], "drop * bomb", False),
        (["they", "dropped", "a", "bomb"], "drop * bomb", True),
        (["the", "coal", "mine"], "mine", True),
    ],
)
def test_acled_cue_phrases_match_words_or_lemmas(
    words: list[str], phrase: str, found: bool
) -> None:
    lemmas = [{"blew": "blow", "dropped": "drop"}.get(w, w) for w in words]
    matches = CueIndex({"cue": [phrase]}).find(words, lemmas, 0, len(words))
    assert matches.has("cue") is found


def test_acled_rules_file_spells_acleds_typology() -> None:
    rules = load_rules().rules
    assert all(rule.why for rule in rules)
    kinds = {(r.acled.event_type, r.acled.sub_event_type) for r in rules}
    assert {t for t, _ in kinds} == {
        "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests",
        "Riots", "Strategic developments",
    }
    assert len({s for _, s in kinds}) == 24  # all but "Other", which no cue can tell


@pytest.mark.parametrize(
    "broken",
    [
        '[[rule]]\nsub_event_type = "Grenade"\nevent_type = "E"\nall = ["nowhere"]\nwhy = "x"',
        '[[rule]]\nsub_event_type = "Grenade"\nevent_type = "E"\nall = ["w"]',
        '[[rule]]\nsub_event_type = "G"\nevent_type = "E"\nall = ["w"]\nsource = "x"\nwhy = "x"',
    ],
)
def test_acled_rules_file_errors_name_what_is_wrong(broken: str) -> None:
    head = (
        '[events]\nmaterial = []\nstrategic = []\nmodalities = []\nincident_sentences = 1\n'
        '[codes]\n[sides]\nstate_sectors = []\narmed_sectors = []\ncivilian_sectors = []\n'
        'state_words = ["a"]\narmed_words = ["b"]\ncivilian_words = ["c"]\nfighter_targets = []\n'
        '[words]\nw = ["word"]\n'
    )
    with pytest.raises(RulesError):
        parse_rules(head + broken)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("car bombings", "Remote explosive/landmine/IED"),
        ("rival factions", "Armed clash"),
    ],
)
def test_acled_seed_article(seed_analysis, phrase: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    text = seed_analysis.text
    typed = [
        e.acled.sub_event_type
        for e in seed_analysis.events
        if e.acled and phrase in text[e.evidence.start : e.evidence.end]
    ]
    assert typed and set(typed) == {expected}
