"""Economic facts: sentences → (indicator id, value, change, period, modality), one row per fact.

value "amount unit" (qualifier marks ~ > >= < <=, ranges a..b), change "+amount unit" / "-amount unit".
"""

from __future__ import annotations

import pytest
from golden import project

Row = tuple[str, "str | None", "str | None", "str | None", str]

FACTS: list[tuple[str, list[Row]]] = [
    # a share of a flow's make-up («основу экспорта составили», «в структуре импорта») is no level of the flow
    ("В 2025 году основу экспорта составили текстильные изделия (41%) и медь (23%).",
     [("structure_share", "41 %", None, "2025", "actual"), ("structure_share", "23 %", None, "2025", "actual")]),
    ("В структуре импорта за 2025 год 35% пришлось на машины и оборудование.",
     [("structure_share", "35 %", None, "2025", "actual")]),
    # «X составил V»
    ("По итогам 2025 года экспорт зерна составил 3,2 млн тонн.",
     [("export", "3200000 т", None, "2025", "actual")]),
    # «X вырос на C до V»
    ("В 2025 году выручка банка выросла на 8% до 412 млрд рублей.",
     [("revenue", "412000000000 RUB", "+8 %", "2025", "actual")]),
    # «X увеличился на C и составил V»
    ("Товарооборот в январе–июне 2025 года увеличился на 14,2% и составил 2,1 млрд долларов.",
     [("trade_turnover", "2100000000 USD", "+14.2 %", "2025-01..2025-06", "actual")]),
    # «X составил V, увеличившись на C»
    ("Чистая прибыль группы за 2024 год составила 18,4 млрд рублей, снизившись на 3,5%.",
     [("net_profit", "18400000000 RUB", "-3.5 %", "2024", "actual")]),
    # «V — объём X»
    ("1,8 млрд долларов — таков объём инвестиций в экономику региона за 2024 год.",
     [("investment", "1800000000 USD", None, "2024", "actual")]),
    # «X: V (+C%)»
    ("Экспорт: 24,3 млрд долларов (+12%).",
     [("export", "24300000000 USD", "+12 %", None, "actual")]),
    # «рост X на C»
    ("В первом квартале 2025 года отмечен рост промышленного производства на 4,1%.",
     [("industrial_production", None, "+4.1 %", "2025-Q1", "actual")]),
    # «X в размере V»
    ("Банк выдал предприятию кредит в размере 500 млн рублей.",
     [("credit", "500000000 RUB", None, None, "actual")]),
    # «X достиг V»
    ("Объём депозитов населения достиг 35 трлн рублей.",
     [("deposits", "35000000000000 RUB", None, None, "actual")]),
    # «что на C больше, чем годом ранее»: the comparison date is not the period
    ("Урожай зерна в 2025 году составил 82 млн тонн, что на 6% больше, чем годом ранее.",
     [("harvest", "82000000 т", "+6 %", "2025", "actual")]),
    # a date a comparative or «превышать» takes as its object is what the figure is compared with
    ("Урожай зерна составил 82 млн тонн, что на 6% больше прошлогоднего.",
     [("harvest", "82000000 т", "+6 %", None, "actual")]),
    ("Экспорт составил 3 млрд долларов, что на 8% выше прошлогоднего показателя.",
     [("export", "3000000000 USD", "+8 %", None, "actual")]),
    ("Выручка составила 5 млрд рублей, что на 4% превышает прошлогодний показатель.",
     [("revenue", "5000000000 RUB", "+4 %", None, "actual")]),
    ("Инфляция по итогам 2025 года превысит июльский прогноз и составит 7%.",
     [("inflation", "7 %", None, "2025", "forecast")]),
    ("Выпуск рос быстрее в 2025 году: на 7%.", [("production", None, "+7 %", "2025", "actual")]),
    # a trigger of a verb and its object around the figure; not a verb with another object
    ("В 2025 году в области введено 1,2 млн кв. метров жилья.",
     [("housing_commissioning", "1200000 кв. м", None, "2025", "actual")]),
    ("За 2025 год введено в эксплуатацию 850 тыс. кв. метров жилья.",
     [("housing_commissioning", "850000 кв. м", None, "2025", "actual")]),
    ("В 2025 году в крае собрано 9,4 млн тонн зерна.", [("harvest", "9400000 т", None, "2025", "actual")]),
    ("По итогам 2025 года аграрии намолотили 2,1 млн тонн зерна.",
     [("harvest", "2100000 т", None, "2025", "actual")]),
    ("В 2025 году зерна собрано 9,4 млн тонн.", [("harvest", "9400000 т", None, "2025", "actual")]),
    ("В 2025 году жилья введено 1,2 млн кв. метров.",
     [("housing_commissioning", "1200000 кв. м", None, "2025", "actual")]),
    # «в 1,5 раза»
    ("Объём кредитования малого бизнеса вырос в 1,5 раза.",
     [("credit", None, "+1.5 times", None, "actual")]),
    # index form: 104,3% to a base year is a change of +4.3 %
    ("Оборот розничной торговли составил 1,2 трлн рублей, или 104,3% к уровню 2024 года.",
     [("retail_turnover", "1200000000000 RUB", "+4.3 %", None, "actual")]),
    # a list sharing one period
    ("В 2025 году экспорт составил 1,55 млрд долларов, импорт – 3,4 млрд долларов.",
     [("export", "1550000000 USD", None, "2025", "actual"), ("import", "3400000000 USD", None, "2025", "actual")]),
    # the level is itself a percentage
    ("Годовая инфляция в октябре 2025 года составила 7,7%.",
     [("inflation", "7.7 %", None, "2025-10", "actual")]),
    ("Банк России сохранил ключевую ставку на уровне 16,5%.",
     [("key_rate", "16.5 %", None, None, "actual")]),
    # targets
    ("Стороны намерены довести товарооборот до 10 млрд долларов США к 2030 году.",
     [("trade_turnover", "10000000000 USD", None, "2030", "target")]),
    ("В 2026 году планируется экспортировать 500 тыс. тонн мяса.",
     [("export", "500000 т", None, "2026", "target")]),
    # a list of «indicator — figure» items after a level, sharing the period that opens the sentence
    ("По итогам 2025 года товарооборот составил 3 млрд долларов, экспорт — 1 млрд долларов, импорт — 2 млрд "
     "долларов.",
     [("trade_turnover", "3000000000 USD", None, "2025", "actual"), ("export", "1000000000 USD", None, "2025", "actual"),
      ("import", "2000000000 USD", None, "2025", "actual")]),
    # a total before its parts by year: the years are the parts' periods, not the total's
    ("Объём финансирования программы составит 104,5 млн рублей, в том числе по годам: 2026 год – 34,3 млн рублей, "
     "2027 год – 70,2 млн рублей.",
     [("funding", "104500000 RUB", None, None, "target"), ("funding", "34300000 RUB", None, "2026", "target"),
      ("funding", "70200000 RUB", None, "2027", "target")]),
    # a clause with a dash for its verb continues the fact before it, whose indicator came by a pronoun
    ("Экспорт зерна растёт. В 2025 году он составил 3,1 млн тонн, а в 2024-м — 2,8 млн тонн.",
     [("export", "3100000 т", None, "2025", "actual"), ("export", "2800000 т", None, "2024", "actual")]),
    # adjectival figures: of the indicator, of the noun it hangs on, of a change
    ("Банк выдал региону 3-миллиардный кредит.",
     [("credit", "3000000000 RUB", None, None, "actual")]),
    ("Стране не удалось получить очередной 2-миллиардный транш кредита.",
     [("credit", "2000000000 RUB", None, None, "actual")]),
    ("Компания объявила о 5-процентном росте выручки.",
     [("revenue", None, "+5 %", None, "actual")]),
    # «поставить товаров на сумму»: a supply; «поставить задачу» is none
    ("В 2025 году Узбекистан поставил в Казахстан товаров на сумму 1,2 млрд долларов.",
     [("supply", "1200000000 USD", None, "2025", "actual")]),
    ("Президент поставил задачу довести товарооборот до 10 млрд долларов к 2030 году.",
     [("trade_turnover", "10000000000 USD", None, "2030", "target")]),
    # a clause that only frames the figure's clause gives its modality
    ("Планируется, что это позволит сократить госдолг до 60% ВВП к 2030 году.",
     [("debt", "60 %", None, "2030", "target")]),
    # offers, demands and wishes are targets
    ("Компания готова предоставить региону кредит в размере 200 млн рублей.",
     [("credit", "200000000 RUB", None, None, "target")]),
    ("Импортёры хотят закупить 40 тыс. тонн зерна.",
     [("supply", "40000 т", None, None, "target")]),
    # forecasts
    ("По прогнозу министерства, инфляция по итогам 2026 года составит 4–5%.",
     [("inflation", "4..5 %", None, "2026", "forecast")]),
    ("Ожидается, что ВВП вырастет на 2,5%.",
     [("gdp", None, "+2.5 %", None, "forecast")]),
    ("Экспорт может вырасти на 10%.",
     [("export", None, "+10 %", None, "forecast")]),
    # a figure with its own earlier period is a fact of its own
    ("Инфляция в мае 2025 года замедлилась до 9,9% с 10,2% в апреле 2025 года.",
     [("inflation", "9.9 %", None, "2025-05", "actual"), ("inflation", "10.2 %", None, "2025-04", "actual")]),
    # the same with the new level first: «до X с Y в …»
    ("По оценке на 2 февраля 2026 года, годовая инфляция замедлилась до 9,1% с 9,4% по итогам 2025 года.",
     [("inflation", "9.1 %", None, "2026-02-02", "actual"), ("inflation", "9.4 %", None, "2025", "actual")]),
    # rates: «в год» a few words after the amount, «ежегодно»; imperfective production verbs
    ("Мощность газопровода составит 55 млрд куб. м газа в год.",
     [("capacity", "55000000000 куб. м", None, "P1Y", "forecast")]),
    ("Комбинат будет выпускать 30 тыс. тонн продукции ежегодно.",
     [("production", "30000 т", None, "P1Y", "forecast")]),
    # a length with no preposition measures something else; «за три года» is a period
    ("Золотовалютные резервы страны составляют 15,5 млрд долларов, что покрывает 3,5 месяца импорта.",
     [("reserves", "15500000000 USD", None, None, "actual")]),
    ("За три года экспорт вырос на 20%.",
     [("export", None, "+20 %", "P3Y", "actual")]),
    # «впервые с …», «максимального с …»: the date is a base, not the period
    ("Годовая инфляция по итогам июня 2026 года снизилась впервые с марта 2025 года и составила 4,6%.",
     [("inflation", "4.6 %", None, "2026-06", "actual")]),
    # a date in a later clause of another figure is that figure's period, not the first one's
    ("Экспорт составил 1,2 млрд долларов, а в 2024 году — 0,8 млрд долларов.",
     [("export", "1200000000 USD", None, None, "actual"), ("export", "800000000 USD", None, "2024", "actual")]),
    ("Экспорт составил 1,2 млрд долларов, увеличившись на 5%, в 2025 году.",
     [("export", "1200000000 USD", "+5 %", "2025", "actual")]),
]

