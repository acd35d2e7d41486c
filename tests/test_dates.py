"""Dates and periods: Russian phrases → the exact DateMention, with the release date given or found."""

from __future__ import annotations

import pytest

import pressextract

PUBLISHED = "2026-01-30"  # a Friday

# (phrase, [(text, normalized, grain, start_date, end_date, relative, resolved), ...]) read with PUBLISHED
Row = tuple[str, str | None, str | None, str | None, str | None, bool, bool]
FORMS: list[tuple[str, list[Row]]] = [
    # single days
    ("Договор подписан 30 января 2026 года в столице.",
     [("30 января 2026 года", "2026-01-30", "day", "2026-01-30", "2026-01-30", False, True)]),
    ("Приказ от 30.01.2026 вступил в силу.",
     [("от 30.01.2026", "2026-01-30", "day", "2026-01-30", "2026-01-30", False, True)]),
    ("Отчёт опубликован 2026-01-30.", [("2026-01-30", "2026-01-30", "day", "2026-01-30", "2026-01-30", False, True)]),
    ("Оплата поступила 25.12.25 на счёт.", [("25.12.25", "2025-12-25", "day", "2025-12-25", "2025-12-25", False, True)]),
    # told in the future, so not the 1 January before the release: the next one
    ("Тарифы изменятся 1 января.", [("1 января", "2027-01-01", "day", "2027-01-01", "2027-01-01", True, True)]),
    ("Заявки принимают до 15 марта 2026 г. включительно.",
     [("до 15 марта 2026 г", "2026-03-15", "day", "2026-03-15", "2026-03-15", False, True)]),
    # months
    ("Завод запустили в сентябре 2025 года.",
     [("в сентябре 2025 года", "2025-09", "month", "2025-09-01", "2025-09-30", False, True)]),
    ("Выставка пройдёт в сентябре.", [("в сентябре", "2026-09", "month", "2026-09-01", "2026-09-30", True, True)]),
    ("Цены выросли в декабре прошлого года.",
     [("в декабре прошлого года", "2025-12", "month", "2025-12-01", "2025-12-31", True, True)]),
    # years
    ("Проект завершат в 2025 году.", [("в 2025 году", "2025", "year", "2025-01-01", "2025-12-31", False, True)]),
    ("Объём вырос в 2025 г. на треть.", [("в 2025 г", "2025", "year", "2025-01-01", "2025-12-31", False, True)]),
    ("План на 2025г. выполнен.", [("на 2025г", "2025", "year", "2025-01-01", "2025-12-31", False, True)]),
    ("Рекорд поставлен в 2025-м.", [("в 2025-м", "2025", "year", "2025-01-01", "2025-12-31", False, True)]),
    ("По итогам 2025 года выручка выросла.",
     [("По итогам 2025 года", "2025", "year", "2025-01-01", "2025-12-31", False, True)]),
    # quarters and halves
    ("Прибыль за I квартал снизилась.", [("за I квартал", "2026-Q1", "quarter", "2026-01-01", "2026-03-31", True, True)]),
    ("В первом квартале 2025 г. экспорт вырос.",
     [("В первом квартале 2025 г", "2025-Q1", "quarter", "2025-01-01", "2025-03-31", False, True)]),
    ("Данные за IV кв. 2025 уточнены.",
     [("за IV кв. 2025", "2025-Q4", "quarter", "2025-10-01", "2025-12-31", False, True)]),
    ("Во 2-м квартале 2024 года спрос упал.",
     [("Во 2-м квартале 2024 года", "2024-Q2", "quarter", "2024-04-01", "2024-06-30", False, True)]),
    ("Первое полугодие 2025 года было трудным.",
     [("Первое полугодие 2025 года", "2025-H1", "half", "2025-01-01", "2025-06-30", False, True)]),
    ("Рост ожидается во II полугодии.",
     [("во II полугодии", "2026-H2", "half", "2026-07-01", "2026-12-31", True, True)]),
    ("Спрос вырос в первой половине 2024 года.",
     [("в первой половине 2024 года", "2024-H1", "half", "2024-01-01", "2024-06-30", False, True)]),
    # months counted from January and month ranges
    ("За 9 месяцев 2025 года добыча выросла.",
     [("За 9 месяцев 2025 года", "2025-01..2025-09", "month", "2025-01-01", "2025-09-30", False, True)]),
    ("В январе–сентябре 2025 года товарооборот вырос.",
     [("В январе–сентябре 2025 года", "2025-01..2025-09", "month", "2025-01-01", "2025-09-30", False, True)]),
    ("Отгрузки за январь–сентябрь выросли.",
     [("за январь–сентябрь", "2026-01..2026-09", "month", "2026-01-01", "2026-09-30", True, True)]),
    # ranges
    ("Программа рассчитана на 2020–2025 годы.",
     [("на 2020–2025 годы", "2020..2025", "year", "2020-01-01", "2025-12-31", False, True)]),
    ("Стратегия 2020-2025 одобрена.", [("2020-2025", "2020..2025", "year", "2020-01-01", "2025-12-31", False, True)]),
    ("С 2007 по 2010 год цены удвоились.",
     [("С 2007 по 2010 год", "2007..2010", "year", "2007-01-01", "2010-12-31", False, True)]),
    ("Ярмарка работает с 1 по 15 марта.",
     [("с 1 по 15 марта", "2026-03-01..2026-03-15", "day", "2026-03-01", "2026-03-15", True, True)]),
    ("Форум прошёл 27-28 мая 2025 года.",
     [("27-28 мая 2025 года", "2025-05-27..2025-05-28", "day", "2025-05-27", "2025-05-28", False, True)]),
    ("Съезд пройдёт с 16 апреля по 19 мая 2026 года.",
     [("с 16 апреля по 19 мая 2026 года", "2026-04-16..2026-05-19", "day", "2026-04-16", "2026-05-19", False,
       True)]),
    ("Цены росли между 2010 и 2015 годами.",
     [("между 2010 и 2015 годами", "2010..2015", "year", "2010-01-01", "2015-12-31", False, True)]),
    # open ends and deadlines
    ("Товарооборот доведут до 10 млрд долларов к 2030 году.",
     [("к 2030 году", "2030", "year", "2030-01-01", "2030-12-31", False, True)]),
    ("Льгота действует до 2030 года.", [("до 2030 года", "2030", "year", "2030-01-01", "2030-12-31", False, True)]),
    ("С 1 января 2026 года ставка снижена.",
     [("С 1 января 2026 года", "2026-01-01..", "day", "2026-01-01", None, False, True)]),
    ("С 2024 года завод работает в три смены.",
     [("С 2024 года", "2024..", "year", "2024-01-01", None, False, True)]),
    ("С начала 2025 года цены выросли.",
     [("С начала 2025 года", "2025-01..", "month", "2025-01-01", None, False, True)]),
    # edges (GUIDE §5)
    ("По состоянию на 1 января 2026 года долг снизился.",
     [("По состоянию на 1 января 2026 года", "2026-01-01", "day", "2026-01-01", "2026-01-01", False, True)]),
    ("Запасы на конец 2025 года выросли.",
     [("на конец 2025 года", "2025-12-31", "day", "2025-12-31", "2025-12-31", False, True)]),
    ("Цех открыли в начале 2020 года.",
     [("в начале 2020 года", "2020-Q1", "quarter", "2020-01-01", "2020-03-31", False, True)]),
    ("Долг на начало 2025 года был ниже.",
     [("на начало 2025 года", "2025-01-01", "day", "2025-01-01", "2025-01-01", False, True)]),
    ("Сделку закроют до конца марта.",
     [("до конца марта", "2026-03-31", "day", "2026-03-31", "2026-03-31", True, True)]),
    # year-less dates: the release year, or the year before when told in the past tense and later than the release
    ("Цены выросли в декабре.", [("в декабре", "2025-12", "month", "2025-12-01", "2025-12-31", True, True)]),
    ("Тарифы изменились 1 марта.", [("1 марта", "2025-03-01", "day", "2025-03-01", "2025-03-01", True, True)]),
    ("Тарифы изменятся 1 марта.", [("1 марта", "2026-03-01", "day", "2026-03-01", "2026-03-01", True, True)]),
    ("В четвёртом квартале экспорт вырос.",
     [("В четвёртом квартале", "2025-Q4", "quarter", "2025-10-01", "2025-12-31", True, True)]),
    ("Во втором полугодии выпуск сократился.",
     [("Во втором полугодии", "2025-H2", "half", "2025-07-01", "2025-12-31", True, True)]),
    ("В третьем–четвёртом кварталах спрос рос.",
     [("В третьем–четвёртом кварталах", "2025-Q3..2025-Q4", "quarter", "2025-07-01", "2025-12-31", True, True)]),
    ("Во втором квартале экспорт вырастет.",
     [("Во втором квартале", "2026-Q2", "quarter", "2026-04-01", "2026-06-30", True, True)]),
    ("На декабрьском заседании ставку снизили.",
     [("декабрьском", "2025-12", "month", "2025-12-01", "2025-12-31", True, True)]),
    ("Приём заявок закончится до пятого марта.",
     [("до пятого марта", "2026-03-05", "day", "2026-03-05", "2026-03-05", True, True)]),
    # relative to the release date
    ("В прошлом году экспорт вырос.", [("В прошлом году", "2025", "year", "2025-01-01", "2025-12-31", True, True)]),
    ("В текущем году планы выше.", [("В текущем году", "2026", "year", "2026-01-01", "2026-12-31", True, True)]),
    ("В этом году завод расширят.", [("В этом году", "2026", "year", "2026-01-01", "2026-12-31", True, True)]),
    ("На прошлой неделе цены снизились.",
     [("На прошлой неделе", "2026-W04", "week", "2026-01-19", "2026-01-25", True, True)]),
    ("Вчера делегация прибыла в столицу.", [("Вчера", "2026-01-29", "day", "2026-01-29", "2026-01-29", True, True)]),
    ("Сегодня подписано соглашение.", [("Сегодня", "2026-01-30", "day", "2026-01-30", "2026-01-30", True, True)]),
    ("В прошлом месяце спрос вырос.", [("В прошлом месяце", "2025-12", "month", "2025-12-01", "2025-12-31", True, True)]),
    ("Совещание прошло в понедельник.",
     [("в понедельник", "2026-01-26", "day", "2026-01-26", "2026-01-26", True, True)]),
    ("Три года назад завода не было.", [("Три года назад", "2023", "year", "2023-01-01", "2023-12-31", True, True)]),
    ("Линию запустят через два месяца.",
     [("через два месяца", "2026-03", "month", "2026-03-01", "2026-03-31", True, True)]),
    ("За последние три месяца цены выросли.",
     [("За последние три месяца", "2025-10..2025-12", "month", "2025-10-01", "2025-12-31", True, True)]),
    ("Прошлогодний урожай был рекордным.",
     [("Прошлогодний", "2025", "year", "2025-01-01", "2025-12-31", True, True)]),
    # relative to the time named just before
    ("В 2024 году выпуск вырос, годом ранее он падал.",
     [("В 2024 году", "2024", "year", "2024-01-01", "2024-12-31", False, True),
      ("годом ранее", "2023", "year", "2023-01-01", "2023-12-31", True, True)]),
    # a year before a month or a span of months keeps its grain
    ("Инфляция в сентябре 2025 года составила 7,9% против 10,1% годом ранее.",
     [("в сентябре 2025 года", "2025-09", "month", "2025-09-01", "2025-09-30", False, True),
      ("годом ранее", "2024-09", "month", "2024-09-01", "2024-09-30", True, True)]),
    ("В январе–сентябре 2025 года экспорт вырос, годом ранее он снижался.",
     [("В январе–сентябре 2025 года", "2025-01..2025-09", "month", "2025-01-01", "2025-09-30", False, True),
      ("годом ранее", "2024-01..2024-09", "month", "2024-01-01", "2024-09-30", True, True)]),
    ("По итогам 2025 года экспорт вырос на 2% по сравнению с предыдущим годом.",
     [("По итогам 2025 года", "2025", "year", "2025-01-01", "2025-12-31", False, True),
      ("предыдущим годом", "2024", "year", "2024-01-01", "2024-12-31", True, True)]),
    ("Заявление подано 3 марта 2025 года, а на следующий день его приняли.",
     [("3 марта 2025 года", "2025-03-03", "day", "2025-03-03", "2025-03-03", False, True),
      ("на следующий день", "2025-03-04", "day", "2025-03-04", "2025-03-04", True, True)]),
    ("Завод построили в мае 2019 года, а в сентябре того же года открыли.",
     [("в мае 2019 года", "2019-05", "month", "2019-05-01", "2019-05-31", False, True),
      ("в сентябре того же года", "2019-09", "month", "2019-09-01", "2019-09-30", True, True)]),
    # a year for a list, a weekday with its date
    ("Встречи прошли 30 июня и 1 июля 2025 года.",
     [("30 июня", "2025-06-30", "day", "2025-06-30", "2025-06-30", False, True),
      ("1 июля 2025 года", "2025-07-01", "day", "2025-07-01", "2025-07-01", False, True)]),
    ("Во вторник, 13 января 2026 года, открылась сессия.",
     [("Во вторник, 13 января 2026 года", "2026-01-13", "day", "2026-01-13", "2026-01-13", False, True)]),
    # decades, centuries, seasons
    ("В 1990-е годы отрасль пережила спад.",
     [("В 1990-е годы", "1990..1999", "year", "1990-01-01", "1999-12-31", False, True)]),
    ("Храм перестроили в ХХ веке.", [("в ХХ веке", "1901..2000", "year", "1901-01-01", "2000-12-31", False, True)]),
    ("Усадьба построена в XVIII веке.", [("в XVIII веке", "1701..1800", "year", "1701-01-01", "1800-12-31", False, True)]),
    ("Мост открыли летом 2011 года.",
     [("летом 2011 года", "2011-06..2011-08", "month", "2011-06-01", "2011-08-31", False, True)]),
    # lengths of time and rates (GUIDE: ISO 8601 durations)
    ("Контракт заключён на три года.", [("на три года", "P3Y", "year", None, None, False, True)]),
    ("Работы велись в течение 1 года 5 месяцев.",
     [("в течение 1 года 5 месяцев", "P1Y5M", "month", None, None, False, True)]),
    ("Стройка займёт около полутора лет.", [("около полутора лет", "P18M", "year", None, None, False, True)]),
    ("Ему дали пятилетний срок.", [("пятилетний", "P5Y", "year", None, None, False, True)]),
    ("Ему дали четырёхлетний срок.", [("четырёхлетний", "P4Y", "year", None, None, False, True)]),
    ("После трёхмесячного перерыва завод заработал.",
     [("трёхмесячного", "P3M", "month", None, None, False, True)]),
    ("Завод выпускает 2 млн тонн в год.", [("в год", "P1Y", "year", None, None, False, True)]),
    ("Отчёт публикуется ежегодно.", [("ежегодно", "P1Y", "year", None, None, False, True)]),
    ("Испытания длились двое суток.", [("двое суток", "P2D", "day", None, None, False, True)]),
    ("Ремонт шёл два с половиной года.", [("два с половиной года", "P30M", "year", None, None, False, True)]),
    ("Стройка займёт 2-3 месяца.", [("2-3 месяца", "P2M..P3M", "month", None, None, False, True)]),
    # time without a value
    ("В ближайшие месяцы спрос восстановится.", [("В ближайшие месяцы", None, "month", None, None, True, False)]),
    ("Инфляция замедлится в среднесрочной перспективе.",
     [("в среднесрочной перспективе", None, None, None, None, True, False)]),
]


