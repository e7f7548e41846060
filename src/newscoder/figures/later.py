"""A death after a wound: one of the hurt counted before who died of it (issue 18).

"Three riders were hurt when shots struck the tram. The toddler later died in
surgery": a single person told to die the way the wounded die ("later died", "succumbed",
"was pronounced dead at the hospital", "was taken off life support") was hurt first. Told
close after a count of the hurt, and after no other death in the story, that person is one of
the count: they move from the hurt to the dead and are not counted twice. A death told before
the count ("one man was killed and two were hurt; the man died at a hospital") is that death
again, and "others" ("a girl died and three others were hurt") are besides the dead.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from newscoder.context import Context
from newscoder.figures.candidates import IMPLICIT
from newscoder.figures.frame import ASSERTED
from newscoder.lexicon import read_lexicon
from newscoder.model import Figure


@lru_cache(maxsize=1)
def later_death() -> re.Pattern[str]:
    """The ways of telling a death that came after a wound, as one pattern."""
    raw = tomllib.loads(read_lexicon("figures", "figures.toml"))["outcomes"]
    return re.compile("|".join(f"(?:{p})" for p in raw["later_death_patterns"]), re.IGNORECASE)


def died_of_wounds(ctx: Context, figure: Figure) -> bool:
    """A single person's death told as one after a wound, in the words after theirs within
    their sentence."""
    if figure.category != "killed" or figure.modality != ASSERTED:
        return False
    if figure.qualifier not in (IMPLICIT, "exact") or figure.value != 1:
        return False
    span = ctx.doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None:
        return False
    rest = ctx.doc.text[figure.start : span.sent.end_char]
    return later_death().search(rest) is not None


def death_told_before(ctx: Context, figures: list[Figure], hurt: int) -> bool:
    """Whether the story tells a death before the count ``hurt`` (the headline's words
    aside: a title sums up what the text then tells)."""
    title = ctx.analysis.document.title_span
    return any(
        f.category == "killed" and f.modality == ASSERTED
        and not (title is not None and title.start <= f.start < title.end)
        for f in figures[:hurt]
    )