NO_FACTS = [
    "Фонд собрал 5 млн рублей пожертвований.",
    "Встреча состоялась 15 мая 2025 года в Ташкенте.",
    "Компания основана в 1998 году и насчитывает 40 филиалов.",
    "Штраф за нарушение составил 500 тыс. рублей.",
    "На предприятии работают 1 200 человек.",
    "Телефон для справок: +7 495 123-45-67.",
    "Закон № 115-ФЗ вступил в силу 1 января 2026 года.",
]


def rows(record) -> list[Row]:
    return [(f[0], f[2], f[3], f[4], f[6]) for f in project(record)["facts"]]


@pytest.mark.parametrize(("text", "expected"), FACTS, ids=[t for t, _ in FACTS])
def test_facts(extractor, text: str, expected: list[Row]) -> None:
    assert rows(extractor.extract(text, "2026-01-15")) == expected


@pytest.mark.parametrize("text", NO_FACTS)
def test_no_facts(extractor, text: str) -> None:
    assert rows(extractor.extract(text, "2026-01-15")) == []


def test_subjects_name_both_trade_partners(extractor) -> None:
    record = extractor.extract("Товарооборот между Узбекистаном и Казахстаном составил 4 млрд долларов США.")
    assert [(s.text, s.country, s.role) for s in record.facts[0].subjects] == [
        ("Узбекистаном", "UZ", None), ("Казахстаном", "KZ", None)]  # no reporting side: no roles


