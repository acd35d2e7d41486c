"""Entries of the number vocabularies (data/*.tsv): numerals, scale words, currencies, units, counted
goods and hedges.

Each class is one TSV line, columns in field order (the lexicon package reads and checks them, errors at
file:line); HandCurrency is read only by scripts/make_currencies.py.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Literal, Optional

from pydantic import field_validator, model_validator

from ..lexicon import Entry

ADJECTIVE_LEMMA = re.compile(r"^[а-яё-]+(ий|ый|ой|ая|яя|ое|ее)$")


def _lower(forms: list[str]) -> list[str]:
    bad = [f for f in forms if f != f.lower()]
    if bad:
        raise ValueError(f"forms are matched in lower case, write them so: {bad}")
    return forms


def _three_letters(code: str) -> str:
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise ValueError("must be a three-letter ISO 4217 code (or a market's ticker: BTC)")
    return code


class Numeral(Entry):
    """A number word: «двадцать» 20, «полтора» 1.5; kind `times` for «вдвое», «двукратный» (stems); kind `few`
    for «несколько» (value to value_max: «2 … 9»); kind `round` for the plurals «десятки» 10, «сотни» 100."""

    value: Decimal
    kind: Literal["cardinal", "times", "few", "round"]
    forms: list[str] = []
    stems: list[str] = []  # adjective stems: «двукратн» + ый/ая/ое/ого/...
    value_max: Optional[Decimal] = None  # kind few only

    _forms = field_validator("forms", "stems")(_lower)

    @model_validator(mode="after")
    def _range_of_few(self) -> Numeral:
        if (self.kind == "few") != (self.value_max is not None):
            raise ValueError("value_max is given for kind few, and only for it")
        if self.value_max is not None and self.value_max <= self.value:
            raise ValueError("value_max must be above value")
        return self


class Scale(Entry):
    """A scale word: «млн», «миллионов» ×1e6; `bare` forms mean one of it alone («миллион долларов»), `plural`
    forms several of it («миллиарды долларов»: as many as «несколько» says, vague.py)."""

    value: Decimal
    forms: list[str]
    bare: list[str] = []
    stems: list[str] = []  # adjectives: «8-миллиардный»
    plural: list[str] = []

    _forms = field_validator("forms", "bare", "stems", "plural")(_lower)


class CurrencyNoun(Entry):
    """A currency noun with all forms that follow a number («доллар», «долларов», «долл.»), its adjective
    stems («100-долларовой» → «долларов») and, for nouns with another sense, words that show that sense."""

    lemma: str
    forms: list[str]
    stems: list[str] = []
    other_sense: list[str] = []  # stems of words in the sentence that make it no currency: «весит 8 фунтов»

    _forms = field_validator("forms", "stems", "other_sense")(_lower)


class _CurrencyWords(Entry):
    """The columns naming a currency, after its code and name in currencies.tsv and currency_hand.tsv."""

    heads: list[str] = []
    adjectives: list[str] = []
    after: list[str] = []
    signs: list[str] = []
    default: list[str] = []
    context: list[str] = []
    factor: Optional[Decimal] = None

    @field_validator("adjectives")
    @classmethod
    def _adjectives(cls, words: list[str]) -> list[str]:
        bad = [w for w in words if not (ADJECTIVE_LEMMA.match(w) or w.endswith("."))]
        if bad:
            raise ValueError(f"adjectives are lemmas («канадский») or abbreviations («бел.»): {bad}")
        return words


class _CurrencyName(Entry):
    code: str
    name: str

    _code = field_validator("code")(_three_letters)


class Currency(_CurrencyWords, _CurrencyName):
    """An ISO 4217 currency and the words naming it (see the header of currencies.tsv)."""


class _HandRow(Entry):
    row: Literal["adds", "own", "skip"]
    code: str
    name: Optional[str] = None

    _code = field_validator("code")(_three_letters)


class HandCurrency(_CurrencyWords, _HandRow):
    """A line of currency_hand.tsv (read by scripts/make_currencies.py, not at run time): it `adds` words to the
    line the references give `code`, is an `own` line (a subunit, «м.р.», a currency no reference has) or makes
    the script `skip` the code."""


class PerNoun(Entry):
    """A thing prices are given per that is no unit of measure: «на акцию» акция, «за бутылку» бутылка."""

    unit: str
    forms: list[str]

    @field_validator("forms")
    @classmethod
    def _lowered(cls, forms: list[str]) -> list[str]:
        if not forms:
            raise ValueError("needs at least one form")
        return _lower(forms)


class CountedNoun(PerNoun):
    """A noun of goods counted in pieces: «самолётов», «воздушных судов» шт (counted_nouns.tsv)."""


class Unit(Entry):
    """A unit after a number: percent units (%, pp, times) and physical units («тонн» т)."""

    unit: str
    group: Literal["percents", "quantities"]
    forms: list[str] = []
    stems: list[str] = []  # adjectives: «10-процентная»
    factor: Optional[Decimal] = None  # «50 б.п.» = 0.5 pp
    after: list[str] = []  # the unit counts only before one of these words, or after a scale word
    context: list[str] = []  # the unit counts only after a fraction, or with one of these words in the sentence

    @field_validator("stems", "after", "context")
    @classmethod
    def _lowered(cls, forms: list[str]) -> list[str]:
        return _lower(forms)


class Qualifier(Entry):
    """Hedges of one kind before a measure: approx «около», «в районе»; gt «более»; ge; lt; le «не более»."""

    kind: Literal["approx", "gt", "ge", "lt", "le"]
    phrases: list[str]

    _phrases = field_validator("phrases")(_lower)
