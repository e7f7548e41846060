"""Features of the learned attribution model, read off the dependency parse.

Two decisions are learned (:mod:`newscoder.quotes.learned`): whether a verb is the cue of an
attribution (``cue_features``), and which of a cue's dependents make up what was reported
(``part_features``). Both training (:mod:`newscoder.quotes.model_build`) and the stage call
these functions, so the model sees at run time exactly what it was trained on. Features are
strings; a feature present counts 1.
"""

from __future__ import annotations

from spacy.tokens import Token

from newscoder.quotes.lexicon import QuoteLexicon

# Dependents that can carry what a cue reports: a clause, an object, a prepositional phrase.
PART_DEPS = frozenset(
    {"ccomp", "xcomp", "dobj", "prep", "advcl", "oprd", "attr", "acomp", "dative", "obj"}
    | {"conj", "nsubjpass"}  # 'said A, but B': B too; 'X was reported by Y': X
)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Objects whose own prepositional phrase can carry what a light verb reports ('voiced his
# disapproval of the ruling', 'had harsh words for Clinton', 'made no mention of God').
OBJECT_HOLDERS = frozenset({"dobj", "obj"})
QUOTE_CHARS = frozenset('"“”«»„')


def subject_class(subject: Token | None, lex: QuoteLexicon) -> str:
    """What kind of thing the cue's subject is: who can speak is the strongest evidence."""
    if subject is None:
        return "none"
    low = subject.lower_
    antecedent = relative_antecedent(subject)
    if antecedent is not None:
        return subject_class(antecedent, lex)
    if subject.pos_ == "PRON":
        if low in lex.first_person:
            return "pron1"
        if low in lex.person_pronouns:
            return "pron_person"
        if low in lex.group_pronouns:
            return "pron_group"
        return "pron_other"
    if subject.ent_type_:
        return "ent_" + subject.ent_type_
    if subject.pos_ == "PROPN":
        return "propn"
    lemma = subject.lemma_.lower()
    if lemma in lex.anonymous_nouns:
        return "person_noun"
    if lemma in lex.document_nouns:
        return "document_noun"
    if lemma in lex.abstract_subjects:
        return "abstract_noun"
    return "noun"


RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})


def relative_antecedent(subject: Token) -> Token | None:
    """'the senator, who said ...', 'the agency that warned ...': a relative pronoun stands
    for the noun its clause describes, and that noun, not the pronoun, tells who can speak."""
    verb = subject.head
    if subject.lower_ not in RELATIVE_PRONOUNS or verb.dep_ != "relcl" or subject.i > verb.i:
        return None
    noun = verb.head
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i != verb.i else None


def frames(lemma: str, lex: QuoteLexicon) -> list[str]:
    """Which cue lists name the lemma (the hand-made lexicon as evidence, not as the rule)."""
    found = []
    for name, words in (
        ("direct", lex.direct_cues),
        ("indirect", lex.indirect_cues),
        ("thought", lex.thought_cues),
        ("object", lex.object_cues),
    ):
        if lemma in words:
            found.append("frame=" + name)
    return found or ["frame=none"]


def part_key(child: Token) -> str:
    """A dependent's role, with its preposition word ('prep:for'); a phrase on the verb's
    object is marked as such ('obj>prep:of')."""
    key = "prep:" + child.lower_ if child.dep_ == "prep" else child.dep_
    if child.head.dep_ in OBJECT_HOLDERS and child.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return "obj>" + key
    return key


def candidate_parts(verb: Token) -> list[Token]:
    """What a cue's content can be made of: its own clauses, objects and phrases, and the
    phrases on its object, in text order."""
    parts = []
    bare = _bare_passive(verb)
    for child in verb.children:
        if child.dep_ not in PART_DEPS or (child.dep_ == "nsubjpass" and not bare):
            continue
        parts.append(child)
        if child.dep_ in OBJECT_HOLDERS:
            parts += [g for g in child.children if g.dep_ == "prep" and g.i > child.i]
    return sorted(parts, key=lambda t: t.i)


def _bare_passive(verb: Token) -> bool:
    """'The story was first reported by the Post', 'The treaty was signed', 'his ruling was
    overturned by an appeals court in May': a passive with nothing after it but its agent and
    phrases such as when or where, so what was reported can be the subject (the part model
    weighs the phrases and the subject alike). With an object, a clause or an 'as' after it
    ('were hailed by supporters as heroes', 'was told that ...') the subject is what is
    spoken of or to, not what is said."""
    after = [c for c in verb.rights if c.dep_ in PART_DEPS and not _plain_phrase(c)]
    agents = [c for c in verb.children if c.dep_ == "agent"]
    if not agents:
        return not after and any(c.dep_ == "auxpass" for c in verb.children)
    return not after and len(agents) == 1 and not _phrase_after(agents[0])


