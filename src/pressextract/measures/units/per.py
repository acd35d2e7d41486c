"""The denominator of a price or rate written after money: «375 долларов за тысячу кубометров»
(per 1000 куб. м), «$60 за баррель» (per 1 барр.), «29 гривен за доллар» (per 1 USD), «250 руб./т», «12,5 рубля
на акцию» (per 1 акция).

A denominator is «за» or «/», an optional number («тысячу», «1», «100»), then a unit of units.tsv (its
quantities), a currency or a noun of per_nouns.tsv; after «на» only such a noun («на акцию»: «на тонну» is as
often what the money is for). Nothing else counts: «10 тысяч долларов за помощь» has none. The money's own span
stays as it was (the facts GUIDE and NEREL annotate «375 долларов»); the denominator is a mention of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Optional

from ..numerals.reader import NumberReader
from ..phrases import Phrases, Tokens
from .currencies import Currencies
from .matcher import Units

SLASH = "/"  # «250 руб./т»: a mark like «за»
BRACKETED = 8  # tokens of a bracketed gloss skipped between the money and its denominator


@dataclass(frozen=True)
class PerMatch:
    """A denominator at tokens `[start, end)`: `amount` of `unit`."""

    start: int
    end: int
    amount: Decimal
    unit: str


class Denominators:
    """Reads the denominator of a price with the number reader, the units, the currencies and per_nouns.tsv."""

    def __init__(self, reader: NumberReader, units: Units, currencies: Currencies, nouns: Phrases[str], *,
                 marks: Iterable[str], nouns_only: Iterable[str]) -> None:
        self.reader = reader
        self.units = units
        self.currencies = currencies
        self.nouns = nouns  # «на акцию»: акция
        self.marks = frozenset(marks) | {SLASH}  # «за баррель», «/т»
        self.nouns_only = frozenset(nouns_only)  # «на акцию», not «на тонну»

    def after(self, tokens: Tokens, end: int) -> Optional[PerMatch]:
        """The denominator right after money that ends before token `end`, or None."""
        i = tokens.next(end)
        if i < tokens.size and tokens.text[i] == "(":  # «80 грн ($3) за бутылку»
            close = next((j for j in range(i + 1, min(i + BRACKETED, tokens.size)) if tokens.text[j] == ")"), None)
            i = tokens.next(close + 1) if close is not None else tokens.size
        if i >= tokens.size or tokens.sentence[i] != tokens.sentence[end - 1]:
            return None
        mark = tokens.lower[i]
        if mark not in self.marks and mark not in self.nouns_only:
            return None
        k = tokens.next(i + 1)
        if k >= tokens.size:
            return None
        amount = Decimal(1)
        number = self.reader.read(tokens, k)
        if number is not None:
            if number.value_max is not None or number.suffix or number.value <= 0:
                return None
            amount, k = number.value, tokens.next(number.end)
            if k >= tokens.size:
                return None
        noun = self.nouns.match(tokens, k)
        if noun is not None:
            return PerMatch(i, noun[1], amount, noun[0])
        if mark in self.nouns_only:
            return None
        unit = self.units.after_number(tokens, k, scaled=True)
        if unit is not None and unit.group == "quantities":
            return PerMatch(i, unit.end, amount * unit.factor, unit.unit)
        currency = self.currencies.after_number(tokens, k)
        if currency is not None:
            return PerMatch(i, currency.end, amount * currency.factor, currency.code)
        return None
