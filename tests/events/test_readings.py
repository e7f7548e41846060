"""Word sense, metaphor and direction: invented news sentences (the project's own words).

The first table lists sentences whose right answer is *no* violent event: sport, elections,
legal process, business, film-making and the figurative "attack", "battle", "fight",
"kill", "shoot" and "bomb" of everyday reporting. The second lists sentences where who did
what to whom matters: passives, victims, the agent of an event noun, compound actors.
"""

from __future__ import annotations

import pytest

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    """The events stage's own events (the stages after it, such as ACLED's, add theirs)."""
    from newscoder.eval.events import analyse

    return analyse(text, "2021-03-10").events


# CAMEO roots and codes that need a violent reading: assault, fight, mass violence, riots.
VIOLENT_ROOTS = ("18", "19", "20")
VIOLENT_CODES = ("145", "175", "1712")

NO_VIOLENCE = [
    # elections and politics
    "The two parties are locked in a fierce battle to win next month's general election.",
    "The prime minister and the opposition leader attacked each other's tax policies.",
    "The senator launched a blistering attack on the budget proposal.",
    "Campaigners vowed to fight the new housing law all the way to parliament.",
    "Republicans killed the immigration bill in committee on Tuesday.",
    "The governor fought off a challenge from within his own party.",
    "The mayor is battling a wave of criticism over the stadium deal.",
    "Opposition lawmakers torpedoed the government's pension reform.",
    "The minister shot down suggestions that she would resign.",
    "The coalition has been bombarded with complaints about rising fuel prices.",
    "The chancellor slashed spending on roads and bridges.",
    "Voters punished the ruling party in the regional elections.",
    "The president fired his chief of staff after a week of turmoil.",
    "The candidate hit back at critics who questioned her record.",
    "Union leaders blasted the offer as an insult to nurses.",
    "The finance minister attacked the central bank's decision to raise rates.",
    # legal process
    "The publisher is battling extradition to the United States.",
    "Police executed a search warrant at the businessman's home on Friday.",
    "The lawyers attacked the credibility of the prosecution's key witness.",
    "The company is fighting the fine in the European courts.",
    "The judge struck down the ban on street protests.",
    "The appeals court shot down the state's bid to revive the law.",
    "Her lawyers fought the deportation order for three years.",
    # sport
    "The visitors crushed the home side 4-0 on Saturday.",
    "The striker shot his team into the lead after ten minutes.",
    "The champion knocked out his challenger in the third round.",
    "Brazil beat Argentina in a bruising World Cup qualifier.",
    "The young batsman attacked the bowling from the first over.",
    "The Lakers destroyed the Celtics in the opening game of the series.",
    "The two clubs will battle for the title on the final day of the season.",
    "The goalkeeper was shot at from every angle in the second half.",
    "The rookie stole the show at the Open with a round of 64.",
    "Rangers were hammered by Celtic in the Glasgow derby.",
    # film, arts and media
    "The director shot most of the film in Morocco last winter.",
    "The band blew the crowd away with a two-hour set.",
    "Critics savaged the new musical after its opening night.",
    "The comedian killed it at the festival in Edinburgh.",
    "The novel explodes the myth of the happy suburban family.",
    "The studio is shooting a sequel in Budapest this summer.",
    # business and economy
    "Rising costs are killing small bakeries across the country.",
    "The airline fought a price war with its low-cost rivals.",
    "Shares in the carmaker crashed after the profit warning.",
    "The retailer slashed prices to win back shoppers.",
    "The tech giant is fighting a takeover bid from a rival.",
    "Inflation is eating into the savings of pensioners.",
    "The bank raided its reserves to cover the losses.",
    # health, weather and everyday life
    "She battled cancer for five years before returning to work.",
    "The town is fighting an outbreak of measles.",
    "A storm battered the coast overnight, cutting power to thousands.",
    "Doctors are fighting to save the sight of the injured boy.",
    "Floods destroyed hundreds of homes in the river valley.",
    "Smokers are killing themselves slowly, the health minister said.",
    "The heat wave is killing crops across the south.",
    # history and event names
    "The museum opened an exhibition on the 1967 war.",
    "Veterans of the Afghan war gathered in the capital on Sunday.",
    "The film tells the story of the battle of Stalingrad.",
    # ordinary crime and accidents
    "Two cars collided on the motorway, injuring four people.",
    "A man was found dead in his flat on Tuesday, police said.",
    "The boy drowned while swimming in the lake.",
    "A burglar broke into the pharmacy and stole cash.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", NO_VIOLENCE)
