"""Money, percentages and quantities: `pressextract_measures` (`component.py`) and the number grammar behind it.

Words, from the text up:
    digits   the characters of one token read as a number: «4,97», «1.234.567», «5,0–5,5» (`numerals/digits.py`)
    number   digits or number words with their scale word, no unit: «4,97 млрд», «двадцать пять»,
             «6 млн 118 тыс.» (`Number`, read by `NumberReader` in `numerals/reader.py`); a sum without a number
             is vague («несколько миллионов», `numerals/vague.py`)
    measure  a number with its unit: money, a percentage or a quantity, «4,97 млрд долларов США». While it is read
             it is a `MeasureMatch` (`measure.py`); the component puts it on a span as `span._.measure` and
             convert.py makes it a `records.Measure`.
    amount   the decimal value of a measure, its unit's factor applied: «50 б.п.» → 0.5 (pp). Only this.
    figure   a measure as the facts linker sees it (facts/figures.py): not a word of this package.

The units after a number (`units/`: currencies, percent units, physical units, goods counted in pieces, prices'
denominators), hedges (`qualifiers.py`), change words (`changes.py`), ranges (`ranges.py`) and
borrowed units (`ellipsis.py`) are put together by the token scan (`scan.py`). Word lists are in `data/`, their
rows in `entries.py`.
"""

from .component import MeasureAnnotator, make_measures

__all__ = ["MeasureAnnotator", "make_measures"]
