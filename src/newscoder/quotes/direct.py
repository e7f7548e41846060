"""Direct quotations: each passage in marks gets its cue from the text beside it.

The cue is a reporting verb in the same sentence outside the marks: after the passage
(``"...," he said``), before it (``Kerry declared: "..."``), or between two passages that
are one quotation interrupted by its attribution (``"...," Rowland wrote, "..."``). A
passage with a cue before it but other words between (``said the talks were
"constructive"``) is mixed speech. A short passage with no cue (``"Geneva II"``, a scare-quoted
``"revolution."``) is a name or a scare quote, not speech. A paragraph that opens with a
passage and has no cue continues the previous paragraph's speaker.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newscoder.model import QuoteKind, Span
from newscoder.quotes.lexicon import QuoteLexicon
from newscoder.quotes.marks import Quoted

SENTENCE_END_BEFORE = re.compile(r"[.!?][\"”’')\]]*\s+(?=\S)")
SENTENCE_END_AFTER = re.compile(r"[.!?](?=[\"”’')\]]*(?:\s|$))")
POST_CUE_REACH = 16  # tokens between a passage and a cue after it ("..., the spokesman said")
CONTINUATION_GAP = 2  # paragraphs a speaker carries over to a following quotation
# A quotation in a phrase of where or when the cue was said is not what was said.
# How a cue hangs in the clause it interrupts ("X, the paper observed, is ...").
PARENTHETICAL = frozenset({"parataxis", "advcl", "ccomp", "conj", "acl"})
# How a scare-quoted word hangs on the noun it qualifies (the "interim" government).
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "nummod"})
# How the name a naming verb gives hangs on it (called it "a disgrace").
# What a cue reports that marks may hold only part of: a clause, an object.
MIXED_DEPS = frozenset({"ccomp", "xcomp", "dobj", "obj"})
NOUN_PHRASE_DEPS = MODIFIER_DEPS | {"det", "predet"}
NAMING_DEPS = frozenset({"oprd", "xcomp", "attr", "acomp", "ccomp", "dobj"})
SETTING_PREPS = frozenset(
    {"on", "in", "at", "during", "after", "before", "from", "while"}
)  # paragraphs a speaker carries over to a following quotation
# A signature after a quotation: a dash, then the speaker's name (and maybe a title after a
# comma) closing the line ('"..." ― Ana Ruiz, teacher'), as under epigraphs and reader
# responses.
SIGNATURE = re.compile(
    r"[^\S\n]*[―—–-][^\S\n]*(?P<line>[A-Z][^\n\"“”«»]{0,100}?)[^\S\n.]*\.?[^\S\n]*(?=\n|$)"
)
# Nothing after the closing mark but the end of its paragraph: the signature may be the
# next paragraph ('"..."' then '- Ana Ruiz.'), as fact-checks and reader panels set it.
TO_NEXT_PARAGRAPH = re.compile(r"[^\S\n]*\n\s*")
SIGNATURE_NAME_WORDS = 5  # at most this many words before a comma in a signature
SIGNATURE_WORDS = 14  # the whole signature line
DASHES = frozenset("―—–-")
# Words up to which a passage in title case is a title ('"A Change Is Gonna Come," she
# sang'), not speech; speech in capitals ('"WE WANT JUSTICE"') is not title case.
TITLE_WORDS = 8
LEAD_WORDS = 2  # words before lower-case marks that make them the end of a clause of the writer's


@dataclass(slots=True)
class DirectCandidate:
    """A quotation in marks with the token that cues it (if any), before speaker lookup."""

    passages: list[Quoted]
    cue: Token | None
    kind: QuoteKind = "direct"
    content: list[Span] = field(default_factory=list)
    continues: DirectCandidate | None = None  # the candidate whose speaker carries over
    paragraph: int = 0


class TokenIndex:
    """Tokens by character offset, built once per document."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.starts: list[int] = doc.to_array("IDX").tolist()  # no Token per word

    def within(self, start: int, end: int) -> list[Token]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [self.doc[i] for i in range(lo, hi)]


def is_cue(tok: Token, lex: QuoteLexicon) -> bool:
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("VERB", "AUX") and (lemma in lex.direct_cues or lemma in lex.quotation_cues):
        return lemma != "continue" or not any(c.dep_ == "xcomp" for c in tok.children)
    if tok.pos_ == "VERB" and any((lemma, c.lower_) in lex.quotation_phrasals for c in tok.rights):
        return True
    return tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to"


