"""Random text and random number-like strings never break extraction: offsets valid, amounts finite Decimals."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

PIECES = ["0", "1", "12", "500", "000", "4,97", "1.5", "1.234.567", "635,000", "1,2–2", "28,8-", "5,0–5,5", "-",
          "–", "—", "−", "+", "%", "(", ")", ".", ",", " ", "\u00a0", "\u2009", "\n", "млн", "млн.", "тыс.", "млрд",
          "трлн", "миллиарда", "долларов", "США", "$", "€", "£", "¥", "₽", "USD", "руб.", "м.р.", "от", "до", "с",
          "в", "и", "раза", "вдвое", "п.п.", "б.п.", "процента", "ВВП", "полтора", "десять", "двадцать", "пять",
          "миллиона", "8-миллиардный", "10-процентная", "100-долларовой", "около", "более", "не", "менее", "т",
          "куб. м", "человек", "голов", "копеек", "манатов", "крон", "99999999999999999999999", "0,000000001",
          "2025", "года", "№", "-ФЗ", ":", "00", "e", "E+9", "NaN", "inf"]

number_like = st.lists(st.sampled_from(PIECES), max_size=25).map(lambda parts: " ".join(parts))
glued = st.lists(st.sampled_from(PIECES), max_size=25).map("".join)


def check(extractor, text: str) -> None:
    record = extractor.extract(text)
    for m in record.mentions():
        assert text[m.start : m.end] == m.text
    for m in record.money + record.percents + record.quantities:
        assert isinstance(m.amount, Decimal) and m.amount.is_finite()
        assert m.amount_max is None or (isinstance(m.amount_max, Decimal) and m.amount_max.is_finite())
    record.model_dump_json()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(number_like, glued))
@example(text="010-процентная 09- ставка, 007-долларовой")
@example(text="99999999999999999999999 млн долларов и 1,5 трлн трлн %")
def test_number_like_strings(extractor, text: str) -> None:
    check(extractor, text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=200))
def test_random_unicode(extractor, text: str) -> None:
    check(extractor, text)
