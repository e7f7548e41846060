"""A sector word before a thing describes it (issue 15): invented sentences.

"A criminal offence", "the media hype", "a poor display", "a TV appearance" and "a national
briefing" name no one: their modifiers are the agent words of the knowledge base (criminal,
media, TV, national), their heads are no actor (act_nouns.txt). They stood as the targets of
statements ("said the men had not committed a criminal offence": CRM). People and bodies
named by the same words stay actors.
"""

from __future__ import annotations

import pytest

from newscoder.model import Actor


def actors_of(text: str) -> list[tuple[str, str]]:
    from newscoder.eval.events import analyse

    found: list[Actor] = analyse(text, "2024-03-05").actors
    return [(a.code, text[a.start : a.end]) for a in found]


THINGS = [
    (
        "The solicitor said his clients had not realised the protest was a criminal offence.",
        "offence",
    ),
    ("The winger said he was enjoying all the media hype.", "hype"),
    ("The coach said the poor display had cost them the title.", "display"),
    ("Officials said they would provide a national briefing on Friday.", "briefing"),
    ("The senator said her TV appearance had gone well.", "appearance"),
]


@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "head"), THINGS)
def test_a_thing_a_sector_word_describes_is_no_actor(text: str, head: str) -> None:
    assert not any(said.endswith(head) for _, said in actors_of(text)), actors_of(text)


PEOPLE = [
    ("The criminal gang said it would not pay.", "criminal gang"),
    ("Media reporters said the minister had left.", "Media reporters"),
]


@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_people_named_by_the_same_words_stay_actors(text: str, name: str) -> None:
    assert any(said == name for _, said in actors_of(text)), actors_of(text)
