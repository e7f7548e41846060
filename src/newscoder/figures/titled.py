"""The title's tolls: the headline is the story's first claim.

A document's title is, for a reader, the first thing it says: "2 wounded in shooting" over a
page whose text is a stub or boilerplate tells a toll the text never states. Where the title
is a line of the text (``title_span``) its figures are read with the text; where it is a field
apart from the text (a JSONL record's ``title``, a page's metadata), its counts are read here
with the headline reader of the incidents stage (:mod:`newscoder.incidents.headline`: "4
shot, 1 dead", "Gunman kills 2", "fatal shooting"), and become figures of their own with no
offsets (``from_title``). The title's count heads its category when
- the text heads none of that category (the body is silent on it), or
- the title's count is an update of the text's: more dead than the one victim the text
  counts (the lede tells only a part: "killed her" under "4 dead in ..."), or a count of the
  hurt the title says in words ("3 injured") that differs from the text's (a later count),
  unless the title rounds up several shootings or counts only the worst hurt.
A count of the hurt that the title only implies (everyone hit less the dead) fills a gap, or
heads where it is larger than the text's (the text tells a part of those hit); one person
hit that a title tells without a number ("Boy shot in leg", "shooting of 12-year-old boy",
"toe grazed by bullet", "Boy stable after shooting") only fills a gap. A title's
one death over a text that tells no death and one person hurt ("Teen dies after shooting")
is that person's: they no longer head the hurt.
"""

from __future__ import annotations

from dataclasses import replace

from newscoder.context import Context
from newscoder.figures.candidates import IMPLICIT, SUMMED
from newscoder.figures.headline import DEATH_CATEGORIES
from newscoder.incidents.headline import HeadlineToll, headline_toll
from newscoder.model import Figure
from newscoder.places.headline import headline


def title_text(ctx: Context) -> str | None:
    """The headline of a title that is no part of the text, without the outlet's parts."""
    document = ctx.analysis.document
    return None if document.title_span is not None else headline(document.title)


def add_title_tolls(ctx: Context, figures: list[Figure]) -> None:
    """Add the title's killed and injured as headline figures where they head (see above)."""
    text = title_text(ctx)
    if text is None:
        return
    toll = headline_toll(text)
    killed = _title_killed(figures, toll, text)
    dead = killed.value if killed is not None else _head_value(figures, DEATH_CATEGORIES)
    if killed is not None and killed.value == 1 and _one_hurt_died(figures, toll):
        _heads(figures, ("injured",))[0].headline = False
    _title_injured(figures, toll, text, dead)


def _one_hurt_died(figures: list[Figure], toll: HeadlineToll) -> bool:
    """ "Teen dies after weekend shooting" over a text that tells of no death and of one
    person hurt, counted from wording ("a 16-year-old was taken to a hospital"): the text is
    the earlier report of the one who died, not of another person hurt."""
    if toll.hurt(1) is not None or toll.least_hurt:
        return False
    if any(f.category in DEATH_CATEGORIES and not f.from_title for f in figures):
        return False
    heads = _heads(figures, ("injured",))
    return len(heads) == 1 and heads[0].qualifier == IMPLICIT and heads[0].value == 1


def _heads(figures: list[Figure], categories: tuple[str, ...]) -> list[Figure]:
    return [f for f in figures if f.headline and f.category in categories]


def _head_value(figures: list[Figure], categories: tuple[str, ...]) -> float | None:
    heads = _heads(figures, categories)
    return min(heads, key=lambda f: f.start).value if heads else None