def colon_cue(tokens: list[Token], labels: frozenset[str]) -> Token | None:
    """'Clinton camp: ...', 'TRUMP: ...': a short name then a colon opens what it said."""
    words = [t for t in tokens if not t.is_space]
    if len(words) < 2 or len(words) > 5 or words[-1].text != ":":
        return None
    name = words[:-1]
    label = " ".join(t.lower_ for t in name)
    if name[0].lower_ in labels or label in labels or not name[0].text[:1].isupper():
        return None
    if any(t.pos_ in ("VERB", "AUX", "PRON") or t.is_punct for t in name):
        return None
    return words[-1]


def _reports_own_clause(cue: Token, end: int) -> bool:
    """'... to "vote your conscience" and said he was standing on principle', '"...," adding
    that its value had quadrupled': a second verb of saying, joined to the clause after the
    marks ('and said', ', adding'), with a clause of its own before the sentence ends or the
    next quotation opens (``end``), reports that clause; the quotation is the first verb's.
    So does any verb of saying after the marks whose clause opens with 'that' or 'whether'
    ('Granting that the mayor "got some things right," she did suggest that ...'): its
    content is that clause, and the marks belong to the words before it."""
    clauses = [c for c in cue.children if c.dep_ == "ccomp" and cue.i < c.i and c.idx < end]
    if cue.dep_ in ("conj", "advcl"):
        return bool(clauses)
    return any(_marked(c) for c in clauses)


def _marked(clause: Token) -> bool:
    return any(g.dep_ == "mark" and g.lower_ in ("that", "whether") for g in clause.children)


def is_title(text: str) -> bool:
    """'Meet the Press', 'Geneva II': every longer word capitalised."""
    words = [w for w in text.strip(" .,!?").split() if len(w) > 3]
    return bool(words) and all(w[:1].isupper() for w in words)


def word_count(text: str) -> int:
    return len(text.split())


def _lower_follows(text: str, pos: int) -> bool:
    """The first letter after ``pos`` (past closing marks and brackets) is lower-case."""
    rest = text[pos : pos + 12].lstrip("\"”’')] \t")
    return rest[:1].islower()


def signature_line(text: str, after: int) -> tuple[int, int] | None:
    """(dash offset, end of the name) of a signature right after a closing mark: a short
    run of capitalised words, perhaps a title after a comma, and nothing more on the line."""
    match = SIGNATURE.match(text, after)
    if match is None:
        return None
    line = match.group("line")
    name = line.split(",")[0].split()
    if not name or len(name) > SIGNATURE_NAME_WORDS or len(line.split()) > SIGNATURE_WORDS:
        return None
    if not all(w[:1].isupper() or w[:1] in "-'’." for w in name):
        return None
    dash = next(i for i in range(after, match.end()) if text[i] in DASHES)
    return dash, match.start("line") + len(line.split(",")[0].rstrip(" ."))


def _led_in(candidate: DirectCandidate) -> bool:
    """Mixed speech whose cue follows its marks ('The plan is "a mess," she said'): the
    writer's lead-in and the speaker's words, which a passage after it goes on with."""
    cue = candidate.cue
    return candidate.kind == "mixed" and cue is not None and cue.idx > candidate.passages[0].open


def is_dash(tok: Token) -> bool:
    """A signature's dash, alone or glued to the name ('-Mia')."""
    return tok.text[:1] in DASHES and (len(tok) == 1 or tok.text[1:2].isupper())


def signature_source(cue: Token) -> Token | None:
    """The signature's name: its last word before a comma or the line's end."""
    found = None
    first = cue.i + 1 if len(cue) == 1 else cue.i  # '-Mia Lund': the name starts at the dash
    for tok in cue.doc[first : first + SIGNATURE_NAME_WORDS + 1]:
        if tok.is_space or tok.text in ",.;" or "\n" in tok.text:
            break
        found = tok
    return found


