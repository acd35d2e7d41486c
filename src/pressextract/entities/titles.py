"""Titles and occupations from `data/positions.tsv`, found by lemma in any case and form.

«министра», «Министр», «Экс-председатель», «женщины-спикера» (its last part), «премьер-министром»; each title may
name the body its holder belongs to: министр → Министерство, посол → Посольство.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from ..lexicon import Entry, WordLists
from ..tagging.morph import fold, lemmas

STEM = 3  # letters every form of a title starts with: «министр», «министра», «министром»


class Title(Entry):
    """One line of positions.tsv: a title lemma and the body it implies."""

    title: str
    organization: Optional[str] = None


class Titles:
    """The title vocabulary by lemma, and the words a position is read with (word_lists.tsv): prefixes of a title,
    copulas, «исполняющий обязанности», the prepositions and conjunctions of a title's complement."""

    def __init__(self, entries: list[Title], lists: WordLists) -> None:
        self.entries = entries
        self.prefixes = lists["title_prefixes"]  # «экс-председатель», «вице-премьер»
        self.copulas = lists["copulas"]  # «назначен министром»
        self.acting = lists["acting"]  # «исполняющий обязанности министра»
        self.prepositions = lists["title_prepositions"]  # «Посол … в Узбекистане», «при ООН»
        self.honorifics = lists["honorifics"]  # «Вдова Солженицына», «Принц Филипп»: no position, no name
        self.conjunctions = lists["conjunctions"]
        self.links = self.conjunctions | {","}  # «министр инвестиций, промышленности и торговли»
        self.by_title = {fold(e.title): e for e in entries}
        self.stems = {title[:STEM] for title in self.by_title}

    def get(self, token: Token) -> Optional[Title]:
        """The title a word names: «министра», «Экс-председатель», «женщины-спикера» (its last part)."""
        if not token.is_alpha and "-" not in token.text:
            return None
        return self.word(token.text, token.lemma_)

    def word(self, text: str, lemma: str = "") -> Optional[Title]:
        """The title a word (and its lemma, if known) names: the whole word first («премьер-министра»), then the
        part after a prefix («экс-председатель», «женщины-спикера»)."""
        if lemma and fold(lemma) in self.by_title:
            return self.by_title[fold(lemma)]
        found = self._lookup(text)
        if found is None and "-" in text:
            head, _, tail = text.rpartition("-")
            if fold(head) in self.prefixes or len(tail) > 3:
                found = self._lookup(tail)
        return found

    def _lookup(self, text: str) -> Optional[Title]:
        if fold(text)[:STEM] not in self.stems:  # most words: one set lookup before pymorphy2
            return None
        return next((self.by_title[k] for k in sorted(lemmas(text)) if k in self.by_title), None)

