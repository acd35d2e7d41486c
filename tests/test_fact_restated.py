"""One fact for one figure said twice (issue 16, mechanism 5): the restatement is no second fact.
Sentences written for these tests."""

from __future__ import annotations

import pytest


def figures(extractor, text: str) -> list[str]:
    return [(f.value or f.change).text for f in extractor.extract(text, "2026-01-15").facts]


@pytest.mark.parametrize(("text", "expected"), [
    # in brackets, hedged or not
    ("Бюджет составит 18,2 млрд рублей (около 230 млн долларов).", ["18,2 млрд рублей"]),
    ("Контракт оценивается в 40 млн евро (примерно 3,9 млрд рублей).", ["40 млн евро"]),
    ("Урожай достиг 1,2 млн тонн (свыше 1,1 млн т в чистом весе).", ["1,2 млн тонн"]),
    # after «это», «или», «то есть»
    ("Инвестиции составят 7 млрд рублей, это около 90–110 млн долларов.", ["7 млрд рублей"]),
    ("Экспорт составил 1,2 млрд рублей, или 15 млн долларов.", ["1,2 млрд рублей"]),
    ("Кредит составит 300 млн евро, то есть почти 29 млрд рублей.", ["300 млн евро"]),
    # a change said in two units
    ("Численность работников сократилась на 151 человек, или на 6%.", ["151 человек"]),
    ("Выручка выросла на 2 млрд рублей, или на 12%.", ["2 млрд рублей"]),
    ("Добыча упала на 40 тыс. тонн, то есть на 3%.", ["40 тыс. тонн"]),
])
def test_a_restatement_is_no_second_fact(extractor, text: str, expected: list[str]) -> None:
    assert figures(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a share after an amount is a fact of its own
    ("Выручка составила 1 млрд рублей, или 15% от общего объёма продаж.", ["1 млрд рублей", "15%"]),
    # a list of changes is no restatement
    ("Экспорт упал на 37%, 33% и 26%.", ["37%", "33%", "26%"]),
    # a change after a level
    ("Экспорт: 24,3 млрд долларов (+12%).", ["24,3 млрд долларов"]),
])
def test_not_a_restatement(extractor, text: str, expected: list[str]) -> None:
    assert figures(extractor, text) == expected