class DirectFinder:
    """Attributes every passage in marks of one document."""

    def __init__(
        self, text: str, tokens: TokenIndex, lex: QuoteLexicon, paragraphs: list[tuple[int, int]]
    ) -> None:
        self.text = text
        self.tokens = tokens
        self.lex = lex
        self.paragraphs = paragraphs
        self.para_starts = [p[0] for p in paragraphs]

    def paragraph_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)

    def pre_window(self, passages: list[Quoted], k: int) -> tuple[int, int]:
        q = passages[k]
        start = self.paragraphs[self.paragraph_of(q.open)][0]
        if k and passages[k - 1].outer_end > start:
            start = passages[k - 1].outer_end
        cuts = [
            m.end()
            for m in SENTENCE_END_BEFORE.finditer(self.text, start, q.open + 1)
            if not self._abbreviation(m.start())
        ]
        if cuts:
            start = cuts[-1]
        elif start == self.paragraphs[self.paragraph_of(q.open)][0] and start > 0:
            start = self._colon_lead(start)
        return start, q.open

    def _colon_lead(self, para_start: int) -> int:
        """A paragraph that opens with a quotation after one ending in a colon: its last
        sentence ("Cruz continued:") is the lead-in."""
        before = self.text[:para_start].rstrip()
        if not before.endswith(":"):
            return para_start
        lead = max(before.rfind("\n"), 0)
        for cut in SENTENCE_END_BEFORE.finditer(before, lead):
            lead = cut.end()
        return lead

    def _abbreviation(self, dot: int) -> bool:
        """The full stop at ``dot`` ends 'Gov.', 'Sen.' or an initial, not a sentence; nor
        does one a lower-case word follows ('Rep. Ann Lee (D-Md.) said')."""
        if self.text[dot] != ".":
            return False
        if _lower_follows(self.text, dot + 1):
            return True
        start = dot
        while start > 0 and (self.text[start - 1].isalpha() or self.text[start - 1] == "."):
            start -= 1
        word = self.text[start:dot]
        return len(word) == 1 and word.isupper() or word.lower() in self.lex.abbreviations

    def post_window(self, passages: list[Quoted], k: int) -> tuple[int, int]:
        q = passages[k]
        end = self.paragraphs[self.paragraph_of(q.outer_end)][1]
        if k + 1 < len(passages) and passages[k + 1].open < end:
            end = passages[k + 1].open
        stop = next(
            (
                m
                for m in SENTENCE_END_AFTER.finditer(self.text, q.outer_end, end)
                if not self._abbreviation(m.start())
            ),
            None,
        )
        return q.outer_end, stop.end() if stop else end

    def cues_in(self, start: int, end: int) -> list[Token]:
        return [t for t in self.tokens.within(start, end) if is_cue(t, self.lex)]

    def find(self, passages: list[Quoted]) -> list[DirectCandidate]:
        found: list[DirectCandidate] = []
        k = 0
        while k < len(passages):
            candidate, used = self.attribute(passages, k)
            if candidate is not None:
                candidate.paragraph = self.paragraph_of(candidate.passages[0].open)
                if candidate.cue is None:
                    self._continue(found, candidate)
                if self._joins_previous(found, candidate):
                    found[-1].passages += candidate.passages
                    found[-1].content += candidate.content
                else:
                    found.append(candidate)
            k += used
        return [c for c in found if c.cue is not None or c.continues is not None or self._long(c)]

    def _joins_previous(self, found: list[DirectCandidate], candidate: DirectCandidate) -> bool:
        """A passage with no cue right after a direct quotation, in its paragraph or the next,
        is more of the same quotation ('"A," he said. "B."', or a new paragraph "C.")."""
        if not found or candidate.cue is not None or candidate.continues is not found[-1]:
            return False
        previous = found[-1]
        quoted = previous.kind == "direct" or _led_in(previous)
        return quoted and candidate.paragraph - previous.paragraph <= 1

    def _long(self, candidate: DirectCandidate) -> bool:
        words = sum(word_count(self.text[s.start : s.end]) for s in candidate.content)
        return words >= self.lex.min_unattributed_words

    def _governs(self, cue: Token, q: Quoted) -> bool:
        """The passage lies in what the cue reports (its clause or object), or the cue is a
        parenthesis in the passage's clause ('The fighting, the paper observed, is "..."');
        not a phrase such as 'said on "Meet the Press"'."""
        inside = self.tokens.within(q.start, q.end)
        if not inside or is_title(self.text[q.start : q.end]):
            return False
        chain = [inside[0]]
        while chain[-1].head.i != chain[-1].i and len(chain) < 40:
            chain.append(chain[-1].head)
        for below, tok in zip(chain, chain[1:], strict=False):
            if tok.i == cue.i:
                return below.dep_ != "prep" or below.lower_ not in SETTING_PREPS
        hangs = cue.head.i != cue.i and cue.dep_ in PARENTHETICAL and cue.head in chain
        return hangs or self._between_commas(cue)

    def _between_commas(self, cue: Token) -> bool:
        """', USA Today observed,': a cue set off by commas inside the reported clause."""
        doc = cue.doc
        after = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
        subject = next((c for c in cue.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
        if after is None or after.text != "," or subject is None:
            return False
        first = subject.left_edge.i
        before = next((t for t in reversed(doc[max(0, first - 3) : first]) if not t.is_space), None)
        return before is not None and before.text == ","

    def _continue(self, found: list[DirectCandidate], candidate: DirectCandidate) -> None:
        first = candidate.passages[0]
        para = candidate.paragraph
        lead = self.paragraphs[para][0]
        same_paragraph = bool(found) and found[-1].paragraph == para
        if not same_paragraph and any(c.isalnum() for c in self.text[lead : first.open]):
            return  # words before the passage: it is not a continuation
        if found and para - found[-1].paragraph <= CONTINUATION_GAP:
            previous = found[-1]
            if previous.cue is not None and is_dash(previous.cue):
                return  # a signature closes its quotation: what follows is someone else's
            candidate.continues = previous.continues if previous.cue is None else previous

    def attribute(self, passages: list[Quoted], k: int) -> tuple[DirectCandidate | None, int]:
        """The candidate for passage ``k`` and how many passages it takes up."""
        q = passages[k]
        post_start, post_end = self.post_window(passages, k)
        post = self._post_cue(post_start, post_end, self.text[q.end - 1 : q.end] in ",?!—")
        if post is None:
            post = self._signature(q)
        signed = post is not None and is_dash(post)
        if (
            post is not None
            and k + 1 < len(passages)
            and not signed
            and self._interrupted(passages, k, post_end)
        ):
            nxt = passages[k + 1]
            content = q.fragments + nxt.fragments
            return DirectCandidate([q, nxt], post, "direct", content), 2
        pre_start, pre_end = self.pre_window(passages, k)
        pre_cues = self.cues_in(pre_start, pre_end)
        pre = pre_cues[-1] if pre_cues else self._lead_in(pre_start, pre_end)
        words = self.text[q.start : q.end]
        short = word_count(words) < self.lex.min_direct_words
        if (short or word_count(words) <= TITLE_WORDS) and is_title(words) and not words.isupper():
            return None, 1  # a name or title: "Geneva II", "Meet the Press", a song or book
        if short and (self._modifier(q) or (pre is not None and self._naming(pre, q))):
            return None, 1  # the "interim" government; called the government "interim"
        ends_open = self.text[q.end - 1 : q.end] in ",?!—"
        adjacent = pre is not None and self._adjacent(pre, q)
        if pre is not None and not adjacent and self._governs(pre, q):
            return DirectCandidate([q], pre, "mixed", [self._mixed_content(pre, q)]), 1
        if post is not None and (pre is None or ends_open or not adjacent):
            if short and not self._adjacent_after(q, post):
                return None, 1
            lead = self._writers_lead(pre_start, q) if pre is None and self._set_off(q) else None
            if lead is not None:
                return DirectCandidate([q], post, "mixed", [Span(lead, q.end)]), 1
            return DirectCandidate([q], post, "direct", list(q.fragments)), 1
        if pre is not None and adjacent:
            lead = self.text[pre.idx : q.open].rstrip()
            clause = None if lead.endswith((":", ",")) else self._clause_around(pre, q)
            if clause is not None:
                return DirectCandidate([q], pre, "mixed", [clause]), 1
            if not short or lead.endswith((":", ",")):
                return DirectCandidate([q], pre, "direct", list(q.fragments)), 1
            if self._governs(pre, q):
                return DirectCandidate([q], pre, "mixed", [self._mixed_content(pre, q)]), 1
        if short:
            return None, 1  # a name, title or scare quote
        return DirectCandidate([q], None, "direct", list(q.fragments)), 1

    def _writers_lead(self, start: int, q: Quoted) -> int | None:
        """'Cutting the tax ''is a mistake,'' she said': marks that open in lower case after
        words of the same sentence complete a clause begun outside them, and the cue after
        them reports the whole clause (mixed speech). Where that clause starts; None when the
        marks open a sentence, follow a colon or comma (they are the words said), hold a
        capital (a quotation of its own) or open inside a noun phrase (a scare quote:
        'needled the CNN "reporter," she said')."""
        if not self.text[q.start : q.start + 1].islower() or self._inside_phrase(q):
            return None
        lead = self.text[start : q.open]
        words = lead.strip()
        if len(words.split()) < LEAD_WORDS or words.endswith((":", ",", ";", "—", "-")):
            return None
        return start + len(lead) - len(lead.lstrip())

    def _inside_phrase(self, q: Quoted) -> bool:
        """A word before the marks qualifies a noun inside them ('the CNN "reporter"')."""
        inside = self.tokens.within(q.start, q.end)
        if not inside:
            return False
        first = inside[0].i
        before = inside[0].doc[max(0, first - 3) : first]
        return any(
            t.dep_ in NOUN_PHRASE_DEPS
            and t.head.pos_ in ("NOUN", "PROPN")
            and q.start <= t.head.idx < q.end
            for t in before
        )

    def _set_off(self, q: Quoted) -> bool:
        """The passage ends on a comma, inside its marks or right after them: the clause of
        the cue follows ('"...," she said'), not more of the writer's sentence."""
        after = self.text[q.outer_end : q.outer_end + 1]
        return self.text[q.end - 1 : q.end] == "," or after == ","

    def _modifier(self, q: Quoted) -> bool:
        """A scare quote: the marked words qualify a noun outside the marks."""
        inside = self.tokens.within(q.start, q.end)
        tops = [t for t in inside if not q.start <= t.head.idx < q.end or t.head.i == t.i]
        return len(tops) == 1 and (
            tops[0].dep_ in MODIFIER_DEPS and tops[0].head.pos_ in ("NOUN", "PROPN")
        )

    def _naming(self, cue: Token, q: Quoted) -> bool:
        """'called the government "interim"', 'dubbed it "Plan B"': a name given, not words
        said; the marked words complete the object."""
        if cue.lemma_.lower() not in self.lex.naming_verbs:
            return False
        inside = self.tokens.within(q.start, q.end)
        has_object = any(c.dep_ in ("dobj", "obj") for c in cue.children)
        return has_object or any(t.dep_ in NAMING_DEPS and t.head.i == cue.i for t in inside)

    def _lead_in(self, start: int, end: int) -> Token | None:
        """No reporting verb, but the sentence leads into the marks with a colon or comma:
        its last verb ('Hillary shot back, "..."'), or the colon after a name ('... surprise
        pollster Daron Shaw: "..."') introduces the quotation."""
        tokens = [t for t in self.tokens.within(start, end) if not t.is_space]
        colon = colon_cue(tokens, self.lex.colon_labels)
        if colon is not None or not tokens or tokens[-1].text not in (":", ","):
            return colon
        if tokens[-1].text == ":" and len(tokens) > 1 and tokens[-2].pos_ == "PROPN":
            return tokens[-1]
        verbs = [t for t in tokens if t.pos_ == "VERB" and t.dep_ != "amod"]
        if verbs and any(c.dep_ in ("nsubj", "nsubjpass") for c in verbs[-1].children):
            return verbs[-1]
        if verbs and verbs[-1].tag_ == "VBG":
            return verbs[-1]  # "..., writing "..."": the participle's subject is the clause's
        return None

    def _post_cue(self, start: int, end: int, open_end: bool = False) -> Token | None:
        before = self.text[max(0, start - 3) : start]  # '.”', '."', ".''"
        after = self.text[start:end].lstrip(" \t*_")
        if "." in before and after[:1].isupper():
            return None  # '..."soft." He says ...': the sentence ended inside the marks
        tokens = self.tokens.within(start, end)
        for n, tok in enumerate(tokens[: POST_CUE_REACH + 1]):
            if is_cue(tok, self.lex):
                return None if _reports_own_clause(tok, end) else tok
            if tok.pos_ == "VERB" and n > 0:
                # '"...," he surmised.': a quotation left open on a comma and a short clause
                # of a speaker and a verb that ends the sentence; any verb there tells who spoke
                return tok if open_end and self._closing_clause(tok, end) else None
        return None

    def _signature(self, q: Quoted) -> Token | None:
        """The dash of a signature line right after the passage, as its cue."""
        if q.close is None:
            return None
        found = signature_line(self.text, q.outer_end)
        below = TO_NEXT_PARAGRAPH.match(self.text, q.outer_end)
        if found is None and below is not None and self._paragraph_ends(below.end()):
            found = signature_line(self.text, below.end())
        if found is None:
            return None
        dash = self.tokens.within(found[0], found[0] + 1)
        return dash[0] if dash and is_dash(dash[0]) else None

    def _paragraph_ends(self, start: int) -> bool:
        """The line at ``start`` is the whole of its paragraph."""
        para_end = self.paragraphs[self.paragraph_of(start)][1]
        return "\n" not in self.text[start:para_end].rstrip()

    def _closing_clause(self, verb: Token, end: int) -> bool:
        """The verb has a speaking subject close by and nothing after it but a few words."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or abs(subject.i - verb.i) > 4 or verb.dep_ not in ("ROOT", "parataxis"):
            return False
        if subject.pos_ not in ("PROPN", "PRON") and subject.ent_type_ != "PERSON":
            return False
        rest = self.text[verb.idx + len(verb) : end]
        return len(rest.split()) <= 3

    def _adjacent_after(self, q: Quoted, cue: Token) -> bool:
        return cue.idx - q.outer_end < 40

    def _interrupted(self, passages: list[Quoted], k: int, post_end: int) -> bool:
        """'"It is by no means certain," Rowland wrote, "that ..."': one quotation."""
        q, nxt = passages[k], passages[k + 1]
        between = self.text[q.outer_end : nxt.open]
        if self.paragraph_of(q.open) != self.paragraph_of(nxt.open) or post_end < nxt.open - 1:
            return False
        pre_start, pre_end = self.pre_window(passages, k)
        if any(c.isalnum() for c in self.text[pre_start:pre_end]):
            return False  # the first passage sits inside a sentence of the writer's
        lead = self.text[q.end - 1 : q.end]
        tail = between.rstrip()
        if tail.endswith((",", "—")):
            return lead in ",—-" or self.text[nxt.start : nxt.start + 1].islower()
        # '"A," X said. "B."': the attribution sits between two parts of one quotation
        return tail.endswith(".") and lead in ",?!—-" and "." not in tail[:-1].replace(". ", "")

    def _adjacent(self, cue: Token, q: Quoted) -> bool:
        """Nothing but the cue's objects and a colon or comma between the cue and the marks."""
        between = self.tokens.within(cue.idx + len(cue), q.open)
        if not between:
            return True
        last = self.text[cue.idx + len(cue) : q.open].rstrip()
        if last.endswith((":", ",")):
            return True
        return not any(t.pos_ in ("VERB", "AUX") for t in between)

    def _clause_around(self, cue: Token, q: Quoted) -> Span | None:
        """'testified "thousands" of emails were withheld', 'reported the star "gave $5,000"
        to the pair': marks that open right after the cue but hold only part of what it
        reports, the clause or object going on past them. The content is that clause; None
        when the marks hold all of it ('said "we will win"')."""
        for child in cue.rights:
            if child.dep_ not in MIXED_DEPS:
                continue
            last = child.right_edge
            start, end = child.left_edge.idx, last.idx + len(last)
            if start > q.start or end < q.end:
                continue
            before = self.text[start : q.open]
            after = self.text[q.outer_end : end]
            if any(ch.isalnum() for ch in before + after):
                return Span(min(start, q.start), max(end, q.end))
        return None

    def _mixed_content(self, cue: Token, q: Quoted) -> Span:
        start = cue.idx + len(cue)
        for tok in self.tokens.within(start, q.open):
            if not tok.is_punct and not tok.is_space:
                start = tok.idx
                break
        comp = next((c for c in cue.children if c.dep_ == "ccomp"), None)
        if comp is None or comp.left_edge.idx >= q.open:
            return Span(start, q.end)
        if comp.left_edge.idx > cue.idx:  # 'told parliament on Tuesday | that ...': whom
            start = comp.left_edge.idx  # and when are no part of what was said
        # 'says there is a "long road ahead" for the party': the reported clause goes on
        # past the marks, and the content with it
        last = comp.right_edge
        return Span(start, max(q.end, last.idx + len(last)))
