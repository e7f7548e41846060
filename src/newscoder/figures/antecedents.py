"""A counted group taken up by a plural pronoun: "Two men were found shot. They died later."

"They" as the subject of a death, right after a count of the hurt with no other count between,
is that group: the people counted died, so the count is of those hit ("shot") and its dead are
as many, none of them wounded and no one dead besides them.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newscoder.context import Context
from newscoder.figures.lexicon import lexicon
from newscoder.model import Figure

PLURAL_SUBJECTS = frozenset({"they"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# How many sentences after the count the pronoun may come: the next one, as a reader takes it.
PRONOUN_SENTENCES = 1


def they_died(ctx: Context, figures: list[Figure], hurt: int) -> bool:
    """Whether a "they" that died takes up the count ``hurt``; if so the count becomes the
    shot and a killed figure of the same value, on the pronoun, is nested under it."""
    total = figures[hurt]
    pronoun = _pronoun_after(ctx, figures, total)
    if pronoun is None:
        return False
    start = pronoun.idx
    figures.append(
        replace(total, start=start, end=start + len(pronoun.text), text=pronoun.text,
                category="killed", parent=hurt, headline=False, updates=None)
    )
    total.category = "shot"
    return True


def _pronoun_after(ctx: Context, figures: list[Figure], total: Figure) -> Token | None:
    """The first "they" that died after ``total``, in its sentence or the next, with no other
    count of people between them."""
    doc = ctx.doc
    span = doc.char_span(total.start, total.end, alignment_mode="expand")
    if span is None:
        return None
    sentences = [s for s in doc.sents if s.end > span.start][: PRONOUN_SENTENCES + 1]
    end = sentences[-1].end if sentences else span.end
    for token in doc[span.end : end]:
        if token.lower_ not in PLURAL_SUBJECTS or token.dep_ not in SUBJECT_DEPS:
            continue
        if any(total.end <= f.start < token.idx for f in figures):
            return None  # another count between: "they" may be those
        return token if _died(token.head) else None
    return None


def _died(verb: Token) -> bool:
    """ "they died", "they later succumbed", "they were pronounced dead", "they were dead"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    death = lexicon().death_words  # die, succumb; dead, deceased
    if verb.lemma_.lower() in death:
        return True
    return any(c.dep_ in ("acomp", "oprd", "xcomp") and c.lower_ in death for c in verb.children)
