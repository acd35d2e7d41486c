"""The indicator vocabulary and matcher: every id the facts issue names, triggers found by lemma."""

from __future__ import annotations

import pytest

from pressextract.facts.indicators import IndicatorEntry, IndicatorMatcher, check_unique
from pressextract.facts.vocabulary import DATA, TABLES, Vocabulary
from pressextract.lexicon import Lexicon, LexiconError

REQUIRED = """trade_turnover export import investment fdi gdp gdp_growth inflation key_rate interest_rate revenue
net_profit profit loss production output capacity budget_revenue budget_expenditure budget_deficit debt wage
pension unemployment employment price exchange_rate retail_turnover tax_revenue reserves credit deposits dividend
market_share supply harvest""".split()


@pytest.fixture(scope="module")
def matcher() -> IndicatorMatcher:
    return Vocabulary.of(Lexicon(DATA, TABLES)).indicators


def test_vocabulary_has_every_required_indicator(matcher: IndicatorMatcher) -> None:
    assert set(REQUIRED) <= {e.id for e in matcher.entries}


def test_a_trigger_belongs_to_one_indicator() -> None:
    entries = [IndicatorEntry(id="export", kind="amount", scope="trade", future="forecast", triggers=["экспорт"]),
               IndicatorEntry(id="exports", kind="amount", scope="trade", future="forecast", triggers=["вывоз", "экспорт"])]
    with pytest.raises(LexiconError, match="'экспорт' belongs to both export and exports"):
        check_unique(entries)


@pytest.mark.parametrize("bad", ["Экспорт", "объём экспорт"])
def test_triggers_are_lower_case_lemmas_without_yo(bad: str) -> None:
    with pytest.raises(ValueError, match="lower case lemmas"):
        IndicatorEntry(id="export", kind="amount", scope="trade", future="forecast", triggers=[bad])


MENTIONS = [
    ("Товарооборот между странами вырос.", [("Товарооборот", "trade_turnover")]),
    ("Розничный товарооборот и внешнеторговый оборот выросли.",
     [("Розничный товарооборот", "retail_turnover"), ("внешнеторговый оборот", "trade_turnover")]),
    ("Объём промышленного производства увеличился.", [("Объём промышленного производства", "industrial_production")]),
    ("Производство катодной меди выросло.", [("Производство катодной меди", "production")]),
    ("Выручка компании выросла.", [("Выручка", "revenue")]),
    ("Приток ПИИ и чистая прибыль банка выросли.", [("ПИИ", "fdi"), ("чистая прибыль", "net_profit")]),
    ("Банк сохранил ключевую ставку.", [("ключевую ставку", "key_rate")]),
    ("Объём экспорта вырос, а учётная ставка снизилась.", [("Объём экспорта", "export"), ("учётная ставка", "key_rate")]),
    # what households expect and the core measure are indicators of their own, as the facts guide labels them
    ("Инфляция замедлилась, а инфляционные ожидания выросли.",
     [("Инфляция", "inflation"), ("инфляционные ожидания", "inflation_expectations")]),
    ("Ожидаемая населением инфляция снизилась.", [("инфляция", "inflation")]),
    ("Ожидаемая инфляция снизилась.", [("Ожидаемая инфляция", "inflation_expectations")]),
    ("Ожидания по инфляции у предприятий выросли.", [("Ожидания по инфляции", "inflation_expectations")]),
    ("Базовая инфляция замедлилась быстрее годовой инфляции.",
     [("Базовая инфляция", "core_inflation"), ("годовой инфляции", "inflation")]),
    # a share of a flow's make-up is no level of the flow
    ("Основу экспорта составили текстильные изделия.", [("Основу экспорта", "structure_share")]),
    ("Основу импорта составляют машины и оборудование.", [("Основу импорта", "structure_share")]),
    ("В структуре товарооборота преобладает продукция машиностроения.",
     [("структуре товарооборота", "structure_share")]),
]


