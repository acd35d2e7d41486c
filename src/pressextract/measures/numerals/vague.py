"""Amounts without a number: «несколько миллионов евро», «сотни тысяч долларов», «миллиарды долларов».

«несколько» (numerals.tsv, kind few) counts two to nine of what follows it; the plural of a round number or of a
scale word with no number before it («десятки», «сотни», «миллионы», «миллиардами») counts as «несколько» of it,
and after «несколько» a round plural multiplies («несколько сотен тысяч» 200 000 to 900 000). The measure is the
range, with the qualifier "vague" (measure.py): no number was written, and the facts GUIDE leaves such values out.
Only money is kept so (scan.py): NEREL marks vague sums, no corpus marks «несколько человек» or «в несколько раз».
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Optional

from ...lexicon import LexiconError
from ..entries import Numeral, Scale
from ..phrases import Tokens


@dataclass(frozen=True)
class VagueCount:
    """A count without a number at tokens `[start, end)`: from `low` to `high`, `scale` the scale word read."""

    end: int
    low: Decimal
    high: Decimal
    scale: Decimal = Decimal(1)


class VagueCounts:
    """«несколько», the round plurals («десятки», «сотни») and the plural scale words of the vocabularies."""

    def __init__(self, numerals: Iterable[Numeral], scales: Iterable[Scale]) -> None:
        numerals = list(numerals)
        ranges = {(n.value, n.value_max) for n in numerals if n.kind == "few"}
        if len(ranges) > 1:
            raise LexiconError(f"numerals.tsv: the rows of kind few count different ranges: {sorted(ranges)}")
        self.range: Optional[tuple[Decimal, Decimal]] = ranges.pop() if ranges else None  # type: ignore[assignment]
        self.few = frozenset(f for n in numerals if n.kind == "few" for f in n.forms)
        self.round: dict[str, Decimal] = {f: n.value for n in numerals if n.kind == "round" for f in n.forms}
        self.plural: dict[str, Decimal] = {f: s.value for s in scales for f in s.plural}

    @property
    def words(self) -> set[str]:
        """The words a vague count starts with."""
        return {*self.few, *self.round, *self.plural}

    def read(self, tokens: Tokens, i: int) -> Optional[VagueCount]:
        """The vague count at token `i`, before any scale word after it: «несколько», «нескольких сотен»,
        «десятки», «миллиарды»."""
        if self.range is None:
            return None
        low, high = self.range
        word = tokens.lower[i]
        if word in self.few:
            j = tokens.next(i + 1)
            factor = self.round.get(tokens.lower[j]) if j < tokens.size else None
            if factor is None:
                return VagueCount(i + 1, low, high)
            return VagueCount(j + 1, low * factor, high * factor)  # «несколько сотен»
        if word in self.round:
            factor = self.round[word]
            return VagueCount(i + 1, low * factor, high * factor)  # «сотни тысяч»
        if word in self.plural:
            scale = self.plural[word]
            return VagueCount(i + 1, low * scale, high * scale, scale)  # «миллиарды долларов»
        return None
