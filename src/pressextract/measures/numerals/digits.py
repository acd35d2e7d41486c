"""Digits: the characters of one token read as a value, «4,97», «-4,0», «1.234.567», «5,0–5,5», «28,8-»,
«10-процентная», and thousands groups split over several tokens («1 234 567,89» is «1», «234», «567,89»).
Scale words and number words are number_reader.py's: it builds a `Number` from these.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ...typography import DASHES, MINUS_SIGNS
from ..phrases import Tokens

EN_DASH = "–"
MINUS = MINUS_SIGNS | {EN_DASH}  # «–0,5 %»: an en dash typed for a minus sign (number_reader.py decides)
SIGN = MINUS | {"+"}  # «+3,2%», «−0,5»
RANGE_DASHES = DASHES | MINUS_SIGNS  # «3 − 5 млн», «5% − 7%»: a minus sign typed for a dash between two numbers
PLAIN = re.compile(r"([+\-−–]?)(\d+)(?:[.,](\d+))?")
GROUPED = re.compile(r"(\d{1,3})((?:([.,])\d{3})(?:\3\d{3})+)")  # «1.234.567»: two groups or more
COMMA_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")  # «$635,000»: only after a Latin sign, without a scale
RANGE = re.compile(r"([+\-−]?\d+(?:[.,]\d+)?)[-–—]([+\-−]?\d+(?:[.,]\d+)?)")  # «5,0–5,5», «1,2—2»
OPEN = re.compile(r"(\d+(?:[.,]\d+)?)[-–—]")  # «28,8-» before «32,3»
ADJECTIVE = re.compile(r"(\d+(?:[.,]\d+)?)-?([а-яё]+)")  # «10-процентная», «8-миллиардный», «5-ти»
GROUP = re.compile(r"\d{3}(?:[.,]\d+)?")  # a thousands group after a space: «500», «567,89»
PADDED_GROUP = re.compile(r"0\d{2}")  # «030» in «47 млн 030 тыс.»: read only between two scale words
GROUP_RANGE = re.compile(r"(\d{3})[-–—](\d{1,3})")  # «20 000-30 000» is «20», «000-30», «000»

# «5-ти», «2-х», «7-ми» are case endings of the number itself, not adjectives.
CASE_ENDINGS = {"х", "ти", "ми", "ух", "ех", "ёх", "и", "ю", "ью", "мя", "ть", "ка"}
ORDINAL_ENDINGS = {"й", "я", "е", "го", "му", "м", "ю", "х", "ми", "ый", "ой", "ая", "ое", "ые", "ого", "ому", "ым"}


def to_decimal(sign: str, whole: str, fraction: Optional[str]) -> Decimal:
    """«−», «4», «97» → Decimal('-4.97')."""
    text = whole + ("." + fraction if fraction else "")
    return -Decimal(text) if sign and sign in MINUS else Decimal(text)


def parse_plain(text: str) -> Optional[Decimal]:
    """One token of digits: «4,97», «-4,0», «33496.5», «1.234.567»; None if it is not one number."""
    m = GROUPED.fullmatch(text)
    if m:
        return Decimal(m.group(1) + re.sub(r"[.,]", "", m.group(2)))
    m = PLAIN.fullmatch(text)
    if m is None or (len(m.group(2)) > 1 and m.group(2)[0] == "0" and m.group(3) is None):
        return None  # «09», «007»: a code or a list number, not a measure
    return to_decimal(m.group(1), m.group(2), m.group(3))


def groups(tokens: Tokens, i: int, digits: str) -> tuple[str, int, Optional[tuple[str, int]]]:
    """Digits of token `i` with the thousands groups after it, the end, and the upper part of «000-30 000»."""
    end, j = i + 1, tokens.one_space(i)
    while j is not None and j < tokens.size:
        word = tokens.text[j]
        if GROUP.fullmatch(word):
            digits, end = digits + word.replace(",", "."), j + 1
            if not word.isdigit():
                break
            j = tokens.one_space(j)
            continue
        m = GROUP_RANGE.fullmatch(word)
        if m:
            upper, upper_end, _ = groups(tokens, j, m.group(2))
            if upper_end > j + 1:
                return digits + m.group(1), j + 1, (upper, upper_end)
        break
    return digits, end, None
