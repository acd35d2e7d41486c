"""Relative and year-less dates completed when the record is built, once the release date is known.

«в прошлом году» and «1 января» are read against the release date; «годом ранее», «в тот же день», «на следующий
день» against the time named just before them in the text. Without a reference they stay unresolved:
relative=True, resolved=False, no normalised form.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import replace
from typing import Any, Optional

from .datefields import describe, from_spec
from .timex import MONTHS_IN, Fuzzy, Point, Range, Timex

DateFields = dict[str, Any]


def resolve_dates(values: list[DateFields], published: Optional[dt.date]) -> list[DateFields]:
    """DateMention fields of each `span._.date`, in reading order, with relative ones completed where possible."""
    out: list[DateFields] = []
    previous: Optional[dt.date] = None
    for value in values:
        fields = {k: v for k, v in value.items() if k != "spec"}
        spec = value.get("spec")
        if spec:
            timex = from_spec(spec)
            base = previous if _anchor(timex) == "previous" and previous else published
            if base is not None and not isinstance(timex, Fuzzy):
                try:
                    fields = _resolved(timex, base, past=bool(spec.get("past")))
                except (ValueError, OverflowError):
                    pass  # «через 999 лет» from a date near 9999: past the calendar, left unresolved
        if fields["start_date"]:
            previous = dt.date.fromisoformat(fields["start_date"])
        out.append(fields)
    return out


def _resolved(timex: Timex, base: dt.date, past: bool) -> DateFields:
    """The fields of `timex` read against `base`; a year-less date told in the past tense that would fall after
    `base` is last year's: «цены выросли в декабре» in a January release is last December."""
    fields = describe(resolve(timex, base))
    if past and _yearless(timex) and fields["start_date"] and dt.date.fromisoformat(fields["start_date"]) > base:
        fields = describe(resolve(timex, shift_date(base, "year", -1)))
    fields.pop("spec", None)
    fields["relative"] = True
    return fields


def _yearless(timex: Timex) -> bool:
    points = [timex] if isinstance(timex, Point) else [timex.start, timex.end] if isinstance(timex, Range) else []
    return bool(points) and all(p is None or (p.year is None and not p.shift and p.weekday is None and p.month
                                              and p.anchor == "published")
                                for p in points)


def _anchor(timex: Timex) -> Optional[str]:
    if isinstance(timex, Range):
        return next((p.anchor for p in (timex.start, timex.end) if p is not None and p.anchor), None)
    return timex.anchor if isinstance(timex, Point) else None


# ---------------------------------------------------------------- resolving against a reference date


def shift_date(date: dt.date, unit: str, n: int) -> dt.date:
    """`date` moved by `n` units; a month end stays valid (31 марта − 1 месяц → 29 февраля)."""
    if unit == "day":
        return date + dt.timedelta(days=n)
    if unit == "week":
        return date + dt.timedelta(weeks=n)
    months = n * MONTHS_IN[unit]
    year, month = divmod(date.year * 12 + date.month - 1 + months, 12)
    day = min(date.day, calendar.monthrange(year, month + 1)[1])
    return dt.date(year, month + 1, day)


def resolve_point(point: Point, base: dt.date) -> Point:
    """Fill what `point` does not say from `base`, after its shift: «в сентябре прошлого года» → 2025-09."""
    if point.shift and point.shift_unit:
        base = shift_date(base, point.shift_unit, point.shift)
    g = point.grain
    if point.weekday is not None:
        day = base - dt.timedelta(days=(base.isoweekday() - point.weekday) % 7)  # the last such day, past first
        return Point("day", day.year, day.month, day.day)
    year = point.year if point.year is not None else base.year
    fields: dict[str, Any] = {"year": year, "anchor": None, "shift": 0, "shift_unit": None}
    if g in ("day", "month", "season") and point.month is None:
        fields["month"] = base.month
    if g == "day" and point.day is None:
        fields["day"] = base.day
    if g == "quarter" and point.part is None:
        fields["part"] = (base.month - 1) // 3 + 1
    if g == "half" and point.part is None:
        fields["part"] = (base.month - 1) // 6 + 1
    if g == "week" and point.part is None:
        fields["year"], fields["part"] = base.isocalendar()[:2]
    return replace(point, **fields)


def resolve(timex: Timex, base: dt.date) -> Timex:
    """The value with every incomplete point completed against `base`."""
    if isinstance(timex, Point):
        return resolve_point(timex, base) if not timex.complete else timex
    if isinstance(timex, Range):
        start = resolve(timex.start, base) if timex.start else None
        end = resolve(timex.end, base) if timex.end else None
        return Range(start, end)  # type: ignore[arg-type]
    return timex
