"""Relative and year-less dates completed when the record is built, once the release date is known.

«в прошлом году» and «1 января» are read against the release date; «годом ранее», «в тот же день», «на следующий
день» against the time named just before them in the text. Without a reference they stay unresolved:
relative=True, resolved=False, no normalised form.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Optional

from .timex import Fuzzy, Point, Range, Timex, describe, from_spec, resolve, shift_date

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
                fields = _resolved(timex, base, past=bool(spec.get("past")))
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
