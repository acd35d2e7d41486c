"""Crafted input gives a record, never an exception: digit runs past Python's 4,300-digit limit, price
denominators past Decimal's 28 digits, lone surrogates, random Unicode; offsets stay valid and amounts are
written as plain decimal strings."""

from __future__ import annotations

import json
import re
from decimal import Decimal

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

LONG = ["1" * 5000, "9" * 4301, "1" + "0" * 40, "1" + "0" * 28, "0," + "0" * 40 + "1", "1 " + "000 " * 30]
PIECES = ["за", "тонн", "тонну", "кубометров", "тысячу", "долларов", "млрд", "трлн", "млн", "тыс.", "рублей", "%",
          "процента", "на", "в", "году", "2025", "1", "375", "4,97", "1.234.567", " ", "\u00a0", "\u202f", ",", ".",
          "-", "–", "до", "от", "составил", "вырос", "\ud800", "\udfff", "\u200b", "\n", "e", "E+30", "×10"] + LONG

pieces = st.lists(st.sampled_from(PIECES), max_size=20).map(" ".join)
glued = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)
unicode = st.text(max_size=200)


def check(extractor, text: str) -> None:
    record = extractor.extract(text)
    assert record.text is not None and len(record.text) == len(text)
    for m in record.mentions():
        assert 0 <= m.start <= m.end <= len(text) and record.text[m.start:m.end] == m.text
    for line in re.findall(r'"amount(?:_max)?": ?"([^"]*)"', record.model_dump_json()):
        assert re.fullmatch(r"-?\d+(\.\d+)?", line), line
        assert Decimal(line).is_finite()
    json.loads(record.model_dump_json())


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(pieces, glued, unicode))
@example(text="Экспорт составил " + "1" * 5000 + " долларов.")
@example(text="Цена составила 375 долларов за 1" + "0" * 40 + " тонн.")
@example(text="Цена составила 375 долларов за " + "1" * 30 + " кубометров.")
@example(text="Экспорт вырос на 5 \ud800 процентов, до 0," + "0" * 12 + "1 млрд долларов.")
@example(text="\ud800")
def test_crafted_text_gives_a_record(extractor, text: str) -> None:
    check(extractor, text)


def test_extract_takes_only_str(extractor) -> None:
    import pytest

    for value in (b"\xd0\xb0", None, 42, ["текст"]):
        with pytest.raises(TypeError, match="expected str"):
            extractor.extract(value)
