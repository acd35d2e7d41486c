"""Numbers (a value with its scale word, no unit) from tokens: «4,97 млрд», «1 234 567,89», «двадцать пять»,
«6 млн 118 тыс.», «5,0–5,5».

`NumberReader.read(tokens, i)` reads the number starting at token `i` as `Decimal` (never float): digits with
a comma or dot decimal, thousands split by spaces, NBSP or thin spaces across tokens («12 500» is two tokens),
a sign («+3,2», «−0,5», «-4,0»), number words in every case («семи», «полтора», «двадцать пять»), scale words
and their abbreviations («тыс.», «миллиардов»), composites that add up («28 миллиардов 400 миллионов»), scale
adjectives («8-миллиардный»), ranges inside one token or across a dash («1,2–2», «28,8- 32,3», «3 – 5 млн»).
Units are not read here; a hyphenated adjective keeps its ending in `suffix` («10-процентная» → «процентная»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Iterable, Optional

from ..entries import Numeral, Scale
from ..phrases import Phrases, Tokens, adjective_stem
from .digits import (
    ADJECTIVE,
    CASE_ENDINGS,
    COMMA_THOUSANDS,
    EN_DASH,
    MINUS,
    OPEN,
    ORDINAL_ENDINGS,
    PADDED_GROUP,
    RANGE,
    RANGE_DASHES,
    SIGN,
    groups,
    parse_plain,
)
from .vague import VagueCounts


@dataclass(frozen=True)
class Number:
    """A number read from tokens `[start, end)`; `value_max` for ranges."""

    start: int
    end: int
    value: Decimal
    value_max: Optional[Decimal] = None
    scale: Decimal = Decimal(1)  # the (last) scale word read, 1 without one
    words: bool = False  # written in words: «десять миллиардов»
    suffix: str = ""  # adjective ending left for the units: «процентная», «долларовой»
    open_range: bool = False  # «28,8-»: the next number closes the range
    vague: bool = False  # no number written: «несколько миллионов», «сотни тысяч» (vague.py)

    @property
    def fraction(self) -> bool:
        """Written with a fraction and no scale word: «94,44», «1 245,3», «полтора»; things are not counted so."""
        exponent = self.value.as_tuple().exponent
        return self.scale == 1 and isinstance(exponent, int) and exponent < 0


class NumberReader:
    """Reads numbers with the number words and scale words of the vocabularies."""

    def __init__(self, numerals: list[Numeral], scales: list[Scale], *, minus_after: Iterable[str],
                 minus_words: Iterable[str] = ()) -> None:
        self.words: dict[str, Decimal] = {f: n.value for n in numerals if n.kind == "cardinal" for f in n.forms}
        self.times: dict[str, Decimal] = {f: n.value for n in numerals if n.kind == "times" for f in n.forms}
        self.times_stems: dict[str, Decimal] = {s: n.value for n in numerals if n.kind == "times" for s in n.stems}
        self.scales: Phrases[Decimal] = Phrases((f, s.value) for s in scales for f in s.forms)
        self.bare: dict[str, Decimal] = {f: s.value for s in scales for f in s.bare}
        self.scale_stems: dict[str, Decimal] = {t: s.value for s in scales for t in s.stems}
        self.minus_after = frozenset(minus_after)  # «до –5»: a dash after these words is a minus
        self.minus_words = frozenset(minus_words)  # «минус 3,2 млрд»: the sign written as a word
        self.vague = VagueCounts(numerals, scales)  # «несколько миллионов», «сотни тысяч», «миллиарды»

    def read(self, tokens: Tokens, i: int, *, comma_thousands: bool = False) -> Optional[Number]:
        """The number starting at token `i`, with its scale words, composite parts and dash range."""
        if i > 0 and tokens.joined(i - 1) and tokens.text[i - 1][-1].isalnum():
            return None  # «%D0%BE» in a link, «COVID19»: part of a word
        number = self._simple(tokens, i, comma_thousands)
        if number is None:
            vague = self.vague.read(tokens, i)
            if vague is not None:
                return self._scaled(tokens, Number(i, vague.end, vague.low, vague.high, vague.scale, words=True,
                                                   vague=True))
            value = self.bare.get(tokens.lower[i])
            if value is None:
                return None
            number = Number(i, i + 1, value, scale=value, words=True)
        else:
            number = self._scaled(tokens, number)
        number = self._composite(tokens, number)
        return self._dash_range(tokens, number)

    # ------------------------------------------------------------ one number without scale
    def _simple(self, tokens: Tokens, i: int, comma_thousands: bool) -> Optional[Number]:
        word = tokens.text[i]
        if tokens.lower[i] in self.minus_words:  # «минус 3,2 млрд долларов», «минус 0,5%»
            j = tokens.next(i + 1)
            inner = self._simple(tokens, j, comma_thousands) if j < tokens.size else None
            if inner is None or inner.value < 0 or inner.words:
                return None
            return replace(inner, start=i, value=-inner.value,
                           value_max=None if inner.value_max is None else -inner.value_max)
        if word in SIGN and len(word) == 1:
            if not tokens.joined(i) or not tokens.text[i + 1][0].isdigit():
                return None
            inner = self._digits(tokens, i + 1, comma_thousands)
            if inner is None or inner.value < 0:
                return None
            sign = -1 if word in MINUS and not (word == EN_DASH and self._after_word(tokens, i)) else 1
            return replace(inner, start=i, value=sign * inner.value,
                           value_max=None if inner.value_max is None else sign * inner.value_max)
        if word[0].isdigit() or (word[0] in SIGN and len(word) > 1):
            number = self._digits(tokens, i, comma_thousands)
            if number is not None and word[0] == EN_DASH and self._after_word(tokens, i):
                return replace(number, value=-number.value)  # «2019 год –60 тыс.»: a dash, not a minus
            return number
        return self._words(tokens, i)

    def _digits(self, tokens: Tokens, i: int, comma_thousands: bool) -> Optional[Number]:
        word = tokens.text[i]
        if (comma_thousands and COMMA_THOUSANDS.fullmatch(word)
                and self.scales.match(tokens, tokens.next(i + 1)) is None):
            return Number(i, i + 1, Decimal(word.replace(",", "")))  # «$635,000»; «$41,275 млрд» is 41.275e9
        value = parse_plain(word)
        if value is not None:
            return self._thousands(tokens, i, value) if re.fullmatch(r"[+\-−–]?\d{1,3}", word) else Number(
                i, i + 1, value)
        m = RANGE.fullmatch(word)
        if m:
            low, high = parse_plain(m.group(1)), parse_plain(m.group(2))
            return Number(i, i + 1, low, high) if low is not None and high is not None else None
        m = OPEN.fullmatch(word) or ADJECTIVE.fullmatch(tokens.lower[i])
        value = parse_plain(m.group(1)) if m else None
        if value is None:
            return None
        if m.re is OPEN:
            return Number(i, i + 1, value, open_range=True)
        return self._adjective(i, value, m.group(2))

    def _adjective(self, i: int, value: Decimal, suffix: str) -> Optional[Number]:
        """«5-ти» 5; «8-миллиардный» 8e9 (suffix kept: it is an adjective); «5-й» is an ordinal, not a number."""
        if suffix in CASE_ENDINGS:
            return Number(i, i + 1, value)
        if suffix in ORDINAL_ENDINGS:
            return None
        scale = adjective_stem(suffix, self.scale_stems)
        if scale is not None:
            return Number(i, i + 1, value * scale, scale=scale, suffix=suffix)
        return Number(i, i + 1, value, suffix=suffix)

    def _thousands(self, tokens: Tokens, i: int, value: Decimal) -> Number:
        """«1 234 567,89» from «1», «234», «567,89»; «20 000-30 000» («20», «000-30», «000») as a range."""
        digits, end, upper = groups(tokens, i, tokens.text[i].lstrip("".join(SIGN)))
        if end == i + 1 and upper is None:
            return Number(i, end, value)
        low = -Decimal(digits) if value < 0 else Decimal(digits)
        if upper is not None:
            return Number(i, upper[1], low, Decimal(upper[0]))
        return Number(i, end, low)

    def _words(self, tokens: Tokens, i: int) -> Optional[Number]:
        """«сто двадцать пять», «полтора», «двух»: each word of a lower rank than the one before."""
        value = self.words.get(tokens.lower[i])
        if value is None:
            return None
        total, rank, end = value, _rank(value), i + 1
        while rank > 0:
            j = tokens.next(end)
            following = self.words.get(tokens.lower[j]) if j < tokens.size else None
            if following is None or _rank(following) >= rank or _rank(following) == 0:
                break
            total, rank, end = total + following, _rank(following), j + 1
        return Number(i, end, total, words=True)

    def _after_word(self, tokens: Tokens, i: int) -> bool:
        """An en dash right after a word is punctuation: «2019 год –60»; after «и», «до», «на» it is a minus."""
        j = tokens.prev(i)
        return j >= 0 and tokens.text[j][-1].isalnum() and tokens.lower[j] not in self.minus_after

    # ------------------------------------------------------------ scale words and composites
    def _scaled(self, tokens: Tokens, number: Number) -> Number:
        if number.suffix:
            return number
        j = tokens.next(number.end)
        factor = self.vague.round.get(tokens.lower[j]) if j < tokens.size and not number.vague else None
        if factor is not None:  # «три сотни», «два десятка миллионов»
            high = None if number.value_max is None else number.value_max * factor
            number = replace(number, end=j + 1, value=number.value * factor, value_max=high)
        found = self.scales.match(tokens, tokens.next(number.end))
        if found is None:
            return number
        scale, end = found
        high = None if number.value_max is None else number.value_max * scale
        return replace(number, end=end, value=number.value * scale, value_max=high, scale=scale)

    def _composite(self, tokens: Tokens, number: Number) -> Number:
        """«6 млн 118 тыс.», «28 миллиардов 400 миллионов», «три тысячи двести»: smaller parts are added."""
        while number.scale > 1 and number.value_max is None and not number.suffix:
            j = tokens.next(number.end)
            if j >= tokens.size or not (tokens.text[j][0].isdigit() or tokens.lower[j] in self.words):
                return number
            if PADDED_GROUP.fullmatch(tokens.text[j]):  # «47 млн 030 тыс.»: a zero-padded count of the next scale
                part: Optional[Number] = Number(j, j + 1, Decimal(tokens.text[j]))
            else:
                part = self._simple(tokens, j, False)
            if part is None or part.value_max is not None or part.suffix or part.value < 0:
                return number
            scaled = self._scaled(tokens, part)
            if scaled.scale == 1 and not (number.words and part.words):
                return number
            if scaled.value >= number.scale or scaled.scale >= number.scale:
                return number
            number = replace(number, end=scaled.end, value=number.value + scaled.value,
                             scale=scaled.scale if scaled.scale > 1 else number.scale)
            if scaled.scale == 1:
                return number
        return number

    def _dash_range(self, tokens: Tokens, number: Number) -> Number:
        """«28,8- 32,3», «3 – 5 млн»: a dash and a second number make a range (not a third: «1 – 2 – 3»)."""
        if number.value_max is not None or number.suffix or _in_chain(tokens, number.start):
            return number
        j, spaced = number.end, False
        if not number.open_range:
            j = tokens.next(j)
            if j >= tokens.size or tokens.text[j] not in RANGE_DASHES:
                return number
            spaced = j > number.end or tokens.space_after[j]
            if spaced and (tokens.text[j] == "—" or _year_like(number)):
                return number  # «в 2017 году — 50 млн», «2017 — 50 млн»: a dash between clauses
            j += 1
        j = tokens.next(j)
        if j >= tokens.size or not tokens.text[j][0].isdigit():
            return number
        second = self._simple(tokens, j, False)
        if second is None or second.value_max is not None or second.suffix:
            return number
        second = self._scaled(tokens, second)
        after = tokens.next(second.end)
        if after < tokens.size and tokens.text[after] in RANGE_DASHES:
            return number
        joined = join_range(number, second)
        return joined if joined.value <= joined.value_max else number


def join_range(low: Number, high: Number) -> Number:
    """One range from two numbers; «от 3 до 5 млн»: the first takes the second's scale if it has none."""
    value = low.value
    if low.scale == 1 and high.scale > 1 and low.value * high.scale <= high.value:
        value = low.value * high.scale
    return Number(low.start, high.end, value, high.value, scale=high.scale, words=low.words and high.words)


def _in_chain(tokens: Tokens, i: int) -> bool:
    """«16,36 – 18,07 – 19,79 %»: a number after «N –» is one of several values, not a range's start."""
    j = tokens.prev(i)
    if j < 0 or tokens.text[j] not in RANGE_DASHES:
        return False
    k = tokens.prev(j)
    return k >= 0 and tokens.text[k][-1].isdigit()


def _year_like(number: Number) -> bool:
    return number.scale == 1 and number.value == number.value.to_integral_value() and 1900 <= number.value <= 2100


def _rank(value: Decimal) -> int:
    """Word order inside a number: hundreds 3, tens 2, teens and units 1; «полтора» and «ноль» 0 (alone)."""
    if value >= 100:
        return 3
    if value >= 20:
        return 2
    if value >= 1 and value == value.to_integral_value():
        return 1
    return 0