def _plain_phrase(part: Token) -> bool:
    """A prepositional phrase that does not say what the subject is taken for ('in May', 'at
    the summit', 'on the radio'; not 'as heroes')."""
    return part.dep_ == "prep" and part.lower_ != "as"


def _phrase_after(agent: Token) -> bool:
    """'by supporters as heroes': a phrase after the agent's noun says more than who."""
    nouns = [c for c in agent.children if c.dep_ == "pobj"]
    return any(
        (g.dep_ == "prep" and g.lower_ == "as") or g.dep_ in ("acl", "relcl")
        for n in nouns
        for g in n.rights
    )


def object_features(verb: Token) -> list[str]:
    """The head noun of the verb's object ('voiced | disapproval', 'had | words'): with a
    light verb the noun, not the verb, says that someone spoke."""
    feats = []
    for child in verb.children:
        if child.dep_ in OBJECT_HOLDERS:
            lemma = child.lemma_.lower()
            feats.append("obj=" + lemma)
            feats.append("verb_obj=" + verb.lemma_.lower() + "|" + lemma)
            feats += ["obj_prep=" + g.lower_ for g in child.children if g.dep_ == "prep"]
    return feats


def cue_features(verb: Token, subject: Token | None, lex: QuoteLexicon) -> list[str]:
    """Evidence that ``verb`` reports what ``subject`` said, thought or wants."""
    lemma = verb.lemma_.lower()
    subj = subject_class(subject, lex)
    parts = sorted({part_key(c) for c in verb.children if c.dep_ in PART_DEPS})
    feats = ["bias", "lemma=" + lemma, "tag=" + verb.tag_, "dep=" + verb.dep_, "subj=" + subj]
    feats += frames(lemma, lex)
    feats += ["lemma_subj=" + lemma + "|" + subj, "dep_subj=" + verb.dep_ + "|" + subj]
    feats += ["part=" + p for p in parts] + ["lemma_part=" + lemma + "|" + p for p in parts]
    feats += ["parts=" + "+".join(p for p in parts if not p.startswith("prep"))]
    feats += _clause_features(verb)
    feats += _context_features(verb)
    feats += object_features(verb)
    feats += _lexical_features(verb, lemma)
    if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
        feats.append("subj_lemma=" + subject.lemma_.lower())
    feats += _frame_features(verb, lemma, subj, parts, lex)
    return feats


# Coarse kinds of subject, crossed with the verb: the fine classes of ``subject_class`` split a
# rarer verb's few examples too thinly ('backed' by a senator, by a union, by 'they').
PERSON_SUBJECTS = frozenset({"pron1", "pron_person", "person_noun", "ent_PERSON"})
GROUP_SUBJECTS = frozenset({"pron_group", "ent_ORG", "ent_NORP", "ent_GPE"})


def subject_kind(subj: str) -> str:
    """A person, a group, a name, no subject, or something else."""
    if subj in PERSON_SUBJECTS:
        return "person"
    if subj in GROUP_SUBJECTS:
        return "group"
    return subj if subj in ("none", "propn") else "other"


def complements(verb: Token) -> list[str]:
    """The verb's complements with the word that opens them: 'ccomp:that', 'ccomp:whether',
    'xcomp:to', 'pcomp:about' (a clause after a preposition)."""
    found = []
    for child in verb.children:
        if child.dep_ == "ccomp":
            marks = [g.lower_ for g in child.children if g.dep_ == "mark"]
            found.append("ccomp:" + (marks[0] if marks else "none"))
        elif child.dep_ == "xcomp":
            to = any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children)
            found.append("xcomp:" + ("to" if to else child.tag_))
        elif child.dep_ == "prep":
            found += ["pcomp:" + child.lower_ for g in child.children if g.dep_ == "pcomp"]
    return found


