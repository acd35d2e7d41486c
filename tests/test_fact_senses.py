"""Not every figure near an indicator word is a fact, and a word used in another sense is no trigger (issue 16,
mechanism 6). Sentences written for these tests."""

from __future__ import annotations

import pytest


def ids(extractor, text: str) -> list[tuple[str, str]]:
    return [(f.indicator.id, (f.value or f.change).text) for f in extractor.extract(text, "2026-01-15").facts]


@pytest.mark.parametrize("text", [
    # a stake in a company
    "Доля фонда в капитале банка достигла 7%.",
    "Доля государства в уставном капитале компании составит 51%.",
    "Доля холдинга в акционерном капитале завода снизилась до 25%.",
    # the size of one installation or organisation
    "В районе построена солнечная станция мощностью свыше 12 МВт.",
    "Льгота положена организациям с численностью до 15 человек.",
    "Запущен энергоблок мощностью 400 МВт.",
    # fines, damages and bribes
    "Компании грозит штраф – до 3% годовой выручки.",
    "Ущерб от хищения составил 40 млн рублей, сообщили в полиции.",
    "Чиновник получил взятку в размере 2 млн рублей.",
    # the premise of a condition is a supposition
    "Если чип памяти стоит 100 рублей, а смартфон — 20 тысяч рублей, то сбор взимается с цены смартфона.",
    "Если экспорт вырастет на 5%, министерство пересмотрит прогноз.",
    "Если бы цена нефти составила 90 долларов за баррель, бюджет был бы сбалансирован.",
])
def test_no_fact(extractor, text: str) -> None:
    assert ids(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # «в … ценах», «в экономике» name no price and no GDP
    ("Объём работ в действующих ценах составил 5 млрд рублей.", [("output", "5 млрд рублей")]),
    ("Оборот розничной торговли в сопоставимых ценах вырос на 3%.", [("retail_turnover", "3%")]),
    ("Численность занятых в экономике составила 14 250 человек.", [("employment", "14 250 человек")]),
    ("Число публикаций в средствах массовой информации о спорте выросло на 12%.", []),
    # a trigger verb with an idiomatic object names no indicator
    ("Компания направила письмо с просьбой снизить налог на 10%.", [("tax_rate", "10%")]),
    ("Губернатор поставил задачу увеличить экспорт на 15%.", [("export", "15%")]),
    ("Банк выпустил заявление: выручка выросла на 4%.", [("revenue", "4%")]),
    # the energy system's capacity and a project's cost stay facts
    ("Установленная мощность энергосистемы составила 12 ГВт.", [("capacity", "12 ГВт")]),
    ("Построен завод стоимостью 30 млрд рублей.", [("investment", "30 млрд рублей")]),
    ("Доля экспорта в ВВП достигла 30%.", [("market_share", "30%")]),
    # the outcome of a condition stays
    ("Если чип памяти дешевле смартфона, то сбор составит 1% цены смартфона.", [("levy", "1%")]),
    ("Если стороны договорятся, то товарооборот достигнет 5 млрд долларов.", [("trade_turnover", "5 млрд долларов")]),
    ("Если претензии признают, компании придётся выплатить до 1 млрд рублей.", [("debt_payment", "1 млрд рублей")]),
])
def test_the_right_sense(extractor, text: str, expected: list[tuple[str, str]]) -> None:
    assert ids(extractor, text) == expected