@pytest.mark.parametrize(("text", "subjects"), [
    ("Экспорт в Китай, Индию и Турцию составил 1,2 млрд, 0,8 млрд и 0,5 млрд долларов соответственно.",
     [["CN"], ["IN"], ["TR"]]),
    ("Инфляция в Казахстане и Узбекистане составила 8,7% и 9,1% соответственно.", [["KZ"], ["UZ"]]),
    ("Поставки в Казахстан и Киргизию выросли на 12% и 7% соответственно.", [["KZ"], ["KG"]]),
    ("Крупнейшими покупателями стали Турция, Египет и Иран, на долю которых пришлось 34%, 22% и 15% экспорта "
     "соответственно.", [["TR"], ["EG"], ["IR"]]),
])
def test_respectively_pairs_figures_with_the_parties_listed(extractor, text: str, subjects: list) -> None:
    facts = extractor.extract(text).facts
    assert [[s.country for s in f.subjects] for f in facts] == subjects


@pytest.mark.parametrize(("text", "subjects"), [
    ("Уровень безработицы по методологии МОТ составил 4,7%.", []),
    ("Уровень безработицы (по методологии МОТ) в Казахстане составил 4,7%.", ["KZ"]),
    ("Дефицит бюджета Армении по стандартам МВФ составил 2,1% ВВП.", ["AM"]),
    ("По методике ФАО индекс цен на продовольствие вырос на 2%.", []),
])
def test_whose_method_it_is_names_no_subject(extractor, text: str, subjects: list) -> None:
    facts = extractor.extract(text).facts
    assert [[s.country or s.text for s in f.subjects] for f in facts] == [subjects]


