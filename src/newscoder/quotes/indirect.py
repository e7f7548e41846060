"""Reported speech: a reporting verb with a reported clause, and "according to X".

``X said (that) ...``, ``X told AFP ...``, ``X reports that ...``, ``X announced December 11
that ...``: the content is the verb's clausal complement. ``according to X, ...``: the content
is the rest of the clause the phrase sits in. Verbs of stance report what a source wants or
holds through their object (``urged Congress to act``, ``called for a ban``), and a headline
``Name: ...`` reports what Name said. The cue lists (``lexicons/en/quotes/cues.tsv``) were
chosen with PolNeAR train statistics: how often each verb is an annotated cue. Verbs inside
quotations are the quoted speaker's and are left alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newscoder.model import QuoteKind, Span
from newscoder.parse import doc_text
from newscoder.quotes.direct import colon_cue
from newscoder.quotes.lexicon import QuoteLexicon, lexicon

COMPLEMENT_DEPS = frozenset({"ccomp"})
OBJECT_ROLES = frozenset({"dobj", "dative", "pobj", "iobj"})
OBJECT_DEPS = frozenset({"dobj", "xcomp", "oprd", "dative"})
SPEAKING_PRONOUNS = frozenset({"i", "you", "who", "whom"})
NON_SOURCES = frozenset({"it", "there", "this", "that", "which", "what"})
MIN_CONTENT_CHARS = 2
SUBJECT_CONTROL = frozenset({"promise", "vow", "pledge", "threaten"})
# Words that open a clause: after them, a phrase 'according to X' leads into what follows.
OPENING_POS = frozenset({"CCONJ", "SCONJ"})
MIDDLE_CHARS = 8  # letters after 'according to X' that make it a phrase inside the clause


@dataclass(slots=True)
class IndirectCandidate:
    cue: Token
    source: Token | None
    content: Span
    kind: QuoteKind = "indirect"
    rest: Span | None = None  # the clause's part after a parenthetical cue ("A, he said, B")


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The source of a cue: its subject, or its governing clause's ("Asserting ..., the
    statement addressed ..."), or the noun a relative clause hangs on ("Caillet, who said")."""
    if depth == 0 and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:  # "was asked by host Bill Maher"
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        return None  # "Sanders was asked": the subject is addressed, the speaker unknown
    if depth == 0 and bare_participle(verb):
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:  # "When pressed by Holt, ...": Holt asked
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        return None  # "when asked about it, ...", "the towns known as ..."; not "While his
        # advisers have suggested", which has a subject of its own
    if verb.dep_ == "acomp" and depth < 3 and verb.head.i != verb.i:
        return subject_of(verb.head, depth + 1)  # "X was critical of ...": X's stance
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        return _person_first(subjects)  # a relative "who" is resolved by the speaker lookup
    share = share_subject(verb)
    if share is not None:
        return share  # "About 4 in 10 say ...", "Less than a third agreed ..."
    series = series_subject(verb)
    if series is not None:
        return series  # "X summed up Y as 'reckless,' denounced ...": X denounced
    if verb.dep_ == "relcl":
        return verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.dep_ == "ccomp":
        top = verb.head
        while top.dep_ == "ccomp" and top.head.i != top.i:
            top = top.head  # "X said the process could be 'messy,' adding": X adds
        return subject_of(top, depth + 1) if depth < 3 else None
    if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and _reports(verb):
        top = verb.head
        while top.dep_ == "ccomp" and top.head.i != top.i:
            top = top.head  # "X said he would resign and called on others to follow": X calls
        return subject_of(top, depth + 1) if depth < 3 else None
    if verb.dep_ == "pcomp" and depth < 3 and verb.head.head.i != verb.head.i:
        return subject_of(_phrase_governor(verb), depth + 1)  # "joined X in calling for ..."
    controller = _object_controller(verb)
    if controller is not None:
        return controller  # "Warren pressed Stumpf to admit ...": Stumpf admits
    if depth < 3 and verb.dep_ in ("advcl", "xcomp", "conj", "ccomp") and verb.head.i != verb.i:
        if verb.dep_ == "ccomp" and verb.head.lemma_ not in ("be",):
            return None
        return subject_of(verb.head, depth + 1)
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        noun = verb.head
        if depth < 3 and issued(noun):
            return subject_of(noun.head, depth + 1)  # "X released a statement saying": X
        if noun.lemma_.lower() in lexicon().document_nouns or noun.dep_ not in OBJECT_ROLES:
            return noun  # "a statement saying ...", "officials saying ..."
        governor = noun.head
        if verb.tag_ == "VBG" and noun.dep_ == "pobj" and governor.dep_ == "prep":
            governor = governor.head  # "said at a news conference announcing ...": she
        if depth < 3:
            return subject_of(governor, depth + 1)  # "emailed supporters saying ..."
    return None


