"""Dates against dateparser where it is good (single days, relative words), and against random input."""

from __future__ import annotations

import datetime as dt

import pytest
from dateparser.date import DateDataParser
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pressextract

BASE = dt.date(2026, 1, 30)


@pytest.fixture(scope="session")
def dateparser() -> DateDataParser:
    """One parser with the settings of the field notes."""
    return DateDataParser(languages=["ru"], settings={
        "RELATIVE_BASE": dt.datetime(BASE.year, BASE.month, BASE.day), "PREFER_DAY_OF_MONTH": "first",
        "PREFER_MONTH_OF_YEAR": "first", "PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY"})


# (the sentence, the part dateparser reads): our interval must hold dateparser's date, at dateparser's grain
AGREE = [
    ("Договор подписан 15 октября 2025 года.", "15 октября 2025 года"),
    ("Договор подписан 15.10.2025.", "15.10.2025"),
    ("Платёж прошёл 25.12.25.", "25.12.25"),
    ("Вчера делегация прибыла.", "вчера"),
    ("Позавчера делегация прибыла.", "позавчера"),
    ("Сегодня делегация прибыла.", "сегодня"),
    ("На прошлой неделе цены снизились.", "на прошлой неделе"),
    ("В прошлом году экспорт вырос.", "в прошлом году"),
    ("В прошлом месяце экспорт вырос.", "в прошлом месяце"),
    ("Три года назад завода не было.", "три года назад"),
    ("Через неделю начнутся торги.", "через неделю"),
    ("Совещание прошло в понедельник.", "в понедельник"),
]


@pytest.mark.parametrize(("text", "part"), AGREE)
def test_agrees_with_dateparser(extractor: pressextract.Extractor, dateparser: DateDataParser, text: str,
                                part: str) -> None:
    data = dateparser.get_date_data(part)
    assert data.date_obj is not None
    [mention] = extractor.extract(text, published=BASE).dates
    assert mention.start_date <= data.date_obj.date() <= mention.end_date
    assert mention.grain == data.period


PIECES = ["30", "января", "2026", "года", "г.", "в", "с", "по", "до", "к", "I", "IV", "квартале", "полугодии",
          "прошлом", "году", "лет", "назад", "через", "1,5", "12 500", "–", "-", ",", ".", "сентябре", "январе–сентябре",
          "2020–2025", "1990-х", "XX", "века", "ежегодно", "вчера", "25.12.25", "31.02.2026", "9/11", "летом",
          "неделю", "ранее", "годом", "того", "же", "\n", "  ", "\u00a0", "пятилетний", "срок", "2-3", "месяца"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(PIECES), max_size=14), noise=st.text(max_size=20),
       published=st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))))
def test_random_date_like_text_never_breaks(extractor: pressextract.Extractor, words: list[str], noise: str,
                                            published: dt.date | None) -> None:
    text = " ".join(words) + noise
    release = extractor.extract(text, published=published)
    for mention in release.dates:
        assert text[mention.start:mention.end] == mention.text
        assert mention.resolved == (mention.normalized is not None)
        if mention.start_date and mention.end_date:
            assert mention.start_date <= mention.end_date


def test_relative_words_are_read_by_dateparser(extractor: pressextract.Extractor) -> None:
    from pressextract.dates import dateparser_words as dateparse

    dateparse.relative.cache_clear()
    record = extractor.extract("На прошлой неделе цены выросли.", "2026-01-30")
    assert dateparse.relative.cache_info().misses == 1
    assert [(d.normalized, d.start_date.isoformat(), d.end_date.isoformat()) for d in record.dates] == [
        ("2026-W04", "2026-01-19", "2026-01-25")]
