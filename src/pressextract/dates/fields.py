"""The plain dict of `span._.date`: a value's DateMention fields, and the spec of a value still to be resolved.

    Point("year", 2025)            {"normalized": "2025", "grain": "year", "start_date": "2025-01-01", …}
    Point("year", shift=-1, …)     {"normalized": None, …, "relative": True, "resolved": False, "spec": {…}}
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, Optional

from .timex import (
    RECORD_GRAIN,
    Duration,
    Fuzzy,
    Point,
    Range,
    Timex,
    apply_edge,
    interval,
    label,
)


def describe(timex: Timex, *, relative: bool = False) -> dict[str, Any]:
    """The DateMention fields of a value; an incomplete one keeps its `spec` for resolving later."""
    out: dict[str, Any] = {"normalized": None, "grain": None, "start_date": None, "end_date": None,
                           "relative": relative, "resolved": False, "spec": None}
    if not timex.complete:
        out.update(relative=True, spec=to_spec(timex))
        out["grain"] = _grain(timex)
        return out
    if isinstance(timex, Duration):
        out.update(normalized=timex.iso, grain=timex.grain, resolved=timex.iso is not None)
        return out
    if isinstance(timex, Point):
        point = apply_edge(timex)
        if isinstance(point, Range):
            return describe(point, relative=relative)
        start, end = interval(point)
        out.update(normalized=label(point), grain=_grain(point), start_date=start.isoformat(),
                   end_date=end.isoformat(), resolved=True)
        return out
    assert isinstance(timex, Range)
    start = _side(timex.start, 0)
    end = _side(timex.end, 1)
    out.update(
        normalized=f"{_end_label(start, 0)}..{_end_label(end, 1)}",
        grain=_grain(start or end),
        start_date=interval(start)[0].isoformat() if start else None,
        end_date=interval(end)[1].isoformat() if end else None,
        resolved=True,
    )
    return out


def _side(point: Optional[Point], side: int) -> Optional[Point]:
    """One end of a range with its edge applied: the start of «начало 1990-х» is 1990."""
    if point is None:
        return None
    value = apply_edge(point)
    if isinstance(value, Range):
        return value.start if side == 0 else value.end
    return value


def _end_label(point: Optional[Point], side: int) -> str:
    """One side of a range: a decade inside a range is its first or last year («1980-х–1990-х» 1980..1999)."""
    if point is None:
        return ""
    text = label(point)
    return text.split("..")[side] if ".." in text else text


def _grain(timex: Timex) -> Optional[str]:
    if isinstance(timex, Range):
        return _grain(timex.start or timex.end)  # type: ignore[arg-type]
    if timex is None or isinstance(timex, Fuzzy):
        return None if timex is None else timex.grain
    return RECORD_GRAIN.get(timex.grain, timex.grain)


def to_spec(timex: Timex) -> dict[str, Any]:
    """A JSON-like dict of the value (kept on the span until the reference date is known)."""
    if isinstance(timex, Range):
        return {"type": "range", "start": to_spec(timex.start) if timex.start else None,
                "end": to_spec(timex.end) if timex.end else None}
    data = {k: v for k, v in asdict(timex).items() if v is not None and v != 0}
    return {"type": type(timex).__name__.lower(), **data}


def from_spec(spec: dict[str, Any]) -> Timex:
    """The value back from `to_spec`."""
    data = {k: v for k, v in spec.items() if k not in ("type", "past", "future")}
    kind = spec["type"]
    if kind == "range":
        return Range(*(from_spec(data[k]) if data.get(k) else None for k in ("start", "end")))  # type: ignore
    return {"point": Point, "duration": Duration, "fuzzy": Fuzzy}[kind](**data)