def test_subject_of_an_export_is_the_exporter(extractor) -> None:
    record = extractor.extract("Экспорт Узбекистана в Казахстан вырос на 7% и достиг 1,6 млрд долларов США.")
    assert [(s.country, s.role) for s in record.facts[0].subjects] == [("UZ", "reporter"), ("KZ", "partner")]


@pytest.mark.parametrize(("text", "periods"), [
    ("Основные показатели III квартала 2025 года:\n- выручка составила 52 млрд рублей;\n"
     "- чистая прибыль составила 3,1 млрд рублей.\nДолг снизился на 5%.", ["2025-Q3", "2025-Q3", None]),
    ("В 2024 году финансирование программы составит 170 млн рублей, в том числе:\n"
     "- средства областного бюджета – 80 млн рублей;\n- средства предприятий – 90 млн рублей.",
     ["2024", "2024", "2024"]),
    ("Итоги первого полугодия 2025 года:\n1) экспорт вырос на 12%;\n2) импорт сократился на 3%;\n"
     "3) товарооборот составил 4 млрд долларов.", ["2025-H1", "2025-H1", "2025-H1"]),
])
def test_list_items_keep_the_period_of_the_line_that_opens_the_list(extractor, text: str, periods: list) -> None:
    assert [f.period.normalized if f.period else None for f in extractor.extract(text).facts] == periods


def test_period_carries_over_within_a_paragraph_only(extractor) -> None:
    text = ("По итогам 2025 года выручка составила 10 млрд рублей. Прибыль выросла на 5%.\n\n"
            "Долг сократился на 2%.")
    assert [f.period.normalized if f.period else None for f in extractor.extract(text).facts] == ["2025", "2025", None]


def test_fact_parts_point_into_the_text(extractor) -> None:
    text = "Экспорт из Казахстана в Азербайджан достиг 415,6 млн долларов США (+5,1%)."
    fact = extractor.extract(text).facts[0]
    assert (fact.indicator.text, fact.value.text, fact.change.text) == ("Экспорт", "415,6 млн долларов США", "+5,1%")
    assert text[fact.sentence.start : fact.sentence.end] == text


