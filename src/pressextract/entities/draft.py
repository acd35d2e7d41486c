"""One doc's entities while the rules run (`Draft`): the mentions found so far by label, the token texts and their
prefix index, the names worked out once."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import AbstractSet, Optional

from spacy.tokens import Doc

from ..tagging.morph import fold
from ..tagging.tokenizer import token_texts
from .candidates import LABEL_ORDER, Candidate, unique, words
from .naming.names import PersonName, person_name
from .rules.adjectives import PERSON_ADJECTIVE
from .vocabulary import Vocabulary

MONEY_GROUP = "money"  # filled by pressextract_money when it runs before us


@dataclass
class Draft:
    """One doc's entities while the steps run: `found` until they are split by label, then `orgs`, `places` and
    `people`."""

    doc: Doc
    vocab: Vocabulary
    money: list[tuple[int, int]] = field(default_factory=list)  # character ranges of money spans
    texts: list[str] = field(default_factory=list)  # token texts, without Token objects: a tenth of the cost
    names: dict[tuple[int, int], Optional[PersonName]] = field(default_factory=dict)  # PER range → its name
    found: list[Candidate] = field(default_factory=list)
    lasts: set[str] = field(default_factory=set)  # folded surnames of the full names in the text
    firsts: set[str] = field(default_factory=set)
    ner_words: set[int] = field(default_factory=set)  # tokens inside NER's (cleaned, retyped) mentions
    orgs: list[Candidate] = field(default_factory=list)
    places: list[Candidate] = field(default_factory=list)
    people: list[Candidate] = field(default_factory=list)
    _folded: Optional[list[str]] = None
    _prefixes: dict[int, tuple[list[str], frozenset[str]]] = field(default_factory=dict)

    @property
    def folded(self) -> list[str]:
        """The token texts folded (lower case, ё as е), made once for the steps that look words up."""
        if self._folded is None:
            self._folded = [fold(text) for text in self.texts]
        return self._folded

    def starting(self, stems: AbstractSet[str], size: int) -> list[int]:
        """The tokens whose folded text starts with one of `stems` (of `size` letters; 0: is one of them), in order:
        a rule looks at these few, not at every token («казахстанской» for the stem «каз»). The prefixes are kept
        as one list per size (not a list per prefix: so many small lists make the garbage collector run)."""
        known = self._prefixes.get(size)
        if known is None:
            prefixes = [low[:size] for low in self.folded] if size else self.folded
            known = self._prefixes[size] = (prefixes, frozenset(prefixes))
        prefixes, present = known
        wanted = present & stems
        return [i for i, prefix in enumerate(prefixes) if prefix in wanted] if wanted else []

    @classmethod
    def of(cls, doc: Doc, vocab: Vocabulary, texts: Optional[list[str]] = None) -> Draft:
        money = [(s.start_char, s.end_char) for s in doc.spans[MONEY_GROUP]] if MONEY_GROUP in doc.spans else []
        return cls(doc, vocab, money, texts if texts is not None else token_texts(doc))

    def name_of(self, candidate: Candidate) -> Optional[PersonName]:
        """The name of a PER mention, worked out once per doc: «Нобелевской» names Нобель."""
        key = (candidate.start, candidate.end)
        if key not in self.names:
            person = self.vocab.person_adjectives.person(self.doc[candidate.start].text) \
                if candidate.source == PERSON_ADJECTIVE else None
            self.names[key] = PersonName(person, last=person) if person else \
                person_name(words(self.doc, candidate.start, candidate.end))
        return self.names[key]

    def candidates(self) -> list[Candidate]:
        """The result: one mention per range, in reading order, the longer first."""
        return sorted(unique(self.orgs + self.places + self.people),
                      key=lambda m: (m.start, -m.end, LABEL_ORDER[m.label]))

