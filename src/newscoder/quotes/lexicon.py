"""The quotes stage's word lists, read once from ``lexicons/en/quotes/``."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache

from newscoder.lexicon import read_lexicon


@dataclass(frozen=True, slots=True)
class QuoteLexicon:
    direct_cues: frozenset[str]  # verb lemmas that introduce a quotation in marks
    quotation_cues: frozenset[str]  # verbs that cue a quotation in marks, never reported speech
    quotation_phrasals: frozenset[tuple[str, str]]  # ("shoot", "back"): the same, with a particle
    indirect_cues: frozenset[str]  # verb lemmas that take a reported clause
    thought_cues: frozenset[str]  # verbs of belief reported like speech
    object_cues: frozenset[str]  # verbs of stance whose object is the content
    phrasal_cues: frozenset[tuple[str, str]]  # ("call", "for")
    prepositional_cues: tuple[tuple[str, ...], ...]  # ("according", "to")
    anonymous_nouns: frozenset[str]
    anonymous_markers: frozenset[str]
    document_nouns: frozenset[str]
    issue_verbs: frozenset[str]
    media_names: frozenset[str]  # lower-cased
    media_words: frozenset[str]
    media_nouns: frozenset[str]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    first_person: frozenset[str]
    min_direct_words: int
    min_unattributed_words: int  # a quotation with no cue is kept from this length on
    abbreviations: frozenset[str]  # "gov" in "Gov. Kasich": no sentence end
    colon_labels: frozenset[str]  # "Note:", "Update:" — labels, not speakers
    abstract_subjects: frozenset[str]  # "the rhetoric threatens" — not a source
    speaker_words: frozenset[str]  # "I", "we", "you": words that show someone speaking
    naming_verbs: frozenset[str]  # "call", "dub": a name given in marks is no quotation
    regard_verbs: frozenset[str]  # "paint", "see": an object 'as' something is a view of it
    addressee_verbs: frozenset[str]  # "ask", "urge": the passive's subject is the one addressed
    wish_verbs: frozenset[str]  # "fear", "hope", "want": states of mind, not speech acts
    source_documents: frozenset[str]  # "in the poll, ...": documents whose findings are reported
    report_adverbs: frozenset[str]  # "reportedly": a report with its source unnamed
    speech_nouns: frozenset[str]  # "claim", "warning": nouns whose 'that' clause is reported
    answer_words: frozenset[str]  # "said yes", "said so": a whole answer in one word
    person_roles: frozenset[str]  # "leader", "secretary": one person named by role
    place_preps: frozenset[str]  # "called to", "listed in": a sourceless passive's place or state

    def is_cue(self, lemma: str) -> bool:
        """Whether any cue list names the verb lemma."""
        lists = (self.direct_cues, self.indirect_cues, self.thought_cues, self.object_cues)
        return any(lemma in words for words in lists)


def _read(name: str) -> str:
    return read_lexicon("quotes", name)


def _cues() -> dict[str, set[str]]:
    frames: dict[str, set[str]] = {
        "direct": set(),
        "indirect": set(),
        "thought": set(),
        "object": set(),
    }
    for line in _read("cues.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, kinds = line.split("\t")[:2]
        for kind in kinds.split(","):
            frames[kind.strip()].add(lemma.strip())
    return frames


@lru_cache(maxsize=1)
def lexicon() -> QuoteLexicon:
    cues = _cues()
    data = tomllib.loads(_read("sources.toml"))

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in data[key])

    return QuoteLexicon(
        direct_cues=frozenset(cues["direct"]),
        quotation_cues=words("quotation_cues"),
        quotation_phrasals=frozenset(tuple(p.split()) for p in data["quotation_phrasals"]),
        indirect_cues=frozenset(cues["indirect"]),
        thought_cues=frozenset(cues["thought"]),
        object_cues=frozenset(cues["object"]),
        phrasal_cues=frozenset(tuple(p.split()) for p in data["phrasal_cues"]),
        prepositional_cues=tuple(tuple(p.lower().split()) for p in data["prepositional_cues"]),
        anonymous_nouns=words("anonymous_nouns"),
        anonymous_markers=words("anonymous_markers"),
        document_nouns=words("document_nouns"),
        issue_verbs=words("issue_verbs"),
        media_names=words("media_names"),
        media_words=words("media_words"),
        media_nouns=words("media_nouns"),
        person_pronouns=words("person_pronouns"),
        group_pronouns=words("group_pronouns"),
        thing_pronouns=words("thing_pronouns"),
        first_person=words("first_person"),
        min_direct_words=int(data["min_direct_words"]),
        min_unattributed_words=int(data["min_unattributed_words"]),
        colon_labels=words("colon_labels"),
        abbreviations=words("abbreviations"),
        abstract_subjects=words("abstract_subjects"),
        speaker_words=words("speaker_words"),
        naming_verbs=words("naming_verbs"),
        regard_verbs=words("regard_verbs"),
        addressee_verbs=words("addressee_verbs"),
        wish_verbs=words("wish_verbs"),
        source_documents=words("source_documents"),
        report_adverbs=words("report_adverbs"),
        speech_nouns=words("speech_nouns"),
        answer_words=words("answer_words"),
        place_preps=words("place_preps"),
        person_roles=words("person_roles"),
    )
