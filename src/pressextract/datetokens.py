"""The tokens the date grammar reads, and the shapes of numbers in dates.

The grammar sees the non-space tokens of a `Doc` in their lookup form («Января» → «января»; razdel's «1989,»
before a digit → «1989»), with the vocabulary at hand. Shapes: «2025», «2020–2025», «1990-х», «IV», «1-м»,
«30.01.2026», «2026-01-30».
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc

from .datewords import DateWords, fold

DASHES = "-–—‒"
DASH = re.compile(f"[{DASHES}]")
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


@dataclass(frozen=True)
class Tok:
    """One non-space token: its index in the `Doc`, text, lookup form, lemma, part of speech and case."""

    i: int
    text: str
    low: str
    lemma: str
    pos: str
    case: str
    sent_start: bool


def adapt_tokens(doc: Doc) -> list[Tok]:
    """The tokens of `doc` as the grammar reads them."""
    toks = []
    for t in doc:
        if t.is_space:
            continue
        low = fold(t.text)
        if len(low) > 1 and low[-1] == "," and low[-2].isdigit():
            low = low[:-1]
        case = t.morph.get("Case")
        toks.append(Tok(t.i, t.text, low, t.lemma_, t.pos_, case[0] if case else "", bool(t.is_sent_start)))
    return toks


class Scan:
    """The tokens of one document with the vocabulary: what the rules read."""

    def __init__(self, toks: list[Tok], words: DateWords) -> None:
        self.toks = toks
        self.words = words
        self.n = len(toks)

    def low(self, i: int) -> str:
        """The lookup form of token `i`, or "" past the ends."""
        return self.toks[i].low if 0 <= i < self.n else ""

    def pos(self, i: int) -> str:
        return self.toks[i].pos if 0 <= i < self.n else ""

    def kind(self, i: int, kind: str) -> Optional[str]:
        """The value of token `i` as a calendar word of `kind`: kind(i, "month") → "1" for «января»."""
        return self.words.kind(self.low(i), kind)

    def number(self, i: int, kind: str) -> Optional[int]:
        value = self.kind(i, kind)
        return int(value) if value is not None and value.lstrip("-").isdigit() else None

    def dot(self, i: int) -> int:
        """`i + 1` if token `i` is an abbreviation dot («г.», «кв.»), else `i`."""
        return i + 1 if self.low(i) == "." else i

    def ends_clause(self, i: int) -> bool:
        """True if nothing that could make token `i - 1` a number of things follows: «в 2014,» but not «в 2014 голосов»."""
        if i >= self.n or self.toks[i - 1].text.endswith(","):
            return True
        tok = self.toks[i]
        return tok.pos not in ("NOUN", "PROPN", "ADJ", "NUM", "X") or not tok.low[:1].isalnum()

    def genitive(self, i: int) -> bool:
        """True if token `i` is a word in the genitive: «накануне выборов», «в среду обитания»."""
        return 0 <= i < self.n and self.toks[i].case == "Gen" and self.toks[i].low[:1].isalpha()

    def same_sentence(self, i: int, j: int) -> bool:
        """True if no sentence starts after token `i` up to token `j`."""
        return not any(self.toks[k].sent_start for k in range(i + 1, min(j, self.n - 1) + 1))


def year(text: str) -> Optional[int]:
    """A year written with four digits, 1000–2199."""
    return int(text) if YEAR.fullmatch(text) else None


def day(text: str) -> Optional[int]:
    """A day of the month: «30», «1-го»."""
    match = DAY.fullmatch(text)
    return int(match.group(1)) if match else None


def roman(text: str) -> Optional[int]:
    """A Roman numeral up to XXXIX: «IV» → 4."""
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
