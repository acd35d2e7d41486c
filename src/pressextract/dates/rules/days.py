"""Days and months: «30 января 2026 года», «30.01.2026», «1 января», «27-28 сентября», «пятого марта», «в сентябре
2025 года», «январе–сентябре», «9 месяцев 2025 года».

Each rule reads tokens from position `i` of a `Scan` and returns a `Match` or None (`rule.py`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ...typography import DASHES
from ..rule import Lead, Match
from ..timex import Point
from ..tokens import NUMERIC_DATES, Scan, day, full_year, two_parts, year
from .years import dated, one_or_range, year_tail, year_unit

# ---------------------------------------------------------------- DAY: «30 января 2026 года», «30.01.2026»

LINK_MARKS = {"/", "=", "_", "?", "&"}  # «…/2016-06-30/…», «file=2017-02-21»


def numeric_date(s: Scan, i: int, lead: Lead) -> Optional[Match]:
    """«30.01.2026», «25.12.25» (2025), «2026-01-30», «05/08/2008», with «г.» after it if any."""
    if s.among(i - 1, "not_date_after") or (s.low(i - 1) == "." and s.among(i - 2, "not_date_after")):
        return None  # «п. 1.2.25», «ст. 12.10.2»
    if in_link(s, i):
        return None  # «…/2016-06-30/…», «ik2017-02-21T08», «19.10.16.webm»
    for pattern in NUMERIC_DATES:
        match = pattern.fullmatch(s.low(i))
        if match:
            y = int(match["y"])
            point = Point("day", full_year(y) if len(match["y"]) == 2 else y, int(match["m"]), int(match["d"]))
            return one_or_range(i, year_unit(s, i + 1) or i + 1, [point])
    return None


def in_link(s: Scan, i: int) -> bool:
    """Token `i` is glued into a link or a file name: after or before «/», «=», «_», or before a file extension
    («.webm»); not a date glued to the words of a scraped table («до 01.01.2016Процентные», «на 1.01.2018г»)."""
    nxt, extension = s.low(i + 1), s.low(i + 2)
    return (s.glued(i - 1) and s.low(i - 1) in LINK_MARKS) or (s.glued(i) and nxt in LINK_MARKS) or (
        s.glued(i) and nxt == "." and s.glued(i + 1) and extension.isascii() and extension.isalpha())


def day_month(s: Scan, i: int, lead: Lead) -> Optional[Match]:
    """«30 января 2026 года», «1 января», «27-28 сентября 2014 года», «30 июня–1 июля 2019 года», «пятого марта»."""
    first = day(s.low(i))
    days = [first] if first is not None else _day_pair(s.low(i))
    if not days:
        return _day_in_words(s, i)
    month = s.number(i + 1, "month")
    if month is not None:
        end, points = dated(s, _after_month(s, i + 1), [Point("day", None, month, d) for d in days])
        return one_or_range(i, end, points)
    # «30 июня–1 июля»: razdel keeps «июня–1» as one token
    parts = two_parts(s.low(i + 1))
    if first is None or not parts or day(parts[1]) is None:
        return None
    month, month2 = s.words.kind(parts[0], "month"), s.number(i + 2, "month")
    if month is None or month2 is None:
        return None
    end, points = dated(s, i + 3, [Point("day", None, int(month), first), Point("day", None, month2, day(parts[1]))])
    return one_or_range(i, end, points)


def _day_in_words(s: Scan, i: int) -> Optional[Match]:
    """«пятого сентября», «двадцать первого июня 2025 года»."""
    tens = s.number(i, "number")
    at = i + 1 if tens in (20, 30) else i
    number = s.number(at, "ordinal")
    if number is None or s.low(at)[-3:] not in ("ого", "его") or (at > i and number > 9):
        return None
    month = s.number(at + 1, "month")
    if month is None:
        return None
    end, points = dated(s, at + 2, [Point("day", None, month, number + (tens if at > i else 0))])  # type: ignore
    return one_or_range(i, end, points)


def _day_pair(text: str) -> list[int]:
    parts = two_parts(text)
    if not parts:
        return []
    days = [day(p) for p in parts]
    return [d for d in days if d is not None] if None not in days and days[0] < days[1] else []  # type: ignore


# ---------------------------------------------------------------- MONTH: «в сентябре 2025 года», «январе–сентябре»


def months_at(s: Scan, i: int) -> list[int]:
    """One month or a dashed pair: «сентябре» [9], «январе–сентябре» [1, 9]; a dot after «янв.» is skipped."""
    month = s.number(i, "month")
    if month is not None:
        return [month]
    parts = two_parts(s.low(i))
    if not parts:
        return []
    pair = [s.words.kind(p, "month") for p in parts]
    return [int(m) for m in pair] if None not in pair and int(pair[0]) < int(pair[1]) else []  # type: ignore


def _after_month(s: Scan, i: int) -> int:
    """Past the month at `i` and the dot of an abbreviation before a year: «янв. 2025»."""
    return i + 2 if s.low(i + 1) == "." and year(s.low(i + 2)) else i + 1


def month_expr(s: Scan, i: int, lead: Lead) -> Optional[Match]:
    """«сентябре 2025 года», «январе–сентябре 2025 года», «сентябре прошлого года»; alone only after a preposition
    or before a dash and another month («октябрь – декабрь 2024 г.»: the grammar reads the range)."""
    rel = s.kind(i, "relative")
    if rel in ("-1", "0", "1") and s.number(i + 1, "month") is not None:  # «в следующем мае»
        point = Point("month", month=s.number(i + 1, "month"), shift=int(rel), shift_unit="year", anchor="published")
        return Match(i, i + 2, replace(point, shift_unit=None) if not point.shift else point)
    months = months_at(s, i)
    if not months:
        return None
    start = _after_month(s, i)
    if year_tail(s, start) is None and not lead.prefixed and not (s.low(start) in DASHES and months_at(s, start + 1)):
        return None
    end, points = dated(s, start, [Point("month", None, m) for m in months])
    return one_or_range(i, end, points)


def months_count(s: Scan, i: int, lead: Lead) -> Optional[Match]:
    """«9 месяцев 2025 года», «девять месяцев прошлого года» → January to September."""
    low = s.low(i)
    count = int(low) if low.isdigit() else s.number(i, "number")
    if count is None or not 2 <= count <= 11 or s.kind(i + 1, "unit") != "month":
        return None
    if year_tail(s, i + 2) is None:
        return None
    end, points = dated(s, i + 2, [Point("month", None, 1), Point("month", None, count)])
    return one_or_range(i, end, points)
