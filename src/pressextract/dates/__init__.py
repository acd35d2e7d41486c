"""Dates and periods: `pressextract_dates` (`component.py`) and the date grammar (`grammar.py`).

The grammar reads tokens (`tokens.py`) with the calendar words of `data/` (`words.py`): days and months
(`days.py`), years (`years.py`), quarters, halves and other named periods (`quarters.py`), lengths of time
(`lengths.py`) and relative expressions (`relative.py`). Values are `timex.py` points and intervals written out
by `fields.py`; relative dates are resolved against the release date when records are built (`resolve.py`,
`dateparser_words.py`); the release date itself is found by `published.py`.
"""

from .component import DateAnnotator, make_dates

__all__ = ["DateAnnotator", "make_dates"]
