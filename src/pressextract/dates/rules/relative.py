"""Time named from a reference: «вчера», «в прошлом году», «в пятницу», «на следующий день», «прошлогодний»,
«на декабрьском заседании», «в ближайшие месяцы».

Relative points keep an anchor: "published" (the release date: «вчера», «в прошлом месяце») or "previous" (the
time named just before: «годом ранее», «в тот же день», «на следующий день»).
"""

from __future__ import annotations

from typing import Optional

from ...typography import DASHES
from ..rule import AFTER_PREPOSITION, NOTHING_BEFORE, Lead, Match
from ..timex import RECORD_GRAIN, SHIFT_UNITS, Fuzzy, Point
from ..tokens import Scan
from .days import day_month, numeric_date

QUOTES = {"«", '"', "“", "„"}
CLOSING_QUOTES = {"»", '"', "”", "“"}
WEDNESDAY = 3  # «среда» is also the environment
SEPARATORS = {",", *DASHES}  # «в понедельник, 22 июля», «25 июля, в четверг»
ORDINAL_UNITS = {"day", "week", "month", "year"}  # «пятый день протестов»; quarters and halves are the calendar's


def deictic(s: Scan, i: int, lead: Lead) -> Optional[Match]:
    """«сегодня», «вчера», «позавчера», «накануне»: a day counted from the release date (not the newspaper
    «Сегодня» or the agency «Россия сегодня», not «накануне выборов», the eve of something)."""
    shift = s.number(i, "deictic")
    if shift is None or _titled(s, i) or (s.among(i, "eve_words") and s.genitive(i + 1)):
        return None
    return Match(i, i + 1, Point("day", shift=shift, shift_unit="day" if shift else None, anchor="published"))


def _titled(s: Scan, i: int) -> bool:
    """Token `i` is a word of a short name in quotes: «"Сегодня"», «Россия сегодня»; not a word after a name in
    quotes («"Останкино" сегодня откроется»)."""
    if s.low(i - 1) in QUOTES and s.glued(i - 1):
        return True  # «"Сегодня"»
    if not (s.low(i + 1) in CLOSING_QUOTES and s.glued(i)):
        return False
    for k in (i - 1, i - 2):  # «агентства «Россия сегодня»»: the quote opens a capitalised name of two words
        if s.low(k) in QUOTES and s.glued(k):
            return s.text(k + 1)[:1].isupper()
    return False


def relative_unit(s: Scan, i: int, lead: Lead) -> Optional[Match]:
    """«прошлом году», «этой неделе», «текущем квартале», «том же году», «следующий день», «последние годы»."""
    rel = s.kind(i, "relative")
    if rel is None:
        return None
    same = s.among(i + 1, "same_particles")  # «том же году»
    unit = s.kind(i + 1 + same, "unit")
    end = i + 2 + same
    if unit is None or s.among(end - 1, "not_relative_units"):
        return None
    if rel in ("last", "next") or (unit in RECORD_GRAIN and rel.lstrip("-").isdigit()):
        return Match(i, end, Fuzzy(RECORD_GRAIN.get(unit, unit)))  # «в последние годы», «в прошлом веке»
    if unit not in SHIFT_UNITS or (same and rel not in ("same", "0")):
        return None
    if rel == "same" and not same and unit != "day":  # «с того дня», but «в том году» only with «же»
        return None
    if rel == "same":
        same = True
    if same:
        return Match(i, end, Point(unit, anchor="previous"))
    if rel == "previous":  # «по сравнению с предыдущим годом»
        return Match(i, end, Point(unit, shift=-1, shift_unit=unit, anchor="previous"))
    shift = int(rel)
    anchor = "previous" if unit == "day" else "published"  # «на следующий день» follows the day just named
    return Match(i, end, Point(unit, shift=shift, shift_unit=unit if shift else None, anchor=anchor))


