"""The records: exact decimals, offsets that must match, frozen objects, JSON round trips."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pydantic
import pytest

from pressextract import DateMention, Entity, Measure, PressRelease

TEXT = "По итогам 2025 года товарооборот составил 4,97 млрд долларов США, рост на 11,4%."


def at(fragment: str) -> dict:
    start = TEXT.index(fragment)
    return {"text": fragment, "start": start, "end": start + len(fragment)}


def measure(**kwargs) -> Measure:
    return Measure(**{**at("4,97 млрд долларов США"), "unit": "USD", **kwargs})


@pytest.mark.parametrize(
    ("amount", "json_amount"),
    [
        (Decimal("4.97") * 10**9, "4970000000"),
        (Decimal("11.40"), "11.4"),
        (Decimal("1E+3"), "1000"),
        (Decimal("0.0010"), "0.001"),
        ("-3.2", "-3.2"),
        (7, "7"),
    ],
)
def test_amounts_are_plain_decimal_strings(amount, json_amount: str) -> None:
    assert measure(amount=amount).model_dump(mode="json")["amount"] == json_amount


@pytest.mark.parametrize("amount", ["NaN", "Infinity", "четыре"])
def test_amounts_must_be_finite_numbers(amount: str) -> None:
    with pytest.raises(pydantic.ValidationError):
        measure(amount=amount)


def test_round_trip_through_json() -> None:
    record = PressRelease(
        text=TEXT,
        published=dt.date(2026, 1, 30),
        published_from="given",
        entities=[Entity(**at("США"), type="LOC", normal="США", country="US")],
        money=[measure(amount=Decimal("4970000000"))],
        dates=[DateMention(**at("по итогам 2025 года".capitalize()), normalized="2025", grain="year",
                           start_date=dt.date(2025, 1, 1), end_date=dt.date(2025, 12, 31))],
    )
    assert PressRelease.model_validate_json(record.model_dump_json()) == record


def test_offsets_must_match_the_text() -> None:
    with pytest.raises(pydantic.ValidationError, match="is not the text at"):
        PressRelease(text=TEXT, money=[Measure(text="4,97 млрд", start=0, end=9, amount=1, unit="USD")])


def test_text_length_must_match_offsets() -> None:
    with pytest.raises(pydantic.ValidationError, match="does not span"):
        Measure(text="4,97", start=0, end=9, amount=1, unit="USD")


def test_records_are_frozen_and_closed() -> None:
    m = measure(amount=1)
    with pytest.raises(pydantic.ValidationError):
        m.amount = Decimal(2)  # type: ignore[misc]
    with pytest.raises(pydantic.ValidationError, match="Extra inputs"):
        measure(amount=1, currency="USD")


def test_country_codes_are_validated() -> None:
    with pytest.raises(pydantic.ValidationError):
        Entity(text="США", start=0, end=3, type="LOC", normal="США", country="USA")


def test_schema_names_every_list() -> None:
    properties = PressRelease.model_json_schema()["properties"]
    assert {"entities", "dates", "money", "percents", "quantities", "people", "facts"} <= set(properties)
    assert properties["schema_version"]["const"] == "1"


@pytest.mark.parametrize(("value", "written"), [
    ("4.97E+9", "4970000000"), ("11.40", "11.4"), ("1E-11", "0.00000000001"), ("0", "0"),
    ("1" * 40, "1" * 40),  # past the default 28 digits of precision: never rounded
    ("-2.50", "-2.5"),
])
def test_amounts_are_written_out_in_full(value: str, written: str) -> None:
    from decimal import Decimal

    from pressextract.decimals import decimal_string
    from pressextract.measures.measure import plain

    assert decimal_string(Decimal(value)) == plain(Decimal(value)) == written
