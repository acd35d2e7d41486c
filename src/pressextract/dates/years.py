"""Years: «2025 году», «2025 г.», «2025-м», «2020–2025 годы», «в 410 году», years in lists, and the year after a
day, month or quarter («2025 года», «прошлого года», «того же года»).

Each rule reads tokens from position `i` of a `Scan` and returns `(end, value)` or None. A point without a year
(«1 января», «в I квартале») is anchored to the release date; «в сентябре прошлого года» shifts that anchor.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from .timex import Point, Range, valid
from ..typography import DASHES
from .tokens import YEAR_SUFFIX, Found, Scan, two_parts, year

YearRef = tuple[Optional[int], int, Optional[str]]  # year, shift in years, anchor
UNDATED: YearRef = (None, 0, "published")
OLD_YEAR = re.compile(r"[1-9]\d{2}")  # «в 410 году»
SEASON_PAIR = re.compile(r"\d{4}/(\d{2}|\d{4})")  # «сезон 2016/17»
PLURAL_YEARS = {"годах", "годы", "годов", "гг"}
# «ст. 12.10.2», «п. 1.2.25»: numbers of articles and items are not dates
NOT_DATE_AFTER = {"ст", "статья", "статьи", "статье", "п", "пункт", "пункта", "пункте", "ч", "часть", "№", "n",
                  "версия", "версии", "v", "тел", "телефон"}


# ---------------------------------------------------------------- YEAR: «2025 году», «2025 г.», «прошлого года»


def year_unit(s: Scan, i: int) -> Optional[int]:
    """End of a year word at `i`: «года», «г» (not «лет», which counts years; the dot of «г.» is left out, as in
    NEREL, so that a sentence's full stop is never taken)."""
    if s.kind(i, "unit") != "year" or s.low(i) == "лет":
        return None
    return i + 1


def year_tail(s: Scan, i: int) -> Optional[tuple[int, YearRef]]:
    """The year after a day, month or quarter: «2025 года», «2025», «2025-го», «прошлого года», «того же года»."""
    value = year(s.low(i))
    if value is not None:
        end = year_unit(s, i + 1)
        if end is None and not s.ends_clause(i + 1):
            return None  # «10 марта 2000 человек»
        return end or i + 1, (value, 0, None)
    match = YEAR_SUFFIX.fullmatch(s.low(i))
    if match:
        return year_unit(s, i + 1) or i + 1, (int(match.group(1)), 0, None)
    rel = s.kind(i, "relative")
    if rel is None or rel == "last":
        return None
    same = s.low(i + 1) == "же"
    end = year_unit(s, i + 1 + same)
    if end is None or (rel == "same" and not same):
        return None
    if same:
        return end, (None, 0, "previous")
    if rel == "previous":
        return end, (None, -1, "previous")  # «в декабре предыдущего года»
    return end, (None, int(rel), "published")


def with_year(point: Point, ref: YearRef) -> Point:
    """`point` in the year `ref` names."""
    value, shift, anchor = ref
    if value is not None:
        return replace(point, year=value)
    return replace(point, shift=shift, shift_unit="year" if shift else None, anchor=anchor)


def dated(s: Scan, i: int, points: list[Point]) -> tuple[int, list[Point]]:
    """The points with the year that follows them at `i`, or anchored to the release date."""
    tail = year_tail(s, i)
    end, ref = tail if tail else (i, UNDATED)
    return end, [with_year(p, ref) for p in points]


def one_or_range(end: int, points: list[Point]) -> Optional[Found]:
    if not all(valid(p) for p in points):
        return None
    return end, points[0] if len(points) == 1 else Range(points[0], points[1])


def year_expr(s: Scan, i: int, prefixed: bool) -> Optional[Found]:
    """«2025 году», «2025 г.», «2025-м», «2020–2025 годы», «2004 — 2009», «в 410 году», and a bare year where
    nothing else fits: «в 2014,», «(1994)», «(1994, 1997)», «в 1958, 1962 и 1970 годах»."""
    low = s.low(i)
    if s.low(i - 1) in NOT_DATE_AFTER:
        return None
    match = YEAR_SUFFIX.fullmatch(low)
    if match:
        return year_unit(s, i + 1) or i + 1, Point("year", int(match.group(1)))
    pair = _year_pair(s, i)
    if pair:
        first, second, end = pair
        return year_unit(s, end) or end, Range(Point("year", first), Point("year", second))
    value = year(low) or (int(low) if prefixed and OLD_YEAR.fullmatch(low) and s.low(i + 1) in ("году", "г") else None)
    if value is None:
        return None
    end = year_unit(s, i + 1)
    if end:
        return end, Point("year", value)
    if (prefixed and s.ends_clause(i + 1)) or _listed(s, i):
        return i + 1, Point("year", value)
    return None


def _listed(s: Scan, i: int) -> bool:
    """A year in a list of years: «(1994)», «(1994, 1997)», «в 1958, 1962 и 1970 годах»."""
    before, after = s.low(i - 1), s.low(i + 1)
    if s.glued_comma(i - 1) and year(before):
        before = ","  # razdel glues the comma to a number before a digit: «1994, 1997»
    comma = s.glued_comma(i)
    if before in ("(", ",") and (after == ")" or (comma and year(after))):
        return True
    k = i + 1
    while k < s.n and (year(s.low(k)) or s.low(k) in (",", "и")):
        k += 1
    return k > i + 1 and year(s.low(k - 1)) is not None and s.low(k) in PLURAL_YEARS


def _year_pair(s: Scan, i: int) -> Optional[tuple[int, int, int]]:
    """«2020–2025» (one token), «2004 — 2009», a season «2016/17», «1989-90»: two years in order, and the end."""
    parts = two_parts(s.low(i)) or SEASON_PAIR.fullmatch(s.low(i)) and tuple(s.low(i).split("/"))
    if parts and len(parts[1]) == 2 and year(parts[0]) and parts[1].isdigit():
        first = year(parts[0])
        second = first // 100 * 100 + int(parts[1]) if first else None  # type: ignore[operator]
        return (first, second, i + 1) if first and second == first + 1 else None
    if parts:
        first, second, end = year(parts[0]), year(parts[1]), i + 1
    elif s.low(i + 1) in DASHES and year(s.low(i)):
        first, second, end = year(s.low(i)), year(s.low(i + 2)), i + 3
    else:
        return None
    if first is None or second is None or not 0 < second - first <= 100:
        return None
    return first, second, end