def _frame_features(
    verb: Token, lemma: str, subj: str, parts: list[str], lex: QuoteLexicon
) -> list[str]:
    """A light or stance verb ('backed', 'held', 'made') is a cue by the company it keeps: the
    verb crossed with its complement's opening word, its voice and its subject's kind, and the
    same with its cue list in place of the verb, so that a verb seen a few times borrows from
    the verbs listed beside it."""
    frame = frames(lemma, lex)[0].removeprefix("frame=")
    comps = complements(verb)
    kind = subject_kind(subj)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    voice = "passive" if passive else "active"
    feats = ["has_comp=" + ("yes" if comps else "no"), "voice=" + voice]
    feats += ["lemma_voice=" + lemma + "|" + voice, "lemma_kind=" + lemma + "|" + kind]
    feats.append("frame_kind=" + frame + "|" + kind)
    feats += ["lemma_comp=" + lemma + "|" + c for c in comps]
    feats += ["frame_comp=" + frame + "|" + c for c in comps]
    feats += ["kind_comp=" + kind + "|" + c for c in comps]
    feats += ["frame_part=" + frame + "|" + p for p in parts]
    return feats


def _clause_features(verb: Token) -> list[str]:
    """The shape of a reported clause: 'that', a question word, its own subject and tense."""
    feats = []
    for child in verb.children:
        if child.dep_ == "ccomp":
            marks = [g.lower_ for g in child.children if g.dep_ == "mark"]
            feats.append("ccomp_mark=" + (marks[0] if marks else "none"))
            feats.append("ccomp_tag=" + child.tag_)
            if child.i < verb.i:
                feats.append("ccomp_before")
            if any(g.dep_ in SUBJECT_DEPS for g in child.children):
                feats.append("ccomp_has_subject")
        elif child.dep_ in ("neg", "auxpass"):
            feats.append("child=" + child.dep_)
        elif child.dep_ == "aux" and child.tag_ == "MD":
            feats.append("modal")
        elif child.dep_ == "agent":
            feats.append("agent")
    return feats


def _lexical_features(verb: Token, lemma: str) -> list[str]:
    """The verb's lemma with its form and the words it governs: 'to support' (an aim) is not
    'supported' (a stance taken), 'tried to walk back' reports through its complement."""
    feats = ["lemma_tag=" + lemma + "|" + verb.tag_, "lemma_dep=" + lemma + "|" + verb.dep_]
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp"):
            feats.append(child.dep_ + "_lemma=" + child.lemma_.lower())
        elif child.dep_ == "aux" and child.lower_ == "to":
            feats.append("infinitive")
        elif child.dep_ == "prt":
            feats.append("particle=" + lemma + "|" + child.lower_)
        elif child.dep_ == "advmod" and child.i == verb.i - 1:
            feats.append("adverb=" + child.lower_)
    if verb.is_title and verb.i > 0 and verb.nbor(-1).is_title:
        feats.append("title_case")
    return feats


def _context_features(verb: Token) -> list[str]:
    """Where the verb sits: its head, its sentence, quotation marks nearby."""
    head = verb.head
    feats = ["head_pos=" + head.pos_ + "|" + verb.dep_]
    if head.i != verb.i:
        feats.append("head_lemma=" + head.lemma_.lower() + "|" + verb.dep_)
    sent = verb.sent
    if any(ch in QUOTE_CHARS for ch in sent.text):
        feats.append("sent_has_marks")
    if verb.i - sent.start < 2:
        feats.append("sent_first")
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.is_punct:
        feats.append("next=" + nxt.text)
    return feats


def part_features(verb: Token, child: Token, lex: QuoteLexicon) -> list[str]:
    """Evidence that the subtree of ``child`` is (part of) what ``verb`` reports."""
    lemma = verb.lemma_.lower()
    key = part_key(child)
    size = sum(1 for _ in child.subtree)
    feats = ["bias", "key=" + key, "lemma_key=" + lemma + "|" + key, "pos=" + child.pos_]
    feats += ["side=" + ("left" if child.i < verb.i else "right")]
    feats += ["size=" + _bucket(size), "key_size=" + key + "|" + _bucket(size)]
    feats += [f.replace("frame=", "frame_key=") + "|" + key for f in frames(lemma, lex)]
    if child.dep_ == "ccomp":
        marks = [g.lower_ for g in child.children if g.dep_ == "mark"]
        feats.append("mark=" + (marks[0] if marks else "none"))
    if child.pos_ in ("VERB", "AUX"):
        feats += _clause_part_features(child, key, lex)
    feats += _phrase_features(child)
    others = sorted(part_key(c) for c in candidate_parts(verb) if c.i != child.i)
    feats += ["with=" + o for o in others]
    feats += ["key_with=" + key + "|" + o for o in others]
    return feats


