"""Exact numbers from tokens: digits, thousands across tokens, number words, scales, composites, ranges."""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

import pytest
import spacy

from pressextract.lexicon import Lexicon
from pressextract.measures.component import DATA, VOCABULARIES, build_grammar
from pressextract.measures.numerals.reader import NumberReader
from pressextract.measures.phrases import Tokens


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("ru", config={"nlp": {"tokenizer": {"@tokenizers": "pressextract.razdel_tokenizer.v1"}}})


@pytest.fixture(scope="module")
def reader() -> NumberReader:
    return build_grammar(Lexicon(DATA, VOCABULARIES)).reader


# text → (the part read as a number, value, value_max)
NUMBERS = [
    ("4,97 млрд", "4,97 млрд", "4970000000", None),
    ("11.29 миллиарда", "11.29 миллиарда", "11290000000", None),
    ("12 500 штук", "12 500", "12500", None),
    ("12\u00a0500 штук", "12\u00a0500", "12500", None),
    ("12\u2009500 штук", "12\u2009500", "12500", None),
    ("1 234 567,89 рубля", "1 234 567,89", "1234567.89", None),
    ("86 862 998,7 тыс. рублей", "86 862 998,7 тыс.", "86862998700", None),
    ("1.234.567 тонн", "1.234.567", "1234567", None),
    ("+3,2%", "+3,2", "3.2", None),
    ("−0,5 %", "−0,5", "-0.5", None),
    ("-4,0", "-4,0", "-4.0", None),
    ("десять миллиардов", "десять миллиардов", "10000000000", None),
    ("полтора миллиона", "полтора миллиона", "1500000", None),
    ("полутора процентов", "полутора", "1.5", None),
    ("двадцать пять", "двадцать пять", "25", None),
    ("сто двадцать пять тысяч", "сто двадцать пять тысяч", "125000", None),
    ("три тысячи двести", "три тысячи двести", "3200", None),
    ("двухсот сорока семи", "двухсот сорока семи", "247", None),
    ("семи миллиардам", "семи миллиардам", "7000000000", None),
    ("два миллиона триста тысяч", "два миллиона триста тысяч", "2300000", None),
    ("6 млн 118 тыс.", "6 млн 118 тыс.", "6118000", None),
    ("28 миллиардов 400 миллионов", "28 миллиардов 400 миллионов", "28400000000", None),
    ("79 млн. 360 тыс. рублей", "79 млн. 360 тыс.", "79360000", None),
    ("47 млн 030 тыс. рублей", "47 млн 030 тыс.", "47030000", None),  # a zero-padded group between scales
    ("1 млрд 005 млн рублей", "1 млрд 005 млн", "1005000000", None),
    ("2 млн 008 тыс. тонн", "2 млн 008 тыс.", "2008000", None),
    ("3 трлн", "3 трлн", "3000000000000", None),
    ("2 триллиона", "2 триллиона", "2000000000000", None),
    ("миллион долларов", "миллион", "1000000", None),
    ("полмиллиона", "полмиллиона", "500000", None),
    ("8-миллиардный", "8-миллиардный", "8000000000", None),
    ("5-ти млн", "5-ти млн", "5000000", None),
    ("1,2–2 млрд", "1,2–2 млрд", "1200000000", "2000000000"),
    ("5,0–5,5", "5,0–5,5", "5.0", "5.5"),
    ("28,8- 32,3", "28,8- 32,3", "28.8", "32.3"),
    ("3 – 5 млн", "3 – 5 млн", "3000000", "5000000"),
    ("20 000-30 000", "20 000-30 000", "20000", "30000"),
    ("0,0-0,1", "0,0-0,1", "0.0", "0.1"),
]


@pytest.mark.parametrize(("text", "read", "value", "value_max"), NUMBERS)
def test_numbers(blank, reader, text: str, read: str, value: str, value_max: Optional[str]) -> None:
    doc = blank(text)
    number = reader.read(Tokens(doc), 0)
    assert number is not None
    assert doc[number.start : number.end].text == read
    assert number.value == Decimal(value)
    assert (number.value_max, number.value_max is None) == (
        Decimal(value_max) if value_max else None, value_max is None)
    assert isinstance(number.value, Decimal)


# the number stops where these texts say, or there is none
NOT_ONE_NUMBER = [
    ("30.01.2026", None),  # a date
    ("5-й", None),  # an ordinal
    ("09", None),  # a code with a leading zero
    ("2017 — 50 млн", "2017"),  # a dash between clauses, not a range
    ("16,36 – 18,07 – 19,79", "16,36"),  # three scenarios, not a range
    ("5 млн, 3 тыс.", "5 млн"),  # a list, not a composite
    ("10 тыс. 5 млн", "10 тыс."),  # a larger part after a smaller one is a new number
    ("47 млн 030 рублей", "47 млн"),  # «030» without a scale word after it is no part
]


@pytest.mark.parametrize(("text", "read"), NOT_ONE_NUMBER)
def test_number_boundaries(blank, reader, text: str, read: Optional[str]) -> None:
    doc = blank(text)
    number = reader.read(Tokens(doc), 0)
    assert (doc[number.start : number.end].text if number else None) == read
