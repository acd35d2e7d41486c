"""Rates: how often, not when: «ежегодно», «ежемесячного», «каждые три года», «каждый день», «в год».

A rate is the length of time it counts per (GUIDE §5: «в год» P1Y), never a period: «63 млрд кубометров в год».
"""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

from ..rule import Lead, Match
from ..timex import Duration
from ..tokens import Scan
from .lengths import Amount, duration, iso, lengths

GRAIN_OF = {"Y": "year", "M": "month", "W": "week", "D": "day"}


def rate(s: Scan, i: int, lead: Lead) -> Optional[Match]:
    """«ежегодно», «ежемесячного», «каждые три года», «каждый день», «в год» (→ P1Y, the GUIDE's form of rates)."""
    value = s.kind(i, "rate")
    if value is not None and value != "every":
        return Match(i, i + 1, Duration(value, GRAIN_OF[value[-1]]))
    if value == "every":
        found = lengths(s, i + 1, bare=True)
        return Match(i, found.end, duration(found.amounts)) if found else None
    unit = s.kind(i + 1, "unit")
    if unit and s.among(i, "rate_prepositions") and s.among(i + 1, "rate_units") and s.ends_clause(i + 2) \
            and _counted_before(s, i):
        return Match(i, i + 2, Duration(iso([Amount(Decimal(1), unit)]), unit))  # «в сутки», not «в день, когда»
    return None


def _counted_before(s: Scan, i: int) -> bool:
    """«63 млрд кубометров в год», «55 млрд куб. м газа в год»: a rate follows an amount, «в день, когда …» does
    not."""
    return any(s.low(k)[:1].isdigit() or s.kind(k, "number") for k in range(max(0, i - 7), i) if s.same_sentence(k, i))