def _clause_part_features(child: Token, key: str, lex: QuoteLexicon) -> list[str]:
    """The shape of a clause hanging on the cue: 'adding that ...' and 'when he spoke' are
    told around the report, '..., but that B' and 'to act' are more of what was said. Its
    conjunction or mark, its own subject, its verb form, a comma before it, and whether it
    is itself a verb of saying (a second report of the same speaker)."""
    words = [g.lower_ for g in child.children if g.dep_ in ("mark", "cc", "aux") and g.i < child.i]
    feats = ["key_word=" + key + "|" + w for w in words] or ["key_word=" + key + "|none"]
    feats.append("key_tag=" + key + "|" + child.tag_)
    own = any(g.dep_ in SUBJECT_DEPS for g in child.children)
    feats.append("key_subject=" + key + "|" + ("own" if own else "shared"))
    before = child.left_edge.nbor(-1) if child.left_edge.i > 0 else None
    if before is not None and before.is_punct:
        feats.append("key_after=" + key + "|" + before.text)
    lemma = child.lemma_.lower()
    if lemma in lex.direct_cues or lemma in lex.indirect_cues:
        feats.append("key_saying=" + key + "|" + ("own" if own else "shared"))
    return feats


def _phrase_features(child: Token) -> list[str]:
    """What a prepositional phrase holds: a time or a place ('on Monday', 'in an interview')
    is when or where something was said, a clause or a name is more likely what."""
    if child.dep_ != "prep":
        return ["head_lemma=" + child.lemma_.lower()] if child.pos_ == "NOUN" else []
    objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
    if not objects:
        return ["pobj=none"]
    obj = objects[0]
    feats = ["pobj_pos=" + obj.pos_, "pobj_lemma=" + obj.lemma_.lower()]
    feats.append("pobj_ent=" + (obj.ent_type_ or "none"))
    feats.append("prep_ent=" + child.lower_ + "|" + (obj.ent_type_ or "none"))
    return feats


def _bucket(n: int) -> str:
    if n <= 1:
        return "1"
    if n <= 3:
        return "2-3"
    if n <= 8:
        return "4-8"
    return "9+"


# What a noun of saying or stance reports through: a phrase after it ('doubts | about the
# plan', 'support | for the bill') or a clause on it ('a pledge | to cut taxes', 'the claim |
# that ...').
NOUN_PART_DEPS = frozenset({"prep", "acl"})


def noun_parts(noun: Token) -> list[Token]:
    """The phrases and clauses after a noun that can hold what it reports."""
    return [child for child in noun.rights if _noun_part(child)]


def _noun_part(child: Token) -> bool:
    if child.dep_ == "acl":
        return child.pos_ in ("VERB", "AUX")
    return child.dep_ == "prep" and any(g.dep_ in ("pobj", "pcomp") for g in child.children)


def noun_features(noun: Token, part: Token, lex: QuoteLexicon) -> list[str]:
    """Evidence that ``part`` holds what ``noun`` reports as someone's words or stance
    ('Trump's attack | on the judge', 'growing doubts | about the deal'): the noun and the
    word that joins the part, who holds it (a possessor, a name before it, the subject of the
    verb it is the object of), and what the verb it hangs on is."""
    lemma = noun.lemma_.lower()
    word = part.lower_ if part.dep_ == "prep" else _clause_word(part)
    head = noun.head
    feats = ["bias", "noun=" + lemma, "join=" + word, "noun_join=" + lemma + "|" + word]
    feats += ["noun_dep=" + noun.dep_, "noun_tag=" + noun.tag_]
    if lemma in lex.speech_nouns:
        feats.append("speech_noun")
    holders = [
        c for c in noun.children if c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN")
    ]
    feats.append("holder=" + (holders[0].dep_ + "|" + holders[0].pos_ if holders else "none"))
    if head.i != noun.i:
        feats.append("head=" + head.lemma_.lower() + "|" + noun.dep_)
        feats.append("head_pos=" + head.pos_)
        if noun.dep_ in OBJECT_HOLDERS:
            feats.append("head_noun=" + head.lemma_.lower() + "|" + lemma)
    feats += ["amod=" + c.lemma_.lower() for c in noun.children if c.dep_ == "amod"]
    size = sum(1 for _ in part.subtree)
    feats += ["size=" + _bucket(size), "join_size=" + word + "|" + _bucket(size)]
    feats += _phrase_features(part) if part.dep_ == "prep" else ["clause_tag=" + part.tag_]
    return feats


def _clause_word(clause: Token) -> str:
    """'to' for an infinitive, 'that' for a that-clause, else the clause's form."""
    for child in clause.children:
        if child.i < clause.i and child.dep_ in ("aux", "mark") and child.lower_ in ("to", "that"):
            return "clause:" + child.lower_
    return "clause:" + clause.tag_
