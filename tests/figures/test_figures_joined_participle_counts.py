"""A count a second participle takes alone, joined to a first that named its noun ("killing
at least 19 passengers and injuring 31"), counts the same people, though the tagger may mark
the lone number as a date; and "injuring" and "wounding" tell of people who lived,
so the count is no share of a larger death toll (issue 18).

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
        ("A bus plunged into a ravine, killing at least 19 passengers and injuring 31, the"
         " ministry said.", 19, 31),
        ("A coach veered off a cliff road early on Monday, killing at least 21 pilgrims and"
         " injuring 34, the interior ministry said.", 21, 34),
        ("A truck hit a crowd at a wedding on Saturday, killing at least 13 guests and"
         " injuring 31, the health ministry said.", 13, 31),
        ("A gas tanker exploded on a highway late on Thursday, killing at least 24 motorists"
         " and injuring 31, the regional governor said.", 24, 31),
        # ... as the same verbs with the noun said twice or with "others" already did
        ("Gunmen attacked a bus on Friday, killing 8 passengers and wounding 31 others, the"
         " army said.", 8, 31),
        ("A landslide buried a village overnight, killing at least 30 residents and injuring"
         " 12, the governor said.", 30, 12),
        ("A car bomb exploded outside a mosque, killing 40 worshippers and wounding 25.", 40,
         25),
        ("Heavy shelling hit the town on Sunday, killing 18 civilians and wounding 9, a local"
         " doctor said.", 18, 9),
        # wounds that killed tell no one lived
        ("A gunman shot five people at a store, fatally wounding all five, police said.", 5, 0),
        # a number a verb takes that is no count of people stays out
        ("The team scored 31 in the final quarter and won.", 0, 0),
    ],
)
def test_figures_joined_participle_counts(text: str, killed: float, injured: float) -> None:
    assert tolls(text) == (killed, injured)
