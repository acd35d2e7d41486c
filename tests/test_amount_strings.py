"""Amounts are written to JSON as plain decimal strings, whatever their size, and read back equal."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pressextract.records import Measure


@pytest.mark.parametrize(("amount", "written"), [
    ("1E-11", "0.00000000001"),
    ("4.97E+9", "4970000000"),
    ("11.40", "11.4"),
    ("1E+40", "1" + "0" * 40),
    ("1.234567890123456789012345678901234", "1.234567890123456789012345678901234"),  # past 28 digits, unrounded
])
def test_an_amount_is_a_plain_decimal_string(amount: str, written: str) -> None:
    measure = Measure(text="x", start=0, end=1, amount=Decimal(amount), unit="USD")
    assert measure.model_dump(mode="json")["amount"] == written
    assert Measure.model_validate_json(measure.model_dump_json()) == measure