def _title_killed(figures: list[Figure], toll: HeadlineToll, text: str) -> Figure | None:
    """The title's dead, where the text counts none or fewer; "fatal shooting" says one at
    least, a count by convention, so it only fills a gap."""
    value = toll.killed if toll.killed is not None else toll.least_killed
    body = _head_value(figures, DEATH_CATEGORIES)
    if value is None or value <= 0:
        return None
    # "2 dead, 7 hurt in ..." over a lede that tells one victim ("One man died"): the text
    # tells a part; a larger count over a text's own count of several, or told of several
    # shootings, is more often the title's roundup of more than one event, or its vaguer
    # count ("dozens killed")
    larger = toll.killed is not None and body == 1 and toll.killed > body and not toll.several
    if body is not None and not larger:
        return None
    qualifier = "exact" if toll.killed is not None else "at_least"
    return _replace_heads(figures, DEATH_CATEGORIES, _figure(value, "killed", text, qualifier))


def _title_injured(
    figures: list[Figure], toll: HeadlineToll, text: str, dead: float | None
) -> None:
    """The title's hurt: said in words, it beats a different count in the text (not a count
    over several shootings, nor a count by severity smaller than the text's); implied
    (the hit less the dead), it fills a gap or heads a smaller count of the text; told of
    one person with no number, it only fills a gap."""
    body = _head_value(figures, ("injured",))
    hurt = toll.hurt(int(dead) if dead is not None else None)
    # a title's count over several shootings ("8 hurt in weekend shootings") is a roundup:
    # the text's count of its own shooting stands
    said = toll.injured is not None and toll.injured != body and not toll.several
    if toll.severe and body is not None and toll.injured is not None and body > toll.injured:
        said = False  # "2 critically wounded" are a part of the text's five hurt
    if said and _counted_past(figures, toll):
        said = False  # "Four wounded" over a text that finds a fifth victim
    if _severe_part(toll):
        # "Four men shot, one critically": the one is a part of the hurt, the shot less
        # the dead are all of them, a count the title implies
        toll = replace(toll, injured=None)
        hurt, said = toll.hurt(int(dead) if dead is not None else None), False
    if hurt is not None and hurt > 0 and (body is None or said or _more_hit(toll, hurt, body)):
        _replace_heads(figures, ("injured",), _figure(hurt, "injured", text, "exact"))
    elif toll.least_hurt and body is None and not dead:
        # "Boy shot in leg": one hurt, where the text counts no one hit and no one dead (the
        # one shot of a story that tells a death may be the dead)
        _replace_heads(figures, ("injured",), _figure(toll.least_hurt, "injured", text,
                                                     "at_least"))


def _counted_past(figures: list[Figure], toll: HeadlineToll) -> bool:
    """The text's head of the hurt is a count it built past a count it states (one more
    person "also" shot, a "fifth victim", "three others" and the one in critical
    condition), larger than the title's: the title tells the first count (issue 18)."""
    heads = _heads(figures, ("injured",))
    return bool(heads) and toll.injured is not None and heads[0].qualifier == SUMMED and (
        heads[0].value > toll.injured
    )


def _severe_part(toll: HeadlineToll) -> bool:
    """The title's hurt are counted by severity, fewer than it says were hit."""
    shot, hurt = toll.shot, toll.injured
    return toll.severe and shot is not None and hurt is not None and shot > hurt


def _more_hit(toll: HeadlineToll, hurt: int, body: float | None) -> bool:
    """ "4 shot outside bar" over a text that tells of "two men" in hospital: a title that
    counts more people hit than the text counts hurt sums up the victims the text tells
    only a part of (those still in hospital, those found at one scene); a roundup of
    several shootings is no count of this one."""
    return body is not None and hurt > body and not toll.several


def _replace_heads(figures: list[Figure], categories: tuple[str, ...], title: Figure) -> Figure:
    for figure in _heads(figures, categories):
        figure.headline = False
    figures.append(title)
    return title


def _figure(value: int, category: str, text: str, qualifier: str | None) -> Figure:
    low = float(value)
    return Figure(
        start=0, end=0, value=low, category=category, low=low,
        high=None if qualifier == "at_least" else low, qualifier=qualifier, text=text,
        headline=True, from_title=True,
    )
