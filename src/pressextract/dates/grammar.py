"""The date grammar: time expressions in a document's tokens, with the words before them that belong to them.

An expression is [prefixes] body: «по итогам» + «2025 года», «с» + «2007» + «по» + «2010 год», «около» + «20
лет». Every rule is listed in `RULES`, with when it is tried and at which first tokens. The prefix's role
(date_prefixes.tsv) shapes the value: «с 2024 года» is an open range 2024.., «к 2030 году» the deadline 2030, «на
конец 2025 года» the day 2025-12-31, «через два года» a point two years on.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Collection, Optional

from ..typography import DASHES
from .rule import (
    AFTER_PREPOSITION,
    ANY,
    DASHED,
    DIGITS,
    LENGTH,
    NOTHING_BEFORE,
    OWN,
    PHRASE,
    POINT,
    PREFIX,
    ROMAN,
    Lead,
    Match,
    Rule,
)
from .rules import days, lengths, quarters, rates, relative, years
from .rules.prefixes import fixed_phrase, prefix_chain
from .timex import NoTime, Point, Range, as_of, range_start
from .tokens import Scan, day, roman, two_parts, year

# The rules, by when they are tried (`rule.py`); `starts` are the first tokens a rule is tried at: a shape
# (DIGITS «2025», ROMAN «IV», DASHED «январе–сентябре») or a kind of calendar.tsv («month», «relative», …).
RULES: tuple[Rule, ...] = (
    # OWN: words that carry their own preposition, read at the first token before any prefix; the first reading wins
    Rule("a rate: «ежегодно», «каждые три года», «в год»", OWN, ("rate", PREFIX), rates.rate),
    Rule("a fixed phrase: «на днях», «в среднесрочной перспективе»", OWN, (PHRASE,), fixed_phrase),
    Rule("a year adjective: «прошлогодний»", OWN, ("year_shift",), relative.year_adjective),
    Rule("a month adjective: «на декабрьском заседании»", OWN, ("month_adjective",), relative.month_adjective),
    # POINT: the body after the prefixes, a point or a range; the longest reading wins
    Rule("a numeric date: «30.01.2026», «2026-01-30»", POINT, (DIGITS,), days.numeric_date),
    Rule("a day and month: «30 января 2026 года», «27-28 мая», «пятого марта»", POINT, (DIGITS, "number", "ordinal"),
         days.day_month),
    Rule("months from January: «за 9 месяцев 2025 года»", POINT, (DIGITS, "number"), days.months_count),
    Rule("a quarter or half: «в I квартале 2025 г.», «во II полугодии», «в первой половине года»", POINT,
         (DIGITS, ROMAN, DASHED, "ordinal"), quarters.ordinal_period),
    Rule("a century: «в XX веке», «двадцатого века»", POINT, (DIGITS, ROMAN, "ordinal"), quarters.century),
    Rule("a day of an event: «пятый день протестов», «за первые сутки», «на второй день жизни»", POINT, ("ordinal",),
         relative.ordinal_unit),
    Rule("a decade: «в 1990-е годы», «девяностых», «тридцатых-сороковых»", POINT, (DIGITS, DASHED, "decade"),
         quarters.decade),
    Rule("a year: «в 2025 году», «2020–2025 годы», «(1994, 1997)»", POINT, (DIGITS,), years.year_expr),
    Rule("a month: «в сентябре 2025 года», «январе–сентябре», «в следующем мае»", POINT, (DASHED, "month", "relative"),
         days.month_expr),
    Rule("a season: «летом 2011 года», «прошлой осенью», «в осенние месяцы»", POINT,
         ("season", "season_adjective", "relative"), quarters.season),
    Rule("a unit from the release: «в прошлом году», «на этой неделе», «в тот же день»", POINT, ("relative",),
         relative.relative_unit),
    Rule("a weekday: «в понедельник», «в прошлую пятницу», «в выходные»", POINT, ("weekday", "weekend", "relative"),
         relative.weekday),
    Rule("a day from the release: «вчера», «сегодня», «накануне»", POINT, ("deictic",), relative.deictic),
    Rule("an edge of a period: «в начале 2020 года», «на конец года», «в середине марта»", POINT, ("part",),
         quarters.part),
    # LENGTH: the body when no point was read: a length of time, or a point counted by one
    Rule("a length: «три года», «около 20 лет», «через год», «три года назад», «за последние три месяца», "
         "«пятилетний срок»", LENGTH, (ANY,), lengths.length_expression),
)

RULES_BY_STEP: dict[str, tuple[Rule, ...]] = {step: tuple(r for r in RULES if r.step == step)
                                             for step in (OWN, POINT, LENGTH)}

# the words that end a range after each role's preposition (word_lists.tsv): «с 2007 по 2010 год»
CLOSERS = {"from": "closers_after_from", "range_from": "closers_after_range_from", "between": "closers_after_between"}
# a dash ends a range of two points of one grain without a preposition or after «в», «за»: «январь – март 2024 г.»,
# «в октябре — ноябре 2025 года», «за 2020 — 2025 годы»
DASH_ROLES = (None, "in")
# kinds tried alone («вчера», «летом», «вечер вторника»); other words need the next word to be a start too
ALONE_KINDS = {"deictic", "season", "rate", "span", "year_shift", "month_adjective", "weekday"}


def find(s: Scan) -> list[Match]:
    """All time expressions, left to right, not overlapping."""
    found: list[Match] = []
    done = 0
    for i in s.starts:
        carried = _carried(s, found, i)
        if i < done or not (carried or _alone(s, i) or i + 1 in s.start_set or i + 2 in s.start_set):
            continue  # «в» or «это» before ordinary words: nothing to read
        match = expression(s, i, carried)
        if match:
            done = match.end
            if not isinstance(match.value, NoTime):
                found.append(match)  # «в пересчёте на год» is read, but names no time
    return years.share_years(s, found)


def _carried(s: Scan, found: list[Match], i: int) -> bool:
    """True if token `i` follows «и», «или» right after a time expression that opens with «в», «за»: the preposition
    carries over («в пятницу и субботу», «в январе и феврале»)."""
    if not found or found[-1].end != i - 1 or not s.among(i - 1, "dates_share_year_with"):
        return False
    return s.words.prefixes.get((s.low(found[-1].start),)) == "in"


def _alone(s: Scan, i: int) -> bool:
    """True if token `i` may be a time expression by itself: «2025», «IV», «вчера», «летом», «ежегодно»."""
    low = s.low(i)
    kinds = s.words.words.get(low)
    if low in s.words.phrase_starts:
        return True  # «этого сезона», «на днях»
    if kinds is None:
        return low not in s.words.starts  # a number, a Roman numeral, a dashed compound, an adjective
    return not ALONE_KINDS.isdisjoint(kinds) or "unit" in kinds and s.case(i) == "Acc"  # «провела неделю»


def tags(s: Scan, i: int) -> set[str]:
    """What token `i` is, as `Rule.starts` names it: its shape, its calendar kinds, and whether it starts a prefix."""
    low = s.low(i)
    found = {ANY, *s.words.words.get(low, ())}
    if low[:1].isdigit():
        found.add(DIGITS)
    elif roman(s.text(i)) or any(d in low for d in DASHES) and roman(s.text(i)[:1]):
        found.add(ROMAN)  # «IV», «I–III», «XX-го»
    elif two_parts(low):
        found.add(DASHED)
    if low in s.words.starts:
        found.add(PREFIX)
    if low in s.words.phrase_starts:
        found.add(PHRASE)
    return found


def _tried(step: str, s: Scan, i: int) -> list[Rule]:
    """The rules of `step` that may start at token `i` (a token is asked for up to three steps: tagged once)."""
    here = s.memo.get(i)
    if here is None:
        here = s.memo[i] = tags(s, i)
    return [rule for rule in RULES_BY_STEP[step] if not here.isdisjoint(rule.starts)]


def expression(s: Scan, i: int, carried: bool = False) -> Optional[Match]:
    """The longest time expression starting at token `i`, prefixes included; `carried`: read as after the
    preposition of the expression before it («в пятницу и субботу»)."""
    for rule in _tried(OWN, s, i):  # «в год», «на днях» carry their own preposition
        own = rule.read(s, i, NOTHING_BEFORE)
        if own:
            return own
    chain = prefix_chain(s, i)
    at = chain[-1].end if chain else i
    if at not in s.start_set:
        return None  # «в» before an ordinary word
    if chain and chain[-1].phrase in s.words.lists["with_prepositions"] and _first_case(s, at) == "Ins":
        return None  # «по сравнению с предыдущим годом», «с III кварталом 2024 года»: «с» is «with» here; the
        # period is read from the next word on
    lead = Lead(prefixed=carried or (bool(chain) and chain[-1].role != "qualifier"), prefixes=tuple(chain))
    found = point_with_role(s, at, lead)
    if found:
        start = next((p.start for p in chain if p.role != "qualifier"), at)  # «уже в 2010 году» starts at «в»
        return Match(start, found.end, found.value)
    for rule in _tried(LENGTH, s, at):
        found = rule.read(s, at, lead)
        if found:
            return found
    return None


def _first_case(s: Scan, at: int) -> str:
    """The case of the first of the next three words that has one: a number or Roman numeral has none, the noun
    after it tells («с 2024 годом», «с III кварталом»: instrumental)."""
    return next((case for k in range(at, at + 3) if (case := s.case(k))), "")


# ---------------------------------------------------------------- points and ranges


def calendar(s: Scan, i: int, lead: Lead) -> Optional[Match]:
    """The longest point or range at `i` (the first rule of `RULES` wins a tie)."""
    best: Optional[Match] = None
    for rule in _tried(POINT, s, i):
        found = rule.read(s, i, lead)
        if found and (best is None or found.end > best.end):
            best = found
    if best is None:
        phrase = fixed_phrase(s, i, lead)
        return phrase if phrase and lead.prefixed else None
    return relative.named_day(s, best)



def point_with_role(s: Scan, at: int, lead: Lead) -> Optional[Match]:
    """The body as a point or range, read with the role of its preposition."""
    role = lead.prefixes[-1].role if lead.prefixes else None
    found = calendar(s, at, lead)
    if found is None and lead.phrase in s.words.lists["result_phrases"]:
        found = quarters.this_unit(s, at, lead)  # «по итогам года»
    if found is None:
        return loose_range(s, at, _closers(s, lead)) if lead.prefixed else None
    end, value = found.end, found.value
    if isinstance(value, Point):
        right = range_end(s, found, lead)
        if right:
            return Match(at, right.end, Range(range_start(value, right.value), right.value))  # type: ignore
    if role == "from" and isinstance(value, Point):
        if value.edge == "start" and value.grain == "year":  # «с начала 2017 года» 2017-01..
            value = replace(value, edge=None, grain="month", month=1)
        elif value.edge == "start":
            value = replace(value, edge=None)
        return Match(at, end, Range(value, None))
    if role == "as_of" and isinstance(value, Point) and value.edge in ("start", "middle") and value.complete:
        return Match(at, end, as_of(value))  # «на начало 2025 года» 2025-01-01
    return Match(at, end, value)


def range_end(s: Scan, left: Match, lead: Lead) -> Optional[Match]:
    """The right end of a range whose left end is `left`: after the word of the preposition's role, any point
    («с 16 апреля по 19 мая 2019 года»); after a dash, a point of the same grain («январь – март 2024 г.»)."""
    closer = s.low(left.end)
    by_word = lead.prefixed and closer in _closers(s, lead)
    if not (by_word or (closer in DASHES and _role(lead) in DASH_ROLES)):
        return None
    right = calendar(s, left.end + 1, AFTER_PREPOSITION)
    if right is None or not isinstance(right.value, Point) or not isinstance(left.value, Point):
        return None
    if left.value.year and right.value.year and right.value.year < left.value.year:
        return None  # no range runs backwards: «2025 год – 1200 рублей» is a list item
    return right if by_word or right.value.grain == left.value.grain else None


def _role(lead: Lead) -> Optional[str]:
    """The role of the preposition right before the body, if any: «in» for «в», None for «около» or nothing."""
    return lead.prefixes[-1].role if lead.prefixed and lead.prefixes else None


def _closers(s: Scan, lead: Lead) -> Collection[str]:
    """The words that end a range begun after `lead`'s preposition: «по» after «с», «до» after «от»."""
    role = _role(lead)
    return s.words.lists[CLOSERS[role]] if role in CLOSERS else ()


def loose_range(s: Scan, at: int, closers: Collection[str]) -> Optional[Match]:
    """«с 1 по 15 марта», «с 2007 по 2010 год»: a bare number that takes the rest from the right end."""
    low = s.low(at)
    if not low.isdigit() or s.low(at + 1) not in closers:
        return None
    right = calendar(s, at + 2, AFTER_PREPOSITION)
    if right is None or not isinstance(right.value, Point):
        return None
    value = right.value
    if value.grain == "day" and day(low) is not None and int(low) < (value.day or 32):
        left = range_start(Point("day", None, None, int(low)), value)
    elif value.grain == "year" and year(low) is not None and value.year and year(low) < value.year:  # type: ignore
        left = Point("year", year(low))
    else:
        return None
    return Match(at, right.end, Range(left, value))

