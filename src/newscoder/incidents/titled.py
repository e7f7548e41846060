"""What the headline adds to the lead incident: its town, its tolls, or the incident itself.

An analyst reads the headline first ("2 dead, 3 injured in Rocky Mount shooting"). A
record's title is no part of ``text``, so nothing read from it gets offsets: the incident
says which of its fields came from the title (``from_title``) and keeps the headline as
their evidence. The title only fills what the text leaves open or coarse:

* where: the headline's town when the text gives the incident no place, or only its county,
  state or country and the town lies inside it;
* how many: the headline's count of the dead where the text counts none or fewer (a death
  it tells without a number, "fatal shooting", is one; a murder-suicide two; not over the
  text's where the headline sums several shootings); its count of the hurt where the text
  counts none, or over the text's where the headline says "injured" of one shooting and not
  only of the worst hurt ("2 critically wounded"), or where the headline's count of
  everyone hit leaves more hurt than the text counts (the hurt of "6 shot" are the shot
  less the dead) and tells one occurrence;
* the incident itself: a page whose text tells no occurrence (a login form, a stub) but
  whose headline does ("Four shot outside Marion nightclub") has its lead incident there.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newscoder.context import Context
from newscoder.incidents.headline import HeadlineToll, headline_toll
from newscoder.incidents.lexicon import lexicon
from newscoder.incidents.story import namesake_in, story_place
from newscoder.incidents.when import precision as date_precision
from newscoder.incidents.when import story_day
from newscoder.incidents.where import RANK, home_country, place_precision, place_record
from newscoder.lexicon import read_words
from newscoder.model import Incident, IncidentPlace, Place
from newscoder.places import gazetteer
from newscoder.places.headline import headline_of, title_context
from newscoder.places.stage import famous_sense, market_state, title_places

TOWNS = ("city", "point")
# "in Durham", "at Rocky Mount", "near Gary": the word before a headline's place of the act
INTRODUCED = re.compile(r"\b(?:in|at|near|outside|inside|on)\s+(?:the\s+)?$", re.IGNORECASE)
# A capitalised name of one to three words after "in", "at" or "near", or before a word for
# a resident ("Pollok boy", "Orangeburg man"), in a headline.
_NAME = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
TOLD_TOWN = re.compile(
    rf"\b(?:in|at|near|outside)\s+(?P<at>{_NAME})\b"
    rf"|(?P<of>{_NAME})\s+(?:man|woman|men|women|boy|girl|teen|teenager|child|toddler|"
    r"couple|family|resident|student|mother|father|gang member)\b"
)


def read_headline(ctx: Context, incidents: list[Incident]) -> None:
    """Let the title fill the lead incident's open fields, or tell the lead incident where the
    text tells none."""
    text = headline_of(ctx)
    if text is None:
        return
    lead = next((i for i in incidents if i.lead), None)
    if lead is None:
        lead = _title_incident(ctx, text)
        if lead is None:
            return
        incidents.append(lead)
    if lead.place is None or RANK[lead.place.precision] > RANK["city"]:
        _place(ctx, lead, text)  # the headline is parsed only where its place may serve
    elif lead.place.source == "title" and "place" not in lead.from_title:
        lead.from_title.append("place")  # the story's town, named only in the headline
    if lead.place is None and "incident" in lead.from_title:
        # told only by the headline, which names no place: where the text's places are
        lead.place = story_place(ctx, None)
        if lead.place is not None and lead.place.source == "title":
            lead.from_title.append("place")  # the outlet's state, named in the title
    coarse = lead.place is None or RANK[lead.place.precision] > RANK["city"]
    if coarse and not ctx.analysis.places:
        town = _told_town(text, market_state(ctx))
        if town is not None and _within(town, lead.place):
            lead.place = place_record(town, "title", None)
            if "place" not in lead.from_title:
                lead.from_title.append("place")
    _tolls(lead, headline_toll(text))
    if lead.from_title:
        lead.headline = text


def _title_incident(ctx: Context, text: str) -> Incident | None:
    """An incident told only by the headline: a word of occurrence in it (not one it
    denies), dated on the story's day, else the publication day."""
    toll = headline_toll(text)
    told = (toll.killed, toll.least_killed, toll.hurt(), toll.least_hurt)
    counted = any(count is not None for count in told)
    if not counted and not _may_tell(text):
        return None  # most headlines tell no occurrence: no parse for them
    title = title_context(ctx)
    lex = lexicon()
    kinds = [
        lex.verb_kinds.get(t.lemma_.lower()) or lex.noun_kinds.get(t.lemma_.lower())
        for t in (title.doc if title is not None else [])
    ]
    kind = next((k for k in kinds if k and k != "casualty"), None)
    if kind is None and not any(kinds) and not counted:
        return None
    published = ctx.analysis.document.published
    incident = Incident(kind=kind or "violence", lead=True, from_title=["incident"])
    incident.date = story_day(ctx, published) or published
    incident.date_precision = date_precision(incident.date)
    return incident


