"""The tokens the date grammar reads, and the shapes of numbers in dates.

The grammar sees the non-space tokens of a `Doc` in their lookup form («Января» → «января»; razdel's «1989,»
before a digit → «1989»), with the vocabulary at hand, and starts only at tokens that may begin a time
expression (found with spaCy's arrays, so that the other tokens cost next to nothing). Shapes: «2025»,
«2020–2025», «1990-х», «IV», «1-м», «30.01.2026», «2026-01-30».
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterable, Optional

import numpy
from spacy.attrs import IS_SPACE, LOWER, PREFIX, SHAPE
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ..typography import DASHES
from .words import DateWords, fold

DASH = re.compile("[" + "".join(map(re.escape, sorted(DASHES))) + "]")
DIGITS = re.compile(r"\d+")
NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
YEAR = re.compile(r"1\d{3}|20\d\d|21\d\d")
DAY = re.compile(r"(0?[1-9]|[12]\d|3[01])(?:-(?:го|е|ое|м))?")
ORDINAL_NUMBER = re.compile(r"(\d{1,2})-(?:й|м|го|ом|ая|ой|я|ю|е|ий|ым|ого)")
# «1990-е», «1990-х годах», «90-х», «80-ые»
DECADE = re.compile(r"(\d{2}|\d{3}0)-(?:е|х|ые|ых|ым|ми)")
# «2025-м году», «2025-го»
YEAR_SUFFIX = re.compile(r"(\d{4})-(?:м|го|й|ом|ого)")
NUMERIC_DATES = (
    re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})"),  # 30.01.2026, 25.12.25
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"),  # 2026-01-30
    re.compile(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})"),  # 05/08/2008
)
ROMAN = {"i": 1, "v": 5, "x": 10}
ROMAN_SUFFIX = re.compile(r"-(?:го|й|м|ом)$")


# Tokens a rule can start at, beside the words of the vocabularies: digits, Roman numerals, and dashed compounds
# of words «январе–сентябре», «тридцатых-сороковых» (by their spaCy shape: «xxxx–xxxx», «Xxxxx-xxxx»).
def hash_table(strings: Iterable[str]) -> numpy.ndarray:
    """A sorted array of spaCy string ids (symbols like «X» have small ids, not hashes), for `member`."""
    return numpy.array(sorted({get_string_id(s) for s in strings}), dtype="uint64")


def member(column: numpy.ndarray, table: numpy.ndarray) -> numpy.ndarray:
    """Which values of `column` are in the sorted `table` (a vectorised set lookup)."""
    at = numpy.minimum(numpy.searchsorted(table, column), len(table) - 1)
    return table[at] == column


START_CHARS = hash_table("0123456789IVXХІ")
MEASURED = ("money", "percents")  # span groups of the measures component, when it ran before
WORD_SHAPES = [f"{a}" + "x" * k for a in ("", "X") for k in range(5) if a or k]
DASHED_SHAPES = hash_table(f"{a}{d}{b}" for a in WORD_SHAPES for b in WORD_SHAPES for d in DASHES)


class Scan:
    """The non-space tokens of a `Doc` as the rules read them: position `i` is the i-th non-space token.

    Only the tokens a rule can start at are visited (`starts`); the lookup form of a token («Января» → «января»,
    razdel's «1989,» before a digit → «1989») is made when a rule first asks for it.
    """

    def __init__(self, doc: Doc, words: DateWords) -> None:
        self.doc = doc
        self.words = words
        table = doc.to_array([LOWER, PREFIX, SHAPE, IS_SPACE])
        kept = table[table[:, 3] == 0]
        self.index: list[int] = numpy.flatnonzero(table[:, 3] == 0).tolist()
        self.n = len(self.index)
        hits = member(kept[:, 0], words.hashes) | member(kept[:, 1], START_CHARS)
        self._low: list[Optional[str]] = [None] * self.n
        self.memo: dict[int, set[str]] = {}  # what each token is, as the grammar's rules name it (grammar.tags)
        self._table = words.words
        for i in numpy.flatnonzero(member(kept[:, 2], DASHED_SHAPES) & ~hits).tolist():
            hits[i] = self._calendar_compound(i)  # «январе–сентябре», not «денежно-кредитной», «пресс-службу»
        for group in MEASURED:  # a number read as a sum or a share starts no date: «до 5 млрд рублей», «на 12%»
            if group in doc.spans:
                for span in doc.spans[group]:
                    first, last = bisect_left(self.index, span.start), bisect_left(self.index, span.end)
                    hits[first:last] = False
        self.starts: list[int] = numpy.flatnonzero(hits).tolist()
        self.start_set = set(self.starts)

    def _calendar_compound(self, i: int) -> bool:
        """A dashed word with a calendar word on either side («январе–сентябре», «тридцатых-сороковых», «первом–
        втором»): the only dashed words of letters a date rule reads."""
        return any(part in self._table for part in DASH.split(self.low(i)))

    def token(self, i: int) -> Token:
        return self.doc[self.index[i]]

    def low(self, i: int) -> str:
        """The lookup form of token `i`, or "" past the ends."""
        if not 0 <= i < self.n:
            return ""
        low = self._low[i]
        if low is None:
            low = fold(self.doc[self.index[i]].text)
            if len(low) > 64 and low[0].isdigit():
                low = "#"  # «1111…» of thousands of digits is no date (and past int()'s 4,300 digits)
            elif len(low) > 1 and ((low[-1] == "," and low[-2].isdigit()) or (low[-1] == "-" and low[-2].isalpha())):
                low = low[:-1]  # razdel's «1989,» before a digit, «года-» before a number
            self._low[i] = low
        return low

    def text(self, i: int) -> str:
        return self.doc[self.index[i]].text if 0 <= i < self.n else ""

    def pos(self, i: int) -> str:
        return self.doc[self.index[i]].pos_ if 0 <= i < self.n else ""

    def lemma(self, i: int) -> str:
        return self.doc[self.index[i]].lemma_ if 0 <= i < self.n else ""

    def among(self, i: int, name: str) -> bool:
        """True if token `i` is a word of the list `name` of word_lists.tsv: among(i, "age_cues") for «возрасте»."""
        return self.low(i) in self.words.lists[name]

    def kind(self, i: int, kind: str) -> Optional[str]:
        """The value of token `i` as a calendar word of `kind`: kind(i, "month") → "1" for «января»."""
        kinds = self._table.get(self.low(i))
        return kinds.get(kind) if kinds else None

    def number(self, i: int, kind: str) -> Optional[int]:
        value = self.kind(i, kind)
        return int(value) if value is not None and value.lstrip("-").isdigit() else None

    def glued(self, i: int) -> bool:
        """True if token `i` and the next one touch, with no space between: «ЧМ» «-» «2018»."""
        return 0 <= i < self.n - 1 and self.index[i + 1] == self.index[i] + 1 and not self.token(i).whitespace_

    def dot(self, i: int) -> int:
        """`i + 1` if token `i` is an abbreviation dot («кв.»), else `i`."""
        return i + 1 if self.low(i) == "." else i

    def glued_comma(self, i: int) -> bool:
        """razdel keeps a comma on a number before a digit: «1994, 1997» is «1994,» «1997»."""
        return 0 <= i < self.n and self.text(i).endswith(",")

    def ends_clause(self, i: int) -> bool:
        """True if nothing that could make token `i - 1` a number of things follows: «в 2014,» but not «в 2014
        голосов»."""
        if i >= self.n or self.glued_comma(i - 1):
            return True
        return self.pos(i) not in ("NOUN", "PROPN", "ADJ", "NUM", "X") or not self.low(i)[:1].isalnum()

    def case(self, i: int) -> str:
        """The grammatical case of a word: «годом» → "Ins"; "" for numbers and punctuation."""
        if not (0 <= i < self.n and self.low(i)[:1].isalpha()):
            return ""
        case = self.token(i).morph.get("Case")
        return case[0] if case else ""

    def genitive(self, i: int) -> bool:
        """True if token `i` is a word in the genitive: «накануне выборов», «в среду обитания»."""
        return 0 <= i < self.n and self.low(i)[:1].isalpha() and self.token(i).morph.get("Case") == ["Gen"]

    def same_sentence(self, i: int, j: int) -> bool:
        """True if no sentence starts after token `i` up to token `j`."""
        return not any(self.token(k).is_sent_start for k in range(i + 1, min(j, self.n - 1) + 1))


def year(text: str) -> Optional[int]:
    """A year written with four digits, 1000–2199."""
    return int(text) if YEAR.fullmatch(text) else None


def day(text: str) -> Optional[int]:
    """A day of the month: «30», «1-го»."""
    match = DAY.fullmatch(text)
    return int(match.group(1)) if match else None


CYRILLIC_ROMAN = str.maketrans("ХІ", "XI")  # «ХХ век» typed with the Cyrillic «Х»


def roman(text: str) -> Optional[int]:
    """A Roman numeral up to XXXIX: «IV» → 4, «ХХ-го» → 20."""
    text = ROMAN_SUFFIX.sub("", text.translate(CYRILLIC_ROMAN))
    low = text.lower()
    if not low or any(c not in ROMAN for c in low) or not text.isupper():
        return None
    values = [ROMAN[c] for c in low]
    total = sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))
    return total if 0 < total < 40 and to_roman(total) == low else None


def to_roman(number: int) -> str:
    tens, units = divmod(number, 10)
    return "x" * tens + ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"][units]


def two_parts(text: str) -> Optional[tuple[str, str]]:
    """The two sides of a dashed token: «январе–сентябре», «2020-2025», «I–III»."""
    parts = DASH.split(text)
    if len(parts) != 2 or not parts[0] or not parts[1]:
        return None
    return parts[0], parts[1]


def full_year(two_digits: int) -> int:
    """«25.12.25» is 2025, «05.08.98» is 1998: the nearest century up to 2049."""
    return 2000 + two_digits if two_digits < 50 else 1900 + two_digits
