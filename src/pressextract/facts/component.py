"""`pressextract_facts`: economic facts from the figures, indicators, dates and entities of each sentence.

The component holds the vocabulary (vocabulary.py: data/indicators.tsv, fact_cues.tsv, fact_words.tsv, saved
with the pipeline) and hands each doc to the linker (linker.py). Results go to `doc._.facts` as plain dicts
(assembly.py says their shape).
"""

from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions
from ..lexicon import Lexicon, LexiconComponent
from .linker import read_facts
from .vocabulary import DATA, TABLES, Vocabulary

__all__ = ["DATA", "TABLES", "FactLinker", "make_facts"]


class FactLinker(LexiconComponent):
    """spaCy component: links figures to indicators, periods, subjects and modality."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.lexicon = Lexicon(DATA, TABLES)
        self._vocabulary: Optional[Vocabulary] = None

    def vocabulary_changed(self) -> None:
        self._vocabulary = None

    @property
    def vocabulary(self) -> Vocabulary:
        """The tables compiled for lookups, built from the lexicon on first use."""
        if self._vocabulary is None:
            self._vocabulary = Vocabulary.of(self.lexicon)
        return self._vocabulary

    def parse_words(self) -> frozenset[str]:
        """Words that make a sentence without figures matter to the linker («носит прогнозный характер»): such
        sentences are tagged and parsed too (`pressextract_natasha`, parse="figures")."""
        return frozenset(self.vocabulary.words["declared_forecast"])

    def __call__(self, doc: Doc) -> Doc:
        extensions.require(doc, self.name, "pressextract_natasha", "POS", "DEP", "LEMMA")
        doc._.facts = list(read_facts(doc, self.vocabulary))
        return doc


@Language.factory("pressextract_facts", requires=["doc.spans", "token.dep", "token.lemma"])
def make_facts(nlp: Language, name: str) -> FactLinker:
    """Factory of the fact linker (vocabularies from the saved pipeline, else from the sources)."""
    extensions.register(docs=("facts",))
    return FactLinker(nlp, name)