def _may_tell(text: str) -> bool:
    """A word of the headline may be a form of an occurrence word ("shootings", "stabbed"):
    worth the parse that reads its lemmas."""
    stems = _occurrence_stems()
    return any(word.startswith(stems) for word in re.findall(r"[a-z]+", text.lower()))


@lru_cache(maxsize=1)
def _occurrence_stems() -> tuple[str, ...]:
    """The lemmas, a final "e" dropped ("collide" -> "collid", for "colliding")."""
    lex = lexicon()
    lemmas = {*lex.verb_kinds, *lex.noun_kinds}
    return tuple(sorted({w[:-1] if w.endswith("e") else w for w in lemmas}))


def _place(ctx: Context, lead: Incident, text: str) -> None:
    """The headline's town where the text gives none, or gives only a region around it."""
    town = _headline_place(ctx, text, lead.place is None)
    if town is None or not _within(town, lead.place):
        return
    lead.place = place_record(town, "title", None)  # the title has no offsets in text
    lead.from_title.append("place")


def _headline_place(ctx: Context, text: str, any_level: bool) -> Place | None:
    """The headline's place of the act: a town introduced by "in", "at" or "near" first,
    else its first town; a state or county only where the text gives no place at all. A
    place abroad in a story told at home is a namesake the gazetteer chose."""
    home = home_country(ctx)
    levels = ("point", "city", "admin2", "admin1") if any_level else TOWNS
    found = [
        _in_named_state(p, title_places(ctx)) for p in title_places(ctx)
        if p.geonameid and not p.demonym and not p.metonym
        and place_precision(p) in levels and home in (None, p.country)
    ]
    if not found:
        return None
    return min(found, key=lambda p: (
        RANK[place_precision(p)], not INTRODUCED.search(text[: p.start]), p.start
    ))


def _in_named_state(town: Place, places: list[Place]) -> Place:
    """A headline's town read in the state the headline names, where a town of its name
    lies there ("In tiny Tyrone, Mo., ..." is Tyrone, Missouri, whatever the gazetteer's
    first reading)."""
    if place_precision(town) not in TOWNS:
        return town
    states = [p.admin1 for p in places if p.admin1 and place_precision(p) == "admin1"]
    if not states or town.admin1 in states:
        return town
    return next((t for state in states if (t := namesake_in(town, state)) is not None), town)


