"""Growth named by a noun or a verb is a change of the indicator, not its level (issue 16, mechanism 2).
Sentences written for these tests."""

from __future__ import annotations

import pytest

Row = tuple[str, "str | None", "str | None"]


def rows(extractor, text: str) -> list[Row]:
    out = []
    for f in extractor.extract(text, "2026-01-15").facts:
        change = f"{'+' if f.change.direction == 'up' else '-'}{f.change.amount} {f.change.unit}" if f.change else None
        out.append((f.indicator.id, f.value.text if f.value else None, change))
    return out


CASES: list[tuple[str, list[Row]]] = [
    # a change noun names the indicator
    ("Прирост экспорта составил 12%.", [("export", None, "+12 %")]),
    ("Снижение выпуска стали составило 4,5%.", [("production", None, "-4.5 %")]),
    ("Рост ВВП — 3,1%.", [("gdp_growth", None, "+3.1 %")]),
    ("Газпром готов предоставить покупателю скидку на газ в размере 10%.", [("price", None, "-10 %")]),
    ("Компания предложила 15-процентную скидку на топливо.", [("price", None, "-15 %")]),
    # a change noun right before the figure
    ("Экспорт вырос до 5 млрд долларов с приростом в 10%.", [("export", "5 млрд долларов", "+10 %")]),
    ("Выручка достигла 2 млрд рублей при росте на 7%.", [("revenue", "2 млрд рублей", "+7 %")]),
    ("Импорт составил 3 млрд долларов со снижением в 4%.", [("import", "3 млрд долларов", "-4 %")]),
    # a change verb with a percentage for its object
    ("Экспорт набрал 5%.", [("export", None, "+5 %")]),
    ("Продажи автомобилей за квартал потеряли 7%.", [("revenue", None, "-7 %")]),
    ("Выпуск цемента просел 6%.", [("production", None, "-6 %")]),
    ("Выручка компании прибавила 9,5%.", [("revenue", None, "+9.5 %")]),
    # growth to a percentage of the base, and a base before the percentage, are indices
    ("К 2030 году объём отгрузки вырастет, планируется рост 160,8%.", [("supply", None, "+60.8 %")]),
    ("К уровню 2024 года выпуск продукции составит 104,1%.", [("production", None, "+4.1 %")]),
    ("По отношению к уровню прошлого года инвестиции составили 96,5%.", [("investment", None, "-3.5 %")]),
    # «что на …» after a fact is that fact's change
    ("Число безработных составило 310 человек, или 2,9% от экономически активного населения, что на 0,4% "
     "ниже уровня прошлого года.",
     [("unemployment", "310 человек", None), ("unemployment", "2,9%", "-0.4 %")]),
    ("Урожай составил 82 млн тонн, что на 6% больше, чем годом ранее.", [("harvest", "82 млн тонн", "+6 %")]),
    ("Выручка составила 40 млрд рублей, что на 3% меньше прошлогодней.", [("revenue", "40 млрд рублей", "-3 %")]),
    # a signed figure in brackets is the level of a rate
    ("Инфляция составит (-3,2%).", [("inflation", "-3,2%", None)]),
    ("Ключевая ставка: 16% (+0,5 п.п.).", [("key_rate", "16%", "+0.5 pp")]),
    ("Экспорт: 24,3 млрд долларов (+12%).", [("export", "24,3 млрд долларов", "+12 %")]),
    # «до», «после» mark a level; a rate phrase keeps its level
    ("Инфляция после краткого повышения до 4,4% снизилась.", [("inflation", "4,4%", None)]),
    ("Цены выросли в сентябре до 9,8% после 7,5% в августе 2024 года.",
     [("price", "9,8%", None), ("price", "7,5%", None)]),
    ("Темп роста ВВП составил 3%.", [("gdp_growth", "3%", None)]),
    # a list of changes, each with its date
    ("Прогнозируется рост экономики на 2,8–4,8% в 2026 году и 1,5–3,5% в 2027 году.",
     [("gdp_growth", None, "+2.8 %"), ("gdp_growth", None, "+1.5 %")]),
    ("Экспорт снизился на 4% в 2024 году и 6% в 2025 году.", [("export", None, "-4 %"), ("export", None, "-6 %")]),
    ("Выручка выросла на 10% в 2023 году, 12% в 2024 году и 9% в 2025 году.",
     [("revenue", None, "+10 %"), ("revenue", None, "+12 %"), ("revenue", None, "+9 %")]),
    # two periods make two facts
    ("В 2027 году выручка достигнет 2,9 млрд рублей, к 2030 году планируется рост на 58%.",
     [("revenue", "2,9 млрд рублей", None), ("revenue", None, "+58 %")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_changes(extractor, text: str, expected: list[Row]) -> None:
    assert rows(extractor, text) == expected


# a growth below zero is a fall; an amount's signed percentage is its change, and a past date after its «к» its
# base; the sign written as a word is kept on a level
SIGNED: list[tuple[str, list[tuple[str, "str | None", "str | None", "str | None"]]]] = [
    ("Рост ВВП составил −0,5%.", [("gdp_growth", None, "-0.5 %", None)]),
    ("Прирост выпуска составил минус 2,1%.", [("production", None, "-2.1 %", None)]),
    ("Экспорт составил -5% к прошлому году.", [("export", None, "-5 %", None)]),
    ("Выручка компании: +12% к аналогичному периоду прошлого года.", [("revenue", None, "+12 %", None)]),
    ("Сальдо торгового баланса составило минус 3,2 млрд долларов.",
     [("trade_balance", "-3200000000", None, None)]),
    ("Экспорт вырастет на 60% к 2030 году.", [("export", None, "+60 %", "2030")]),
]


@pytest.mark.parametrize(("text", "expected"), SIGNED, ids=[t for t, _ in SIGNED])
def test_signed_figures(extractor, text: str, expected: list) -> None:
    facts = extractor.extract(text, "2026-01-15").facts
    assert [(f.indicator.id, str(f.value.amount) if f.value else None,
             f"{'+' if f.change.direction == 'up' else '-'}{f.change.amount} {f.change.unit}" if f.change else None,
             f.period.normalized if f.period else None) for f in facts] == expected


# «с X до Y»: X with no period of its own is the previous level of Y's fact; with one, a fact of its own
PREVIOUS: list[tuple[str, list[tuple[str, str, "str | None"]]]] = [
    ("Банк России снизил ключевую ставку с 17% до 15%.", [("key_rate", "15%", "17%")]),
    ("Выручка компании выросла с 1,5 млн до 8,5 млн рублей.", [("revenue", "8,5 млн рублей", "1,5 млн")]),
    ("Курс евро поднялся с 1,1745 доллара до 1,19 доллара.", [("exchange_rate", "1,19 доллара", "1,1745 доллара")]),
    ("Инфляция замедлилась до 6,6% с 7,1%.", [("inflation", "6,6%", "7,1%")]),
    ("Безработица снизилась с 5,2 до 4,8%.", [("unemployment", "4,8%", "5,2")]),
    ("Экспорт сократился с 14 млрд долларов в 2024 году до 12 млрд долларов в 2025 году.",
     [("export", "14 млрд долларов", None), ("export", "12 млрд долларов", None)]),
    ("Ключевую ставку повысили до 16%.", [("key_rate", "16%", None)]),
    # a level noun between the preposition and the figure
    ("Производство пшеницы увеличится с отметки 72,5 млн до 77,5 млн тонн.",
     [("production", "77,5 млн тонн", "72,5 млн")]),
    ("Ключевая ставка снизилась с уровня 8% до 7,5%.", [("key_rate", "7,5%", "8%")]),
    ("Экспорт вырос до 5 млрд долларов с уровня 4 млрд долларов.",
     [("export", "5 млрд долларов", "4 млрд долларов")]),
]


@pytest.mark.parametrize(("text", "expected"), PREVIOUS, ids=[t for t, _ in PREVIOUS])
def test_the_level_a_value_changed_from(extractor, text: str, expected: list) -> None:
    facts = extractor.extract(text, "2026-01-15").facts
    assert [(f.indicator.id, f.value.text if f.value else None, f.previous.text if f.previous else None)
            for f in facts] == expected
    for fact in facts:
        if fact.previous is not None:
            assert fact.previous.unit == fact.value.unit and text[fact.previous.start:fact.previous.end] == \
                fact.previous.text
