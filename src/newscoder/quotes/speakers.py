"""Who a quotation is attributed to: the source phrase a cue governs, resolved to a name.

Names come from the entities stage (``ctx.analysis.mentions`` / ``entities`` via
``entity_at``) when it has run; otherwise from spaCy's entities, with short person names
joined to the fullest name that ends the same way ("Kerry" → "John Kerry") and entities the
model mislabels as places or organisations ("Rowland" as ORG) taken as persons when a person
of that name is in the document. Pronouns go to the nearest preceding compatible mention
outside quotations, preferring sentence subjects and earlier speakers.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newscoder.context import Context
from newscoder.lexicon import lexicon_path
from newscoder.model import Mention, Span, Speaker
from newscoder.parse import doc_text
from newscoder.quotes.lexicon import QuoteLexicon

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
CLAUSE_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "acl"})
NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
GROUP_LABELS = frozenset({"ORG", "GPE", "NORP"})
# Personal pronouns besides the lexicon's: they stand for someone, who must be found.
PERSONAL = frozenset({"you", "me", "us", "them", "him", "her", "'s"})
POSSESSIVE = ("'s", "’s", "'", "’")
ANTECEDENT_WINDOW = 1500  # characters back a pronoun may look for its antecedent
WRITER = "the writer"  # the speaker of a first person outside quotations, with no byline
DEFINITE = frozenset({"the", "this", "that", "its", "their", "his", "her"})
RELATIVE = frozenset({"who", "which", "that", "whom"})
# Words that name a part of a group given by their 'of' phrase ('one of the aides', 'many of
# the workers'): the speaker is the part with its group, the word alone says nothing.
PARTITIVES = frozenset(
    {
        "one",
        "two",
        "three",
        "some",
        "many",
        "most",
        "several",
        "few",
        "all",
        "each",
        "both",
        "none",
        "half",
        "majority",
        "others",
        "any",
        "members",
        "dozens",
        "hundreds",
        "thousands",
    }
)


@dataclass(slots=True)
class Named:
    """A named mention that can be a source, with the name it resolves to."""

    start: int
    end: int
    label: str
    name: str
    entity_id: int | None = None
    subject: bool = False
    linked: bool = False  # named by the entities stage
    text: str = ""  # the mention as written, without determiner or possessive


def join_surnames(found: list[Named]) -> dict[str, str]:
    """Short person names take the fullest name that ends the same way ("Kerry" → "John
    Kerry"); a capitalised name the model labelled a place or organisation is a person when
    a person of that surname is in the document ("Rowland" tagged ORG)."""
    by_last: dict[str, str] = {}
    for named in found:
        if named.label == "PERSON":
            last = named.name.split()[-1].lower()
            if len(named.name) > len(by_last.get(last, "")):
                by_last[last] = named.name
    for named in found:
        if named.label == "PERSON" and named.linked:
            continue
        words = (named.text or named.name).split()
        last = words[-1].lower()
        if last not in by_last or not all(w[:1].isupper() for w in words):
            continue
        named.label = "PERSON"
        if len(words) == 1 or named.linked:
            named.name = by_last[last]
            named.entity_id = None
    return by_last


@lru_cache(maxsize=1)
def outlet_names() -> frozenset[str]:
    """Outlet names from the shared outlets list (read only)."""
    path: Path = lexicon_path("read", "outlets.tsv")
    if not path.exists():
        return frozenset()
    names = set()
    for line in path.read_text("utf-8").splitlines():
        if line and not line.startswith("#") and "\t" in line:
            names.add(line.split("\t")[1].strip().lower())
    return frozenset(names)


def strip_name(text: str) -> str:
    """'Al Jazeera 's' → 'Al Jazeera'; 'the Islamic Front' → 'Islamic Front'."""
    text = text.strip(" *_,")
    for suffix in POSSESSIVE:
        if text.endswith(suffix):
            text = text[: -len(suffix)].rstrip()
            break
    if text[:4].lower() == "the ":
        text = text[4:]
    return text


class Sources:
    """Per-document resolver from tokens to :class:`Speaker` records."""

    def __init__(self, ctx: Context, lex: QuoteLexicon, quoted: list[Span]) -> None:
        self.ctx = ctx
        self.doc: Doc = ctx.doc
        self.lex = lex
        self.quoted = quoted
        self.quoted_starts = [q.start for q in quoted]
        self.named = self._named_mentions()
        self.named_starts = [n.start for n in self.named]
        self.history: list[tuple[int, Speaker]] = []  # speakers found so far, by position

    # -- mentions -------------------------------------------------------------------------

    def _named_mentions(self) -> list[Named]:
        analysis = self.ctx.analysis
        if analysis.mentions and analysis.entities:
            found = [self._from_mention(m) for m in analysis.mentions]
            named = [n for n in found if n is not None]
        else:
            named = [
                Named(e.start_char, e.end_char, e.label_, strip_name(e.text))
                for e in self.doc.ents
                if e.label_ in NAMED_LABELS and strip_name(e.text)
            ]
        self.surnames = join_surnames(named)
        for one in named:
            one.subject = self._is_subject(one)
        named.sort(key=lambda n: n.start)
        return named

    def _from_mention(self, mention: Mention) -> Named | None:
        """A mention with its entity's name, unless the two share no word (a bad link)."""
        if mention.is_pronoun or mention.label not in NAMED_LABELS:
            return None
        name = strip_name(mention.text)
        if not name:
            return None
        if mention.entity_id is None:
            return Named(mention.start, mention.end, mention.label, name)
        entity = self.ctx.analysis.entities[mention.entity_id]
        known = entity.name.lower().split()
        if not name.isupper() and name.split()[-1].lower() not in known and entity.country is None:
            return Named(mention.start, mention.end, mention.label, name)
        return Named(
            mention.start, mention.end, entity.label, entity.name, entity.id, linked=True, text=name
        )

    def _is_subject(self, named: Named) -> bool:
        span = self.doc.char_span(named.start, named.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        return root.dep_ in SUBJECT_DEPS or (
            root.dep_ == "appos" and root.head.dep_ in SUBJECT_DEPS
        )

    def named_at(self, start: int, end: int) -> Named | None:
        i = bisect.bisect_right(self.named_starts, start) - 1
        while i >= 0 and self.named[i].end > start:
            if self.named[i].start <= start and end <= self.named[i].end + 3:
                return self.named[i]
            i -= 1
        return None

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.quoted_starts, pos) - 1
        return i >= 0 and pos < self.quoted[i].end

    # -- speakers -------------------------------------------------------------------------

    def remember(self, speaker: Speaker | None) -> None:
        if speaker is not None and speaker.kind != "pronoun":
            self.history.append((speaker.start, speaker))

    def speaker(self, tok: Token) -> Speaker | None:
        """The source named by ``tok`` (the head of a cue's subject or object)."""
        low = tok.lower_
        if tok.tag_ in ("WP", "WDT") or low in RELATIVE:
            return self._relative(tok)
        partitive = self._partitive(tok)
        if partitive is not None:
            return partitive
        if tok.pos_ == "PRON":
            return self.pronoun(tok)
        named = self.named_at(tok.idx, tok.idx + len(tok)) or self._named_inside(tok)
        if named is not None:
            kind = "person" if named.label == "PERSON" else "organisation"
            if self.is_media(named.name):
                kind = "media"
            return Speaker(named.name, named.start, named.end, named.entity_id, kind)
        return self._phrase(tok)

    def _partitive(self, tok: Token) -> Speaker | None:
        """'One of the mayor's aides', 'many of the workers': the part with its group."""
        if tok.lower_ not in PARTITIVES:
            return None
        group = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        if group is None or not any(c.dep_ == "pobj" for c in group.children):
            return None
        last = group
        for word in self.doc[group.i + 1 : group.right_edge.i + 1]:
            if word.is_punct:
                break  # a comment set off after the group ('..., who had waited') is not it
            last = word
        start, end = tok.idx, last.idx + len(last)
        return Speaker(doc_text(self.doc)[start:end], start, end, None, "group")

    def _relative(self, tok: Token) -> Speaker | None:
        """'Caillet, who said': the mention is "who", the name the noun it refers to."""
        clause = tok.head
        if clause.dep_ != "relcl" or clause.head.i == tok.i:
            return None
        found = self.speaker(clause.head)
        if found is None:
            return None
        return Speaker(found.name, tok.idx, tok.idx + len(tok), found.entity_id, found.kind)

    def _named_inside(self, tok: Token) -> Named | None:
        """A person named in apposition or compound to a common noun ("correspondent, X,")."""
        for child in tok.children:
            if child.dep_ in ("appos", "compound") and child.i > tok.i - 4:
                named = self.named_at(child.idx, child.idx + len(child))
                if named is not None and named.label == "PERSON":
                    return named
        return None

    def _phrase(self, tok: Token) -> Speaker:
        """A common or unrecognised proper noun phrase: a document, anonymous or a group."""
        left = tok.left_edge
        while left.i < tok.i and (left.is_punct or left.dep_ in ("cc", "preconj")):
            left = self.doc[left.i + 1]
        start, end = left.idx, tok.idx + len(tok)
        end = self._proper_tail(tok, end)
        text = doc_text(self.doc)[start:end]
        lemma = tok.lemma_.lower()
        if tok.pos_ == "PROPN":
            first = tok
            while first.i > left.i and self.doc[first.i - 1].pos_ == "PROPN":
                first = self.doc[first.i - 1]
            start = first.idx
            name = strip_name(doc_text(self.doc)[start:end])
            if name.split() and name.split()[-1].lower() in self.surnames:
                return Speaker(self.surnames[name.split()[-1].lower()], start, end, None, "person")
            kind = "media" if self.is_media(name) else "organisation"
            return Speaker(name, start, end, None, kind)
        if lemma in self.lex.document_nouns:
            return Speaker(self.document_name(tok, text), start, end, None, "document")
        if lemma in self.lex.anonymous_nouns and self._indefinite(tok):
            return Speaker(text, start, end, None, "anonymous")
        kind = "media" if self.is_media(text) else "group"
        return Speaker(text, start, end, None, kind)

    def _proper_tail(self, tok: Token, end: int) -> int:
        """Extend 'Observatory' by 'for Human Rights' when the tail is a proper name."""
        for child in tok.rights:
            if child.dep_ == "prep" and child.lower_ in ("for", "of", "on"):
                tail = list(child.subtree)
                if tail[-1].pos_ == "PROPN" and all(
                    t.pos_ in ("PROPN", "ADP", "DET") for t in tail
                ):
                    return tail[-1].idx + len(tail[-1])
        return end

    def _indefinite(self, tok: Token) -> bool:
        markers = self.lex.anonymous_markers
        return any(c.lower_ in markers for c in tok.lefts) or tok.tag_ == "NNS"

    def document_name(self, tok: Token, text: str) -> str:
        """'the statement' → 'Friends of Syria statement': who issued it, searched back."""
        lemma = tok.lemma_.lower()
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children):
            return text  # "any statements", "a report": not one issued earlier
        for prev in reversed(self.doc[max(0, tok.i - 400) : tok.i]):
            if prev.lemma_.lower() != lemma or prev.dep_ not in ("dobj", "obj"):
                continue
            verb = prev.head
            if verb.lemma_.lower() not in self.lex.issue_verbs:
                continue
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is None:
                continue
            return f"{self._issuer(subject)} {lemma}"
        return text

    def _issuer(self, subject: Token) -> str:
        named = self.named_at(subject.idx, subject.idx + len(subject))
        if named is not None:
            return named.name
        phrase = strip_name(self._head_phrase(subject))
        if len(phrase.split()) <= 6:
            return phrase
        named = self._first_named(subject)
        return named.name if named else phrase

    def _first_named(self, tok: Token) -> Named | None:
        for t in tok.subtree:
            if t.dep_ == "appos":
                break
            named = self.named_at(t.idx, t.idx + len(t))
            if named is not None:
                return named
        return None

    def _head_phrase(self, tok: Token) -> str:
        """The noun phrase of ``tok`` up to any apposition, clause or punctuation after it."""
        end = tok.idx + len(tok)
        for t in tok.subtree:
            if t.i > tok.i and (t.is_punct or t.dep_ in ("appos", "relcl", "acl")):
                break
            end = t.idx + len(t)
        return doc_text(self.doc)[tok.left_edge.idx : end]

    def is_media(self, name: str) -> bool:
        low = strip_name(name).lower()
        if low in self.lex.media_names or low in outlet_names():
            return True
        words = low.split()
        return len(words) > 1 and words[-1] in self.lex.media_words and name[:1].isupper()

    # -- pronouns -------------------------------------------------------------------------

    def pronoun(self, tok: Token) -> Speaker | None:
        low = tok.lower_
        start, end = tok.idx, tok.idx + len(tok)
        if low in self.lex.first_person and not self.in_quote(start):
            return Speaker(self.writer(), start, end, None, "author")
        if low in self.lex.person_pronouns:
            found = self.antecedent(start, {"PERSON"}) or self._role_subject(tok)
        elif low in self.lex.group_pronouns and low not in self.lex.first_person:
            found = self.antecedent(start, GROUP_LABELS)
        elif low in self.lex.thing_pronouns and stands_for_someone(tok, self.lex):
            found = self.antecedent(start, GROUP_LABELS)  # "The ministry ... It said"
        else:
            found = None
        if found is None and self._personal(low):
            return None  # issue 16: a pronoun no one is found for is no speaker
        if found is None:  # "some say", "everyone agrees": an unnamed group, as "critics"
            return Speaker(tok.text, start, end, None, "anonymous")
        return Speaker(found.name, start, end, found.entity_id, found.kind)

    def writer(self) -> str:
        """Who 'I' and 'we' are outside quotation marks: the writer of the piece, named by
        the byline when there is one ('I know that ...' in a column is the columnist's)."""
        document = self.ctx.analysis.document
        names = [a.name for a in document.authors] or ([document.author] if document.author else [])
        return ", ".join(names) if names else WRITER

    def _personal(self, low: str) -> bool:
        lex = self.lex
        pronouns = (lex.person_pronouns, lex.group_pronouns, lex.thing_pronouns, lex.first_person)
        return low in PERSONAL or any(low in words for words in pronouns)

    def antecedent(self, pos: int, labels: frozenset[str] | set[str]) -> Speaker | None:
        """Nearest preceding compatible subject or earlier speaker; else nearest mention."""
        best: tuple[int, Speaker] | None = None
        nearest: Speaker | None = None
        i = bisect.bisect_left(self.named_starts, pos) - 1
        while i >= 0 and pos - self.named[i].start < ANTECEDENT_WINDOW:
            named = self.named[i]
            i -= 1
            if named.label not in labels or self.in_quote(named.start) or self._front(named):
                continue
            kind = "person" if named.label == "PERSON" else "organisation"
            cand = Speaker(named.name, named.start, named.end, named.entity_id, kind)
            nearest = nearest or cand
            if named.subject:
                best = (named.start, cand)
                break
        for at, speaker in reversed(self.history):
            if at >= pos:
                continue
            compatible = _person_like(speaker, self.lex) == ("PERSON" in labels)
            if compatible and pos - at < ANTECEDENT_WINDOW and (best is None or at > best[0]):
                best = (at, speaker)
            break
        return best[1] if best else nearest

    def _role_subject(self, pronoun: Token) -> Speaker | None:
        """'The Labour leader toured a hospital. ... she said': with no person named before
        it, a 'she' or 'he' stands for the nearest earlier subject that is one person named
        by role ('the health secretary', 'the city's mayor'), as a reader takes it."""
        for tok in reversed(self.doc[: pronoun.i]):
            if pronoun.idx - tok.idx > ANTECEDENT_WINDOW or tok.idx < self._body_start():
                return None
            if tok.dep_ not in SUBJECT_DEPS or self.in_quote(tok.idx):
                continue
            if tok.tag_ == "NN" and tok.lemma_.lower() in self.lex.person_roles:
                return self._phrase(tok)
        return None

    def _body_start(self) -> int:
        return self.ctx.analysis.document.body_start

    def _front(self, named: Named) -> bool:
        """A name in the byline or the lines above the body: the writer's, or a headline's,
        never what a pronoun in the story stands for ('She warned ...' is no byline author)."""
        document = self.ctx.analysis.document
        byline = document.byline_span
        if byline is not None and byline.start <= named.start < byline.end:
            return True
        return named.start < document.body_start