def _told_town(text: str, market: str | None) -> Place | None:
    """On a page whose text names no place, a town the headline tells in the words that
    name a place of the act or of a resident ("shot in Haw River", "Lingle man kills ...")
    where the parser found none (headlines capitalise, and their tagger types such names as
    people or firms): the town of the name in the outlet's state, else the one the name
    stands for on its own, else the only town of the name; none where namesakes compete."""
    for match in TOLD_TOWN.finditer(text):
        name = match.group("at") or match.group("of")
        if name.split()[0].lower() in _title_words():
            continue
        towns = [
            c for c in gazetteer.lookup(name)
            if c.fclass == "P" and c.kind == gazetteer.PRIMARY
        ]
        chosen = next((c for c in towns if market is not None and c.admin1 == market), None)
        chosen = chosen or famous_sense(towns) or (towns[0] if len(towns) == 1 else None)
        if chosen is not None:
            return candidate_place(chosen, name)
    return None


def candidate_place(candidate: gazetteer.Candidate, text: str) -> Place:
    """A gazetteer entry as a place with no offsets in the text (the headline's)."""
    region = gazetteer.admin1(candidate.admin1) if candidate.admin1 else None
    return Place(
        start=0, end=0, name=candidate.name, geonameid=candidate.geonameid,
        lat=round(candidate.lat, 5), lon=round(candidate.lon, 5), country=candidate.country,
        feature_code=candidate.fcode, admin1=region.name if region is not None else None,
        text=text, coords_from=candidate.coords_from, precision="city",
    )


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Capitalised words of headlines that open no town's name ("Police", "Man", "Update")."""
    return frozenset(w.lower() for w in read_words("places", "headline_words.txt"))


def _within(town: Place, found: IncidentPlace | None) -> bool:
    """Whether the headline's town refines the place the text gave: none, or a region that
    holds it (its state or county, its country)."""
    if found is None:
        return True
    if RANK[found.precision] < RANK["admin2"] or RANK[place_precision(town)] > RANK["city"]:
        return False
    if found.precision in ("country", "region"):
        return found.country in (None, town.country)
    return found.country == town.country and found.admin1 == town.admin1


def _tolls(lead: Incident, toll: HeadlineToll) -> None:
    killed = toll.killed if toll.killed is not None else toll.least_killed
    # the headline's count of the dead is the story's total: a smaller count in the text
    # is a part of it ("4 dead in ..." over a lead that tells "killed her"), unless it sums
    # several shootings ("10 dead in weekend shootings")
    larger = toll.killed is not None and toll.killed > (lead.fatalities or 0) and not toll.several
    if killed is not None and (not lead.fatalities or larger):
        lead.fatalities = killed
        # "a fatal shooting" says at least one died: a count by convention, as "dozens" is
        lead.estimate = lead.estimate or toll.killed is None
        lead.from_title.append("fatalities")
    hurt = toll.hurt(lead.fatalities)
    said = toll.injured is not None and toll.injured != lead.injured and _whole(toll, lead.injured)
    if hurt is not None and (not lead.injured or said or _more_hit(toll, hurt, lead.injured)):
        lead.injured = hurt
        lead.from_title.append("injured")
    elif toll.least_hurt and not lead.injured and not lead.fatalities:
        # "Boy shot in leg": one hurt, where the text counts no one hit (the one shot of a
        # story that tells a death may be the dead)
        lead.injured = toll.least_hurt
        lead.estimate = True
        lead.from_title.append("injured")


def _more_hit(toll: HeadlineToll, hurt: int, told: int | None) -> bool:
    """ "4 shot outside bar" over a text that names two of the wounded: the headline's count
    of those hit is the story's total, so more hurt than the text counts is the toll; fewer
    may leave out a victim the headline counts apart ("1 dead, 3 shot"), and a headline of
    several shootings ("Two teens shot in separate shootings") counts no one incident."""
    counted = toll.injured is None or (toll.severe and toll.shot is not None)
    return counted and not toll.several and hurt > (told or 0)


def _whole(toll: HeadlineToll, told: int | None) -> bool:
    """Whether the headline's count of the hurt may stand for the text's: not where it counts
    several shootings ("8 hurt in weekend shootings") or, over a larger count, only the worst
    hurt ("2 critically wounded in shooting of five")."""
    return not toll.several and not (toll.severe and (toll.injured or 0) < (told or 0))
