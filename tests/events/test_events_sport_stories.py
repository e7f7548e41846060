"""A story about sport codes no event (issue 15): invented match reports and news.

A match report's sentences often name no sport word of their own ("ahead of their clash
with Portugal in Porto", "she rallied to take the set"), so the sentence tests let their
violent and protest readings through. The story as a whole says it is sport
(sense.sport_story); a story of war or politics that names a game once stays coded, and so
does the act of an armed doer named as such in a story of sport (sense.beyond_play).
"""

from __future__ import annotations

import pytest
from events_reading import coded

from newscoder.model import Event


def events_of(text: str) -> list[Event]:
    from newscoder.eval.events import analyse

    found = analyse(text, "2024-03-05").events
    return [e for e in found if e.modality in ("asserted", "reported")]


def story(*sentences: str) -> str:
    return " ".join(sentences)


MATCH_REPORT = (
    "The coach named an unchanged squad for the qualifier in Cardiff.",
    "The striker has scored in each of his last four games for the club.",
)

SPORT_STORIES = [
    story(*MATCH_REPORT, "Wales prepare for Saturday's clash with Portugal in Porto."),
    story(*MATCH_REPORT, "The winger pulled out of the clash with Serbia after a knee injury."),
    story(
        "The top seed rallied to take the second set tie-break against the Swiss.",
        "She had trailed 4-1 in the opening set of the tournament final.",
        "Her coach said the title meant a great deal to the team.",
    ),
    story(
        "England's champion sprinter battled hard against the Jamaicans in Rome.",
        "The athletics season opens with a meeting in Doha, and the title is his to lose.",
        "His coach expects a medal in the relay as well.",
    ),
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize("text", SPORT_STORIES)
def test_a_sport_story_codes_no_event(text: str) -> None:
    assert events_of(text) == [], coded(events_of(text))


NEWS_WITH_A_GAME = [
    # war news that names a match once: the attack stands
    (
        story(
            "Rebels attacked an army base near Goma on Sunday.",
            "The fighting began hours after a football match in the town.",
            "The army said it had repelled the assault.",
        ),
        "19",
    ),
    # a bombing at a ground, told with the match around it: an armed doer is more than play
    (
        story(
            "A suicide bomber blew himself up outside a football stadium in Mogadishu on Friday"
            " as fans left the match, killing nine people.",
            "The home side had scored twice in the second half, and the coach praised his"
            " striker.",
        ),
        "18",
    ),
    # the police arresting a player in a match report: a state body acts
    (
        story(
            "Police arrested the team's striker in Madrid on Monday after the match.",
            "The club's coach said the player would miss the league final.",
        ),
        "17",
    ),
    # politics that names the game of politics: the arrest stands
    (
        story(
            "Police in Minsk arrested the opposition leader Viktor Orlov on Monday.",
            "His supporters said the government was playing a dangerous game.",
        ),
        "17",
    ),
]


@pytest.mark.slow
@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "root"), NEWS_WITH_A_GAME)
def test_news_naming_a_game_stays_coded(text: str, root: str) -> None:
    assert any(e.cameo.startswith(root) for e in events_of(text)), coded(events_of(text))
