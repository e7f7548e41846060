"""One code per actor per document, unless the text says it changed.

A name coded from the knowledge base in one sentence can come out as a bare role word, or as
another country's, in the next ("the KIA" after "the Kachin Independence Army"), when the
phrase alone says less. Mentions of one actor (one entity of the entities stage, else one
normalised name) then take the code of the actor's best-coded mention made for the same date:
the one that rests on a known name, else the one with a country. A mention coded from a known
name for its own date keeps its code: its role changed on that date (the RSF was the army's
paramilitary in 2019 and fights it since April 2023), which is what the text says.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newscoder.actors.normalize import name_key
from newscoder.model import Actor

DateOf = Callable[[Actor], str | None]


def identity(actor: Actor) -> str:
    """One actor: an entity of the entities stage, else a proper name; a role word alone
    ("fighters", "the police") is no identity, as it may stand for several actors."""
    if actor.entity_id is not None:
        return f"entity:{actor.entity_id}"
    if any(word[:1].isupper() for word in actor.name.split()):
        return f"name:{name_key(actor.name)}"
    return f"mention:{actor.start}"


def rank(actor: Actor) -> tuple[int, int, int]:
    """Lower is better: a known name, a country, then the earlier mention."""
    return (actor.kb_id is None, actor.country is None, actor.start)


def weaker(actor: Actor, best: Actor) -> bool:
    """Whether ``actor``'s code says less than ``best``'s: no known name behind it, and no
    country, or another country than the best's."""
    if actor.kb_id is not None or actor.code == best.code:
        return False
    return actor.country is None or actor.country != best.country


def one_code_per_actor(actors: Sequence[Actor], date_of: DateOf) -> None:
    """Give the mentions of one actor coded for one date the code of the best of them."""
    groups: dict[tuple[str, str | None], list[Actor]] = {}
    for actor in actors:
        groups.setdefault((identity(actor), date_of(actor)), []).append(actor)
    for mentions in groups.values():
        best = min(mentions, key=rank)
        if best.country is None:
            continue
        for actor in mentions:
            if weaker(actor, best):
                actor.code, actor.country, actor.sector = best.code, best.country, best.sector
