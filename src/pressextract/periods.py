"""Calendar expressions: days, months, quarters, halves, years, decades, centuries, seasons.

Each rule reads tokens from position `i` of a `Scan` and returns `(end, value)` or None. A point without a year
(«1 января», «в I квартале») is anchored to the release date; «в сентябре прошлого года» shifts that anchor.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional, Union

from .datetokens import (
    DECADE, NUMERIC_DATES, ORDINAL_NUMBER, YEAR_SUFFIX, Scan, day, full_year, roman, two_parts, year,
)
from .timex import Point, Range, valid

Found = tuple[int, Union[Point, Range]]
YearRef = tuple[Optional[int], int, Optional[str]]  # year, shift in years, anchor
UNDATED: YearRef = (None, 0, "published")
OLD_YEAR = re.compile(r"[1-9]\d{2}")  # «в 410 году»
SEASON_PAIR = re.compile(r"\d{4}/(\d{2}|\d{4})")  # «сезон 2016/17»
PLURAL_YEARS = {"годах", "годы", "годов", "гг"}
INSTRUMENTAL_SEASONS = {"зимой", "зимою", "весной", "весною", "летом", "осенью"}  # «летом» alone is a season
EDGED_UNITS = {"year": ("года", "год"), "month": ("месяца", "месяц"), "week": ("недели", "неделю"),
               "quarter": ("квартала", "квартал"), "half": ("полугодия", "полугодие")}  # «в конце года», «на начало месяца»
CENTURY_OF_DECADE = {"прошлого", "двадцатого", "xx"}  # «90-х годов прошлого века»

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
    elif s.low(i + 1) in ("-", "–", "—") and year(s.low(i)):
        first, second, end = year(s.low(i)), year(s.low(i + 2)), i + 3
    else:
        return None
    if first is None or second is None or not 0 < second - first <= 100:
        return None
    return first, second, end


# ---------------------------------------------------------------- DAY: «30 января 2026 года», «30.01.2026»


def numeric_date(s: Scan, i: int) -> Optional[Found]:
    """«30.01.2026», «25.12.25» (2025), «2026-01-30», «05/08/2008», with «г.» after it if any."""
    if s.low(i - 1) in NOT_DATE_AFTER or (s.low(i - 1) == "." and s.low(i - 2) in NOT_DATE_AFTER):
        return None
    for pattern in NUMERIC_DATES:
        match = pattern.fullmatch(s.low(i))
        if match:
            y = int(match["y"])
            point = Point("day", full_year(y) if len(match["y"]) == 2 else y, int(match["m"]), int(match["d"]))
            return one_or_range(year_unit(s, i + 1) or i + 1, [point])
    return None


def day_month(s: Scan, i: int) -> Optional[Found]:
    """«30 января 2026 года», «1 января», «27-28 сентября 2014 года», «30 июня–1 июля 2019 года»."""
    first = day(s.low(i))
    days = [first] if first is not None else _day_pair(s.low(i))
    if not days:
        return _day_in_words(s, i)
    month = s.number(i + 1, "month")
    if month is not None:
        end, points = dated(s, _after_month(s, i + 1), [Point("day", None, month, d) for d in days])
        return one_or_range(end, points)
    # «30 июня–1 июля»: razdel keeps «июня–1» as one token
    parts = two_parts(s.low(i + 1))
    if first is None or not parts or day(parts[1]) is None:
        return None
    month, month2 = s.words.kind(parts[0], "month"), s.number(i + 2, "month")
    if month is None or month2 is None:
        return None
    end, points = dated(s, i + 3, [Point("day", None, int(month), first), Point("day", None, month2, day(parts[1]))])
    return one_or_range(end, points)


def _day_in_words(s: Scan, i: int) -> Optional[Found]:
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
    return one_or_range(end, points)


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


def month_expr(s: Scan, i: int, prefixed: bool) -> Optional[Found]:
    """«сентябре 2025 года», «январе–сентябре 2025 года», «сентябре прошлого года»; alone only after a preposition."""
    rel = s.kind(i, "relative")
    if rel in ("-1", "0", "1") and s.number(i + 1, "month") is not None:  # «в следующем мае»
        point = Point("month", month=s.number(i + 1, "month"), shift=int(rel), shift_unit="year", anchor="published")
        return i + 2, replace(point, shift_unit=None) if not point.shift else point
    months = months_at(s, i)
    if not months:
        return None
    start = _after_month(s, i)
    tail = year_tail(s, start)
    if tail is None and not prefixed:
        return None
    end, points = dated(s, start, [Point("month", None, m) for m in months])
    return one_or_range(end, points)


def months_count(s: Scan, i: int) -> Optional[Found]:
    """«9 месяцев 2025 года», «девять месяцев прошлого года» → January to September."""
    low = s.low(i)
    count = int(low) if low.isdigit() else s.number(i, "number")
    if count is None or not 2 <= count <= 11 or s.kind(i + 1, "unit") != "month":
        return None
    tail = year_tail(s, i + 2)
    if tail is None:
        return None
    end, points = dated(s, i + 2, [Point("month", None, 1), Point("month", None, count)])
    return one_or_range(end, points)


# ---------------------------------------------------------------- QUARTER, HALF: «в I квартале 2025 г.», «II полугодии»


def ordinal_at(s: Scan, i: int) -> list[int]:
    """«I», «первом», «1-м», «I–III» → [1, 3]."""
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
    pair = [roman(p) for p in parts] if parts else []
    return pair if len(pair) == 2 and None not in pair and pair[0] < pair[1] else []  # type: ignore


def ordinal_period(s: Scan, i: int) -> Optional[Found]:
    """«I квартале 2025 г.», «первом полугодии», «IV кв. 2025», «I–III кварталах», «первой половине 2025 года»."""
    numbers = ordinal_at(s, i)
    if not numbers:
        return None
    unit = s.kind(i + 1, "unit")
    if unit in ("quarter", "half"):
        at = s.dot(i + 2)  # «IV кв. 2025»
        end, points = dated(s, at if year_tail(s, at) else i + 2, [Point(unit, None, part=n) for n in numbers])
        return one_or_range(end, points)
    if s.kind(i + 1, "part") == "half" and len(numbers) == 1 and numbers[0] in (1, 2):
        inner = edged(s, i + 2)
        if inner and isinstance(inner[1], Point):
            return inner[0], replace(inner[1], edge=f"half{numbers[0]}")
    return None


# ---------------------------------------------------------------- DECADE, CENTURY, SEASON


def decade(s: Scan, i: int, prefixed: bool) -> Optional[Found]:
    """«1990-е годы», «90-х», «в девяностые годы», «тридцатых-сороковых годах прошлого века»."""
    low = s.low(i)
    parts = two_parts(low) if not DECADE.fullmatch(low) else None
    starts = [_decade_start(p, s) for p in (parts or [low])]
    if not starts or None in starts:
        return None
    end = year_unit(s, i + 1)
    if end is None and not ((DECADE.fullmatch(low) or prefixed) and s.pos(i + 1) not in ("NOUN", "ADJ")):
        return None  # «на 40-е место»
    end = end or i + 1
    ages = century(s, end)
    if ages and isinstance(ages[1], Point) and ages[1].year and all(y % 100 for y in starts):  # type: ignore
        starts = [ages[1].year - 1 + y % 100 for y in starts]  # type: ignore  «сороковых годах XIV века» 1340
        end = ages[0]
    elif s.low(s.dot(end)) in CENTURY_OF_DECADE and s.kind(s.dot(end) + 1, "unit") == "century":
        end = s.dot(end) + 2  # «80-х гг. прошлого века»
    points = [Point("decade", y) for y in starts]  # type: ignore[arg-type]
    return one_or_range(end, points)


def _decade_start(text: str, s: Scan) -> Optional[int]:
    match = DECADE.fullmatch(text)
    if match:
        digits = int(match.group(1))
        if digits >= 100:
            return digits
        return digits + (2000 if digits <= 20 else 1900) if digits % 10 == 0 else None
    value = s.words.kind(text, "decade")
    return int(value) if value else None


def century(s: Scan, i: int) -> Optional[Found]:
    """«XX века», «в XVIII веке», «двадцатого века», «XX–XXI веков»."""
    text = s.text(i)
    numbers = ordinal_at(s, i) or ([int(text)] if text.isdigit() and len(text) <= 2 else [])
    if not numbers or s.kind(i + 1, "unit") != "century" or not all(0 < n <= 21 for n in numbers):
        return None
    return i + 2, Point("century", (numbers[0] - 1) * 100 + 1) if len(numbers) == 1 else Range(
        Point("century", (numbers[0] - 1) * 100 + 1), Point("century", (numbers[1] - 1) * 100 + 1))


def season(s: Scan, i: int, prefixed: bool) -> Optional[Found]:
    """«летом 2011 года», «осенью», «весной прошлого года», «прошлой осенью»."""
    rel = s.kind(i, "relative")
    shift = int(rel) if rel and rel.lstrip("-").isdigit() else None
    first = s.number(i + (shift is not None), "season")
    if first is None:
        return None
    at = i + 1 + (shift is not None)
    if shift is not None:
        return at, Point("season", month=first, shift=shift, shift_unit="year" if shift else None, anchor="published")
    if year_tail(s, at) is None and not (prefixed or s.low(i) in INSTRUMENTAL_SEASONS):
        return None
    end, points = dated(s, at, [Point("season", month=first)])
    return one_or_range(end, points)


# ---------------------------------------------------------------- EDGES: «в начале 2020 года», «на конец года»


def edged(s: Scan, i: int) -> Optional[Found]:
    """What an edge word applies to: a year, month, quarter, decade or century, or «года» alone (this year)."""
    for found in (year_expr(s, i, False), month_expr(s, i, True), ordinal_period(s, i), decade(s, i, True),
                  century(s, i)):
        if found:
            return found
    tail = year_tail(s, i)
    if tail and tail[1][0] is None:
        return tail[0], with_year(Point("year"), tail[1])
    unit = s.kind(i, "unit")
    if unit in EDGED_UNITS and s.low(i) in EDGED_UNITS[unit]:
        return i + 1, Point(unit, anchor="published")  # «в конце года», «в начале недели»
    rel = s.kind(i, "relative")
    if rel and rel.lstrip("-").isdigit() and s.kind(i + 1, "unit") in EDGED_UNITS:
        shift, unit = int(rel), s.kind(i + 1, "unit")  # «в конце прошлой недели»
        return i + 2, Point(unit, shift=shift, shift_unit=unit if shift else None, anchor="published")  # type: ignore
    return None


def this_unit(s: Scan, i: int) -> Optional[Found]:
    """«года» in «по итогам года»: the current year (month, quarter) of the release."""
    unit = s.kind(i, "unit")
    if unit in EDGED_UNITS and s.low(i) in EDGED_UNITS[unit]:
        return i + 1, Point(unit, anchor="published")
    return None


def part(s: Scan, i: int) -> Optional[Found]:
    """«начале 2020 года», «конце 1980-х», «середине марта», «конце года»."""
    edge = s.kind(i, "part")
    if edge not in ("start", "end", "middle"):
        return None
    inner = edged(s, i + 1)
    if inner is None or not isinstance(inner[1], Point):
        return None
    return inner[0], replace(inner[1], edge=edge)