def ordinal_unit(s: Scan, i: int, lead: Lead) -> Optional[Match]:
    """«пятый день протестов», «на второй день жизни», «за первые сутки», «в первую же неделю»: a day, week, month
    or year counted from an event the text names, not from the calendar (time without a value; «в I квартале» is
    the calendar's, quarters.py). Not the locative of an age: «на девятом месяце беременности»."""
    if s.number(i, "ordinal") is None:
        return None
    at = i + 1 + s.among(i + 1, "same_particles")  # «в первую же неделю»
    unit = s.kind(at, "unit")
    if unit not in ORDINAL_UNITS or s.among(at, "not_length_units") or s.among(at, "locative_units"):
        return None  # «на девятом месяце беременности», «на восьмидесятом году жизни»: an age
    return Match(i, at + 1, Fuzzy(RECORD_GRAIN.get(unit, unit)))


def month_adjective(s: Scan, i: int, lead: Lead) -> Optional[Match]:
    """«на декабрьском заседании», «майские праздники»: that month of the release year; capitalised inside a
    sentence it is a name («посёлок Октябрьский»)."""
    month = s.number(i, "month_adjective")
    if month is None or (s.text(i)[:1].isupper() and not s.token(i).is_sent_start):
        return None  # «в Октябрьском районе», «"Октябрьского джамаата"»: a name
    return Match(i, i + 1, Point("month", month=month, anchor="published"))


def year_adjective(s: Scan, i: int, lead: Lead) -> Optional[Match]:
    """«прошлогодний», «позапрошлогоднего»: the year before the release."""
    shift = s.number(i, "year_shift")
    if shift is None:
        return None
    return Match(i, i + 1, Point("year", shift=shift, shift_unit="year", anchor="published"))


def weekday(s: Scan, i: int, lead: Lead) -> Optional[Match]:
    """«в понедельник», «в прошлую пятницу», «в следующий вторник», «на 17:00 понедельника», «вечер вторника»; «в
    среду обитания» is no weekday."""
    rel = s.kind(i, "relative")
    shift = int(rel) if rel in ("-1", "0", "1") else None
    at = i + (shift is not None)
    if s.kind(at, "weekend") and (lead.prefixed or rel):
        return Match(i, at + 1, Fuzzy("day"))  # «в выходные», «в минувшие выходные»
    number = s.number(at, "weekday")
    if number is None or not (lead.prefixed or shift is not None or _of_a_time(s, at)):
        return None
    if number == WEDNESDAY and _has_noun(s, at):
        return None  # «в среду обитания»
    next_week = shift == 1  # «в следующий вторник»
    return Match(i, at + 1, Point("day", weekday=number, shift=7 if next_week else 0,
                                  shift_unit="day" if next_week else None, anchor="published"))


def _of_a_time(s: Scan, i: int) -> bool:
    """A weekday in the genitive after a time of day: «на 17:00 понедельника», «вечер вторника», «утро субботы»."""
    if not s.genitive(i):
        return False
    clock = s.low(i - 1).isdigit() and s.low(i - 2) == ":" and s.low(i - 3).isdigit()  # «17:00»
    return clock or s.among(i - 1, "day_parts")


def _has_noun(s: Scan, i: int) -> bool:
    """«в среду обитания»: a noun hangs on «среду» (the environment), but «в среду утром» is a Wednesday."""
    if s.genitive(i + 1):
        return True
    nxt = i + 1
    return 0 <= nxt < s.n and s.pos(nxt) == "NOUN" and s.token(nxt).head.i == s.index[i] and s.case(nxt) != "Ins"


def named_day(s: Scan, found: Match) -> Match:
    """A weekday or «вчера» with its date: «в понедельник, 22 июля 2019 года»; «25 июля, в четверг»."""
    value, end = found.value, found.end
    if isinstance(value, Point) and value.grain == "day" and value.anchor and value.month is None:
        at = end + (s.low(end) in SEPARATORS)
        date = numeric_date(s, at, NOTHING_BEFORE) or day_month(s, at, NOTHING_BEFORE)
        if date and isinstance(date.value, Point):
            return Match(found.start, date.end, date.value)
    if isinstance(value, Point) and value.grain == "day" and value.day and s.low(end) == ",":
        at = end + 1 + s.among(end + 1, "weekday_prepositions")
        named = weekday(s, at, AFTER_PREPOSITION)
        if named:
            return Match(found.start, named.end, value)
    return found
