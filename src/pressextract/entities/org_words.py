"""The organisation words (`data/org_words.tsv`): legal forms («ООО», «ПАО»), the heads of official names
(«министерство», «посольство») and of bodies named by their kind («правительство»), looked up by lemma, with the
word lists an official name's tail is read with."""

from __future__ import annotations

from typing import Literal, Optional

from spacy.tokens import Token

from ..lexicon import Entry, WordLists
from ..tagging.morph import fold, forms, lemmas
from .rules.recall import Settlements

PREFIX = 3  # letters every form of a vocabulary word starts with («мэрия», «мэрии»; «ООО»)
ALONE_PREFIX = 4  # the same for the bodies named by their kind: «прав», «парл», «поли» (fewer words to parse)


class OrgWord(Entry):
    """One line of org_words.tsv."""

    word: str
    kind: Literal["legal", "body", "head"]
    preps: list[str] = []


class OrgWords:
    """The organisation vocabulary by lemma, and the words an official name's tail is read with (word_lists.tsv)."""

    def __init__(self, entries: list[OrgWord], lists: WordLists, settlements: Settlements) -> None:
        self.entries = entries
        self.not_name_tails = lists["not_name_tails"]  # «Следственный комитет | по факту …»
        self.place_only_prepositions = lists["place_only_prepositions"]  # «посольство … в Узбекистане», not «в регионе»
        self.conjunctions = lists["conjunctions"]
        self.links = self.conjunctions | {","}  # «инвестиций, промышленности и торговли»
        self.settlements = settlements
        alone = lists["bodies_alone"] | lists["bodies_with_modifier"]
        self.alone_stems = {fold(word)[:ALONE_PREFIX] for word in alone}
        # every form of the bodies' (first) words: «правительства», «властям», «пресс-службе»
        self.alone_forms = frozenset(form for entry in alone for form in forms(entry.split()[0]))
        self.by_word = {fold(e.word): e for e in entries}
        self.stems = {w[:PREFIX] for w in self.by_word}

    def get(self, token: Token) -> Optional[OrgWord]:
        """The entry a token's lemma or text names: «Министерства» → министерство, «ООО» → ооо."""
        text = fold(token.text)
        if not self.may_be(text):  # most words: one set lookup
            return None
        entry = self.by_word.get(fold(token.lemma_)) or self.by_word.get(text)
        if entry is None and "-" in text:  # «пресс-службе»: the lemmatiser leaves hyphenated words as they are
            first, _, last = text.rpartition("-")
            entry = next((self.by_word[f"{first}-{lemma}"] for lemma in sorted(lemmas(last))
                          if f"{first}-{lemma}" in self.by_word), None)
        return entry

    def may_be(self, text: str) -> bool:
        return text[:PREFIX].lower() in self.stems

    def kind(self, token: Token) -> Optional[str]:
        entry = self.get(token)
        return entry.kind if entry else None
