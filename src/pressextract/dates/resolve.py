"""Relative and year-less dates completed when the record is built, once the release date is known.

«в прошлом году» and «1 января» are read against the release date; «годом ранее», «в тот же день», «на следующий
день» against the time named just before them in the text. Without a reference they stay unresolved:
relative=True, resolved=False, no normalised form.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace
from typing import Any, Optional

from ..dates import dateparser_words as dateparse
from .fields import describe, from_spec
from .timex import MONTHS_IN, Fuzzy, Point, Range, Timex

DateFields = dict[str, Any]


def resolve_dates(values: list[DateFields], published: Optional[dt.date],
                  texts: Optional[list[str]] = None) -> list[DateFields]:
    """DateMention fields of each `span._.date`, in reading order, with relative ones completed where possible.

    With the span `texts`, a relative phrase read against the release date goes to dateparser («вчера», «на
    прошлой неделе»); the grammar's own reading is the fallback when dateparser cannot read it.
    """
    out: list[DateFields] = []
    previous: Optional[dt.date] = None
    named: Optional[DateFields] = None  # the last mention with a date: «годом ранее» is read against it
    for k, value in enumerate(values):
        fields = {k: v for k, v in value.items() if k != "spec"}
        spec = value.get("spec")
        if spec:
            timex = from_spec(spec)
            base = previous if _anchor(timex) == "previous" and previous else published
            years = _years_back(timex)
            if years and base is previous and named and named["grain"] not in (None, "year"):
                fields = _shifted_years(named, years)  # «в сентябре 2025 года … годом ранее» → 2024-09
            elif base is not None and not isinstance(timex, Fuzzy):
                try:
                    read = _by_dateparser(timex, texts[k], base) if texts and base is published else None
                    fields = read or _resolved(timex, base, past=bool(spec.get("past")),
                                               future=bool(spec.get("future")))
                except (ValueError, OverflowError):
                    pass  # «через 999 лет» from a date near 9999: past the calendar, left unresolved
        if fields["start_date"]:
            previous, named = dt.date.fromisoformat(fields["start_date"]), fields
        out.append(fields)
    return out


def _by_dateparser(timex: Timex, text: str, base: dt.date) -> Optional[DateFields]:
    """A pure shift from the release date («в прошлом году», «вчера») as dateparser reads it, at our grain."""
    if not (isinstance(timex, Point) and timex.anchor == "published" and timex.shift and timex.weekday is None
            and timex.year is None and timex.month is None and timex.day is None and timex.part is None
            and timex.edge is None and timex.grain in dateparse.GRAINS):
        return None
    read = dateparse.relative(text, base)
    if read is None or read[1] != timex.grain:
        return None
    date, grain = read
    point = Point(grain, date.year, month=date.month if grain in ("month", "day") else None,
                  day=date.day if grain == "day" else None,
                  part=date.isocalendar()[1] if grain == "week" else None)
    if grain == "week":
        point = replace(point, year=date.isocalendar()[0])
    fields = describe(point)
    fields.pop("spec", None)
    fields["relative"] = True
    return fields


def _years_back(timex: Timex) -> int:
    """The shift of a bare «годом ранее» / «годом позже» (a whole year from the time just named), else 0."""
    if isinstance(timex, Point) and timex.anchor == "previous" and timex.shift_unit == "year" and \
            timex.grain == "year" and timex.year is None:
        return timex.shift
    return 0


def _shifted_years(previous: DateFields, years: int) -> DateFields:
    """The previous mention moved by whole years, keeping its grain and interval."""
    def move(iso: Optional[str]) -> Optional[str]:
        return shift_date(dt.date.fromisoformat(iso), "year", years).isoformat() if iso else None

    normalized = re.sub(r"\d{4}", lambda m: str(int(m.group()) + years), previous["normalized"] or "") or None
    return {**previous, "normalized": normalized, "start_date": move(previous["start_date"]),
            "end_date": move(previous["end_date"]), "relative": True}


def _resolved(timex: Timex, base: dt.date, past: bool, future: bool = False) -> DateFields:
    """The fields of `timex` read against `base`; a year-less date told in the past tense that would fall after
    `base` is last year's: «цены выросли в декабре» in a January release is last December, «в четвёртом квартале
    экспорт вырос» in a February release last year's fourth quarter; one told in the future that would end before
    `base` is next year's: «проект будет завершён в марте» in a November release."""
    fields = describe(resolve(timex, base))
    if past and _yearless(timex) and fields["start_date"] and dt.date.fromisoformat(fields["start_date"]) > base:
        fields = describe(resolve(timex, shift_date(base, "year", -1)))
    elif future and _yearless(timex) and fields["end_date"] and dt.date.fromisoformat(fields["end_date"]) < base:
        fields = describe(resolve(timex, shift_date(base, "year", 1)))
    fields.pop("spec", None)
    fields["relative"] = True
    return fields


def _yearless(timex: Timex) -> bool:
    points = [timex] if isinstance(timex, Point) else [timex.start, timex.end] if isinstance(timex, Range) else []
    return bool(points) and all(p is None or (p.year is None and not p.shift and p.weekday is None and (
        p.month or (p.grain in ("quarter", "half") and p.part)) and p.anchor == "published") for p in points)


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