def test_readings_no_violent_event(text: str) -> None:
    events = events_of(text)
    violent = [
        (e.cameo, text[e.trigger.start : e.trigger.end] if e.trigger else "")
        for e in events
        if e.cameo.startswith(VIOLENT_ROOTS) or e.cameo in VIOLENT_CODES
    ]
    assert violent == []


# (text, CAMEO prefix, source country, target country): who acted on whom.
DIRECTION = [
    ("An American helicopter was shot down by Taliban fighters in Helmand.", "19", "AFG", "USA"),
    ("Three Kenyan soldiers were killed by al-Shabaab militants at the border.", "1", None, "KEN"),
    ("The Taliban's attack on the Afghan army base killed twelve soldiers.", "19", "AFG", "AFG"),
    ("Iraqi police arrested two Syrian smugglers at the crossing.", "173", "IRQ", "SYR"),
    ("A Nigerian schoolgirl was kidnapped by Boko Haram gunmen.", "181", "NGA", "NGA"),
    ("Russian troops shelled Ukrainian positions overnight.", "19", "RUS", "UKR"),
    ("Ukrainian positions were shelled by Russian troops overnight.", "19", "RUS", "UKR"),
    ("Israeli jets struck Hamas targets in Gaza on Monday.", "19", "ISR", "PSE"),
    ("Turkey and Greece condemned the attack.", "11", "TUR", None),
    ("Germany deported forty Afghan asylum seekers on Wednesday.", "174", "DEU", "AFG"),
    ("Forty Afghan asylum seekers were deported by Germany on Wednesday.", "174", "DEU", "AFG"),
    ("Egypt hosted Sudanese and Ethiopian ministers for talks on the dam.", "04", "EGY", "SDN"),
    # the one accused of an act is its doer, not the accuser
    ("Armenia accused Azerbaijan of shelling border villages on Sunday.", "19", "AZE", None),
    ("Kyiv blamed Moscow for the shelling of the power plant.", "11", "UKR", "RUS"),
    ("Chad was accused by Sudan of massing troops on the border.", "15", "TCD", None),
    # a participle without an auxiliary is passive: its noun is who it is done to
    ("Students detained by Iranian police were freed on bail.", "173", "IRN", None),
    ("Three Malian soldiers killed by jihadists were buried on Monday.", "19", None, "MLI"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "cameo", "source", "target"), DIRECTION)
def test_readings_direction(text: str, cameo: str, source: str | None, target: str | None) -> None:
    events = [e for e in events_of(text) if e.cameo.startswith(cameo)]
    described = [
        (e.cameo, [a.country for a in e.source], [a.country for a in e.target]) for e in events
    ]
    assert any(
        (source is None or source in {a.country for a in e.source})
        and (target is None or target in {a.country for a in e.target})
        and not (target and target in {a.country for a in e.source} and source != target)
        for e in events
    ), described


@pytest.mark.slow
def test_the_police_who_beat_protesters_are_the_source() -> None:
    # police of no stated country who beat a country's protesters are that country's (see
    # at_home): both sides are Kenyan, so the direction is read from the sectors
    events = [
        e
        for e in events_of("Two Kenyan protesters died after being beaten by police.")
        if e.cameo.startswith("18")
    ]
    assert any(
        any(a.code.endswith("COP") for a in e.source)
        and not any(a.code.endswith("COP") for a in e.target)
        and all(a.country == "KEN" for a in e.target)
        for e in events
    ), [(e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in events]
