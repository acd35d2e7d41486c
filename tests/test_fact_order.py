"""Figure order and distance (issue 16, mechanism 3): a figure before its indicator, a change verb before the
indicator with words between, linking verbs beyond «составить/достичь». Sentences written for these tests."""

from __future__ import annotations

import pytest

Row = tuple[str, "str | None", "str | None", str]


def rows(extractor, text: str) -> list[Row]:
    out = []
    for f in extractor.extract(text, "2026-01-15").facts:
        change = f"{'+' if f.change.direction == 'up' else '-'}{f.change.amount} {f.change.unit}" if f.change else None
        out.append((f.indicator.id, f.value.text if f.value else None, change, f.modality))
    return out


CASES: list[tuple[str, list[Row]]] = [
    # the indicator after its figure, in the genitive
    ("35% экспорта приходится на Китай.", [("export", "35%", None, "actual")]),
    ("Около 40 процентов импорта составляют машины и оборудование.", [("import", "40 процентов", None, "actual")]),
    ("Компания планирует привлечь 15 млрд долларов инвестиций.", [("investment", "15 млрд долларов", None, "target")]),
    ("Директор принёс заводу 3,4 млрд рублей убытка.", [("loss", "3,4 млрд рублей", None, "actual")]),
    # a share of a whole after «от»
    ("Это 12% от общего объёма поставок.", [("supply", "12%", None, "actual")]),
    ("На Турцию пришлось 18 процентов от всего экспорта пшеницы.", [("export", "18 процентов", None, "actual")]),
    ("Малый бизнес дал около 22% от общего объёма выпуска.", [("output", "22%", None, "actual")]),
    # a change verb before the indicator, words between
    ("Банк нарастил кредитный портфель в Казахстане на 17,3%.", [("credit", None, "+17.3 %", "actual")]),
    ("Узбекистан увеличил товарооборот с Россией на 9%.", [("trade_turnover", None, "+9 %", "actual")]),
    ("Холдинг сократил за год добычу угля на 4,5%.", [("production", None, "-4.5 %", "actual")]),
    # linking verbs beyond «составить/достичь»
    ("По прогнозу банка, инфляция замедлится до 6,0% в 2026 году и вернется к 4% в 2027 году.",
     [("inflation", "6,0%", None, "forecast"), ("inflation", "4%", None, "forecast")]),
    ("Инфляция в марте составила 7,1% и по итогам года ожидается в диапазоне 6,5–7,0%.",
     [("inflation", "7,1%", None, "actual"), ("inflation", "6,5–7,0%", None, "forecast")]),
    ("Безработица сложилась на уровне 2,4%.", [("unemployment", "2,4%", None, "actual")]),
    ("Товарооборот приблизился к 4 млрд долларов.", [("trade_turnover", "4 млрд долларов", None, "actual")]),
    ("Ключевая ставка удерживается вблизи 16%.", [("key_rate", "16%", None, "actual")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_order_and_distance(extractor, text: str, expected: list[Row]) -> None:
    assert rows(extractor, text) == expected


@pytest.mark.parametrize("text", [
    # an index after «от уровня» stays a change, not a share of the wage
    "Средняя пенсия составила 21 400 руб., или 108% от уровня прошлого года.",
    "Выручка составила 5 млрд рублей, или 112% от уровня 2024 года.",
    "Объём отгрузки составил 8 млрд рублей, или 104,5% от уровня 2024 года.",
])
def test_an_index_is_no_share(extractor, text: str) -> None:
    assert all(f.value is None or "%" not in f.value.text for f in extractor.extract(text, "2026-01-15").facts)
