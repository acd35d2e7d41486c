"""Dates and periods: `pressextract_dates` (`component.py`) and the date grammar (`grammar.py`).

The grammar's rules are listed in one table, `grammar.RULES`; each is a function `(scan, i, lead) -> Match`
(`rule.py`) reading tokens (`tokens.py`) with the words of `data/` (`words.py`); the rules are in `rules/`: days
and months (`days.py`), years (`years.py`), quarters, halves and other named periods (`quarters.py`), lengths of
time (`lengths.py`), ages (`ages.py`), rates (`rates.py`), relative expressions (`relative.py`), and the prefixes
and fixed phrases around them (`prefixes.py`). Values are `timex.py` points and intervals written out by `fields.py`; relative dates are
resolved against the release date when records are built (`resolve.py`, `dateparser_words.py`); the release date
itself is found by `published.py`.
"""

from .component import DateAnnotator, make_dates

__all__ = ["DateAnnotator", "make_dates"]