def series_subject(verb: Token) -> Token | None:
    """'Reyes summed up Okafor as "reckless," denounced her record and said ...': the parser
    may take the first of a series of acts of one subject, closed by a comma, for a clause the
    next verb reports, leaving that verb with no subject. A finite verb with no subject of its
    own whose clause before it, in the same tense, has one: that subject is the verb's too."""
    if verb.tag_ not in FINITE_TAGS or verb.i == 0 or not verb.nbor(-1).is_punct:
        return None
    for clause in verb.lefts:
        if clause.dep_ == "ccomp" and clause.tag_ == verb.tag_:
            subjects = [c for c in clause.children if c.dep_ == "nsubj"]
            if subjects and not any(c.dep_ == "mark" for c in clause.children):
                return _person_first(subjects)
    return None


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Dependencies the parser gives a share standing for its subject ('About 4 in 10 | say',
# 'Less than a third | agreed'): a number or a fraction it reads as a modifier of the verb.
SHARE_DEPS = frozenset({"nummod", "npadvmod", "quantmod", "dep", "nmod"})
SHARE_ENTITIES = frozenset({"CARDINAL", "PERCENT"})


def share_subject(verb: Token) -> Token | None:
    """A poll's share of people that opens the clause right before a finite verb ('About 4
    in 10 say ...', 'Less than a third agreed ...', '47 percent said'): the parser may take
    it for the verb's modifier, leaving the verb with no subject, but it is who holds the
    view. Only for a share in touch with the verb, opening its clause."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    before = [c for c in verb.lefts if c.dep_ in SHARE_DEPS and c.right_edge.i == verb.i - 1]
    if not before:
        return None
    share = before[-1]
    if not any(t.ent_type_ in SHARE_ENTITIES or t.like_num for t in share.subtree):
        return None
    first = share.left_edge
    opens = first.i == verb.sent.start or first.nbor(-1).is_punct or first.nbor(-1).dep_ == "cc"
    return share if opens else None


PHRASE_CHAIN = frozenset({"prep", "pobj", "pcomp"})


def _phrase_governor(verb: Token) -> Token:
    """The word a gerund's phrase hangs on, through the phrases around it: 'joined X | in
    calling for ...' is the verb's; 'In addition to | stating that ..., Clinton has vowed'
    goes through 'addition' and 'In' to 'vowed', whose subject is the one who stated."""
    tok = verb.head.head
    while tok.dep_ in PHRASE_CHAIN and tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _object_controller(verb: Token) -> Token | None:
    """The doer of an infinitive after an object ('urged Congress to act', 'pressed him to
    admit'): the object, not the subject of the verb it hangs on. 'promise' keeps its
    subject ('promised voters to cut taxes': the one who promised cuts them)."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or head.lemma_.lower() in SUBJECT_CONTROL:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    objects = [c for c in head.children if c.dep_ in ("dobj", "dative") and c.i < verb.i]
    return objects[-1] if objects else None


def _reports(verb: Token) -> bool:
    """A verb of saying ('said', 'warned', 'called on')."""
    lex = lexicon()
    lemma = verb.lemma_.lower()
    if lemma in lex.direct_cues or lemma in lex.indirect_cues:
        return True
    return any((lemma, c.lower_) in lex.phrasal_cues for c in verb.children if c.dep_ == "prep")


def bare_participle(verb: Token) -> bool:
    """'When pressed by Holt, ...', 'the towns known as the Iron Valley', 'a ban proposed last
    year': a passive participle with no subject of its own. What it hangs on is what was
    spoken of, not who spoke; the speaker is its agent, if it has one."""
    return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and not _own_subject(verb)


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def issued(noun: Token) -> bool:
    """'released a statement', 'sent a tweet': a document its verb's subject put out."""
    lex = lexicon()
    return (
        noun.lemma_.lower() in lex.document_nouns
        and noun.dep_ in ("dobj", "obj")
        and noun.head.lemma_.lower() in lex.issue_verbs
        and any(c.dep_ == "nsubj" for c in noun.head.children)
    )


def _person_first(subjects: list[Token]) -> Token:
    """'Wikileaks editor-in-chief Kristinn Hrafnsson said': a parse may give the verb two
    subjects, the organisation and its officer; the person speaks, else the nearest."""
    people = [s for s in subjects if s.ent_type_ == "PERSON"]
    return (people or subjects)[-1]


def prepositional_source(cue: Token) -> Token | None:
    """'according to X': X, the object of 'to'."""
    nxt = cue.nbor() if cue.i + 1 < len(cue.doc) else None
    if nxt is None:
        return None
    for child in list(nxt.children) + list(cue.children):
        if child.dep_ == "pobj":
            return child
    return None


def trimmed(doc: Doc, start: int, end: int) -> Span:
    text = doc_text(doc)
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    return Span(start, end)


def find_indirect(
    doc: Doc,
    lex: QuoteLexicon,
    in_quote: Callable[[int], bool],
    thought: bool = True,
    objects: bool = True,
    generic: bool = True,
) -> list[IndirectCandidate]:
    """Every reporting verb with a clausal complement, and every 'according to X'; with
    ``objects``, stance verbs with what they are about ("urged Congress to act")."""
    cues = lex.indirect_cues | (lex.thought_cues if thought else frozenset())
    found = []
    for tok in doc:
        if in_quote(tok.idx):
            continue
        candidate = None
        if tok.text == ":" and 1 <= tok.i - line_start_token(tok) <= 4:
            candidate = colon_headline(doc, tok, lex)
        elif tok.lower_ == "according" and tok.i + 1 < len(doc) and tok.nbor().lower_ == "to":
            candidate = according_to(doc, tok)
        elif tok.pos_ in ("VERB", "AUX"):
            lemma = tok.lemma_.lower()
            if lemma in lex.indirect_cues or (lemma in cues and not first_person(tok, lex)):
                candidate = complement(doc, tok) or parenthetical(doc, tok, lex)
            elif generic:
                candidate = generic_complement(doc, tok, lex)
            if candidate is None and objects:
                candidate = stance_object(doc, tok, lex)
        if candidate is not None and span_length(candidate.content) >= MIN_CONTENT_CHARS:
            found.append(candidate)
    return found


def colon_headline(doc: Doc, colon: Token, lex: QuoteLexicon) -> IndirectCandidate | None:
    """'Clinton camp: Trump's words threaten security': a line that opens with a short
    name and a colon reports what that source said; the content runs to the line's end."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, colon.idx) + 1
    start_tok = doc.char_span(line_start, colon.idx + 1, alignment_mode="expand")
    found = colon_cue(list(start_tok), lex.colon_labels) if start_tok is not None else None
    if found is None or found.i != colon.i:
        return None
    line_end = text.find("\n", colon.idx)
    line_end = len(text) if line_end == -1 else line_end
    content = trimmed(doc, colon.idx + 1, line_end)
    if text[content.start : content.start + 1] in "\"“'‘":
        return None  # a quotation in marks: the direct finder's
    source = colon_source(colon)
    if not speech_like(doc, content, lex) and not _finding(source, colon, lex):
        return None  # 'Julian Assange: Sweden drops investigation': a topic, not a speaker
    return IndirectCandidate(colon, source, content)


def _finding(source: Token | None, colon: Token, lex: QuoteLexicon) -> bool:
    """'Poll: young voters turn away', 'Study: ...': a line opened by a poll, survey or
    report alone reports what it found, as 'in the poll, ...' does; a name before the colon
    needs a sign of speech after it (a topic line names whom it is about)."""
    if source is None or source.lemma_.lower() not in lex.source_documents:
        return False
    return source.i == line_start_token(colon) and source.i == colon.i - 1


def speech_like(doc: Doc, content: Span, lex: QuoteLexicon) -> bool:
    """A headline's words after 'Name:' read as that name's words only with a sign of a
    speaker in them: a quotation, a first or second person, a modal, a judgement ('is',
    'not'), or a demand (an imperative): a plain report of an event is a topic line."""
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    if span is None:
        return False
    for tok in span:
        low = tok.lower_
        if tok.text in "'‘’\"“”" or low in lex.speaker_words:
            return True
        if tok.tag_ == "MD" or tok.dep_ == "neg" or (tok.lemma_ == "be" and tok.dep_ != "aux"):
            return True
    root = span.root
    return root.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)


def colon_source(colon: Token) -> Token | None:
    """'Clinton camp: ...' → camp; 'Clinton to Planned Parenthood: ...' → Clinton."""
    if colon.i == 0:
        return None
    head = colon.nbor(-1)
    for tok in reversed(colon.doc[max(0, colon.i - 6) : colon.i]):
        if "\n" in tok.text_with_ws and tok.i < colon.i - 1:
            break
        if tok.lower_ in ("to", "on", "at", "about") and tok.i > 0:
            head = tok.nbor(-1)  # the source comes before whom it speaks to or about
    return head


def line_start_token(tok: Token) -> int:
    """Index of the first token of ``tok``'s line (looked at over a few tokens only)."""
    i = tok.i
    while i > 0 and tok.i - i < 6 and "\n" not in tok.doc[i - 1].text_with_ws:
        i -= 1
    return i


def can_speak(tok: Token, lex: QuoteLexicon) -> bool:
    """A subject that can hold a stance: a name, a personal pronoun, or a word for people."""
    low = tok.lower_
    if low in NON_SOURCES:
        return False
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    if tok.pos_ == "PRON":
        return low in lex.person_pronouns or low in lex.group_pronouns or low in SPEAKING_PRONOUNS
    return (
        tok.pos_ != "NOUN" or tok.tag_ == "NNS" or tok.lemma_.lower() not in lex.abstract_subjects
    )


def span_length(span: Span) -> int:
    return span.end - span.start


def stance_object(doc: Doc, verb: Token, lex: QuoteLexicon) -> IndirectCandidate | None:
    """'urged Congress to act', 'criticized the plan', 'called for a ban': the object."""
    lemma = verb.lemma_.lower()
    phrasal = [
        c for c in verb.children if c.dep_ == "prep" and (lemma, c.lower_) in lex.phrasal_cues
    ]
    if not phrasal and lemma not in lex.object_cues:
        return None
    subject = subject_of(verb)
    if subject is None or not can_speak(subject, lex):
        return None
    if phrasal:
        return IndirectCandidate(verb, subject, subtree_span(doc, phrasal, skip_head=True))
    parts = [c for c in verb.rights if c.dep_ in OBJECT_DEPS]
    if not parts:
        return None
    return IndirectCandidate(verb, subject, subtree_span(doc, parts))


def subtree_span(doc: Doc, parts: list[Token], skip_head: bool = False) -> Span:
    """From the first part's left edge (or the word after it) to the last part's right edge."""
    first = parts[0]
    start = first.left_edge.idx
    if skip_head and first.i + 1 < len(doc):
        start = doc[first.i + 1].idx
    last = parts[-1].right_edge
    return trimmed(doc, start, last.idx + len(last))


def first_person(verb: Token, lex: QuoteLexicon) -> bool:
    """'I think', 'we believe': the writer's own voice, not a source reported."""
    subject = subject_of(verb)
    return subject is not None and subject.lower_ in lex.first_person


def generic_complement(doc: Doc, verb: Token, lex: QuoteLexicon) -> IndirectCandidate | None:
    """Any verb with a 'that' clause and a subject that can speak ("Cruz hinted that ...")."""
    comp = next((c for c in verb.children if c.dep_ in COMPLEMENT_DEPS), None)
    if verb.pos_ != "VERB" or comp is None or comp.i < verb.i:
        return None
    if not any(c.lower_ == "that" for c in comp.children):
        return None
    subject = subject_of(verb)
    if subject is None or not can_speak(subject, lex):
        return None
    return complement(doc, verb)


def complement(doc: Doc, verb: Token) -> IndirectCandidate | None:
    comp = next((c for c in verb.children if c.dep_ in COMPLEMENT_DEPS), None)
    if comp is None:
        return None
    span = trimmed(doc, comp.left_edge.idx, comp.right_edge.idx + len(comp.right_edge))
    return IndirectCandidate(verb, subject_of(verb), span)


def parenthetical(doc: Doc, verb: Token, lex: QuoteLexicon) -> IndirectCandidate | None:
    """'The plan, she said, would fail': a reporting verb set off by commas inside the clause
    it reports, which the parser hangs on that clause's verb as parataxis. The content is the
    clause around it, in two fragments when the cue sits in its middle."""
    head = host_clause(verb)
    if verb.dep_ != "parataxis" or verb.lemma_.lower() not in lex.indirect_cues:
        return None
    subject = subject_of(verb)
    if subject is None or head.pos_ not in ("VERB", "AUX") or not can_speak(subject, lex):
        return None
    start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
    first, last = cue_words(verb)
    before = trimmed(doc, start, first.idx)
    after = trimmed(doc, last.idx + len(last), end)
    if head.i > verb.i and _speakers_act(head):
        after = Span(end, end)
    parts = [s for s in (before, after) if span_length(s) >= MIN_CONTENT_CHARS]
    if not parts:
        return None
    rest = parts[1] if len(parts) == 2 else None
    return IndirectCandidate(verb, subject, parts[0], rest=rest)


# What the parser may hang on a parenthetical cue that is part of the clause around it: the
# clause before it ('Though A, he said, B': 'Though A'), and the 'and' or 'but' after it.
REPORTED_BEFORE_CUE = frozenset({"ccomp", "advcl", "parataxis"})
CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def _speakers_act(host: Token) -> bool:
    """'"...," he said, not even needing to mention ...': a participle with no subject of
    its own after the cue, which the parser took for the sentence's verb, is what the
    speaker did, not more of what was said."""
    return host.tag_ == "VBG" and not any(c.dep_ in CLAUSE_SUBJECTS for c in host.children)


def cue_words(verb: Token) -> tuple[Token, Token]:
    """The first and last words of a parenthetical cue ('he said', 'she told me on Monday'):
    the verb with its own words, without a clause of the report hung on it. What follows it
    is its own ('he said, adding ...'), but for the word that joins the next clause."""
    own = [
        c
        for c in verb.children
        if not (c.i < verb.i and c.dep_ in REPORTED_BEFORE_CUE)
        and not (c.i > verb.i and c.dep_ == "cc")
    ]
    first = min([verb] + [c.left_edge for c in own], key=lambda t: t.i)
    last = max([verb] + [c.right_edge for c in own], key=lambda t: t.i)
    return first, last


def host_clause(verb: Token) -> Token:
    """The verb of the clause a parenthetical cue sits in. Right after the clause's subject
    ('The problem now, she told me, is that ...') the parser hangs the cue on that subject;
    the words reported are still the whole clause. After a subordinate clause ('Though the
    move went well, he said, a second would be harder') the parser may hang the cue on that
    clause; the words reported are the sentence it opens, main clause and all."""
    head = verb.head
    if (
        head.dep_ in ("nsubj", "nsubjpass")
        and head.head.pos_ in ("VERB", "AUX")
        and head.i < verb.i
    ):
        return head.head
    if head.dep_ == "advcl" and head.i < verb.i < head.head.i:
        return head.head
    return head


def unsourced_passive(cue: Token) -> bool:
    """'was asked about', 'is expected to', 'was announced': a report whose source the text
    does not name (PolNeAR annotates these with no source)."""
    deps = {c.dep_ for c in cue.children}
    if bare_participle(cue):  # "Asked whether he would resign, ...": asked by whom?
        return "agent" not in deps
    return "auxpass" in deps and "agent" not in deps


def hedged_report(doc: Doc, adverb: Token, lex: QuoteLexicon) -> IndirectCandidate | None:
    """'The FBI is reportedly preparing ...': the clause is reported by an unnamed source."""
    head = adverb.head
    if adverb.lower_ not in lex.report_adverbs or head.pos_ not in ("VERB", "AUX"):
        return None
    start = head.left_edge.idx
    if head.left_edge.i == adverb.i:  # "Reportedly, he made ...": the adverb is the cue
        start = adverb.idx + len(adverb)
    content = trimmed(doc, start, head.right_edge.idx + len(head.right_edge))
    return IndirectCandidate(adverb, None, without_stop(doc, content))


def without_stop(doc: Doc, span: Span) -> Span:
    """A clause's span without the full stop that ends its sentence."""
    if span.end > span.start and doc_text(doc)[span.end - 1] in ".!?":
        return Span(span.start, span.end - 1)
    return span


def in_document(doc: Doc, prep: Token, lex: QuoteLexicon) -> IndirectCandidate | None:
    """'In the CBS poll, Trump's lead narrowed': what a poll, survey or report finds is
    attributed to it, unless the clause has a reporting verb of its own ('In a statement,
    the ministry said ...', which the verb's attribution covers)."""
    head = prep.head
    if prep.lower_ != "in" or prep.dep_ != "prep" or head.pos_ not in ("VERB", "AUX"):
        return None
    if head.dep_ in ("relcl", "acl"):
        return None  # 'candidates who lead in the polls': a description, not a finding
    source = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if source is None or source.lemma_.lower() not in lex.source_documents:
        return None
    if any(c.dep_ == "ccomp" for c in head.children) or lex.is_cue(head.lemma_.lower()):
        return None
    phrase_end = prep.right_edge.idx + len(prep.right_edge)
    clause_start, clause_end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
    if prep.i < head.i and prep.idx == clause_start:
        span = trimmed(doc, phrase_end, clause_end)
    elif prep.i > head.i:
        span = trimmed(doc, clause_start, prep.idx)
    else:
        return None
    return IndirectCandidate(prep, source, without_stop(doc, span))


def according_to(doc: Doc, cue: Token) -> IndirectCandidate | None:
    """'According to X, ...' reports what follows, and so does a phrase after a conjunction
    ('because, according to X, ...'); '..., according to X.' what comes before, not what
    follows it ('..., according to X, although ...'); 'Sales, according to X, have risen'
    the whole clause, the phrase between its subject and its verb."""
    source = prepositional_source(cue)
    if source is None:
        return None
    phrase_start = cue.idx
    phrase_end = source.right_edge.idx + len(source.right_edge)
    sent = cue.sent
    after = trimmed(doc, phrase_end, sent.end_char)
    before = [t for t in doc[sent.start : cue.i] if not (t.is_punct or t.is_space)]
    words_after = sum(ch.isalnum() for ch in after.slice(doc_text(doc)))
    if not before or before[-1].pos_ in OPENING_POS:
        span = after  # 'According to X, ...', '... because, according to X, the ...'
    elif words_after >= MIDDLE_CHARS and not any(_predicate(t, cue) for t in before):
        span = trimmed(doc, sent.start_char, sent.end_char)  # 'Sales, according to X, rose'
    else:  # what it closes, not what follows: the sentence, or the gloss it ends
        gloss = closing_gloss(before[-1], cue.i, source.right_edge.i)
        start = sent.start_char if gloss is None else gloss.left_edge.idx
        span = trimmed(doc, start, phrase_start)
    return IndirectCandidate(cue, source, without_stop(doc, span))


def _predicate(tok: Token, cue: Token) -> bool:
    """A verb that makes a clause of what it is in; a gerund standing alone as the subject
    ('Fundraising, according to the campaign, has surged', which the parser may also read as
    a clause of its own) does not."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.dep_ in ("nsubj", "nsubjpass", "csubj"):
        return False
    own = [c for c in tok.children if not c.is_punct and c.i != cue.i]
    return not (tok.tag_ == "VBG" and not own)


RELATIVE_WORDS = frozenset({"which", "who", "whom", "whose", "where"})


def closing_gloss(last: Token, first_cue: int, last_cue: int) -> Token | None:
    """The relative clause set off by a comma or a dash that ends just before 'according to
    X' ('... Mormons, who make up most of the state, according to a survey'): the source
    vouches for the writer's gloss, not for the sentence it is hung on. The phrase itself,
    tokens ``first_cue`` to ``last_cue``, may hang on the clause's verb."""
    for tok in [last, *last.ancestors]:
        words = [t.i for t in tok.subtree if not first_cue <= t.i <= last_cue and not t.is_punct]
        if max(words) != last.i:
            return None
        first = tok.left_edge
        if (
            tok.dep_ in ("relcl", "advcl")
            and first.lower_ in RELATIVE_WORDS
            and first.i > 0
            and first.nbor(-1).text in (",", "-", "—", "–")
        ):
            return tok
    return None


def noun_report(doc: Doc, noun: Token, lex: QuoteLexicon) -> IndirectCandidate | None:
    """'Trump's claim that the vote was rigged', 'reports that the minister fled': a noun of
    saying with a 'that' clause of its own. A relative clause ('the claim that he made')
    lacks the object its verb needs, so a clause with nothing after its verb is left out."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.speech_nouns:
        return None
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i), None)
    if clause is None or not _complement_clause(clause):
        return None
    end = clause.right_edge
    content = without_stop(doc, trimmed(doc, clause.left_edge.idx, end.idx + len(end)))
    return IndirectCandidate(noun, noun_source(noun), content)


def _complement_clause(clause: Token) -> bool:
    """'that the vote was rigged', 'that he would resign': a 'that' mark, its own subject,
    and no gap where a relative clause's object would be ('that he made' lacks it): words
    after the verb, a passive, or a modal."""
    children = list(clause.children)
    if not any(c.dep_ == "mark" and c.lower_ == "that" and c.i < clause.i for c in children):
        return False
    deps = {c.dep_ for c in children}
    if not deps & {"nsubj", "nsubjpass", "expl"}:
        return False
    if deps & {"nsubjpass", "expl"} or any(c.tag_ == "MD" for c in children):
        return True
    return any(c.i > clause.i and c.dep_ != "punct" for c in children)


def noun_source(noun: Token) -> Token | None:
    """Whose claim: the possessor ('Trump's claim', 'his warning'), the agent ('claims by
    officials'), or the subject of the verb the noun is the object of: who repeats, rejects
    or takes offence at a claim holds a view on it, as PolNeAR reads it ('X rejected the
    notion that ...' is X's attribution). A name before the noun ('the Trump claim that
    ...', and 'But Trump claims that ...' where the tagger took the verb for a plural noun)
    is whose claim it is, as a subject of its own is."""
    for child in noun.children:
        if child.dep_ in ("poss", "nsubj") or (child.dep_ == "compound" and child.pos_ == "PROPN"):
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from") and child.i < noun.i + 3:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # 'took offence at suggestions that ...'
    if noun.dep_ in ("dobj", "obj", "pobj") and head.pos_ == "VERB":
        return subject_of(head)
    return None
