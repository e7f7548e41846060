"""Counts of the people hit (issue 18, the GVA injured count).

- a count of people with gunshot wounds no larger than the dead, in a story that tells no
  one lived, is of the dead; a wound someone "succumbed to" tells no one lived;
- a person counted by an ordinal goes on from people named together ("a man and a woman
  ... a third person") and from a count of victims, past the parts of it told between;
- "attempted murder" tells no killing;
- one more person "also" shot whom the next sentence tells dead is not one more of the hurt.

Sentences are our own inventions.
"""

from __future__ import annotations

import pytest
from figures_reading import tolls


@pytest.mark.slow
@pytest.mark.issue(18)
@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # wounds of the dead
        ("Deputies called it a triple homicide. The three men had several gunshot wounds,"
         " the sheriff said.", 3, 0),
        ("Two teenagers were killed in the house. The deputies found two boys suffering"
         " from gunshot wounds in the kitchen.", 2, 0),
        ("Three people were killed in the house on Sunday. Officers found three men with"
         " gunshot wounds in the kitchen. Their father had succumbed to his injuries before"
         " the ambulance came.", 3, 0),
        # ... not where the story tells someone lived
        ("Two men were killed on Friday. Two women had gunshot wounds and are in critical"
         " condition.", 2, 2),
        ("Two men were killed on Friday. Two women were injured.", 2, 2),
        # ordinals going on from a count
        ("One man died on the sidewalk and two others, a teen and his mother, were rushed to"
         " a hospital. A third person who was wounded was found two blocks away.", 1, 3),
        ("A boy and his sister were shot on the porch. A third victim was found in the"
         " yard.", 0, 3),
        ("Officers found four victims who had been hit by gunfire. Three of the victims"
         " were men and one was a boy. A fifth victim was found later at a hospital.", 0, 5),
        ("A teen was shot on the porch. Another teen was arrested later.", 0, 1),
        # an attempt is no killing
        ("Officers found four victims who had been hit by gunfire. A fifth victim was found"
         " later at a hospital. Two men were charged with attempted murder.", 0, 5),
        # one more person, told dead in the next sentence
        ("The mother and her son were taken to a hospital after the gunman shot them. A"
         " third victim, a neighbour, was also shot in the flat. The 30-year-old did not"
         " survive.", 1, 2),
        ("The mother and her son were taken to a hospital after the gunman shot them. A"
         " third victim, a neighbour, was also shot in the flat. The 30-year-old is"
         " expected to recover.", 0, 3),
    ],
)
def test_figures_hit_counts_and_ordinals(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
