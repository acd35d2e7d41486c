"""Lengths of time and points counted by them: «три года», «1 год 5 месяцев», «полгода», «в течение трёх лет»,
«около 20 лет», «пятилетний срок», «2-3 месяца»; «три года назад», «через год», «годом ранее», «за последние три
месяца».

Lengths are ISO 8601 durations (GUIDE §5: «P3Y», «P1Y5M»); a length moved from an anchor is a relative point.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple, Optional

from ..rule import Lead, Match
from ..timex import RECORD_GRAIN, SHIFT_UNITS, Duration, Fuzzy, Point, Range, Timex
from ..tokens import NUMBER, Scan, two_parts
from ..words import fold
from .ages import age_before, in_age_sentence

QUOTES = {"«", '"', "“", "„", "»", "”"}

COUNT = re.compile(r"(\d+(?:[.,]\d+)?)(?:-(?:ти|и|х|ми))?")  # «10», «1,5», «35-ти»
ISO_UNIT = {"year": (1, "Y"), "month": (1, "M"), "week": (1, "W"), "day": (1, "D"), "quarter": (3, "M"),
            "half": (6, "M"), "decade": (10, "Y"), "century": (100, "Y")}
LENGTH_ROLES = {"during", "after", "since_previous", "qualifier"}  # date_prefixes.tsv: «в течение», «через», «около»


class Amount(NamedTuple):
    """How many of which unit: «5 месяцев» (5, "month"); the count is None for «несколько»."""

    count: Optional[Decimal]
    unit: str


class Count(NamedTuple):
    """A count before a unit, and the token after it."""

    end: int
    value: Optional[Decimal]


class Lengths(NamedTuple):
    """The amounts of a length of time, and the token after them: «1 год 5 месяцев»."""

    end: int
    amounts: list[Amount]


# ---------------------------------------------------------------- LENGTHS: «три года», «1 год 5 месяцев», «полгода»


def count_at(s: Scan, i: int) -> Optional[Count]:
    """A count before a unit: «10», «1,5», «двадцать пять», «полтора», «несколько» (None)."""
    low = s.low(i)
    match = COUNT.fullmatch(low)
    if match:
        return Count(i + 1, Decimal(match.group(1).replace(",", ".")))
    value = s.kind(i, "number")
    if value is None:
        return None
    if value == "few":
        return Count(i + 1, None)
    total, end = Decimal(value), i + 1
    unit_word = s.kind(end, "number")
    if total >= 20 and total % 10 == 0 and unit_word and unit_word.isdigit() and int(unit_word) < 10:
        total, end = total + int(unit_word), end + 1  # «двадцать пять»
    if f"{s.low(end)} {s.low(end + 1)}" in s.words.lists["and_a_half"]:
        total, end = total + Decimal("0.5"), end + 2  # «два с половиной года»
    return Count(end, total)


def lengths(s: Scan, i: int, bare: bool) -> Optional[Lengths]:
    """«три года», «1 год 5 месяцев», «несколько дней», «полгода»; a unit alone («года», «неделю») if `bare`."""
    fixed = s.kind(i, "span")
    if fixed is not None:
        return Lengths(i + 1, [Amount(Decimal(fixed[1:-1]), {"M": "month", "Y": "year"}[fixed[-1]])])
    amounts: list[Amount] = []
    at = i
    while True:
        counted = count_at(s, at)
        end, count = counted if counted else (at, Decimal(1))
        unit = s.kind(end, "unit")
        if unit is None or (counted is None and not (bare and not amounts)) or s.among(end, "not_length_units"):
            break
        if s.among(end, "locative_units"):
            break  # «на 85 году жизни»
        if counted and count is not None and count >= 1000:
            break  # «2025 года» is a year
        amounts.append(Amount(count, unit))
        at = end + 1
    return Lengths(at, amounts) if amounts else None


def iso(amounts: list[Amount]) -> Optional[str]:
    """ISO 8601 duration: [(1, year), (5, month)] → P1Y5M; «полтора года» → P18M; «несколько лет» → None."""
    parts: dict[str, Decimal] = {}
    for count, unit in amounts:
        if count is None:
            return None
        factor, letter = ISO_UNIT[unit]
        value = count * factor
        if letter == "Y" and value != value.to_integral_value():
            value, letter = value * 12, "M"
        parts[letter] = parts.get(letter, Decimal(0)) + value
    return "P" + "".join(f"{_plain(parts[k])}{k}" for k in "YMWD" if k in parts)


def _plain(value: Decimal) -> str:
    return str(value.quantize(Decimal(1))) if value == value.to_integral_value() else str(value.normalize())


def duration(amounts: list[Amount]) -> Duration:
    """The length of time `amounts` add up to; its grain is the smallest unit."""
    unit = amounts[-1].unit
    return Duration(iso(amounts), RECORD_GRAIN.get(unit, unit))


def bare_length_ok(s: Scan, i: int, amounts: list[Amount], lead: Lead) -> bool:
    """A length without a preposition: «два года», «10 суток», «1 год 5 месяцев», «один день», but not «20 лет» (an
    age as often as not: «в 19 лет», «ей 26 лет»; a length when a verb lasts that long: «прожили вместе 70 лет») or
    a title in quotes («Один день Ивана Денисовича»)."""
    if len(amounts) > 1:
        return True
    count, unit = amounts[0]
    if count == 1 and not NUMBER.fullmatch(s.low(i)):
        return s.low(i - 1) not in QUOTES
    if not (NUMBER.fullmatch(s.low(i)) and unit in ("year", "decade", "century")):
        return True
    unit_word = s.token(i + 1)
    return not lead.prefixes and s.pos(i - 1) not in ("ADP", "DET") and s.case(i - 1) != "Dat" \
        and unit_word.head.pos_ == "VERB" and unit_word.dep_ in ("obl", "obj")


def shifted(s: Scan, start: int, end: int, amounts: list[Amount]) -> Optional[Match]:
    """A length followed by «назад», «тому назад», «спустя», «ранее», «позже»: a point counted from an anchor."""
    at = end + s.among(end, "shift_fillers")  # «тому назад»
    shift = s.kind(at, "shift")
    if shift is None:
        return None
    if not s.same_sentence(end - 1, at):
        return None  # «… 50 лет.\n\nРанее …»
    direction, _, anchor = shift.partition(" ")
    return Match(start, at + 1, moved(amounts, int(direction), anchor or "published"))


def moved(amounts: list[Amount], direction: int, anchor: str) -> Point | Fuzzy:
    """The point `amounts` away from the anchor: «три года назад» year −3; «через неделю» week +1."""
    count, unit = amounts[-1]
    if len(amounts) > 1 or count is None or count != count.to_integral_value() or unit not in SHIFT_UNITS:
        return Fuzzy(RECORD_GRAIN.get(unit, unit))
    return Point(unit, shift=direction * int(count), shift_unit=unit, anchor=anchor)


# ---------------------------------------------------------------- LENGTH ADJECTIVES and COUNT RANGES


def length_adjective(s: Scan, i: int) -> Optional[Match]:
    """«пятилетний срок», «15-летний опыт», «годичный перерыв» → the adjective, P5Y; «55-летний премьер» is an age."""
    low = s.low(i)
    match = s.words.length_adjective.fullmatch(low)
    alone = next((e for e in s.words.length_stems.values() if e.count is not None and low.startswith(e.stem)), None)
    if alone:
        count, unit = Decimal(alone.count), alone.unit  # type: ignore[arg-type]  «годичный»
    elif match:
        number = match.group(1) or s.words.kind(match.group(2), "number")
        if number is None or not number.isdigit():
            return None
        count, unit = Decimal(number), s.words.length_stems[match.group(3)].unit
    else:
        return None
    noun = i + 1 + (s.pos(i + 1) == "ADJ")  # «шестилетний президентский срок»
    if s.words.kind(s.lemma(noun), "term") is None:
        return None
    return Match(i, i + 1, duration([Amount(count, unit)]))


def count_range(s: Scan, i: int) -> Optional[Match]:
    """«2-3 года», «45-60 дней»: P2Y..P3Y."""
    parts = two_parts(s.low(i))
    unit = s.kind(i + 1, "unit")
    if not parts or not all(p.isdigit() for p in parts) or unit is None or s.among(i + 1, "locative_units"):
        return None
    low, high = (iso([Amount(Decimal(p), unit)]) for p in parts)
    if not int(parts[0]) < int(parts[1]) < 1000:
        return None
    return Match(i, i + 2, Duration(f"{low}..{high}", RECORD_GRAIN.get(unit, unit)))


def count_pair(s: Scan, i: int, lead: Lead) -> Optional[Match]:
    """«от 8 до 20 лет», «от трёх до пяти месяцев»: two counts of one unit after «от» (P8Y..P20Y), the span from
    «от», as NEREL marks it."""
    if not lead.prefixes or lead.prefixes[-1].role != "range_from":
        return None
    first = count_at(s, i)
    if first is None or first.value is None or not s.among(first.end, "closers_after_range_from"):
        return None
    found = lengths(s, first.end + 1, bare=False)
    if found is None or len(found.amounts) > 1 or found.amounts[0].count is None:
        return None
    count, unit = found.amounts[0]
    if not first.value < count:
        return None
    low, high = iso([Amount(first.value, unit)]), iso([Amount(count, unit)])
    return Match(lead.start(i), found.end, Duration(f"{low}..{high}", RECORD_GRAIN.get(unit, unit)))


# ---------------------------------------------------------------- lengths: «в течение трёх лет», «три года назад»


def length_expression(s: Scan, at: int, lead: Lead) -> Optional[Match]:
    """A length of time, or a point counted by one: «около 20 лет», «через год», «годом ранее»; the prefixes say
    which, and whether they belong to the span. Not an age (ages.py)."""
    if age_before(s, lead.start(at), count_at(s, lead.start(at) - 1) is not None):
        return None  # «в возрасте 20 лет», «детям до 12 лет»
    found = _length(s, at, lead)
    return None if found is None or in_age_sentence(s, found) else found


def _length(s: Scan, at: int, lead: Lead) -> Optional[Match]:
    roles, phrase, first = lead.roles, lead.phrase, lead.start(at)  # first: the span with its prepositions, hedges
    lists = s.words.lists
    length_phrase = phrase in lists["length_prepositions"]  # «за неделю», «на два года»
    kept = phrase in lists["counted_with_preposition"]  # «до трёх лет»
    counted = kept or phrase in lists["counted_without_preposition"]  # «к 20 годам»
    adjective = length_adjective(s, at) if not lead.prefixes else None
    if adjective:
        return adjective
    span = count_range(s, at) or count_pair(s, at, lead)
    if span:
        return span._replace(start=first) if roles & LENGTH_ROLES or length_phrase or kept else span
    last = s.kind(at, "relative") in ("last", "next")  # «за последние 10 лет», «на ближайшие два года»
    start = at + last
    found = lengths(s, start, bare=True)
    if found is None:
        return None
    end, amounts = found
    bare = count_at(s, start) is None and s.kind(start, "span") is None
    point = shifted(s, first if roles <= {"qualifier"} else at, end, amounts)
    if point:
        return point
    if "after" in roles:
        return Match(first, end, moved(amounts, 1, "published"))
    if "since_previous" in roles:
        return Match(first, end, moved(amounts, 1, "previous"))
    if roles & LENGTH_ROLES or length_phrase:
        return Match(first, end, _recent(s, at, amounts) if last else duration(amounts))
    if counted and not bare:
        return Match(first if kept else at, end, duration(amounts))
    if last:
        return Match(at, end, _recent(s, at, amounts) if not bare else Fuzzy(duration(amounts).grain))
    if bare:
        return Match(at, end, duration(amounts)) if lasting(s, at, lead) else None
    if not bare_length_ok(s, start, amounts, lead):
        return None
    return Match(at, end, duration(amounts))


def lasting(s: Scan, i: int, lead: Lead) -> bool:
    """A unit alone, without a number or preposition, in the accusative of time: «не выходил на работу неделю»,
    «провела неделю в постели»; not the nominative that it shares with the accusative («год», «месяц»), a plural
    («считала дни»), or a week that is an event («неделю моды», «Неделю «русских торгов»»)."""
    if lead.prefixes or s.pos(i - 1) == "ADP" or s.case(i) != "Acc" or s.low(i) == fold(s.lemma(i)):
        return False  # «в годы войны» is read with its preposition
    if s.text(i)[:1].isupper() or s.token(i).morph.get("Number") != ["Sing"]:
        return False  # «считала дни»
    return not (s.genitive(i + 1) or s.low(i + 1) in QUOTES)


def _recent(s: Scan, at: int, amounts: list[Amount]) -> Timex:
    """«за последние три месяца»: the three months before the reference (GUIDE: 2023-05..2023-07 in August)."""
    count, unit = amounts[-1]
    if s.kind(at, "relative") != "last" or len(amounts) > 1 or count is None or count != int(count) \
            or unit not in ("year", "month", "quarter", "week", "day"):
        return duration(amounts)
    return Range(Point(unit, shift=-int(count), shift_unit=unit, anchor="published"),
                 Point(unit, shift=-1, shift_unit=unit, anchor="published"))
