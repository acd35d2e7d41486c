"""Money, percentages and quantities: `pressextract_measures` (`component.py`) and the number grammar behind it.

Numbers (`digits.py`, `number_reader.py`), the units after them (`currencies.py`, `percent.py`, `units.py`),
prices' denominators (`per.py`), hedges (`qualifiers.py`), ranges and borrowed units (`ranges.py`,
`ellipsis.py`), put together by the token scan (`scan.py`). Word lists are in `data/`, their rows in `entries.py`.
"""

from .component import MeasureAnnotator, make_measures

__all__ = ["MeasureAnnotator", "make_measures"]
