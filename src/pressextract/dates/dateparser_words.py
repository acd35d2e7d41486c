"""dateparser at the boundary: relative words read against the release date.

Our grammar finds date spans (dateparser cannot read «в январе–сентябре 2025 года» or quarters, and must never
search raw text); what dateparser does well is a relative phrase against a base date: «вчера», «на прошлой
неделе», «в прошлом году». Settings from the field notes: Russian only (8× faster), past preferred ('future'
turns «2025 года» into 4050), first day and month of a period.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any, Optional

GRAINS = {"day", "week", "month", "year"}


@lru_cache(maxsize=32)
def _parser(base: dt.date) -> Any:
    """One dateparser parser per release date (RELATIVE_BASE is a parser setting)."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["ru"], settings={
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "PREFER_MONTH_OF_YEAR": "first",
    })


@lru_cache(maxsize=4096)
def relative(text: str, base: dt.date) -> Optional[tuple[dt.date, str]]:
    """The date and grain dateparser gives `text` read from `base`, or None when it cannot read it."""
    data = _parser(base).get_date_data(text)
    if data is None or data.date_obj is None or data.period not in GRAINS:
        return None
    return data.date_obj.date(), data.period