# Verbs whose 'it' stands for no one: 'it seems', 'it goes without saying', 'it looks like'.
IMPERSONAL_VERBS = frozenset(
    {"seem", "appear", "look", "go", "sound", "remain", "happen", "matter"}
    | {"emerge", "transpire", "occur", "follow"}  # 'after it emerged that ...': no one said it
)


def stands_for_someone(pronoun: Token, lex: QuoteLexicon) -> bool:
    """'It said', 'it accused', 'it attacked Trump', 'it referenced ...': an 'it' that speaks
    or does what a full verb says stands for something that can act (a paper, an agency, a
    campaign). A copula's 'it' ('it is clear that', 'it's worth noting') and an impersonal
    verb's ('it appears that') stand for no one: the report they open names no source."""
    head = pronoun.head
    lemma = head.lemma_.lower()
    if lemma in lex.direct_cues or lemma in lex.indirect_cues:
        return True
    return (
        pronoun.dep_ == "nsubj"
        and head.pos_ == "VERB"
        and lemma not in IMPERSONAL_VERBS
        and not any(c.dep_ in ("acomp", "attr", "csubj") for c in head.children)
    )


def _person_like(speaker: Speaker, lex: QuoteLexicon) -> bool:
    """A speaker 'he' or 'she' can stand for: a named person, or one unnamed person ('an
    IOM spokeswoman told journalists. She warned ...', 'the health secretary'), not a group
    ('officials', 'the ministry')."""
    if speaker.kind == "person":
        return True
    last = speaker.name.split()[-1].lower() if speaker.name.split() else ""
    if speaker.kind == "group" and last in lex.person_roles:
        return True
    return speaker.kind == "anonymous" and not last.endswith("s")


def span_tokens(doc: Doc, start: int, end: int) -> SpacySpan | None:
    return doc.char_span(start, end, alignment_mode="expand")