@pytest.mark.parametrize(("text", "expected"), MENTIONS)
def test_mentions(nlp_full, matcher: IndicatorMatcher, text: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp_full(text)
    sent = next(iter(doc.sents))
    assert [(doc[m.start : m.end].text, m.id) for m in matcher.find(sent, set())] == expected


VOCABULARY = [
    # indicators that gave no fact before issue 16
    ("Ввод жилья в области составил 1,2 млн кв. м.", "housing_commissioning"),
    ("Ввод новых мощностей в энергосистеме достиг 2 ГВт.", "capacity_additions"),
    ("Грузооборот порта вырос на 8%.", "freight"),
    ("Погрузка на сети дороги снизилась на 3%.", "freight"),
    ("Перевозки пассажиров составили 12 млн человек.", "passenger_traffic"),
    ("Туристический поток в край вырос на 15%.", "tourist_flow"),
    ("Сальдированный финансовый результат организаций составил 40 млрд рублей.", "financial_result"),
    ("Капитализация компании превысила 2 трлн рублей.", "capitalization"),
    ("Производительность труда выросла на 3,2%.", "labour_productivity"),
    ("Чистый отток капитала составил 50 млрд долларов.", "capital_flows"),
    ("Объём ФНБ достиг 13 трлн рублей.", "fund_size"),
    ("Поступления НДФЛ выросли на 11%.", "tax_revenue"),
    ("Удельный вес отрасли составил 12%.", "structure_share"),
    ("Индекс Мосбиржи прибавил 2,3%.", "stock_index"),
    ("Ослабление рубля составило 4%.", "exchange_rate"),
    ("Цена акций банка выросла на 6%.", "share_price"),
    ("Ипотечные выдачи составили 300 млрд рублей.", "credit"),
    ("Объём платных услуг населению вырос на 4%.", "paid_services"),
    ("Оборот общественного питания составил 90 млрд рублей.", "catering_turnover"),
    ("Себестоимость добычи снизилась на 2%.", "cost"),
    ("Свободный денежный поток составил 150 млрд рублей.", "cash_flow"),
    ("Совет одобрил обратный выкуп акций на 750 млн рублей.", "share_buyback"),
    ("Профицит счёта текущих операций составил 20 млрд долларов.", "current_account"),
    ("Безвозмездные поступления составили 356 млн рублей.", "budget_revenue"),
    ("Индекс физического объёма составил 102,1%.", "volume_index"),
    ("Дефлятор ВВП составил 7,5%.", "deflator"),
    ("Поголовье скота выросло на 2%.", "livestock"),
    ("Посевные площади составили 80 млн га.", "sown_area"),
    ("Запасы нефти оцениваются в 30 млрд тонн.", "resource_reserves"),
    ("Отчисления в фонд составили 1% выручки.", "levy"),
    ("Доплата к пенсии составит 3 тыс. рублей.", "pension"),
    # indicators that had a wrong id
    ("Профицит бюджета составил 120 млрд рублей.", "budget_balance"),
    ("Сальдо счёта текущих операций составило 20 млрд долларов.", "current_account"),
    ("Реальные доходы населения выросли на 5%.", "household_income"),
    ("Операционные расходы компании выросли на 4%.", "cost"),
    ("Чистый долг компании составил 1,1 трлн рублей.", "net_debt"),
    ("Индекс цен производителей вырос на 6%.", "producer_prices"),
    ("МРОТ составит 22 440 рублей.", "minimum_wage"),
    ("Урожайность составила 32 ц/га.", "crop_yield"),
]


@pytest.mark.parametrize(("text", "expected"), VOCABULARY, ids=[t[:40] for t, _ in VOCABULARY])
def test_vocabulary(extractor, text: str, expected: str) -> None:
    assert [f.indicator.id for f in extractor.extract(text, "2026-01-15").facts] == [expected]
