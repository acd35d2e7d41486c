"""Natasha's lemmatisation (a word + slovnet's POS and features → a pymorphy2 normal form), without the work that
cannot change its answer.

Natasha (`MorphVocab.lemmatize`) parses the word with pymorphy2, which sorts the readings by P(tag | word) (a
dictionary lookup per reading, half of a cold parse) and builds Natasha's `MorphForm` for each (UD features worked
out anew per reading); it then takes the first reading whose POS and features equal slovnet's, or else the first
with the most in common. The order only matters between readings with different normal forms: «стали» (сталь /
стать) needs it, «товарооборота» (товарооборот, genitive or accusative) does not — whichever reading wins, the
lemma is «товарооборот», or the word itself when no reading shares anything with slovnet's tag. So the readings
are looked up once, unsorted, with their UD tags cached per pymorphy2 tag; only a word whose readings have two
normal forms is ranked, by the same probabilities and the same stable sort pymorphy2 uses. The lemmas are
Natasha's, exactly (tests/test_tagging.py compares them with `MorphVocab.lemmatize`).
"""

from __future__ import annotations

from typing import Any, Optional

from natasha.morph.lemma import grams_sim, normal_word
from natasha.morph.vocab import ud_feats, ud_pos
from pymorphy2.analyzer import MorphAnalyzer

Reading = tuple[str, str, dict[str, str], str]  # normal form, UD POS, UD features, pymorphy2 tag
CACHE_LIMIT = 200_000  # words


class Lemmatizer:
    """`lemmatize(word, pos, feats)` as `MorphVocab.lemmatize` answers it, from the same pymorphy2 dictionary."""

    def __init__(self, morph_vocab: Any) -> None:
        unsorted = MorphAnalyzer.__new__(MorphAnalyzer)  # the same dictionary and units; plain tuples, unsorted
        unsorted.__dict__.update(morph_vocab.__dict__)
        unsorted.prob_estimator = None
        unsorted._result_type = None
        self.unsorted = unsorted
        estimator = morph_vocab.prob_estimator
        self.probability = estimator.p_t_given_w.prob if estimator is not None else None
        self.readings: dict[str, list[Reading]] = {}
        self.tags: dict[str, tuple[str, dict[str, str]]] = {}  # pymorphy2 tag → UD POS and features

    def lemmatize(self, word: str, pos: str, feats: dict[str, str]) -> Optional[str]:
        """The lemma Natasha gives `word` tagged `pos` + `feats` (folded: lower case, ё as е)."""
        folded = normal_word(word)
        readings = self._readings(folded)
        if len({reading[0] for reading in readings}) > 1:  # the order of the readings may decide
            return self._best(self._ranked(folded, readings), pos, feats) or folded
        for normal, reading_pos, reading_feats, _ in readings:
            if grams_sim(reading_pos, reading_feats, pos, feats) > 0:
                return normal_word(normal)
        return folded

    def _ranked(self, folded: str, readings: list[Reading]) -> list[Reading]:
        """The readings in pymorphy2's order: by P(tag | word), most likely first, ties as looked up; as looked up
        when the dictionary knows no probability for any of them."""
        if self.probability is None:
            return readings
        probabilities = [self.probability(folded, tag) for *_, tag in readings]
        if sum(probabilities) == 0:
            return readings
        order = sorted(range(len(readings)), key=probabilities.__getitem__, reverse=True)  # stable, as pymorphy2's
        return [readings[k] for k in order]

    @staticmethod
    def _best(readings: list[Reading], pos: str, feats: dict[str, str]) -> Optional[str]:
        """Natasha's choice: the first reading tagged exactly as slovnet tags the word, else the first of those
        with the most in common (none when nothing is shared)."""
        best, most = None, 0
        for normal, reading_pos, reading_feats, _ in readings:
            if reading_pos == pos and reading_feats == feats:
                return normal_word(normal)
            similarity = grams_sim(reading_pos, reading_feats, pos, feats)
            if similarity > most:
                best, most = normal, similarity
        return normal_word(best) if best is not None else None

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
            found.append((normal, *grams, key))
        if len(self.readings) >= CACHE_LIMIT:
            self.readings.clear()
        self.readings[folded] = found
        return found