def rows(release: pressextract.PressRelease) -> list[Row]:
    return [(d.text, d.normalized, d.grain, d.start_date and d.start_date.isoformat(),
             d.end_date and d.end_date.isoformat(), d.relative, d.resolved) for d in release.dates]


@pytest.mark.parametrize(("text", "expected"), FORMS, ids=[t for t, _ in FORMS])
def test_dates_and_periods(extractor: pressextract.Extractor, text: str, expected: list[Row]) -> None:
    assert rows(extractor.extract(text, published=PUBLISHED)) == expected


# Phrases with numbers that are no dates: amounts, percentages, clock times, phones, article numbers, ages.
NOTHING = [
    "Товарооборот составил 4,97 млрд долларов США.",
    "Показатель вырос на 11,4 процента.",
    "Доля выросла до 15%.",
    "Торги открылись в 14.04 мск.",
    "Звоните по телефону +7 (495) 123-45-67.",
    "Нарушение предусмотрено ст. 12.15 КоАП.",
    "Выпущено 2025 единиц техники.",
    "Рост в 2000 раз невозможен.",
    "Он занял 40-е место в рейтинге.",
    "В возрасте 20 лет он переехал в город.",
    "Окружающая среда пострадала, выбросы в среду обитания запрещены.",
    "Накануне выборов кандидаты выступили.",
    "Газета «Сегодня» вышла с опозданием.",
    "Первый раз они встретились давно.",
    "Фильм «Один день» вышел на экраны.",
    "Офис находится в четырёх кварталах от вокзала.",
    "Счёт 40702810 открыт в банке.",
    "Версия 1.12.10 вышла.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_no_dates(extractor: pressextract.Extractor, text: str) -> None:
    assert rows(extractor.extract(text, published=PUBLISHED)) == []


# Without a release date, relative and year-less dates are flagged and left without a value.
UNRESOLVED = [
    ("В прошлом году экспорт вырос.", "В прошлом году", "year"),
    ("Тарифы изменятся 1 января.", "1 января", "day"),
    ("Вчера делегация прибыла.", "Вчера", "day"),
    ("Выставка пройдёт в сентябре.", "в сентябре", "month"),
]


@pytest.mark.parametrize(("text", "mention", "grain"), UNRESOLVED)
def test_relative_dates_stay_unresolved_without_a_release_date(
    extractor: pressextract.Extractor, text: str, mention: str, grain: str
) -> None:
    release = extractor.extract(text)
    assert release.published is None and release.published_from is None
    assert rows(release) == [(mention, None, grain, None, None, True, False)]


# The release date: given by the caller, or found in a dateline or the first full date of the lead.
PUBLISHED_TABLE = [
    ("Ташкент, 30 января 2026 года. Министр провёл встречу с послом.", None, "2026-01-30", "text"),
    ("30.01.2026\nМинистр провёл встречу с послом.", None, "2026-01-30", "text"),
    ("Итоги встречи\nВ министерстве сообщили, что 29 января 2026 года министр провёл встречу.", None,
     "2026-01-29", "text"),
    ("Министр провёл встречу. Стороны обсудили торговлю. Отметили рост. Подписали план. 5 мая 2025 года.", None,
     None, None),
    ("Льготы действуют с 1 февраля 2026 года.", None, None, None),
    ("Министр провёл встречу с послом.", None, None, None),
    ("Ташкент, 30 января 2026 года. Министр провёл встречу.", "2026-02-02", "2026-02-02", "given"),
]


@pytest.mark.parametrize(("text", "given", "published", "source"), PUBLISHED_TABLE)
def test_release_date(
    extractor: pressextract.Extractor, text: str, given: str | None, published: str | None, source: str | None
) -> None:
    release = extractor.extract(text, published=given)
    assert (release.published and release.published.isoformat(), release.published_from) == (published, source)


def test_release_date_found_in_the_text_resolves_relative_dates(extractor: pressextract.Extractor) -> None:
    release = extractor.extract("Ташкент, 30 января 2026 года. В прошлом году товарооборот вырос.")
    assert [(d.text, d.normalized) for d in release.dates] == [("30 января 2026 года", "2026-01-30"),
                                                               ("В прошлом году", "2025")]


def test_pipe_takes_one_release_date_per_text(extractor: pressextract.Extractor) -> None:
    texts = ["Вчера завод остановили.", "Вчера завод остановили.", "Вчера завод остановили."]
    releases = list(extractor.pipe(texts, published=["2026-01-30", None, "2025-03-01"]))
    assert [(r.published_from, r.dates[0].normalized) for r in releases] == [
        ("given", "2026-01-29"), (None, None), ("given", "2025-02-28")
    ]
    one_for_all = list(extractor.pipe(texts[:2], published="2026-01-30"))
    assert [r.dates[0].normalized for r in one_for_all] == ["2026-01-29", "2026-01-29"]
    with pytest.raises(ValueError, match="fewer dates"):
        list(extractor.pipe(texts, published=["2026-01-30"]))


def test_spans_carry_the_value_for_other_components(nlp) -> None:
    doc = nlp("По итогам 2025 года выручка выросла, в прошлом году она падала.")
    assert [(s.text, s._.date["normalized"], s._.date["spec"] is None) for s in doc.spans["dates"]] == [
        ("По итогам 2025 года", "2025", True), ("в прошлом году", None, False)
    ]


# Periods (issue 16): month ranges with a spaced dash, rates and annualised rates, vague time, seasons named by an
# adjective. (sentence, [(text, normalized), ...]) read with PUBLISHED (a Friday, 30 January 2026).
PERIODS: list[tuple[str, list[tuple[str, str | None]]]] = [
    # a dash with spaces, or in one token, between two months, in any case, with or without a preposition
    ("Продажи выросли в октябре — ноябре 2025 года.", [("в октябре — ноябре 2025 года", "2025-10..2025-11")]),
    ("Продажи выросли в октябре-ноябре.", [("в октябре-ноябре", "2025-10..2025-11")]),
    ("Продажи выросли в октябре – ноябре.", [("в октябре – ноябре", "2025-10..2025-11")]),
    ("Октябрь – декабрь 2024 г. стали рекордными.", [("Октябрь – декабрь 2024 г", "2024-10..2024-12")]),
    ("За январь — март 2025 года экспорт вырос.", [("За январь — март 2025 года", "2025-01..2025-03")]),
    ("В сентябре – октябре прошлого года цены росли.",
     [("В сентябре – октябре прошлого года", "2025-09..2025-10")]),
    ("В ноябре — декабре цены выросли.", [("В ноябре — декабре", "2025-11..2025-12")]),
    # across a new year the first month is in the year before
    ("Экспорт за декабрь — январь вырос.", [("за декабрь — январь", "2025-12..2026-01")]),
    ("В декабре – январе прошлого года цены росли.", [("В декабре – январе прошлого года", "2024-12..2025-01")]),
    ("С декабря 2024 по февраль 2025 года цены росли.",
     [("С декабря 2024 по февраль 2025 года", "2024-12..2025-02")]),
    # a dash that stands for a verb joins no range
    ("Экспорт в 2023 году — 5 млн т, в 2024 году — 6 млн т.", [("в 2023 году", "2023"), ("в 2024 году", "2024")]),
    ("В январе — 5%, в феврале — 6%.", [("В январе", "2026-01"), ("в феврале", "2026-02")]),
    # rates are durations (GUIDE §5); an annualised rate names no time: its period is the time it was measured over
    ("Отчёт публикуется ежегодно.", [("ежегодно", "P1Y")]),
    ("Завод выпускает 2 млн тонн в год.", [("в год", "P1Y")]),
    ("Цены в среднем за год выросли на 5%.", [("за год", "P1Y")]),
    ("В сентябре рост цен составил 9,8% в пересчёте на год.", [("В сентябре", "2025-09")]),
    ("Базовая инфляция в годовом выражении замедлилась до 4%.", []),
    ("Кредиты в годовом исчислении выросли на 12%.", []),
    # «годом ранее» is read against the last mention with a date, not against a rate or a length between them
    ("Инфляция в сентябре 2025 года составила 7,9% в пересчёте на год против 10,1% годом ранее.",
     [("в сентябре 2025 года", "2025-09"), ("годом ранее", "2024-09")]),
    ("Инфляция в сентябре 2025 года составила 7,9% в годовом выражении, годом ранее — 10,1%.",
     [("в сентябре 2025 года", "2025-09"), ("годом ранее", "2024-09")]),
    ("В сентябре 2025 года завод выпускал 10 тысяч тонн в месяц, годом ранее — 8 тысяч.",
     [("В сентябре 2025 года", "2025-09"), ("в месяц", "P1M"), ("годом ранее", "2024-09")]),
    # vague time: kept, without a value
    ("В дальнейшем инфляция замедлится.", [("В дальнейшем", None)]),
    ("Ставка будет снижаться и в дальнейшем.", [("в дальнейшем", None)]),
    ("Компания намерена в перспективе занять долю рынка.", [("в перспективе", None)]),
    ("В ближайшие годы цены вырастут.", [("В ближайшие годы", None)]),
    ("Долгие годы он руководил заводом.", [("Долгие годы", None)]),
    ("Он долгие годы работал в министерстве.", [("долгие годы", None)]),
    ("В разные годы он возглавлял три компании.", [("В разные годы", None)]),
    ("После долгих лет переговоров стороны договорились.", []),
    # … but not inside a longer noun phrase
    ("Речь шла о дальнейшем развитии отношений.", []),
    ("Стороны договорились в дальнейшем развитии сотрудничества опираться на договор.", []),
    ("Это важно в перспективе развития отрасли.", []),
    # seasons named by an adjective with «месяцы», «период», «сезон»
    ("Рост цен замедлился по сравнению с осенними месяцами.", [("осенними месяцами", "2025-09..2025-11")]),
    ("В летние месяцы 2024 года спрос вырос.", [("В летние месяцы 2024 года", "2024-06..2024-08")]),
    ("Зимний период 2023 года оказался тяжёлым.", [("Зимний период 2023 года", "2022-12..2023-02")]),
    ("В летнем сезоне туристов было больше.", [("В летнем сезоне", "2025-06..2025-08")]),
    ("Осенние листья опали.", []),
    ("Летние каникулы начались.", []),
    # «с» before an instrumental is «with»: the time compared with is a point, not the start of a range; a number
    # or Roman numeral has no case, the noun after it tells
    ("По сравнению с III кварталом 2024 года прибыль выросла.", [("III кварталом 2024 года", "2024-Q3")]),
    ("В сравнении с 2024 годом выручка выросла.", [("2024 годом", "2024")]),
    ("Выручка выросла по сравнению со II кварталом прошлого года.", [("II кварталом прошлого года", "2025-Q2")]),
    ("С III квартала 2024 года прибыль растёт.", [("С III квартала 2024 года", "2024-Q3..")]),
    ("С 2020 года экспорт вырос вдвое.", [("С 2020 года", "2020..")]),
]


@pytest.mark.parametrize(("text", "expected"), PERIODS, ids=[t for t, _ in PERIODS])
def test_periods(extractor: pressextract.Extractor, text: str, expected: list[tuple[str, str | None]]) -> None:
    release = extractor.extract(text, published=PUBLISHED)
    assert [(d.text, d.normalized) for d in release.dates] == expected


# Relative periods are resolved against the release date: here a release of 15 October 2025.
RELATIVE = [
    ("За девять месяцев текущего года выручка выросла.", "За девять месяцев текущего года", "2025-01..2025-09"),
    ("За 11 месяцев прошлого года экспорт вырос.", "За 11 месяцев прошлого года", "2024-01..2024-11"),
    ("В начале этого года цены выросли.", "В начале этого года", "2025-Q1"),
    ("В прошлом году экспорт вырос на треть.", "В прошлом году", "2024"),
    ("С января по июль товарооборот вырос.", "С января по июль", "2025-01..2025-07"),
    ("Прошлогодний рекорд побит.", "Прошлогодний", "2024"),
    ("В летние месяцы спрос вырос.", "В летние месяцы", "2025-06..2025-08"),
]


@pytest.mark.parametrize(("text", "mention", "normalized"), RELATIVE, ids=[t for t, _, _ in RELATIVE])
def test_relative_periods_against_the_release_date(
    extractor: pressextract.Extractor, text: str, mention: str, normalized: str
) -> None:
    release = extractor.extract(text, published="2025-10-15")
    assert [(d.text, d.normalized, d.relative) for d in release.dates] == [(mention, normalized, True)]


# A year-less period reported on as done («за», «по итогам») is the last one before the release (here of
# 15 January 2026), as if told in the past tense; a verb in the future keeps it ahead
COMPLETED = [
    ("Компания объявляет результаты за III квартал.", [("за III квартал", "2025-Q3")]),
    ("Итоги за IV квартал: выручка выросла на 12%.", [("за IV квартал", "2025-Q4")]),
    ("По итогам III квартала компания увеличила выручку.", [("По итогам III квартала", "2025-Q3")]),
    ("Отчёт за II полугодие опубликован на сайте.", [("за II полугодие", "2025-H2")]),
    ("За III квартал выручка составит 5 млрд рублей.", [("За III квартал", "2026-Q3")]),
    ("В III квартале компания запустит завод.", [("В III квартале", "2026-Q3")]),
]


@pytest.mark.parametrize(("text", "expected"), COMPLETED, ids=[t for t, _ in COMPLETED])
def test_a_period_reported_on_as_done_is_the_last_one(
    extractor: pressextract.Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    release = extractor.extract(text, published="2026-01-15")
    assert [(d.text, d.normalized) for d in release.dates] == expected


# A year-less time a verb in the future hangs on that would be over before the release (here of 20 November 2026)
# is next year's; «будет» + a past participle is future, not past; a time that qualifies a noun stays
FUTURE = [
    ("Строительство будет завершено в марте.", [("в марте", "2027-03")]),
    ("Выставка откроется в феврале.", [("в феврале", "2027-02")]),
    ("В первом квартале будет запущен новый цех.", [("В первом квартале", "2027-Q1")]),
    ("Решение о дивидендах будет принято в декабре.", [("в декабре", "2026-12")]),
    ("Собрание акционеров пройдёт в ноябре.", [("в ноябре", "2026-11")]),
    ("Завод был открыт в марте.", [("в марте", "2026-03")]),
    ("Инфляция превысит июльский прогноз.", [("июльский", "2026-07")]),
    ("Темпы роста цен будут близки к значениям I квартала.", [("I квартала", "2026-Q1")]),
]


@pytest.mark.parametrize(("text", "expected"), FUTURE, ids=[t for t, _ in FUTURE])
def test_a_time_told_in_the_future_is_the_next_one(
    extractor: pressextract.Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    release = extractor.extract(text, published="2026-11-20")
    assert [(d.text, d.normalized) for d in release.dates] == expected


# «N лет» without a preposition is an age as often as not; it is a length when a verb lasts that long.
BARE_YEARS = [
    ("Супруги прожили вместе 70 лет.", [("70 лет", "P70Y")]),
    ("Он проработал в компании 15 лет.", [("15 лет", "P15Y")]),
    ("Завод простоял без дела 12 лет.", [("12 лет", "P12Y")]),
    ("Она руководила фондом 8 лет.", [("8 лет", "P8Y")]),
    ("В 19 лет она уехала в столицу.", []),
    ("Ей 26 лет.", []),
    ("Он ушёл на пенсию в 60 лет.", []),
    ("В свои 30 лет он руководит заводом.", []),
    ("Мужчине исполнилось 45 лет.", []),
    ("Компании 25 лет.", []),
]


@pytest.mark.parametrize(("text", "expected"), BARE_YEARS, ids=[t for t, _ in BARE_YEARS])
def test_bare_years_are_a_length_only_when_a_verb_lasts(
    extractor: pressextract.Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(d.text, d.normalized) for d in extractor.extract(text, published=PUBLISHED).dates] == expected


# An age cue counts only within its sentence: «… в возрасте 93 лет. В течение 24 лет …» is a length.
AGE_CUES_IN_THEIR_SENTENCE = [
    ("Он скончался в возрасте 93 лет. В течение 24 лет он руководил театром.", [("В течение 24 лет", "P24Y")]),
    ("Он скончался в возрасте 93 лет. Около 20 лет он руководил театром.", [("Около 20 лет", "P20Y")]),
    ("Ей исполнилось 50 лет. Через год она уйдёт на пенсию.", [("Через год", "2027")]),
    ("В возрасте 20 лет он переехал в город.", []),
]


@pytest.mark.parametrize(("text", "expected"), AGE_CUES_IN_THEIR_SENTENCE,
                         ids=[t for t, _ in AGE_CUES_IN_THEIR_SENTENCE])
def test_age_cues_count_in_their_sentence(
    extractor: pressextract.Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(d.text, d.normalized) for d in extractor.extract(text, published=PUBLISHED).dates] == expected


# After «и», «или» a time expression keeps the preposition of the one before it.
CARRIED_PREPOSITION = [
    ("Передачи покажут в среду и четверг.", [("в среду", "2026-01-28"), ("четверг", "2026-01-29")]),
    ("Встреча пройдёт в понедельник или вторник.", [("в понедельник", "2026-01-26"), ("вторник", "2026-01-27")]),
    ("Выборы прошли в 2014 и 2015.", [("в 2014", "2014"), ("2015", "2015")]),
    ("Цены росли в марте и апреле.", [("в марте", "2025-03"), ("апреле", "2025-04")]),
    ("Завод выпускает 2 млн тонн в год и 20 тонн золота.", [("в год", "P1Y")]),
]


@pytest.mark.parametrize(("text", "expected"), CARRIED_PREPOSITION, ids=[t for t, _ in CARRIED_PREPOSITION])
def test_a_preposition_carries_over_and(
    extractor: pressextract.Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(d.text, d.normalized) for d in extractor.extract(text, published=PUBLISHED).dates] == expected


# A year joined to a name by a dash is a date of its own (the tokenizer splits «ЧМ-2018»), as NEREL marks it; a
# model number is not («Ту-154»), nor the two digits of «COVID-19» (a name: no period 2019 for a pandemic's facts).
NAMED_YEARS = [
    ("Сборная Сербии выиграла матч ЧМ-2018 в Самаре.", [("2018", "2018")]),
    ("Фигуристка стала чемпионкой Сочи-2014 в командном турнире.", [("2014", "2014")]),
    ("Конкурс «Мисс Вселенная-2019» прошёл в Атланте.", [("2019", "2019")]),
    ("Итоги ЕГЭ–2013 подвели выпускники.", [("2013", "2013")]),
    ("Самолёт Ту-154 и истребитель F-35 показали на авиасалоне.", []),
    ("Пандемия COVID-19 затронула всех.", []),
    # a number glued to a common word is no year, and a dash after a year starts no range running backwards
    ("Субсидии по годам: 2025 год–1200 рублей, 2026 год-1350 рублей.", [("2025 год", "2025"), ("2026 год", "2026")]),
    ("Выпуск: 2024 год – 1900 штук.", [("2024 год", "2024")]),
    ("Цены 2023 года-1850 рублей за тонну.", [("2023 года", "2023")]),
    ("Расходы: 2019 год-2000 рублей.", [("2019 год", "2019")]),
    ("Лауреата премии по литературе-2016 объявили в Стокгольме.", [("2016", "2016")]),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_YEARS, ids=[t for t, _ in NAMED_YEARS])
def test_a_year_joined_to_a_name(extractor: pressextract.Extractor, text: str,
                                 expected: list[tuple[str, str | None]]) -> None:
    assert [(d.text, d.normalized) for d in extractor.extract(text, published=PUBLISHED).dates] == expected


# A year of our times without a preposition is a date when nothing makes it a count of something.
UNBOUND_YEARS = [
    ("Он выиграл чемпионат мира 2003.", [("2003", "2003")]),
    ("На Кубке конфедераций 2017 у сборной было третье место.", [("2017", "2017")]),
    ("Его дочь (р. 1993) живёт в Париже.", [("1993", "1993")]),
    ("Кюри получила две премии (1903 — физика, 1911 — химия).", [("1903", "1903"), ("1911", "1911")]),
    ("Собрали около 2000, продали более чем 2000.", []),
    ("Фонд перечислил $2000 приюту.", []),
    ("Акцию поддержали 2000 человек.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNBOUND_YEARS, ids=[t for t, _ in UNBOUND_YEARS])
def test_a_bare_year_that_counts_nothing(extractor: pressextract.Extractor, text: str,
                                         expected: list[tuple[str, str | None]]) -> None:
    assert [(d.text, d.normalized) for d in extractor.extract(text, published=PUBLISHED).dates] == expected


# Lengths NEREL marks: a day of an event by its ordinal, a week in the accusative of time, «один год» in words,
# «от N до M лет» as one span; but not ages («детям до 12 лет», «пенсионный возраст … до 65 лет»).
LENGTHS = [
    ("Пятый день забастовки прошёл спокойно.", [("Пятый день", None)]),
    ("За первые сутки петиция собрала тысячу подписей.", [("За первые сутки", None)]),
    ("На второй день фестиваля пошёл дождь.", [("На второй день", None)]),
    ("В первую же неделю продаж книга стала бестселлером.", [("В первую же неделю", None)]),
    ("Он скончался на восемьдесят пятом году жизни.", []),
    ("Она была на девятом месяце беременности.", []),
    ("Рабочие не выходили на смену неделю.", [("неделю", "P1W")]),
    ("Она провела неделю в больнице.", [("неделю", "P1W")]),
    ("Делегация целую неделю ждала ответа.", [("неделю", "P1W")]),
    ("Аукцион открыл неделю русского искусства.", []),
    ("Она считала дни до отпуска.", []),
    ("Год выдался удачным.", []),
    ("Игрок решил провести в клубе ещё один год.", [("один год", "P1Y")]),
    ("Один день ареста засчитывается как два.", [("Один день", "P1D")]),
    ("Срок наказания составил один год.", [("один год", "P1Y")]),
    ("Закон предусматривает лишение свободы на срок от 8 до 20 лет.", [("от 8 до 20 лет", "P8Y..P20Y")]),
    ("Лечение длится от трёх до пяти месяцев.", [("от трёх до пяти месяцев", "P3M..P5M")]),
    ("Поставка займёт от 10 до 14 дней.", [("от 10 до 14 дней", "P10D..P14D")]),
    ("Детям до 12 лет вход запрещён.", []),
    ("Среди юношей до 18 лет победил наш спортсмен.", []),
    ("В турнире участвовали дети в возрасте от 7 до 14 лет.", []),
    ("Предельный возраст для службы составляет 60 лет, его могут продлить до 65 лет.", []),
    ("Пенсионный возраст для мужчин повысят до 65 лет.", []),
    ("В возрасте 76 лет он поднялся на вершину всего за день.", [("за день", "P1D")]),
]


@pytest.mark.parametrize(("text", "expected"), LENGTHS, ids=[t for t, _ in LENGTHS])
def test_lengths_and_ages(extractor: pressextract.Extractor, text: str,
                          expected: list[tuple[str, str | None]]) -> None:
    assert [(d.text, d.normalized) for d in extractor.extract(text, published=PUBLISHED).dates] == expected


# «сегодня», «вчера» after a name in quotes are days; inside a short quoted name they are not.
QUOTED_NAMES = [
    ('Рядом с телецентром "Останкино" сегодня откроется памятник.', [("сегодня", "2026-01-30")]),
    ('У кинотеатра "Октябрь" вчера прошла премьера.', [("вчера", "2026-01-29")]),
    ("Около театра «Современник» сегодня собрались зрители.", [("сегодня", "2026-01-30")]),
    ("Глава агентства «Россия сегодня» выступил в Москве.", []),
    ('Как пишет газета "Сегодня", министр ушёл в отставку.', []),
    ("Он сказал: «Я приеду сегодня».", [("сегодня", "2026-01-30")]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_NAMES, ids=[t for t, _ in QUOTED_NAMES])
def test_a_day_after_or_inside_quotes(extractor: pressextract.Extractor, text: str,
                                      expected: list[tuple[str, str | None]]) -> None:
    assert [(d.text, d.normalized) for d in extractor.extract(text, published=PUBLISHED).dates] == expected


# A weekday in the genitive after a time of day is a day of its own.
WEEKDAY_OF_A_TIME = [
    ("На 17:00 понедельника число заболевших выросло.", [("понедельника", "2026-01-26")]),
    ("Казнь назначили на вечер вторника.", [("вторника", "2026-01-27")]),
    ("Утро субботы выдалось холодным.", [("субботы", "2026-01-24")]),
    ("Защита окружающей среды важна.", []),
]


@pytest.mark.parametrize(("text", "expected"), WEEKDAY_OF_A_TIME, ids=[t for t, _ in WEEKDAY_OF_A_TIME])
def test_a_weekday_of_a_time_of_day(extractor: pressextract.Extractor, text: str,
                                    expected: list[tuple[str, str | None]]) -> None:
    assert [(d.text, d.normalized) for d in extractor.extract(text, published=PUBLISHED).dates] == expected


# Dates glued into links and file names are no dates; a capitalised month adjective inside a sentence is a name.
NOT_DATES_IN_NAMES = [
    ("Текст закона [https://example.ru/news/2016-06-30/zakon] обсуждали.", []),
    ("Приказ опубликован: https://example.ru/doc?file=2017-02-21_08.htm сегодня.", [("сегодня", "2026-01-30")]),
    ("Ставка действовала до 01.01.2016Процентные ставки (таблица).", [("до 01.01.2016", "2016-01-01")]),
    ("Запись прощания 19.10.16.webm выложили в сеть.", []),
    ("Лидера «Октябрьского джамаата» задержали в посёлке Октябрьском.", []),
    ("В Майском районе открыли школу, а на декабрьском заседании её обсудили.", [("декабрьском", "2025-12")]),
    ("Майские праздники прошли спокойно.", [("Майские", "2025-05")]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_DATES_IN_NAMES, ids=[t for t, _ in NOT_DATES_IN_NAMES])
def test_no_dates_in_links_and_names(extractor: pressextract.Extractor, text: str,
                                     expected: list[tuple[str, str | None]]) -> None:
    assert [(d.text, d.normalized) for d in extractor.extract(text, published=PUBLISHED).dates] == expected


def test_a_date_starts_at_no_sum_share_or_plain_dashed_word(nlp) -> None:
    """Only words a rule can start at are tried: not a number the measures component read as money or a
    percentage, nor a dashed word with no calendar word in it (they cost time and can make no date)."""
    from pressextract.dates.tokens import Scan

    doc = nlp("Экспорт вырос на 12% до 2025 млн рублей в 2024 году, а денежно-кредитная политика в январе–марте "
              "смягчилась.")
    scan = Scan(doc, nlp.get_pipe("pressextract_dates").words)
    starts = {doc[scan.index[i]].text for i in scan.starts}
    assert {"2024", "январе–марте", "в", "на", "до"} <= starts
    assert not {"12", "2025", "денежно-кредитная"} & starts
    assert [d.text for d in doc.spans["dates"]] == ["в 2024 году", "в январе–марте"]
