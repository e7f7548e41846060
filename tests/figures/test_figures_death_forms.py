"""How English tells one death when no number does (issue 18): a named victim the tagger
does not know, a subject the parser hung elsewhere, a reduced relative.

Sentences are our own inventions.
"""

from __future__ import annotations

import pytest
from figures_reading import figures_of, headlines, killed, tolls


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name after "according to ...," is the subject of the verb that follows it
        ("According to the county coroner, Jalen Brookwater, 19, of Elmsford, died Sunday.", 1),
        # a clause with its own subject is no description of the noun before it
        ("The deputy told reporters that Orlan Pettifield was shot to death on Friday.", 1),
        # a reduced relative describes the noun just before it
        ("Officers released the name of the woman found shot and killed on Tuesday.", 1),
        # names the tagger does not know as people
        ("Quenton Marlowe died at the hospital.", 1),
        ("Nobody has been charged in the death of Tyrese Okonkwo-Bell.", 1),
    ],
)
def test_figures_death_forms_single_named_victim(text: str, expected: float) -> None:
    assert killed(text) == expected


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one who killed is no victim, however unknown the name
        ("Dashawn Pryor shot and killed a clerk at the store on Monday.", 1),
        # a town is no victim
        ("Three people died in Wexbridge after the storm.", 3),
    ],
)
def test_figures_death_forms_killers_and_places(text: str, expected: float) -> None:
    assert killed(text) == expected


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body found is one dead; the bodies "of" people named are those people
        ("Firefighters found a body in the burned garage on Monday.", 1),
        ("A body was pulled from the canal late Sunday, police said.", 1),
        ("Officers discovered the bodies of a woman and her son in the house.", 2),
        # a body that is no find, or no corpse, is nobody dead
        ("A knife was found beneath his body.", 0),
        ("Police found the body camera footage unclear.", 0),
        # a state before the noun says what befell the people counted
        ("Deputies arrived to find three dead men in the kitchen.", 3),
        ("Medics found two deceased individuals inside the trailer.", 2),
        # people nouns the lexicon lacked
        ("A hunter has been found dead near the creek.", 1),
        ("A seventh-grader died on Friday after the accident at his home.", 1),
        ("The gunmen opened fire, killing one visitor and wounding six others.", 1),
    ],
)
def test_figures_death_forms_bodies_states_and_people(text: str, expected: float) -> None:
    assert killed(text) == expected


@pytest.mark.slow
@pytest.mark.issue(18)
def test_figures_death_forms_wounded_before_the_noun() -> None:
    figures = figures_of("Two wounded soldiers were flown to a base hospital.", published=None)
    assert [(f.category, f.value) for f in figures if f.headline] == [("injured", 2)]


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        # the wound suffered is no victim; its "fatal" tells a death, "non-fatal" none
        ("A cashier suffered fatal wounds in the robbery.", 1, 0),
        ("Two others sustained non-fatal gunshot wounds.", 0, 2),
        # a dateline the parser makes the subject gives way to the person after it
        ("SPRINGDALE, Ark. - A 71-year-old man was shot to death outside his shop on Monday.",
         1, 0),
    ],
)
def test_figures_death_forms_wounds_and_datelines(text: str, dead: float, hurt: float) -> None:
    assert tolls(text) == (dead, hurt)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the ways a single death is told without "killed"
        ("A grandfather of six lost his life in the crash on Route 4.", 1),
        ("The deceased was identified as Edwin Tolliver, 58.", 1),
        ("Detectives named the murder victim as a 31-year-old nurse.", 1),
        ("The 23-year-old was pronounced dead at the scene.", 1),
        ("Wanda Fitch, 62, passed away at the hospital on Sunday.", 1),
        # a job lost, a victim who may have lived, a family of the dead: no death told
        ("He lost his job after the incident.", 0),
        ("The deceased's brother asked for privacy.", 0),
    ],
)
def test_figures_death_forms_other_wordings(text: str, expected: float) -> None:
    assert killed(text) == expected


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a life claimed is of the person after "of"; a life saved is nobody dead
        ("The crash on the bridge claimed the life of a 30-year-old cyclist.", 1),
        ("Lifeguards saved the life of a swimmer.", 0),
        # a death owned by a person, or "a death", is one dead
        ("The court heard about her nephew's shooting death.", 1),
        ("Troopers are investigating a suspicious death near the lake.", 1),
        # "the death penalty" and "a death investigation" tell no death
        ("Prosecutors will seek the death penalty.", 0),
        ("Police opened a death investigation.", 0),
    ],
)
def test_figures_death_forms_lives_and_deaths(text: str, expected: float) -> None:
    assert killed(text) == expected


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        # "another" after a count is one more person
        ("Two men were killed and another was wounded outside the bar.", 2, 1),
        ("Three people were killed and another was critically injured in the fire.", 3, 1),
    ],
)
def test_figures_death_forms_another(text: str, dead: float, hurt: float) -> None:
    assert tolls(text) == (dead, hurt)


@pytest.mark.slow
@pytest.mark.issue(18)
def test_figures_death_forms_place_is_no_name_of_the_dead() -> None:
    # "a Ridgefield girl" is named by a place, so the girl named later may be the one who died
    text = (
        "A 6-year-old Ridgefield girl died on Sunday.\n\n"
        "Police said Amara Lutz was shot by a cousin who was playing with a pistol."
    )
    assert tolls(text) == (1, 0)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "hurt"),
    [
        # people named together count together; a thing named with them does not
        ("A man and his dog were wounded by the gunfire.", 1),
        ("A boy was wounded after he and three others were shot near the park.", 4),
    ],
)
def test_figures_death_forms_named_together(text: str, hurt: float) -> None:
    heads = headlines(text)
    assert max(heads.get("injured", 0), heads.get("shot", 0)) == hurt


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        # who shoots themselves is the one hurt, not an agent of others' wounds
        ("Two boys accidentally shot themselves with a rifle in the barn.", 0, 2),
        # "fatally" or "mortally" wounded is killed
        ("A trooper was mortally wounded during the traffic stop.", 1, 0),
        ("The gunman fired, fatally wounding a sergeant and wounding the fire chief.", 1, 1),
    ],
)
def test_figures_death_forms_selves_and_mortal_wounds(
    text: str, dead: float, hurt: float
) -> None:
    assert tolls(text) == (dead, hurt)


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "hurt"),
    [
        # a passive "hit" in a sentence of shooting is a hit by gunfire
        ("Three guests were hit when the shooting broke out at the party.", 3),
        ("A girl was also struck during the gunfire but is expected to recover.", 1),
        # a hit by a car, or a hit with no shooting told, is none
        ("A jogger was struck by a car on the bridge.", 0),
        ("A cyclist was hit on the highway early Sunday.", 0),
    ],
)
def test_figures_death_forms_hit_in_a_shooting(text: str, hurt: float) -> None:
    heads = headlines(text)
    assert max(heads.get("injured", 0), heads.get("shot", 0)) == hurt


@pytest.mark.slow
@pytest.mark.issue(18)
def test_figures_death_forms_share_of_them_fatally() -> None:
    # "two of them fatally" is the dead among those shot; the rest are the wounded
    text = "Deputies said six people were shot, two of them fatally."
    assert tolls(text) == (2, 4)
