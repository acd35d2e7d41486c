"""Time named from a reference and lengths of time: «вчера», «в прошлом году», «в пятницу», «три года назад»,
«годом ранее», «в течение трёх лет», «ежегодно», «в последнее время».

Relative points keep an anchor: "published" (the release date: «вчера», «в прошлом месяце») or "previous" (the
time named just before: «годом ранее», «в тот же день», «на следующий день»).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from .datetokens import NUMBER, Scan, two_parts
from .periods import Found
from .timex import SHIFT_UNITS, Duration, Fuzzy, Point

Amount = tuple[Optional[Decimal], str]  # how many (None: «несколько») of which unit
COUNT = re.compile(r"(\d+(?:[.,]\d+)?)(?:-(?:ти|и|х|ми))?")  # «10», «1,5», «35-ти»
ISO_UNIT = {"year": (1, "Y"), "month": (1, "M"), "week": (1, "W"), "day": (1, "D"), "quarter": (3, "M"),
            "half": (6, "M"), "decade": (10, "Y"), "century": (100, "Y")}
RECORD_GRAIN = {"decade": "year", "century": "year"}
# «в год», «в месяц», «в сутки»: a rate when nothing follows that makes it «в день рождения»
RATE_FORMS = {"год": "P1Y", "месяц": "P1M", "неделю": "P1W", "день": "P1D", "сутки": "P1D", "квартал": "P3M"}
# «в 2025 году», «на Неделе моды», «на 85 году жизни», «в четырёх кварталах»: a locative names a time or a place
LOCATIVE_UNITS = {"году", "годе", "месяце", "неделе", "дне", "квартале", "полугодии", "веке", "десятилетии",
                  "годах", "месяцах", "неделях", "днях", "кварталах", "полугодиях", "веках", "десятилетиях"}
# «пятилетний срок», «15-летний опыт», «172-дневная экспедиция», «годичный перерыв»
LENGTH_ADJECTIVE = re.compile(
    r"(?:(\d+)-|([а-я]+?))(летн|месячн|недельн|дневн|суточн)(?:ий|его|ему|им|ем|яя|ей|юю|ее|ие|их|ими|ый|ого|ому|ым|ом|ая"
    r"|ой|ую|ое|ые|ых|ыми)")
ADJECTIVE_UNITS = {"летн": "year", "месячн": "month", "недельн": "week", "дневн": "day", "суточн": "day"}


QUOTES = {"«", '"', "“", "„"}


def deictic(s: Scan, i: int) -> Optional[Found]:
    """«сегодня», «вчера», «позавчера», «накануне»: a day counted from the release date (not the newspaper
    «Сегодня», not «накануне выборов», the eve of something)."""
    shift = s.number(i, "deictic")
    if shift is None or s.low(i - 1) in QUOTES or (s.low(i) == "накануне" and s.genitive(i + 1)):
        return None
    return i + 1, Point("day", shift=shift, shift_unit="day" if shift else None, anchor="published")


def relative_unit(s: Scan, i: int) -> Optional[tuple[int, Point | Fuzzy]]:
    """«прошлом году», «этой неделе», «текущем квартале», «том же году», «следующий день», «последние годы»."""
    rel = s.kind(i, "relative")
    if rel is None:
        return None
    same = s.low(i + 1) == "же"
    unit = s.kind(i + 1 + same, "unit")
    end = i + 2 + same
    if unit is None or s.low(end - 1) in ("г", "гг", "лет"):
        return None
    if rel in ("last", "next") or (unit in RECORD_GRAIN and rel.lstrip("-").isdigit()):
        return end, Fuzzy(RECORD_GRAIN.get(unit, unit))  # «в последние годы», «в ближайшие дни», «в прошлом веке»
    if unit not in SHIFT_UNITS or (same and rel not in ("same", "0")):
        return None
    if rel == "same" and not same and unit != "day":  # «с того дня», but «в том году» only with «же»
        return None
    if rel == "same":
        same = True
    if same:
        return end, Point(unit, anchor="previous")
    if rel == "previous":  # «по сравнению с предыдущим годом»
        return end, Point(unit, shift=-1, shift_unit=unit, anchor="previous")
    shift = int(rel)
    anchor = "previous" if unit == "day" else "published"  # «на следующий день» follows the day just named
    return end, Point(unit, shift=shift, shift_unit=unit if shift else None, anchor=anchor)


def month_adjective(s: Scan, i: int) -> Optional[Found]:
    """«на декабрьском заседании», «майские праздники»: that month of the release year."""
    month = s.number(i, "month_adjective")
    if month is None:
        return None
    return i + 1, Point("month", month=month, anchor="published")


def year_adjective(s: Scan, i: int) -> Optional[Found]:
    """«прошлогодний», «позапрошлогоднего»: the year before the release."""
    shift = s.number(i, "year_shift")
    if shift is None:
        return None
    return i + 1, Point("year", shift=shift, shift_unit="year", anchor="published")


def weekday(s: Scan, i: int, prefixed: bool) -> Optional[tuple[int, Point | Fuzzy]]:
    """«в понедельник», «в прошлую пятницу», «в следующий вторник»; «в среду обитания» is no weekday."""
    rel = s.kind(i, "relative")
    shift = int(rel) if rel in ("-1", "0", "1") else None
    at = i + (shift is not None)
    if s.kind(at, "weekend") and (prefixed or rel):
        return at + 1, Fuzzy("day")  # «в выходные», «в минувшие выходные»
    number = s.number(at, "weekday")
    if number is None or not (prefixed or shift is not None):
        return None
    if s.low(at).startswith("сред") and _has_noun(s, at):
        return None
    return at + 1, Point("day", weekday=number, shift=7 if shift == 1 else 0, shift_unit="day" if shift == 1 else None,
                         anchor="published")


def _has_noun(s: Scan, i: int) -> bool:
    """«в среду обитания»: a noun hangs on «среду» (the environment), but «в среду утром» is a Wednesday."""
    if s.genitive(i + 1):
        return True
    nxt = i + 1
    return 0 <= nxt < s.n and s.pos(nxt) == "NOUN" and s.token(nxt).head.i == s.index[i] and s.case(nxt) != "Ins"


# ---------------------------------------------------------------- LENGTHS: «три года», «1 год 5 месяцев», «полгода»


def count_at(s: Scan, i: int) -> Optional[tuple[int, Optional[Decimal]]]:
    """A count before a unit: «10», «1,5», «двадцать пять», «полтора», «несколько» (None)."""
    low = s.low(i)
    match = COUNT.fullmatch(low)
    if match:
        return i + 1, Decimal(match.group(1).replace(",", "."))
    value = s.kind(i, "number")
    if value is None:
        return None
    if value == "few":
        return i + 1, None
    total, end = Decimal(value), i + 1
    unit_word = s.kind(end, "number")
    if total >= 20 and total % 10 == 0 and unit_word and unit_word.isdigit() and int(unit_word) < 10:
        total, end = total + int(unit_word), end + 1  # «двадцать пять»
    if s.low(end) == "с" and s.low(end + 1) == "половиной":
        total, end = total + Decimal("0.5"), end + 2  # «два с половиной года»
    return end, total


def lengths(s: Scan, i: int, bare: bool) -> Optional[tuple[int, list[Amount]]]:
    """«три года», «1 год 5 месяцев», «несколько дней», «полгода»; a unit alone («года», «неделю») if `bare`."""
    fixed = s.kind(i, "span")
    if fixed is not None:
        return i + 1, [(Decimal(fixed[1:-1]), {"M": "month", "Y": "year"}[fixed[-1]])]
    amounts: list[Amount] = []
    at = i
    while True:
        counted = count_at(s, at)
        end, count = counted if counted else (at, Decimal(1))
        unit = s.kind(end, "unit")
        if unit is None or (counted is None and not (bare and not amounts)) or s.low(end) in ("г", "гг", "кв", "мес"):
            break
        if s.low(end) in LOCATIVE_UNITS:
            break
        if counted and count is not None and count >= 1000:
            break  # «2025 года» is a year
        amounts.append((count, unit))
        at = end + 1
    return (at, amounts) if amounts else None


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
    unit = amounts[-1][1]
    return Duration(iso(amounts), RECORD_GRAIN.get(unit, unit))


def bare_length_ok(s: Scan, i: int, amounts: list[Amount]) -> bool:
    """A length without a preposition: «два года», «10 суток», «1 год 5 месяцев», but not «20 лет» (an age as often
    as not) or «один день» (a day as a thing: «Один день Ивана Денисовича»)."""
    if len(amounts) > 1:
        return True
    count, unit = amounts[0]
    if count == 1 and not NUMBER.fullmatch(s.low(i)):
        return False
    return not (NUMBER.fullmatch(s.low(i)) and unit in ("year", "decade", "century"))


def shifted(s: Scan, end: int, amounts: list[Amount]) -> Optional[tuple[int, Point | Fuzzy]]:
    """A length followed by «назад», «тому назад», «спустя», «ранее», «позже»: a point counted from an anchor."""
    at = end + (s.low(end) == "тому")
    shift = s.kind(at, "shift")
    if shift is None:
        return None
    if not s.same_sentence(end - 1, at):
        return None  # «… 50 лет.\n\nРанее …»
    direction, _, anchor = shift.partition(" ")
    return at + 1, moved(amounts, int(direction), anchor or "published")


def moved(amounts: list[Amount], direction: int, anchor: str) -> Point | Fuzzy:
    """The point `amounts` away from the anchor: «три года назад» year −3; «через неделю» week +1."""
    count, unit = amounts[-1]
    if len(amounts) > 1 or count is None or count != count.to_integral_value() or unit not in SHIFT_UNITS:
        return Fuzzy(RECORD_GRAIN.get(unit, unit))
    return Point(unit, shift=direction * int(count), shift_unit=unit, anchor=anchor)


# ---------------------------------------------------------------- RATES: «ежегодно», «каждые три года», «в год»


def rate(s: Scan, i: int) -> Optional[tuple[int, Duration]]:
    """«ежегодно», «ежемесячного», «каждые три года», «каждый день», «в год» (→ P1Y, the GUIDE's form of rates)."""
    value = s.kind(i, "rate")
    if value is not None and value != "every":
        return i + 1, Duration(value, {"Y": "year", "M": "month", "W": "week", "D": "day"}[value[-1]])
    if value == "every":
        found = lengths(s, i + 1, bare=True)
        return (found[0], duration(found[1])) if found else None
    if s.low(i) == "в" and s.low(i + 1) in RATE_FORMS and s.ends_clause(i + 2) and _counted_before(s, i):
        value = RATE_FORMS[s.low(i + 1)]
        return i + 2, Duration(value, s.kind(i + 1, "unit") or "day")
    return None


def _counted_before(s: Scan, i: int) -> bool:
    """«63 млрд кубометров в год», «625 евро в месяц»: a rate follows an amount, «в день, когда …» does not."""
    return any(s.low(k)[:1].isdigit() or s.kind(k, "number") for k in range(max(0, i - 4), i) if s.same_sentence(k, i))


# ---------------------------------------------------------------- LENGTH ADJECTIVES and COUNT RANGES


def length_adjective(s: Scan, i: int) -> Optional[tuple[int, Duration]]:
    """«пятилетний срок», «15-летний опыт», «годичный перерыв» → the adjective, P5Y; «55-летний премьер» is an age."""
    match = LENGTH_ADJECTIVE.fullmatch(s.low(i))
    if s.low(i).startswith("годичн"):
        count, unit = Decimal(1), "year"
    elif match:
        number = match.group(1) or s.words.kind(match.group(2), "number")
        if number is None or not number.isdigit():
            return None
        count, unit = Decimal(number), ADJECTIVE_UNITS[match.group(3)]
    else:
        return None
    noun = i + 1 + (s.pos(i + 1) == "ADJ")  # «шестилетний президентский срок»
    if s.words.kind(s.lemma(noun), "term") is None:
        return None
    return i + 1, duration([(count, unit)])


def count_range(s: Scan, i: int) -> Optional[tuple[int, Duration]]:
    """«2-3 года», «45-60 дней»: P2Y..P3Y."""
    parts = two_parts(s.low(i))
    unit = s.kind(i + 1, "unit")
    if not parts or not all(p.isdigit() for p in parts) or unit is None or s.low(i + 1) in LOCATIVE_UNITS:
        return None
    low, high = (iso([(Decimal(p), unit)]) for p in parts)
    if not int(parts[0]) < int(parts[1]) < 1000:
        return None
    return i + 2, Duration(f"{low}..{high}", RECORD_GRAIN.get(unit, unit))
