"""Time values: what a date or period expression means, and its normalised form.

A `Point` is a calendar unit at some grain («30 января 2026 года» a day, «в I квартале 2025 г.» a quarter); a
`Range` joins two points («в январе–сентябре 2025 года») or leaves one end open («с 2024 года»); a `Duration` is a
length of time («в течение трёх лет» P3Y); a `Fuzzy` expression names time without a value («в последнее время»).
A point may be incomplete or relative («в сентябре», «в прошлом году»): `resolve.py` completes it against a
reference date (the release date, or the time named just before); `datefields.py` turns values into the plain
dicts of `span._.date`.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace
from typing import Optional, Union

GRAINS = ("day", "week", "month", "quarter", "half", "year", "decade", "century", "season")
SHIFT_UNITS = ("day", "week", "month", "quarter", "half", "year")
# grains of our own that the records do not have: a decade is a range of years, a season a range of months
RECORD_GRAIN = {"decade": "year", "century": "year", "season": "month"}
MONTHS_IN = {"month": 1, "quarter": 3, "half": 6, "year": 12}
EDGES = ("start", "end", "middle", "half1", "half2")


@dataclass(frozen=True)
class Point:
    """A calendar unit; unknown fields (year None, …) are taken from the reference date when resolving."""

    grain: str
    year: Optional[int] = None
    month: Optional[int] = None  # for a season: its first month (12, 3, 6, 9)
    day: Optional[int] = None
    part: Optional[int] = None  # quarter 1–4, half 1–2, ISO week
    weekday: Optional[int] = None  # 1 = Monday: «в пятницу»
    edge: Optional[str] = None  # «в начале» start, «на конец» end, «в середине» middle, «в первой половине» half1
    shift: int = 0  # «в прошлом году» −1 year, «через три дня» +3 days
    shift_unit: Optional[str] = None
    anchor: Optional[str] = None  # "published" | "previous": what a relative point is read against

    @property
    def complete(self) -> bool:
        """True when the point needs no reference date."""
        return self.anchor is None and self.year is not None and self.weekday is None


@dataclass(frozen=True)
class Range:
    """From one point to another; None is an open end: «с 2024 года» → 2024.."""

    start: Optional[Point]
    end: Optional[Point]

    @property
    def complete(self) -> bool:
        return all(p is None or p.complete for p in (self.start, self.end))


@dataclass(frozen=True)
class Duration:
    """A length of time as ISO 8601 («P3Y», «P1Y5M»), or None when the number is not said («несколько лет»)."""

    iso: Optional[str]
    grain: str

    complete = True


@dataclass(frozen=True)
class Fuzzy:
    """Time named without a value: «в последнее время», «в ближайшие годы»."""

    grain: Optional[str] = None

    complete = False


@dataclass(frozen=True)
class NoTime:
    """Words that hold a unit of time but name no time: «в пересчёте на год» (an annualised rate). The grammar reads
    them, so that «на год» in them is not taken for a length, and makes no span of them."""

    complete = True


Timex = Union[Point, Range, Duration, Fuzzy, NoTime]


# ---------------------------------------------------------------- intervals and labels


def interval(point: Point) -> tuple[dt.date, dt.date]:
    """First and last day of a complete point."""
    y, g = point.year, point.grain
    assert y is not None
    if g == "day":
        day = dt.date(y, point.month or 1, point.day or 1)
        return day, day
    if g == "week":
        monday = dt.date.fromisocalendar(y, point.part or 1, 1)
        return monday, monday + dt.timedelta(days=6)
    if g == "month":
        return _months(y, point.month or 1, 1)
    if g == "quarter":
        return _months(y, 3 * (point.part or 1) - 2, 3)
    if g == "half":
        return _months(y, 6 * (point.part or 1) - 5, 6)
    if g == "season":  # the winter of 2011 is December 2010 to February 2011
        return _months(y - (point.month == 12), point.month or 1, 3)
    if g == "decade":
        return dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
    if g == "century":
        return dt.date(y, 1, 1), dt.date(y + 99, 12, 31)
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def _months(year: int, month: int, count: int) -> tuple[dt.date, dt.date]:
    last_year, last_month = divmod(year * 12 + month - 1 + count - 1, 12)
    end = dt.date(last_year, last_month + 1, calendar.monthrange(last_year, last_month + 1)[1])
    return dt.date(year, month, 1), end


def label(point: Point) -> str:
    """The normalised form: 2026-01-30, 2026-W05, 2025-09, 2025-Q1, 2025-H1, 2025; decades as 1990..1999."""
    y, g = point.year, point.grain
    if g == "day":
        return f"{y:04d}-{point.month:02d}-{point.day:02d}"
    if g == "week":
        return f"{y:04d}-W{point.part:02d}"
    if g == "month":
        return f"{y:04d}-{point.month:02d}"
    if g == "quarter":
        return f"{y:04d}-Q{point.part}"
    if g == "half":
        return f"{y:04d}-H{point.part}"
    if g in ("decade", "century", "season"):
        start, end = interval(point)
        if g == "season":
            return f"{start:%Y-%m}..{end:%Y-%m}"
        return f"{start.year:04d}..{end.year:04d}"
    return f"{y:04d}"


def valid(point: Point) -> bool:
    """False for impossible values: «31 февраля», «V квартал», «54-я неделя»."""
    try:
        if point.year is not None and not 1 <= point.year <= 9999:
            return False
        if point.month is not None and not 1 <= point.month <= 12:
            return False
        if point.grain == "quarter" and not 1 <= (point.part or 1) <= 4:
            return False
        if point.grain == "half" and not 1 <= (point.part or 1) <= 2:
            return False
        if point.day is not None:
            dt.date(point.year or 2000, point.month or 1, point.day)  # 2000 is a leap year: «29 февраля»
        if point.year is not None and point.grain != "day":
            interval(point)
    except ValueError:
        return False
    return True


# ---------------------------------------------------------------- edges: «в начале 2020 года», «на конец 2025 года»


# years of a decade an edge covers: «в начале 1990-х» 1990..1992, «во второй половине 1950-х» 1955..1959
DECADE_EDGES = {"start": (0, 2), "middle": (3, 6), "end": (7, 9), "half1": (0, 4), "half2": (5, 9)}


def apply_edge(point: Point) -> Union[Point, Range]:
    """A complete point with its edge taken into account (GUIDE: начало года → Q1, конец года → 31 декабря)."""
    edge, g = point.edge, point.grain
    if edge is None:
        return point
    plain = replace(point, edge=None)
    if edge == "start" and g == "year":
        return replace(plain, grain="quarter", part=1)
    if edge == "end" and g in ("year", "half", "quarter", "month"):
        last = interval(plain)[1]
        return Point("day", last.year, last.month, last.day)
    if edge in ("half1", "half2") and g == "year":
        return replace(plain, grain="half", part=1 if edge == "half1" else 2)
    if g == "decade" and plain.year is not None:
        first, last = DECADE_EDGES[edge]
        return Range(Point("year", plain.year + first), Point("year", plain.year + last))
    return plain


def as_of(point: Point) -> Point:
    """The day a figure is taken at: «на начало 2025 года» 2025-01-01, «на середину 2017 года» 2017-06-30."""
    plain = replace(point, edge=None)
    start, end = interval(plain)
    if point.edge == "middle" and point.grain == "year":
        return Point("day", start.year, 6, 30)
    if point.edge == "middle" and point.grain == "month":
        return Point("day", start.year, start.month, 15)
    day = end if point.edge == "end" else start
    return Point("day", day.year, day.month, day.day)


# ---------------------------------------------------------------- ranges: «с 16 апреля по 19 мая 2019 года»


def range_start(left: Point, right: Point) -> Point:
    """The left end of a range with what only the right end says: «с 16 апреля по 19 мая 2019 года»; across a
    new year the left end is in the year before: «с декабря 2024 по февраль 2025 года», «за декабрь — январь»."""
    if left.grain == "day" and left.month is None:
        left = replace(left, month=right.month)
    if left.year is None and left.anchor == "published" and not left.shift and left.weekday is None:
        back = left.month is not None and right.month is not None and left.month > right.month
        if right.year is not None:
            left = replace(left, year=right.year - back, anchor=None)
        elif back and right.shift_unit in (None, "year"):
            shift = right.shift - 1
            left = replace(left, shift=shift, shift_unit="year" if shift else None, anchor=right.anchor)
        else:
            left = replace(left, shift=right.shift, shift_unit=right.shift_unit, anchor=right.anchor)
    return left
