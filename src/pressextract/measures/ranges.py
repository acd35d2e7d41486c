"""Measures that share a unit with the next one: ranges and coordinated numbers.

«от 3 до 5 млн рублей» is one span «3 до 5 млн рублей» (amount 3e6, amount_max 5e6; the first number takes the
scale of the second when it has none and stays below it); «с 1,5 млн до 8,5 млн руб.» is a range too, unless a
change word comes before («выросла с 1,5 млн до 8,5 млн руб.»: two measures, «1,5 млн» with the shared unit and
no qualifier); «5% – 7%» and «$0,91 — $1,02 млн» are ranges; «2 и 3%» are two percentages, «480 и 455 млн
долларов» two amounts in millions; «10 рублей 50 копеек» adds up.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Iterable, Optional

from .changes import ChangeWords
from .measure import MeasureMatch
from .numerals.digits import RANGE_DASHES
from .numerals.reader import Number
from .phrases import Tokens


class Ranges:
    """The words that join two measures: «от … до», «с … до», «и», a dash."""

    def __init__(self, changes: ChangeWords, *, range_start: Iterable[str], range_end: Iterable[str],
                 change_start: Iterable[str], coordination: Iterable[str]) -> None:
        self.changes = changes
        self.range_start = frozenset(range_start)  # «от 3 до 5 млн»
        self.range_end = frozenset(range_end)  # «до»
        self.change_start = frozenset(change_start)  # «с 1,5 млн до 8,5 млн»
        self.coordination = frozenset(coordination)  # «2 и 3%»

    def combine(self, tokens: Tokens, found: list[MeasureMatch]) -> list[MeasureMatch]:
        """Merge ranges and subunits, and hand shared units to the numbers before them."""
        out: list[MeasureMatch] = []
        k = 0
        while k < len(found):
            a = found[k]
            b = found[k + 1] if k + 1 < len(found) else None
            pair = self._pair(tokens, a, b) if b is not None else None
            if pair is None:
                out.append(a)
                k += 1
            else:
                out += pair
                k += 2
        return out

    def _pair(self, tokens: Tokens, a: MeasureMatch, b: MeasureMatch) -> Optional[list[MeasureMatch]]:
        between = _between(tokens, a.end, b.start)
        if between is None:
            return None
        if not between:
            return _subunits(a, b)
        if len(between) == 1 and between[0] in self.range_end:
            before = tokens.prev(a.start)
            word = tokens.lower[before] if before >= 0 else ""
            if word in self.range_start:
                return _range(a, b)
            if word in self.change_start:
                if self.changes.before(tokens, before):
                    return [replace(_shared(a, b), bounded=True), replace(b, bounded=True)]
                return _range(a, b)
            return None
        if len(between) == 1 and between[0] in self.coordination and a.group is None and b.group is not None:
            return [_shared(a, b, coordinated=True), b]
        if len(between) == 1 and between[0] in RANGE_DASHES and a.group is not None:
            return _range(a, b)  # «5% – 7%», «$0,91 — $1,02 млн»
        return None


def _between(tokens: Tokens, start: int, end: int) -> Optional[list[str]]:
    """Lower-case words between two measures (whitespace skipped); None across a sentence or over 2 words."""
    if end - start > 6 or tokens.sentence[start - 1] != tokens.sentence[end]:
        return None
    words = [tokens.lower[j] for j in range(start, end) if not tokens.is_gap(j)]
    return words if len(words) <= 2 else None


def _compatible(a: MeasureMatch, b: MeasureMatch) -> bool:
    return a.group is None or (a.group == b.group and a.unit == b.unit and a.factor == b.factor)


def _low(a: MeasureMatch, b: MeasureMatch) -> Decimal:
    """«от 3 до 5 млн»: 3 млн; «от 800 до 1,2 млн»: 800 (it would exceed the upper bound). A unit written after
    the first number completes it («от 5 рублей до 10 млн рублей»); a sign before it does not («$0,91 — $1,02 млн»).
    """
    open_ended = a.group is None or a.start < a.number.start
    if open_ended and not a.scaled and b.scaled and a.low * b.number.scale <= b.low:
        return a.low * b.number.scale
    return a.low


def _shared(a: MeasureMatch, b: MeasureMatch, coordinated: bool = False) -> MeasureMatch:
    """`a` with the unit of `b` («2 и 3%», «с 1,5 млн до 8,5 млн руб.»). Coordinated numbers share the scale
    word too, whichever is larger: «480 и 455 млн долларов» are both millions (a range's low end takes it only
    below the high end)."""
    if a.group is not None:
        return a
    if coordinated and not a.scaled and b.scaled:
        scale = b.number.scale
        return replace(a, group=b.group, unit=b.unit, factor=b.factor, value=a.low * scale,
                       value_max=a.high * scale if a.high is not None else None)
    return replace(a, group=b.group, unit=b.unit, factor=b.factor, value=_low(a, b), value_max=a.high)


def _range(a: MeasureMatch, b: MeasureMatch) -> Optional[list[MeasureMatch]]:
    """«от 3 до 5 млн рублей»; «от нескольких десятков до нескольких сотен миллионов»: from the low end of the
    first to the high end of the second, vague if either is."""
    if not _compatible(a, b) or (a.high is not None and not a.number.vague):
        return None
    low, high = _low(a, b), b.high if b.high is not None else b.low
    if low > high:
        return None
    number = Number(a.number.start, b.number.end, low, high, scale=b.number.scale,
                    vague=a.number.vague or b.number.vague)
    return [MeasureMatch(number, a.start, b.end, b.group, b.unit, b.factor, low, high, bounded=True,
                   needs_currency=b.needs_currency)]


def _subunits(a: MeasureMatch, b: MeasureMatch) -> Optional[list[MeasureMatch]]:
    """«10 рублей 50 копеек» → 10.50 RUB."""
    if a.group != "money" or b.group != "money" or a.unit != b.unit or a.high is not None or b.high is not None:
        return None
    if a.factor != 1 or b.factor >= 1 or a.low != a.low.to_integral_value():
        return None
    total = a.low + b.low * b.factor
    number = Number(a.number.start, b.number.end, total)
    return [MeasureMatch(number, a.start, b.end, "money", a.unit, Decimal(1), total)]
