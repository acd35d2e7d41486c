"""The date grammar: time expressions in a document's tokens, with the words before them that belong to them.

An expression is [prefixes] body: «по итогам» + «2025 года», «с» + «2007» + «по» + «2010 год», «около» + «20
лет». The prefix's role (date_prefixes.tsv) shapes the value: «с 2024 года» is an open range 2024.., «к 2030
году» the deadline 2030, «на конец 2025 года» the day 2025-12-31, «через два года» a point two years on.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Iterator, Optional

from .days import day_month, month_expr, months_count, numeric_date
from .lengths import length_expression, rate
from .quarters import century, decade, ordinal_period, part, season, this_unit
from .relative import deictic, month_adjective, relative_unit, weekday, year_adjective
from .timex import Fuzzy, Point, Range, Timex, as_of
from .tokens import DASHES, Chain, Found, Match, Scan, day, roman, two_parts, year
from .years import year_expr

CLOSERS = {"from": ("по", "до"), "range_from": ("до",), "between": ("и",), None: tuple(DASHES)}
ALONE_KINDS = {"deictic", "season", "rate", "span", "year_shift", "month_adjective"}  # others need the next word
RESULT_PHRASES = {"по итогам", "по результатам"}  # «по итогам года»
SEPARATORS = {",", *DASHES}  # «в понедельник, 22 июля», «25 июля, в четверг»

PointRule = Callable[[Scan, int, bool], Optional[Found]]
NUMERIC_DATE: PointRule = lambda s, i, p: numeric_date(s, i)  # noqa: E731
DAY_MONTH: PointRule = lambda s, i, p: day_month(s, i)  # noqa: E731
MONTHS_COUNT: PointRule = lambda s, i, p: months_count(s, i)  # noqa: E731
ORDINAL_PERIOD: PointRule = lambda s, i, p: ordinal_period(s, i)  # noqa: E731
CENTURY: PointRule = lambda s, i, p: century(s, i)  # noqa: E731
PART: PointRule = lambda s, i, p: part(s, i)  # noqa: E731
DEICTIC: PointRule = lambda s, i, p: deictic(s, i)  # noqa: E731
RELATIVE_UNIT: PointRule = lambda s, i, p: relative_unit(s, i)  # type: ignore  # noqa: E731
# the rules worth trying, by what the first token is: «30» → a date, a year, a quarter…; «прошлом» → relative
DIGIT_RULES = (NUMERIC_DATE, DAY_MONTH, MONTHS_COUNT, ORDINAL_PERIOD, CENTURY, decade, year_expr)
ROMAN_RULES = (ORDINAL_PERIOD, CENTURY)
DASHED_RULES = (month_expr, decade)
RULES_BY_KIND: dict[str, tuple[PointRule, ...]] = {
    "number": (MONTHS_COUNT, DAY_MONTH),
    "month": (month_expr,),
    "ordinal": (ORDINAL_PERIOD, CENTURY, DAY_MONTH),
    "decade": (decade,),
    "season": (season,),
    "relative": (season, RELATIVE_UNIT, weekday, month_expr),
    "deictic": (DEICTIC,),
    "part": (PART,),
    "weekday": (weekday,),
    "weekend": (weekday,),
}


def find(s: Scan) -> list[Match]:
    """All time expressions, left to right, not overlapping."""
    found: list[Match] = []
    done = 0
    for i in s.starts:
        if i < done or not (_alone(s, i) or i + 1 in s.start_set or i + 2 in s.start_set):
            continue  # «в» or «это» before ordinary words: nothing to read
        match = expression(s, i)
        if match:
            found.append(match)
            done = match[1]
    return share_years(s, found)


def _alone(s: Scan, i: int) -> bool:
    """True if token `i` may be a time expression by itself: «2025», «IV», «вчера», «летом», «ежегодно»."""
    low = s.low(i)
    kinds = s.words.words.get(low)
    if low in s.words.phrase_starts:
        return True  # «этого сезона», «на днях»
    if kinds is None:
        return low not in s.words.starts  # a number, a Roman numeral, a dashed compound, an adjective
    return not ALONE_KINDS.isdisjoint(kinds)


def expression(s: Scan, i: int) -> Optional[Match]:
    """The longest time expression starting at token `i`, prefixes included."""
    # «в год», «на днях» carry their own preposition; «прошлогодний», «декабрьском» stand alone
    own = rate(s, i) or fixed_phrase(s, i) or year_adjective(s, i) or month_adjective(s, i)
    if own:
        return i, own[0], own[1]
    chain = prefix_chain(s, i)
    at = chain[-1][3] if chain else i
    if at not in s.start_set:
        return None  # «в» before an ordinary word
    if chain and chain[-1][1] in ("с", "со") and s.case(at) == "Ins":
        return None  # «по сравнению с предыдущим годом»: «с» is «with» here; the period is read from «предыдущим»
    found = point_with_role(s, at, chain)
    if found:
        start = next((c[2] for c in chain if c[0] != "qualifier"), at)  # «уже в 2010 году» starts at «в»
        return start, found[0], found[1]
    found = length_expression(s, at, chain)
    if found:
        return found
    return None


def prefix_chain(s: Scan, i: int) -> Chain:
    """A hedge and a preposition before the body: «почти через», «по итогам», «с»."""
    chain: Chain = []
    at = i
    while len(chain) < 3:
        found = _phrase_at(s, at, s.words.prefixes)
        if found is None:
            break
        words, role = found
        chain.append((role, " ".join(words), at, at + len(words)))
        at += len(words)
        if len(chain) > 1 and chain[-1][0] != "qualifier" and chain[-2][0] != "qualifier":
            chain.pop()  # «по с»: two prepositions in a row are no prefix
            break
    return chain


def fixed_phrase(s: Scan, i: int) -> Optional[tuple[int, Timex]]:
    """«на днях», «сегодняшний день», «среднесрочной перспективе» (date_phrases.tsv)."""
    found = _phrase_at(s, i, s.words.phrases)
    if found is None:
        return None
    words, meaning = found
    return i + len(words), Point("day", anchor="published") if meaning == "now" else Fuzzy()


def _phrase_at(s: Scan, i: int, table: dict[tuple[str, ...], str]) -> Optional[tuple[tuple[str, ...], str]]:
    """The longest phrase of `table` (prefixes or phrases) at token `i`."""
    for words, _ in s.words.by_first.get(s.low(i), ()):
        if words in table and all(s.low(i + k) == w for k, w in enumerate(words[1:], 1)):
            return words, table[words]
    return None


# ---------------------------------------------------------------- points and ranges


def calendar(s: Scan, i: int, prefixed: bool) -> Optional[Found]:
    """The longest calendar expression at `i` (`prefixed`: a preposition came before it)."""
    best: Optional[Found] = None
    for rule in _rules(s, i):
        found = rule(s, i, prefixed)
        if found and (best is None or found[0] > best[0]):
            best = found
    if best is None:
        phrase = fixed_phrase(s, i)
        return phrase if phrase and prefixed else None  # type: ignore[return-value]
    return named_day(s, *best)


def _rules(s: Scan, i: int) -> Iterator[PointRule]:
    low = s.low(i)
    if low[:1].isdigit():
        yield from DIGIT_RULES
    elif roman(s.text(i)) or any(d in low for d in DASHES) and roman(s.text(i)[:1]):
        yield from ROMAN_RULES
    elif two_parts(low):
        yield from DASHED_RULES
    for kind in s.words.words.get(low, ()):
        yield from RULES_BY_KIND.get(kind, ())


def named_day(s: Scan, end: int, value: Timex) -> Found:
    """A weekday or «вчера» with its date: «в понедельник, 22 июля 2019 года»; «25 июля, в четверг»."""
    if isinstance(value, Point) and value.grain == "day" and value.anchor and value.month is None:
        at = end + (s.low(end) in SEPARATORS)
        date = numeric_date(s, at) or day_month(s, at)
        if date and isinstance(date[1], Point):
            return date  # type: ignore[return-value]
    if isinstance(value, Point) and value.grain == "day" and value.day and s.low(end) == ",":
        at = end + 1 + (s.low(end + 1) in ("в", "во"))
        named = weekday(s, at, True)
        if named:
            return named[0], value
    return end, value  # type: ignore[return-value]


def point_with_role(s: Scan, at: int, chain: Chain) -> Optional[Found]:
    """The body as a point or range, read with the role of its preposition."""
    role = chain[-1][0] if chain else None
    prefixed = role not in (None, "qualifier")
    found = calendar(s, at, prefixed)
    closers = CLOSERS.get(role, ()) if prefixed else CLOSERS[None]
    if found is None and chain and chain[-1][1] in RESULT_PHRASES:
        found = this_unit(s, at)  # «по итогам года»
    if found is None:
        return loose_range(s, at, closers) if prefixed else None
    end, value = found
    if isinstance(value, Point) and s.low(end) in closers:
        right = calendar(s, end + 1, True)
        if right and isinstance(right[1], Point) and (prefixed or right[1].grain == value.grain):
            return right[0], Range(complete(value, right[1]), right[1])
    if role == "from" and isinstance(value, Point):
        if value.edge == "start":  # «с начала 2017 года» 2017-01..
            value = replace(value, edge=None, grain="month", month=1) if value.grain == "year" else replace(value, edge=None)
        return end, Range(value, None)
    if role == "as_of" and isinstance(value, Point) and value.edge in ("start", "middle") and value.complete:
        return end, as_of(value)
    return end, value


def loose_range(s: Scan, at: int, closers: tuple[str, ...]) -> Optional[Found]:
    """«с 1 по 15 марта», «с 2007 по 2010 год»: a bare number that takes the rest from the right end."""
    low = s.low(at)
    if not low.isdigit() or s.low(at + 1) not in closers:
        return None
    right = calendar(s, at + 2, True)
    if right is None or not isinstance(right[1], Point):
        return None
    end, value = right
    if value.grain == "day" and day(low) is not None and int(low) < (value.day or 32):
        left = complete(Point("day", None, None, int(low)), value)
    elif value.grain == "year" and year(low) is not None and value.year and year(low) < value.year:  # type: ignore
        left = Point("year", year(low))
    else:
        return None
    return end, Range(left, value)


def complete(left: Point, right: Point) -> Point:
    """The left end of a range with what only the right end says: «с 16 апреля по 19 мая 2019 года»."""
    if left.grain == "day" and left.month is None:
        left = replace(left, month=right.month)
    if left.year is None and left.anchor == "published" and not left.shift and left.weekday is None:
        if right.year is not None:
            back = left.month is not None and right.month is not None and left.month > right.month
            left = replace(left, year=right.year - back, anchor=None)
        else:
            left = replace(left, shift=right.shift, shift_unit=right.shift_unit, anchor=right.anchor)
    return left


# ---------------------------------------------------------------- one year for a list: «30 июня и 1 июля 2019 года»


def share_years(s: Scan, found: list[Match]) -> list[Match]:
    """A day or month without a year takes the year of the next one when only «и» or a comma stands between."""
    out = list(found)
    for k in range(len(out) - 2, -1, -1):
        start, end, value = out[k]
        nxt = out[k + 1][2]
        gap = out[k + 1][0] - end
        if not (isinstance(value, Point) and isinstance(nxt, Point)) or value.month is None:
            continue
        if value.anchor == "published" and not value.shift and nxt.year is not None and value.weekday is None \
                and (gap == 0 or (gap == 1 and s.low(end) in ("и", ",", "или"))):
            out[k] = (start, end, replace(value, year=nxt.year, anchor=None))
    return out
