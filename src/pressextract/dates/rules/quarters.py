"""Periods: quarters and halves, decades, centuries, seasons, and edges of a period.

«в I квартале 2025 г.», «первом полугодии», «в 1990-е годы», «XX века», «летом 2011 года», «в начале 2020 года»,
«на конец года». Each rule reads tokens from position `i` of a `Scan` and returns a `Match` or None (`rule.py`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..rule import AFTER_PREPOSITION, NOTHING_BEFORE, Lead, Match
from ..timex import Point, Range
from ..tokens import DECADE, ORDINAL_NUMBER, Scan, roman, two_parts
from .days import month_expr
from .years import dated, one_or_range, with_year, year_expr, year_tail, year_unit

# ---------------------------------------------------------------- QUARTER, HALF: «в I квартале 2025 г.», «II полугодии»


def ordinal_at(s: Scan, i: int) -> list[int]:
    """«I», «первом», «1-м», «I–III» → [1, 3], «третьем-четвёртом» → [3, 4]."""
    low, text = s.low(i), s.text(i)
    one = roman(text) or s.number(i, "ordinal")
    match = ORDINAL_NUMBER.fullmatch(low)
    if one is None and match:
        one = int(match.group(1))
    if one is None and low.isdigit() and len(low) == 1 and s.kind(i + 1, "unit") in ("quarter", "half"):
        one = int(low)  # «1 кв. 2025»
    if one is not None:
        return [one]
    parts = two_parts(text)
    pair = [roman(p) or _ordinal_word(s, p) for p in parts] if parts else []  # «I–III», «третьем-четвёртом»
    return pair if len(pair) == 2 and None not in pair and pair[0] < pair[1] else []  # type: ignore


def _ordinal_word(s: Scan, text: str) -> Optional[int]:
    value = s.words.kind(text.lower().replace("ё", "е"), "ordinal")
    return int(value) if value is not None and value.isdigit() else None


def ordinal_period(s: Scan, i: int, lead: Lead) -> Optional[Match]:
    """«I квартале 2025 г.», «первом полугодии», «IV кв. 2025», «I–III кварталах», «первой половине 2025 года»."""
    numbers = ordinal_at(s, i)
    if not numbers:
        return None
    unit = s.kind(i + 1, "unit")
    if unit in ("quarter", "half"):
        at = s.dot(i + 2)  # «IV кв. 2025»
        end, points = dated(s, at if year_tail(s, at) else i + 2, [Point(unit, None, part=n) for n in numbers])
        return one_or_range(i, end, points)
    if s.kind(i + 1, "part") == "half" and len(numbers) == 1 and numbers[0] in (1, 2):
        inner = edged(s, i + 2)  # «первой половине 2025 года»
        if inner and isinstance(inner.value, Point):
            return Match(i, inner.end, replace(inner.value, edge=f"half{numbers[0]}"))
    return None


# ---------------------------------------------------------------- DECADE, CENTURY, SEASON


def decade(s: Scan, i: int, lead: Lead) -> Optional[Match]:
    """«1990-е годы», «90-х», «в девяностые годы», «тридцатых-сороковых годах прошлого века»."""
    low = s.low(i)
    parts = two_parts(low) if not DECADE.fullmatch(low) else None
    starts = [_decade_start(p, s) for p in (parts or [low])]
    if not starts or None in starts:
        return None
    end = year_unit(s, i + 1)
    if end is None and not ((DECADE.fullmatch(low) or lead.prefixed) and s.pos(i + 1) not in ("NOUN", "ADJ")):
        return None  # «на 40-е место»
    end = end or i + 1
    ages = century(s, end, NOTHING_BEFORE)
    if ages and isinstance(ages.value, Point) and ages.value.year and all(y % 100 for y in starts):  # type: ignore
        starts = [ages.value.year - 1 + y % 100 for y in starts]  # type: ignore  «сороковых годах XIV века» 1340
        end = ages.end
    elif s.among(s.dot(end), "century_of_decade") and s.kind(s.dot(end) + 1, "unit") == "century":
        end = s.dot(end) + 2  # «80-х гг. прошлого века»
    points = [Point("decade", y) for y in starts]  # type: ignore[arg-type]
    return one_or_range(i, end, points)


def _decade_start(text: str, s: Scan) -> Optional[int]:
    match = DECADE.fullmatch(text)
    if match:
        digits = int(match.group(1))
        if digits >= 100:
            return digits
        return digits + (2000 if digits <= 20 else 1900) if digits % 10 == 0 else None
    value = s.words.kind(text, "decade")
    return int(value) if value else None


def century(s: Scan, i: int, lead: Lead) -> Optional[Match]:
    """«XX века», «в XVIII веке», «двадцатого века», «XX–XXI веков»."""
    text = s.text(i)
    numbers = ordinal_at(s, i) or ([int(text)] if text.isdigit() and len(text) <= 2 else [])
    if not numbers or s.kind(i + 1, "unit") != "century" or not all(0 < n <= 21 for n in numbers):
        return None
    first, last = (Point("century", (n - 1) * 100 + 1) for n in (numbers[0], numbers[-1]))
    return Match(i, i + 2, first if len(numbers) == 1 else Range(first, last))


def season(s: Scan, i: int, lead: Lead) -> Optional[Match]:
    """«летом 2011 года», «осенью», «весной прошлого года», «прошлой осенью»; a season adjective with «месяцы»,
    «период», «сезон»: «в осенние месяцы», «летний период 2024 года», «в этот зимний период»."""
    rel = s.kind(i, "relative")
    shift = int(rel) if rel and rel.lstrip("-").isdigit() else None
    k = i + (shift is not None)
    first, at = s.number(k, "season"), k + 1
    named = first is None and s.among(k + 1, "season_nouns")  # «осенние месяцы» needs no preposition
    if named:
        first, at = s.number(k, "season_adjective"), k + 2
    if first is None:
        return None
    if shift is not None:
        point = Point("season", month=first, shift=shift, shift_unit="year" if shift else None, anchor="published")
        return Match(i, at, point)
    if year_tail(s, at) is None and not (lead.prefixed or named or s.among(i, "seasons_alone")):
        return None
    end, points = dated(s, at, [Point("season", month=first)])
    return one_or_range(i, end, points)


# ---------------------------------------------------------------- EDGES: «в начале 2020 года», «на конец года»


def edged(s: Scan, i: int) -> Optional[Match]:
    """What an edge word applies to: a year, month, quarter, decade or century, or «года» alone (this year)."""
    found = (year_expr(s, i, NOTHING_BEFORE) or month_expr(s, i, AFTER_PREPOSITION)
             or ordinal_period(s, i, NOTHING_BEFORE) or decade(s, i, AFTER_PREPOSITION)
             or century(s, i, NOTHING_BEFORE))
    if found:
        return found
    tail = year_tail(s, i)
    if tail and tail.year is None:
        return Match(i, tail.end, with_year(Point("year"), tail))
    found = this_unit(s, i, NOTHING_BEFORE)  # «в конце года», «в начале недели»
    if found:
        return found
    rel, unit = s.kind(i, "relative"), s.kind(i + 1, "unit")
    if rel and rel.lstrip("-").isdigit() and unit in _edged_grains(s):
        shift = int(rel)  # «в конце прошлой недели»
        point = Point(unit, shift=shift, shift_unit=unit if shift else None, anchor="published")  # type: ignore[arg-type]
        return Match(i, i + 2, point)
    return None


def this_unit(s: Scan, i: int, lead: Lead) -> Optional[Match]:
    """«года» in «по итогам года», «в конце года»: the current year (month, quarter) of the release."""
    unit = s.kind(i, "unit")
    if unit is not None and s.among(i, "edged_units"):
        return Match(i, i + 1, Point(unit, anchor="published"))
    return None


def _edged_grains(s: Scan) -> set[Optional[str]]:
    """The units an edge applies to: those of «года», «месяца», «недели», … (edged_units)."""
    return {s.words.kind(word, "unit") for word in s.words.lists["edged_units"]}


def part(s: Scan, i: int, lead: Lead) -> Optional[Match]:
    """«начале 2020 года», «конце 1980-х», «середине марта», «конце года»."""
    edge = s.kind(i, "part")
    if edge not in ("start", "end", "middle"):
        return None
    inner = edged(s, i + 1)
    if inner is None or not isinstance(inner.value, Point):
        return None
    return Match(i, inner.end, replace(inner.value, edge=edge))
