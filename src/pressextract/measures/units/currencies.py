"""Currencies around a number: «4,97 млрд долларов США», «$1,2 млрд», «5 тыс. канадских долларов», «1 200 ₽».

A currency phrase is [adjectives] head [words after] («новозеландских долларов», «долларов США», «фунтов
стерлингов») or a sign («$», «USD», «₸», «м.р.»). Among the currencies sharing a head or sign, the one is chosen
that (1) an adjective or a word after names, (2) a country word of its `context` picks in the sentence, then in
the document («манат» near «Туркменистан» → TMT), (3) lists the head or sign as `default` («доллар» → USD,
«манат» → AZN, «¥» → CNY), or (4) is the only one. Otherwise the number is not money: «крон» alone, with no
country in sight, names no currency.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Optional

from ..entries import Currency, CurrencyNoun
from ..phrases import Phrases, Tokens, adjective_stem


@dataclass(frozen=True)
class CurrencyMatch:
    """A currency found at tokens `[start, end)`; amounts in it are multiplied by `factor` (копейки 0.01)."""

    code: str
    factor: Decimal
    start: int
    end: int


class Currencies:
    """Currency phrases and signs, from currencies.tsv and currency_nouns.tsv."""

    def __init__(self, entries: list[Currency], nouns: list[CurrencyNoun], *, money_nouns: Iterable[str]) -> None:
        self.entries = entries
        self.money_nouns = tuple(sorted(money_nouns))  # stems: «8-миллиардный кредит»
        known = {n.lemma for n in nouns}
        missing = sorted({h for e in entries for h in e.heads} - known)
        if missing:
            raise ValueError(f"currencies.tsv names heads missing from currency_nouns.tsv: {missing}")
        self.heads: Phrases[str] = Phrases((form, n.lemma) for n in nouns for form in n.forms)
        self.other_sense = {n.lemma: tuple(n.other_sense) for n in nouns if n.other_sense}
        self.noun_stems = {stem: n.lemma for n in nouns for stem in n.stems}
        self.signs: Phrases[str] = Phrases((s, s) for e in entries for s in e.signs)
        self.by_key: dict[str, list[int]] = {}
        for k, e in enumerate(entries):
            for key in [*e.heads, *e.signs]:
                self.by_key.setdefault(key, []).append(k)
        self.adjective_stems: dict[str, set[int]] = {}
        self.abbreviations: Phrases[set[int]] = Phrases()
        after: dict[str, set[int]] = {}
        for k, e in enumerate(entries):
            for word in e.adjectives:
                if word.endswith("."):
                    self.abbreviations.add(word, {k})
                else:
                    self.adjective_stems.setdefault(word[:-2], set()).add(k)
            for phrase in e.after:
                after.setdefault(phrase, set()).add(k)
        self.after: Phrases[set[int]] = Phrases(after.items())

    def before(self, tokens: Tokens, i: int) -> Optional[CurrencyMatch]:
        """A sign written before the number: «$», «US$», «USD», «€»."""
        found = self.signs.match(tokens, i)
        if found is None:
            return None
        sign, end = found
        return self._choose(tokens, i, i, end, sign, None)

    def after_number(self, tokens: Tokens, i: int) -> Optional[CurrencyMatch]:
        """A currency phrase or sign right after a number, starting at token `i`."""
        marks, k = None, i
        while k < tokens.size:
            found = self._adjective(tokens, k)
            if found is None:
                break
            marks = found[0] if marks is None else marks | found[0]
            k = tokens.next(found[1])
        head, sign = self.heads.match(tokens, k), self.signs.match(tokens, k)
        if head is None and sign is None:
            return None
        key, end = head if head is not None and (sign is None or head[1] >= sign[1]) else sign
        post = self.after.match(tokens, tokens.next(end))
        if post is not None and post[0] & set(self.by_key.get(key, ())):
            marks = post[0] if marks is None else marks | post[0]
            end = post[1]
        if not marks and key in self.other_sense:
            sentence = tokens.sentence_text(i)
            if any(stem in sentence for stem in self.other_sense[key]):
                return None  # «весит 8 фунтов 6 унций»
        return self._choose(tokens, i, i, end, key, marks)

    def adjective(self, tokens: Tokens, i: int, suffix: str) -> Optional[CurrencyMatch]:
        """«100-долларовой»: the ending of a hyphenated number names the currency."""
        lemma = adjective_stem(suffix, self.noun_stems)
        return None if lemma is None else self._choose(tokens, i, i, i + 1, lemma, None)

    def money_noun(self, tokens: Tokens, i: int) -> bool:
        """«кредит», «транша», «бюджета»: a word that makes «8-миллиардный» money."""
        return i < tokens.size and tokens.lower[i].startswith(self.money_nouns)

    def _adjective(self, tokens: Tokens, i: int) -> Optional[tuple[set[int], int]]:
        found = self.abbreviations.match(tokens, i)
        if found is not None:
            return found
        ids = adjective_stem(tokens.lower[i], self.adjective_stems) if i < tokens.size else None
        return (ids, i + 1) if ids else None

    def _choose(self, tokens: Tokens, at: int, start: int, end: int, key: str,
                marks: Optional[set[int]]) -> Optional[CurrencyMatch]:
        candidates = self.by_key.get(key, [])
        if marks:
            candidates = [k for k in candidates if k in marks] or candidates
        entry = self._resolve(tokens, at, key, candidates)
        if entry is None:
            return None
        return CurrencyMatch(entry.code, entry.factor or Decimal(1), start, end)

    def _resolve(self, tokens: Tokens, at: int, key: str, candidates: list[int]) -> Optional[Currency]:
        entries = [self.entries[k] for k in candidates]
        if len({e.code for e in entries}) <= 1:
            return entries[0] if entries else None
        for text in (tokens.sentence_text(at), tokens.doc_text()):
            picked = [e for e in entries if any(stem in text for stem in e.context)]
            if picked:
                return picked[0]
        defaults = [e for e in entries if key in e.default]
        return defaults[0] if defaults else None

