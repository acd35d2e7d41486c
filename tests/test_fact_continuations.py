"""Across sentences and clauses (issue 16, mechanism 4): an indicator named in an earlier sentence, an elliptic
continuation, «соответственно». Each fact says how it was linked. Sentences written for these tests."""

from __future__ import annotations

import pytest

Row = tuple[str, str, "str | None", "str | None", str]


def rows(extractor, text: str) -> list[Row]:
    out = []
    for f in extractor.extract(text, "2026-01-15").facts:
        figure = f.value.text if f.value else f.change.text
        out.append((f.indicator.id, f.indicator.text, figure, f.period.normalized if f.period else None, f.link))
    return out


CASES: list[tuple[str, list[Row]]] = [
    # the previous sentence's indicator, not named again
    ("Экспорт вырос до 3,1 млрд долларов. Всего — почти на 25% за три года.",
     [("export", "Экспорт", "3,1 млрд долларов", None, "clause"), ("export", "Экспорт", "25%", "P3Y", "previous_sentence")]),
    ("Экспорт в 2023 году вырос на 12%. А в 2024-м — ещё на 7,5%.",
     [("export", "Экспорт", "12%", "2023", "clause"), ("export", "Экспорт", "7,5%", "2024", "previous_sentence")]),
    ("Выручка сети достигла 80 млрд рублей. За пять лет — в 2,3 раза.",
     [("revenue", "Выручка сети", "80 млрд рублей", None, "clause"),
      ("revenue", "Выручка сети", "2,3 раза", "P5Y", "previous_sentence")]),
    # a pronoun or «этот показатель» two sentences after its antecedent
    ("Объём торговли восстанавливается. Об этом сообщили в министерстве. Эксперты отмечают, что этот "
     "показатель на 30% ниже уровня 2013 года.",
     [("trade_turnover", "Объём торговли", "30%", None, "anaphor")]),
    # (the antecedent's sentence must be tagged: with parse="figures" a sentence without a figure or a calendar
    # word is tagged only right before a figure)
    ("Чистая прибыль банка выросла в 2025 году. Аналитики ждали иного. Он отметил, что она составила 4 млрд "
     "рублей.",
     [("net_profit", "Чистая прибыль", "4 млрд рублей", "2025", "anaphor")]),
    # far from its antecedent: the anaphor's own words are the indicator
    ("Выручка компании снизилась. Об этом сообщили в пресс-службе. Итоги обсудили на совете. Хотя "
     "показатель упал на 4%, он превысил прогноз.",
     [("revenue", "показатель", "4%", None, "anaphor")]),
    # «соответственно» pairs figures with indicators, and with periods, in order
    ("Экспорт и импорт составили 480 млн и 455 млн долларов соответственно.",
     [("export", "Экспорт", "480 млн", None, "respectively"),
      ("import", "импорт", "455 млн долларов", None, "respectively")]),
    ("Выручка и прибыль компании выросли на 12% и 8% соответственно.",
     [("revenue", "Выручка", "12%", None, "respectively"), ("profit", "прибыль", "8%", None, "respectively")]),
    ("Инфляция и безработица в мае 2025 года составили 9,1% и 2,6% соответственно.",
     [("inflation", "Инфляция", "9,1%", "2025-05", "respectively"),
      ("unemployment", "безработица", "2,6%", "2025-05", "respectively")]),
    ("Цена нефти повысится до 35 и 45 долларов за баррель в 2026 и 2027 годах соответственно.",
     [("price", "Цена нефти", "35", "2026", "clause"), ("price", "Цена нефти", "45 долларов", "2027", "clause")]),
    ("Экспорт в 2024 и 2025 годах составил 5 и 6 млрд долларов соответственно.",
     [("export", "Экспорт", "5", "2024", "clause"), ("export", "Экспорт", "6 млрд долларов", "2025", "clause")]),
    ("Добыча газа в 2022 и 2023 годах снизилась на 12% и 7% соответственно.",
     [("production", "Добыча газа", "12%", "2022", "clause"), ("production", "Добыча газа", "7%", "2023", "clause")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_continuations(extractor, text: str, expected: list[Row]) -> None:
    assert rows(extractor, text) == expected


@pytest.mark.parametrize("text", [
    # a blank line: a new paragraph continues nothing
    "Экспорт вырос до 3,1 млрд долларов.\n\nВсего — почти на 25% за три года.",
    # a sentence with a verb of its own is no continuation
    "Экспорт вырос до 3,1 млрд долларов. Штраф заплатили в размере 2 млн рублей.",
    # an item naming a thing of its own continues nothing
    "Экспорт вырос до 3,1 млрд долларов.\n- предприятия сельского хозяйства – 10%.",
    # a sentence two back is no «previous sentence»
    "Экспорт вырос до 3,1 млрд долларов. Министр поблагодарил аграриев. Всего — почти на 25% за три года.",
])
def test_no_continuation(extractor, text: str) -> None:
    assert [f.link for f in extractor.extract(text, "2026-01-15").facts] == ["clause"]
