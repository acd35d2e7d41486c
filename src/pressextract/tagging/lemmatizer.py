"""Natasha's lemmatisation (a word + slovnet's POS and features → a pymorphy2 normal form), without the work that
cannot change its answer.

Natasha (`MorphVocab.lemmatize`) parses the word with pymorphy2, which sorts the readings by P(tag | word) (a
dictionary lookup per reading, half of a cold parse) and builds Natasha's `MorphForm` for each; it then takes the
first reading whose POS and features equal slovnet's, or else the first with the most in common. The order only
matters between readings with different normal forms: «стали» (сталь / стать) needs it, «товарооборота»
(товарооборот, genitive or accusative) does not — whichever reading wins, the lemma is «товарооборот», or the
word itself when no reading shares anything with slovnet's tag. So the readings are looked up unsorted, and only
a word whose readings have two normal forms goes Natasha's whole way. The lemmas are Natasha's, exactly.
"""

from __future__ import annotations

from typing import Any, Optional

from natasha.morph.lemma import grams_sim, normal_word
from natasha.morph.vocab import ud_feats, ud_pos
from pymorphy2.analyzer import MorphAnalyzer

Reading = tuple[str, str, dict[str, str]]  # normal form, UD POS, UD features
CACHE_LIMIT = 200_000  # words


class Lemmatizer:
    """`lemmatize(word, pos, feats)` as `MorphVocab.lemmatize` answers it, from the same pymorphy2 dictionary."""

    def __init__(self, morph_vocab: Any) -> None:
        self.morph_vocab = morph_vocab
        unsorted = MorphAnalyzer.__new__(MorphAnalyzer)  # the same dictionary and units; plain tuples, unsorted
        unsorted.__dict__.update(morph_vocab.__dict__)
        unsorted.prob_estimator = None
        unsorted._result_type = None
        self.unsorted = unsorted
        self.readings: dict[str, list[Reading]] = {}
        self.tags: dict[str, tuple[str, dict[str, str]]] = {}  # pymorphy2 tag → UD POS and features

    def lemmatize(self, word: str, pos: str, feats: dict[str, str]) -> Optional[str]:
        """The lemma Natasha gives `word` tagged `pos` + `feats` (folded: lower case, ё as е)."""
        folded = normal_word(word)
        readings = self._readings(folded)
        if len({normal for normal, _, _ in readings}) > 1:  # the order of the readings may decide
            return self.morph_vocab.lemmatize(word, pos, feats)
        for normal, reading_pos, reading_feats in readings:
            if grams_sim(reading_pos, reading_feats, pos, feats) > 0:
                return normal_word(normal)
        return folded

    def _readings(self, folded: str) -> list[Reading]:
        known = self.readings.get(folded)
        if known is not None:
            return known
        found = []
        for _, tag, normal, _, _ in MorphAnalyzer.parse(self.unsorted, folded):
            key = str(tag)
            grams = self.tags.get(key)
            if grams is None:
                grams = self.tags[key] = (ud_pos(tag), dict(ud_feats(tag)))
            found.append((normal, *grams))
        if len(self.readings) >= CACHE_LIMIT:
            self.readings.clear()
        self.readings[folded] = found
        return found
