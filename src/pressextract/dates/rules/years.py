"""Years: «2025 году», «2025 г.», «2025-м», «2020–2025 годы», «в 410 году», years in lists, and the year after a
day, month or quarter («2025 года», «прошлого года», «того же года»).

Each rule reads tokens from position `i` of a `Scan` and returns a `Match` or None (`rule.py`). A point without
a year («1 января», «в I квартале») is anchored to the release date; «в сентябре прошлого года» shifts that anchor.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple, Optional

from ...typography import DASHES
from ..rule import Lead, Match
from ..timex import Point, Range, valid
from ..tokens import YEAR_SUFFIX, Scan, two_parts, year

OLD_YEAR = re.compile(r"[1-9]\d{2}")  # «в 410 году»
SEASON_PAIR = re.compile(r"\d{4}/(\d{2}|\d{4})")  # «сезон 2016/17»
MODERN_YEAR = re.compile(r"(?:19|20)\d\d")  # a bare number of these is a year when it counts nothing
OPENERS = frozenset("(«\"“„")  # before a year: «(1993)»
CLAUSE_MARKS = frozenset(",.;:)»\"“”!?…")  # after a year: «2003.», «1993)»


class YearTail(NamedTuple):
    """The year after a day, month or quarter, and the token after it: «2025 года» the year 2025, «прошлого года»
    one year before the release, «того же года» the year named before; without a year, the release year."""

    end: int
    year: Optional[int] = None
    shift: int = 0  # in years
    anchor: Optional[str] = "published"


class YearPair(NamedTuple):
    """Two years in order, and the token after them: «2020–2025», «2004 — 2009»."""

    first: int
    last: int
    end: int


# ---------------------------------------------------------------- YEAR: «2025 году», «2025 г.», «прошлого года»


def year_unit(s: Scan, i: int) -> Optional[int]:
    """End of a year word at `i`: «года», «г» (not «лет», which counts years; the dot of «г.» is left out, as in
    NEREL, so that a sentence's full stop is never taken)."""
    if s.kind(i, "unit") != "year" or s.among(i, "counting_years"):
        return None
    return i + 1


def year_tail(s: Scan, i: int) -> Optional[YearTail]:
    """The year after a day, month or quarter: «2025 года», «2025», «2025-го», «прошлого года», «того же года»."""
    value = year(s.low(i))
    if value is not None:
        end = year_unit(s, i + 1)
        if end is None and not s.ends_clause(i + 1):
            return None  # «10 марта 2000 человек»
        return YearTail(end or i + 1, value, anchor=None)
    match = YEAR_SUFFIX.fullmatch(s.low(i))
    if match:
        return YearTail(year_unit(s, i + 1) or i + 1, int(match.group(1)), anchor=None)
    rel = s.kind(i, "relative")
    if rel is None or rel == "last":
        return None
    same = s.among(i + 1, "same_particles")  # «того же года»
    end = year_unit(s, i + 1 + same)
    if end is None or (rel == "same" and not same):
        return None
    if same:
        return YearTail(end, anchor="previous")
    if rel == "previous":
        return YearTail(end, shift=-1, anchor="previous")  # «в декабре предыдущего года»
    return YearTail(end, shift=int(rel))


def with_year(point: Point, tail: YearTail) -> Point:
    """`point` in the year `tail` names."""
    if tail.year is not None:
        return replace(point, year=tail.year)
    return replace(point, shift=tail.shift, shift_unit="year" if tail.shift else None, anchor=tail.anchor)


def dated(s: Scan, i: int, points: list[Point]) -> tuple[int, list[Point]]:
    """The end of the year that follows the points at `i`, and the points in that year (without one, anchored to
    the release date)."""
    tail = year_tail(s, i) or YearTail(i)
    return tail.end, [with_year(p, tail) for p in points]


def one_or_range(start: int, end: int, points: list[Point]) -> Optional[Match]:
    """One point, or the range of two, if every point is a possible date."""
    if not all(valid(p) for p in points):
        return None
    return Match(start, end, points[0] if len(points) == 1 else Range(points[0], points[1]))


def year_expr(s: Scan, i: int, lead: Lead) -> Optional[Match]:
    """«2025 году», «2025 г.», «2025-м», «2020–2025 годы», «2004 — 2009», «в 410 году», and a bare year where
    nothing else fits: «в 2014,», «(1994)», «(1994, 1997)», «в 1958, 1962 и 1970 годах», «ЧМ-2018»."""
    low = s.low(i)
    if s.among(i - 1, "not_date_after"):
        return None  # «ст. 2014»
    match = YEAR_SUFFIX.fullmatch(low)
    if match:
        return Match(i, year_unit(s, i + 1) or i + 1, Point("year", int(match.group(1))))
    pair = _year_pair(s, i)
    if pair:
        return Match(i, year_unit(s, pair.end) or pair.end, Range(Point("year", pair.first), Point("year", pair.last)))
    old = lead.prefixed and OLD_YEAR.fullmatch(low) and s.among(i + 1, "old_year_units")
    value = year(low) or (int(low) if old else None)
    if value is None:
        return None
    end = year_unit(s, i + 1)
    if end:
        return Match(i, end, Point("year", value))
    if (lead.prefixed and s.ends_clause(i + 1)) or _listed(s, i) or _named(s, i) or _unbound(s, i, lead):
        return Match(i, i + 1, Point("year", value))
    return None


def _unbound(s: Scan, i: int, lead: Lead) -> bool:
    """A year of our times that counts nothing, with no preposition: «чемпионат мира 2003.», «(р. 1993)», «Кубок
    конфедераций 2017 прошёл», «1903 — физика»; not «2000 человек», «около 2000», «$2000», «2000 %»."""
    if lead.prefixes or not MODERN_YEAR.fullmatch(s.low(i)):
        return False
    if s.low(i - 1)[:1].isdigit() and not (s.glued_comma(i - 1) and year(s.low(i - 1))):
        return False  # «21 10 2016»; but «(1956, 1972 — физика)» lists years
    if any(tuple(s.low(k) for k in range(i - n, i)) in s.words.prefixes for n in (1, 2, 3)):
        return False  # «около 2000,», «более чем 2000.»: a count; a year after «в», «до» is read with them
    if s.glued(i - 1) and s.low(i - 1) not in OPENERS:
        return False  # «$2000», «№2000»
    nxt = i + 1
    if nxt >= s.n or s.token(nxt).is_sent_start:
        return True
    if not s.low(nxt)[:1].isalnum():
        return s.low(nxt)[:1] in CLAUSE_MARKS or s.low(nxt)[:1] in DASHES
    return s.ends_clause(nxt)


def _named(s: Scan, i: int) -> bool:
    """The year of a name it is joined to by a dash: «ЧМ-2018», «Сочи-2014», «Мисс Россия-2017» (the tokenizer
    splits them), «премия по литературе-2016»; not a number glued to a year word («2025 год-1200 рублей», «2019
    год-2000 рублей»)."""
    return s.low(i - 1) in DASHES and s.glued(i - 1) and s.glued(i - 2) and s.low(i - 2)[-1:].isalpha() and \
        MODERN_YEAR.fullmatch(s.low(i)) is not None and year_unit(s, i - 2) is None


def _listed(s: Scan, i: int) -> bool:
    """A year in a list of years: «(1994)», «(1994, 1997)», «в 1958, 1962 и 1970 годах»."""
    before, after = s.low(i - 1), s.low(i + 1)
    if s.glued_comma(i - 1) and year(before):
        before = ","  # razdel glues the comma to a number before a digit: «1994, 1997»
    comma = s.glued_comma(i)
    if before in ("(", ",") and (after == ")" or (comma and year(after))):
        return True
    k = i + 1
    while k < s.n and (year(s.low(k)) or s.low(k) == "," or s.among(k, "years_listed_with")):
        k += 1
    return k > i + 1 and year(s.low(k - 1)) is not None and s.among(k, "plural_years")


def _year_pair(s: Scan, i: int) -> Optional[YearPair]:
    """«2020–2025» (one token), «2004 — 2009», a season «2016/17», «1989-90»: two years in order, and the end."""
    parts = two_parts(s.low(i)) or SEASON_PAIR.fullmatch(s.low(i)) and tuple(s.low(i).split("/"))
    if parts and len(parts[1]) == 2 and year(parts[0]) and parts[1].isdigit():
        first = year(parts[0])
        second = first // 100 * 100 + int(parts[1]) if first else None  # type: ignore[operator]
        return YearPair(first, second, i + 1) if first and second == first + 1 else None
    if parts:
        first, second, end = year(parts[0]), year(parts[1]), i + 1
    elif s.low(i + 1) in DASHES and year(s.low(i)):
        first, second, end = year(s.low(i)), year(s.low(i + 2)), i + 3
    else:
        return None
    if first is None or second is None or not 0 < second - first <= 100:
        return None
    return YearPair(first, second, end)


# ---------------------------------------------------------------- one year for a list: «30 июня и 1 июля 2019 года»


def share_years(s: Scan, found: list[Match]) -> list[Match]:
    """A day or month without a year takes the year of the next one when only «и» or a comma stands between."""
    out = list(found)
    for k in range(len(out) - 2, -1, -1):
        this, nxt = out[k], out[k + 1].value
        value, gap = this.value, out[k + 1].start - this.end
        if not (isinstance(value, Point) and isinstance(nxt, Point)) or value.month is None:
            continue
        if value.anchor == "published" and not value.shift and nxt.year is not None and value.weekday is None \
                and (gap == 0 or (gap == 1 and (s.low(this.end) == "," or s.among(this.end, "dates_share_year_with")))):
            out[k] = this._replace(value=replace(value, year=nxt.year, anchor=None))
    return out
