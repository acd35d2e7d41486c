"""Lists and tables under a heading: the indicator in a heading line or lead sentence, the items carry only a year
or a part (issue 16, mechanism 1). Sentences written for these tests."""

from __future__ import annotations

import pytest

Row = tuple[str, "str | None", "str | None", str]


def rows(extractor, text: str) -> list[Row]:
    return [(f.indicator.id, f.value.text if f.value else None, f.period.normalized if f.period else None, f.link)
            for f in extractor.extract(text, "2026-01-15").facts]


LISTS: list[tuple[str, list[Row]]] = [
    # items after the colon on the heading's own line, split by «;»
    ("Объём финансирования программы составит: 2026 год – 410,5 млн рублей; 2027 год – 433,0 млн рублей; "
     "2028 год – 452,8 млн рублей.",
     [("funding", "410,5 млн рублей", "2026", "clause"), ("funding", "433,0 млн рублей", "2027", "heading"),
      ("funding", "452,8 млн рублей", "2028", "heading")]),
    ("Экспорт зерна по годам: 2023 год — 41 млн тонн; 2024 год — 47 млн тонн.",
     [("export", "41 млн тонн", "2023", "clause"), ("export", "47 млн тонн", "2024", "heading")]),
    ("Расходы бюджета области предусмотрены в объёме: на 2026 год – 92,3 млрд рублей, на 2027 год – "
     "95,1 млрд рублей.",
     [("budget_expenditure", "92,3 млрд рублей", "2026", "clause"),
      ("budget_expenditure", "95,1 млрд рублей", "2027", "clause")]),  # a dash after a comma links it already
    # the dash glued to the item's year word, as scraped tables have it
    ("Объём финансирования программы составит: 2026 год-410,5 тыс. рублей, 2027 год-433,0 тыс. рублей.",
     [("funding", "410,5 тыс. рублей", "2026", "clause"), ("funding", "433,0 тыс. рублей", "2027", "clause")]),
    ("Субсидии фермерам по годам: 2025 год–1200 рублей на гектар; 2026 год–1350 рублей на гектар.",
     [("subsidy", "1200 рублей", "2025", "clause"), ("subsidy", "1350 рублей", "2026", "heading")]),
    ("Расходы бюджета района: 2024 год-15000,00 рублей; 2025 год-17500,00 рублей.",
     [("budget_expenditure", "15000,00 рублей", "2024", "clause"),
      ("budget_expenditure", "17500,00 рублей", "2025", "heading")]),
    # items on lines of their own, after a lead sentence that gives the total
    ("Общий объём финансирования подпрограммы составит 12 млн рублей, в том числе по годам:\n"
     "2025 год – 4 млн рублей;\n2026 год – 5 млн рублей;\n2027 год – 3 млн рублей.",
     [("funding", "12 млн рублей", None, "clause"), ("funding", "4 млн рублей", "2025", "heading"),
      ("funding", "5 млн рублей", "2026", "heading"), ("funding", "3 млн рублей", "2027", "heading")]),
    # bullets, and a connecting line without an indicator
    ("Субсидии сельхозпроизводителям составят:\nв том числе:\n- в 2026 году - 15,2 млн руб.,\n"
     "- в 2027 году - 16,8 млн руб.",
     [("subsidy", "15,2 млн руб.", "2026", "heading"), ("subsidy", "16,8 млн руб.", "2027", "heading")]),
    ("Инвестиции в основной капитал по этапам:\n1 этап (2025 год) — 2,4 млрд рублей\n"
     "2 этап (2026 год) — 3,9 млрд рублей",
     [("investment", "2,4 млрд рублей", "2025", "heading"), ("investment", "3,9 млрд рублей", "2026", "heading")]),
    # the heading after the list, past a dash
    ("2024 год – 1,2 млрд долларов, 2025 год – 1,5 млрд долларов, — таков объём экспорта зерна.",
     [("export", "1,2 млрд долларов", "2024", "heading"), ("export", "1,5 млрд долларов", "2025", "clause")]),
    ("В 2023 году 610 млн рублей, в 2024 году 655 млн рублей — это выручка предприятия.",
     [("revenue", "610 млн рублей", "2023", "heading"), ("revenue", "655 млн рублей", "2024", "clause")]),
    ("В январе 2025 года — 3,1 тыс. тонн, в феврале 2025 года — 3,4 тыс. тонн — таков объём поставок рыбы в регион.",
     [("supply", "3,1 тыс. тонн", "2025-01", "heading"), ("supply", "3,4 тыс. тонн", "2025-02", "clause")]),
]


@pytest.mark.parametrize(("text", "expected"), LISTS, ids=[t[:40] for t, _ in LISTS])
def test_list_items_take_the_headings_indicator(extractor, text: str, expected: list[Row]) -> None:
    assert rows(extractor, text) == expected


NOT_ITEMS = [
    # a blank line ends the list
    "Объём финансирования программы составит:\n2026 год – 410 млн рублей.\n\n2027 год – 433 млн рублей.",
    # a line that is neither an item nor a heading ends it
    "Объём финансирования программы составит:\n2026 год – 410 млн рублей.\nСтоимость билета в музей выросла.\n"
    "2027 год – 433 млн рублей.",
    # a heading without an indicator («Прочие мероприятия») is no heading of the list under it
    "Экспорт зерна составил 40 млн тонн.\nПрочие мероприятия в области культуры, спорта и молодёжной политики:\n"
    "2027 год – 433 млн рублей.",
]


@pytest.mark.parametrize("text", NOT_ITEMS)
def test_a_figure_after_the_list_is_no_item(extractor, text: str) -> None:
    last = text.rsplit("\n", 1)[-1]
    figure = last.split("– ")[1].rstrip(".")
    assert figure not in [r[1] for r in rows(extractor, text)]


def test_an_item_takes_the_headings_modality(extractor) -> None:
    text = "Объём финансирования программы составит:\n2026 год – 410 млн рублей;\n2027 год – 433 млн рублей."
    assert [f.modality for f in extractor.extract(text).facts] == ["target", "target"]


def test_an_item_with_a_verb_of_its_own_is_no_item(extractor) -> None:
    text = "Правительство решило так: 2 млрд рублей было потрачено на дороги."
    assert [f.link for f in extractor.extract(text).facts] != ["heading"]


@pytest.mark.parametrize("text", [
    "Общий объём финансирования программы в 2025–2027 годах составит:\nза счёт всех источников – 315 млн рублей,\n"
    "в том числе:\nза счёт средств федерального бюджета – 28 млн рублей;\nза счёт средств областного бюджета – "
    "163 млн рублей.",
    "Расходы на мероприятия подпрограммы предусмотрены в следующих объёмах:\nсредства областного бюджета – 12 млн "
    "рублей;\nсредства местных бюджетов – 3 млн рублей.",
    "Субсидии сельхозпроизводителям будут направлены так:\nна технику – 40 млн рублей;\nна семена – 15 млн рублей.",
])
def test_a_verbless_item_takes_the_modality_of_the_heading_line(extractor, text: str) -> None:
    assert {f.modality for f in extractor.extract(text).facts} == {"target"}
