"""The right indicator when several stand near (issue 16, mechanism 7). Sentences written for these tests."""

from __future__ import annotations

import pytest


def ids(extractor, text: str) -> list[tuple[str, str, str]]:
    return [(f.indicator.id, f.indicator.text, (f.value or f.change).text)
            for f in extractor.extract(text, "2026-01-15").facts]


@pytest.mark.parametrize(("text", "expected"), [
    # an indicator named between the tree's owner and the figure, and linked to it, wins
    ("Армения нарастила товарооборот с Ираном в 2022 г. Тегеран вернул себе место одного из ведущих партнёров "
     "Еревана, поставив в страну продукции на сумму 700 млн долларов.",
     [("supply", "поставив", "700 млн долларов")]),
    ("Молдавия нарастила товарооборот с Румынией в 2020 г. Бухарест вернул себе место одного из ведущих "
     "партнёров Кишинёва, поставив в страну продукции на сумму 900 млн долларов.",
     [("supply", "поставив", "900 млн долларов")]),
    ("Таджикистан увеличил товарооборот с Китаем в 2018 г. Пекин занял место одного из ведущих партнёров "
     "Душанбе, поставив в страну продукции на сумму 600 млн долларов.",
     [("supply", "поставив", "600 млн долларов")]),
])
def test_the_nearest_linked_indicator(extractor, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert ids(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a source of funds after the indicator is not the indicator
    ("Общий объём финансирования подпрограммы за счёт средств областного и федерального бюджетов составит 30 млн "
     "рублей.", [("funding", "объём финансирования подпрограммы", "30 млн рублей")]),
    ("Объём финансового обеспечения программы составляет из средств муниципального бюджета 28 млн рублей.",
     [("funding", "Объём финансового обеспечения программы", "28 млн рублей")]),
    ("Расходы на строительство за счёт бюджета города составят 4 млрд рублей.",
     [("budget_expenditure", "Расходы", "4 млрд рублей")]),
    # alone, or as an item of a breakdown, it is the indicator
    ("За счёт средств федерального бюджета – 28 млн рублей.",
     [("funding", "средств федерального бюджета", "28 млн рублей")]),
    ("Средства областного бюджета составят 12 млн рублей, в том числе за счёт межбюджетных трансфертов – 3 млн "
     "рублей.", [("funding", "Средства областного бюджета", "12 млн рублей"),
                 ("funding", "межбюджетных трансфертов", "3 млн рублей")]),
    # a bracketed aside is skipped; a gloss in brackets names the indicator
    ("Экспорт (без учёта поставок энергоносителей) составил 5 млрд долларов.",
     [("export", "Экспорт", "5 млрд долларов")]),
    ("Выручка (с учётом продаж дочерних компаний и доходов от аренды) составила 12 млрд рублей.",
     [("revenue", "Выручка", "12 млрд рублей")]),
    ("Инвестиции (без бюджетных средств и кредитов) достигли 80 млрд рублей.",
     [("investment", "Инвестиции", "80 млрд рублей")]),
    # (NER takes the full names for organisations, so the gloss is what is left to name them)
    ("Фонд заработной платы (ФЗП) крупных предприятий (включая филиалы) за 2025 год составил 645 млн рублей.",
     [("wage_fund", "ФЗП", "645 млн рублей")]),
    ("Валовой региональный продукт (ВРП) области (в основных ценах) составил 900 млрд рублей.",
     [("gdp", "ВРП", "900 млрд рублей")]),
])
def test_sources_and_asides(extractor, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert ids(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an indicator down a genitive chain of an earlier one only qualifies it
    ("Объём финансирования программы развития экспорта составит: 2027 год – 1 250,0 млн рублей.",
     [("funding", "Объём финансирования программы", "1 250,0 млн рублей")]),
    ("Объём инвестиций в проекты развития экспорта составил 5 млрд рублей.",
     [("investment", "Объём инвестиций", "5 млрд рублей")]),
    ("Расходы бюджета на программу поддержки импорта составят 2 млрд рублей.",
     [("budget_expenditure", "Расходы бюджета", "2 млрд рублей")]),
    ("Выручка от экспорта составила 3 млрд долларов.", [("revenue", "Выручка", "3 млрд долларов")]),
    # the indicator itself with its genitive stays
    ("Объём экспорта составил 3 млрд долларов.", [("export", "Объём экспорта", "3 млрд долларов")]),
])
def test_an_indicator_qualifying_another_is_none(extractor, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert ids(extractor, text) == expected