@pytest.mark.parametrize(("text", "expected"), [
    # the parties of a trade figure go on to the later trade figures of its paragraph that name none
    ("Товарооборот между Казахстаном и Китаем составил 40 млрд долларов. Стороны намерены довести взаимную "
     "торговлю до 50 млрд долларов. Экспорт зерна достиг 2 млн тонн.",
     [["KZ", "CN"], ["KZ", "CN"], ["KZ", "CN"]]),
    ("Товарооборот между Казахстаном и Китаем составил 40 млрд долларов. Экспорт Казахстана в Китай вырос до "
     "15 млрд долларов.", [["KZ", "CN"], ["KZ", "CN"]]),
    # but not past the paragraph, unless the text calls the figure mutual
    ("Товарооборот между Казахстаном и Китаем составил 40 млрд долларов.\n\nЭкспорт зерна достиг 2 млн тонн. "
     "Стороны намерены довести взаимную торговлю до 50 млрд долларов.",
     [["KZ", "CN"], [], ["KZ", "CN"]]),
])
def test_subject_countries(extractor, text: str, expected: list[list[str]]) -> None:
    assert [[s.country for s in f.subjects] for f in extractor.extract(text).facts] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Экспорт зерна составил 3,1 млн тонн.", ["clause"]),
    ("Новый завод создаст 1 800 рабочих мест.", ["unit"]),
    ("Экспорт зерна растёт. В 2025 году он составил 3,1 млн тонн, а в 2024-м — 2,8 млн тонн.",
     ["anaphor", "ellipsis"]),
])
def test_each_fact_says_how_its_figure_was_linked(extractor, text: str, expected: list[str]) -> None:
    assert [f.link for f in extractor.extract(text).facts] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a personal pronoun stands for the indicator before it as the subject of a link or change verb
    ("Инфляция замедляется. На 1 декабря она составила 2,5%.", [("inflation", "2,5%", "anaphor")]),
    ("Экспорт зерна растёт. В 2025 году он достиг 3,1 млн тонн.", [("export", "3,1 млн тонн", "anaphor")]),
    ("Выручка компании снизилась. За год она уменьшилась на 4%.", [("revenue", "4%", "anaphor")]),
    # … and stands for people or things otherwise
    ("Экспорт вырос. Всего они получили 100 млн рублей.", []),
    ("Инвестиции в регион растут. Они заплатили 5 млн рублей за участок.", []),
    ("Инвестиции в регион растут. В 2025 году они составили 5 млрд рублей.", [("investment", "5 млрд рублей", "anaphor")]),
    ("Импорт сократился. Они привезли 300 тонн груза.", []),
    # a possessive stands for it before a measure noun
    ("Бюджет города принят. Его объём составит 3 млрд рублей.", [("budget", "3 млрд рублей", "anaphor")]),
    ("Импорт из Китая сократился. Его величина составила 2 млрд долларов.", [("import", "2 млрд долларов", "anaphor")]),
    ("Экспорт растёт. Его уровень достиг 5 млрд долларов.", [("export", "5 млрд долларов", "anaphor")]),
    ("Инфляция замедлилась. В мае произошло её повышение до 6,1%.", [("inflation", "6,1%", "anaphor")]),
    # the antecedent is the noun a genitive chain hangs on
    ("Темп прироста цен снижается. В марте он составил 5,2%.", [("inflation", "5,2%", "anaphor")]),
    # … of the antecedent's gender and number
    ("Экспорт растёт. Её уровень достиг 5 млрд долларов.", []),
    # … and for its owner before another noun
    ("Выручка авиакомпании выросла. Её парк состоит из 400 самолётов.", []),
    ("Экспорт компании вырос. Его руководитель получил премию в 3 млн рублей.", []),
    ("Прибыль банка выросла. Их офисы работают в 40 городах.", []),
])
def test_a_pronoun_stands_for_an_indicator_only_where_it_can(extractor, text: str, expected: list) -> None:
    assert [(f.indicator.id, (f.value or f.change).text, f.link) for f in extractor.extract(text).facts] == expected


@pytest.mark.parametrize("text", [
    "Выручка компании составила несколько миллиардов рублей.",
    "Инвестиции в проект оцениваются в сотни миллионов долларов.",
    "Экспорт достиг нескольких сотен тысяч долларов.",
])
def test_a_sum_without_a_number_is_money_but_no_fact(extractor, text: str) -> None:
    release = extractor.extract(text)
    assert [m.qualifier for m in release.money] == ["vague"] and release.facts == []
