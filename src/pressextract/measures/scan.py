"""The token scan: every number with its unit, then ranges, borrowed units and qualifiers.

A number is money when a currency follows («4,97 млрд долларов США», «1 200 ₽») or a sign comes before it
(«$1,2 млрд», «USD 3 млн»), a percentage or ratio when a percent unit follows («11,4 процента», «50 б.п.»,
«в 1,5 раза»), a quantity when a physical unit follows («6 млн 118 тыс. т»). Numbers without a unit (years,
article numbers, phone numbers, clock times) are kept only until ranges and borrowed units are settled
(«от 3 до 5 млн рублей»), then dropped. A count without a number («несколько миллионов евро», vague.py) is kept
only as money.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Union

from .ellipsis import BorrowedUnits
from .measure import MeasureMatch
from .numerals.digits import SIGN
from .numerals.reader import Number, NumberReader
from .phrases import Tokens
from .qualifiers import Qualifiers
from .ranges import Ranges
from .units.counted import CountedNouns
from .units.currencies import Currencies, CurrencyMatch
from .units.matcher import UnitMatch, Units
from .units.per import Denominators
from .units.percent import Percents, glued


@dataclass
class Grammar:
    """The grammars the scan reads with, each built from its tables (component.py)."""

    reader: NumberReader
    currencies: Currencies
    units: Units
    counted: CountedNouns
    percents: Percents
    qualifiers: Qualifiers
    ranges: Ranges
    borrowed: BorrowedUnits
    denominators: Denominators

    def __post_init__(self) -> None:
        reader = self.reader
        self.ratio_prefixes = tuple(reader.times_stems)
        self.start_words = {*reader.words, *reader.bare, *reader.times, *reader.vague.words, *SIGN,
                            *reader.minus_words, *self.currencies.signs.first_words()}

    def find(self, tokens: Tokens) -> list[MeasureMatch]:
        """All measures (numbers with a unit), in text order, ranges merged and qualifiers set."""
        found = self.ranges.combine(tokens, self.scan(tokens))
        found = self.borrowed.borrow(tokens, found)
        for a in found:
            if not a.bounded:
                a.qualifier = self.qualifiers.before(tokens, a.start)
            if a.group == "money":
                a.per = self.denominators.after(tokens, a.end)
        return [a for a in found if a.sane and (a.group == "money" or not a.number.vague)]

    def scan(self, tokens: Tokens) -> list[MeasureMatch]:
        """Every number in the text with the unit right after it (or a sign right before it)."""
        found: list[MeasureMatch] = []
        words, starts, prefixes = tokens.lower, self.start_words, self.ratio_prefixes
        i = 0
        while i < tokens.size:
            word = words[i]
            measure = None
            if word[0].isdigit() or word in starts or word.startswith(prefixes) or (
                    word[0] in SIGN and len(word) > 1 and word[1].isdigit()):  # «−0,5»
                measure = self._at(tokens, i)
            if measure is None:
                i += 1
            else:
                found.append(measure)
                i = measure.end
        return found

    def _at(self, tokens: Tokens, i: int) -> Optional[MeasureMatch]:
        word = tokens.lower[i]
        if word in self.currencies.signs:
            signed = self._signed(tokens, i)
            if signed is not None:
                return signed
        ratio = None
        if word in self.reader.times or word.startswith(self.ratio_prefixes):
            ratio = self.percents.ratio_word(tokens, i)
        if ratio is not None:
            return MeasureMatch(Number(i, i + 1, ratio), i, i + 1, "percents", "times")
        number = self.reader.read(tokens, i)
        if number is None:
            return None
        if number.suffix:
            return self._adjective(tokens, number)
        return self._with_unit(tokens, number)

    def _signed(self, tokens: Tokens, i: int) -> Optional[MeasureMatch]:
        """«$1,2 млрд», «€500 млн», «USD 3 млн»."""
        currency = self.currencies.before(tokens, i)
        if currency is None:
            return None
        j = tokens.next(currency.end)
        if j >= tokens.size or not tokens.text[j][0].isdigit():
            return None
        number = self.reader.read(tokens, j, comma_thousands=True)
        if number is None or number.suffix:
            return None
        return MeasureMatch(number, i, number.end, "money", currency.code, currency.factor)

    def _adjective(self, tokens: Tokens, number: Number) -> Optional[MeasureMatch]:
        """«10-процентная» %, «5-кратный» times, «100-долларовой» USD, «8-миллиардный кредит» money."""
        i = number.start
        unit = self.units.adjective(i, number.suffix)
        if unit is not None and (unit.unit != "times" or self.percents.ratio_adjective(tokens, i)):
            return MeasureMatch(number, i, i + 1, unit.group, unit.unit, unit.factor)
        currency = self.currencies.adjective(tokens, i, number.suffix)
        if currency is not None:
            return MeasureMatch(number, i, i + 1, "money", currency.code, currency.factor)
        if number.scale > 1:
            j = tokens.next(i + 1)
            currency = self.currencies.adjective(tokens, j, tokens.lower[j]) if j < tokens.size else None
            if currency is not None:  # «8-миллиардный долларовый кредит»
                return MeasureMatch(number, i, j + 1, "money", currency.code, currency.factor)
            if self.currencies.money_noun(tokens, j):
                return MeasureMatch(number, i, i + 1, needs_currency=True)
        return None

    def _with_unit(self, tokens: Tokens, number: Number) -> MeasureMatch:
        j = tokens.next(number.end)
        unit = self.units.after_number(tokens, j, number.scale > 1, number.fraction)
        currency = self.currencies.after_number(tokens, j)
        found: Union[UnitMatch, CurrencyMatch, None] = unit
        if currency is not None and (unit is None or currency.end >= unit.end):
            found = currency
        if isinstance(found, CurrencyMatch):
            return MeasureMatch(number, number.start, found.end, "money", found.code, found.factor)
        if found is not None and found.unit == "%" and glued(tokens, found.end):
            found = None
        if found is not None and (found.unit != "times" or self.percents.times_allowed(tokens, number.start)):
            end = self.percents.end(tokens, found.end) if found.unit == "%" else found.end
            return MeasureMatch(number, number.start, end, found.group, found.unit, found.factor)
        counted = self.counted.after_number(tokens, j)
        if counted is not None:  # «25 воздушных судов»
            return MeasureMatch(number, number.start, counted[1], "quantities", counted[0])
        return MeasureMatch(number, number.start, number.end)
