"""Periods and modality of issue 16: a level after «после» keeps its own date; goal nouns, programme and
investment-project wording and the missing cues. Sentences written for these tests."""

from __future__ import annotations

import pytest

Row = tuple[str, "str | None", str]


def rows(extractor, text: str) -> list[Row]:
    return [((f.value or f.change).text, f.period.normalized if f.period else None, f.modality)
            for f in extractor.extract(text, "2026-01-15").facts]


@pytest.mark.parametrize(("text", "expected"), [
    # «после X в …»: the earlier level is a fact of its own, the date is its period, not the new level's
    ("Базовая инфляция ускорилась до 9,1% после 7,7% в августе 2024 года.",
     [("9,1%", None, "actual"), ("7,7%", "2024-08", "actual")]),
    ("Инфляция выросла до 8,6% после 8,3% в мае 2024 года.", [("8,6%", None, "actual"), ("8,3%", "2024-05", "actual")]),
    ("Ставка по ипотеке поднялась до 11% после 10,5% в марте 2025 года.",
     [("11%", None, "actual"), ("10,5%", "2025-03", "actual")]),
    # a base date is not the period
    ("Выпуск составил 104,1% к уровню 2020 года.", [("104,1%", None, "actual")]),
    ("Зарплата вырастет на 28% к факту 2016 года.", [("28%", None, "forecast")]),
    ("Экспорт вырос на 12% по сравнению с 2024 годом.", [("12%", None, "actual")]),
    # the date after an index's preposition is its base («97,8% к октябрю 2025 года»)
    ("Индекс промышленного производства в октябре 2025 года составил 97,8% к октябрю 2024 года.",
     [("97,8%", "2025-10", "actual")]),
    ("Оборот розничной торговли в марте 2025 года составил 102,3% к марту прошлого года.",
     [("102,3%", "2025-03", "actual")]),
    ("Инвестиции в основной капитал составили 96,1% к январю–июню 2024 года.", [("96,1%", None, "actual")]),
    # a base date that a «когда»-clause takes up is that clause's period
    ("Стороны приблизились к уровню 80-х годов прошлого века, когда товарооборот достигал 60 млрд долларов.",
     [("60 млрд долларов", "1980..1989", "actual")]),
    ("Экспорт вернулся к уровню 2019 года, когда он составлял 5 млрд долларов.", [("5 млрд долларов", "2019", "actual")]),
    ("Цены вернулись к уровню 2021 года, когда инфляция составляла 8%.", [("8%", "2021", "actual")]),
])
def test_periods(extractor, text: str, expected: list[Row]) -> None:
    assert rows(extractor, text) == expected


@pytest.mark.parametrize(("text", "modality"), [
    # an indicator under a goal noun is a target, whatever the tense
    ("Для стабилизации инфляции вблизи 4% потребуется более жёсткая политика.", "target"),
    ("Возвращение инфляции к 4% в 2027 году предполагает высокую ставку.", "target"),
    ("Банк создаст условия для приближения годовой инфляции к 4%.", "target"),
    # programme and investment-project wording
    ("Предполагаемый объём инвестиций составляет 12 млрд рублей.", "target"),
    ("Объём финансирования программы составляет 5 млн рублей.", "target"),
    ("Стоимость проекта оценивается в 9 млрд рублей.", "target"),
    # cues that were missing
    ("Губернатор распорядился выделить 300 млн рублей на ремонт дорог.", "target"),
    ("Компания выразила готовность вложить 2 млрд рублей.", "target"),
    ("Министерство стремится довести долю экспорта до 30%.", "target"),
    ("Аграрии рассчитывают на урожай в 5 млн тонн.", "forecast"),
    ("Инвесторы рассчитывают на рост выручки на 10%.", "forecast"),
    ("Импортёры рассчитывают закупить 40 тыс. тонн зерна.", "forecast"),
    # a cue of the next predicate does not leak back
    ("Инфляция в марте составила 7,1% и по итогам года ожидается около 6%.", "actual"),
    ("Экспорт в январе достиг 2 млрд долларов, а в 2026 году, по прогнозу, составит 25 млрд.", "actual"),
    ("Выручка за квартал составила 5 млрд рублей, и компания планирует удвоить её.", "actual"),
])
def test_modality(extractor, text: str, modality: str) -> None:
    assert rows(extractor, text)[0][2] == modality


# a sentence without figures that calls an indicator's planned figures forecasts makes them forecasts, before or
# after it; other indicators' plans stay targets
@pytest.mark.parametrize(("text", "expected"), [
    ("Объём финансирования программы: 2026 год – 4 млн рублей; 2027 год – 5 млн рублей.\n"
     "* Объём финансирования носит прогнозный характер и подлежит уточнению.",
     [("4 млн рублей", "2026", "forecast"), ("5 млн рублей", "2027", "forecast")]),
    ("Значения объёма финансирования являются прогнозными. Объём финансирования программы в 2027 году составит "
     "5 млн рублей.", [("5 млн рублей", "2027", "forecast")]),
    ("Субсидии фермерам составят 2 млн рублей в 2027 году.\nОбъёмы субсидий указаны прогнозно.",
     [("2 млн рублей", "2027", "forecast")]),
    ("Объём финансирования программы в 2027 году составит 5 млн рублей. Выручка компании носит прогнозный "
     "характер.", [("5 млн рублей", "2027", "target")]),
])
def test_planned_figures_declared_forecasts(extractor, text: str, expected: list[Row]) -> None:
    assert rows(extractor, text) == expected
