"""The indicator vocabulary and matcher: every id the facts issue names, triggers found by lemma."""

from __future__ import annotations

import pytest

from pressextract.facts.component import DATA
from pressextract.facts.indicators import IndicatorEntry, IndicatorMatcher, check_unique
from pressextract.lexicon import LexiconError, read_tsv

REQUIRED = """trade_turnover export import investment fdi gdp gdp_growth inflation key_rate interest_rate revenue
net_profit profit loss production output capacity budget_revenue budget_expenditure budget_deficit debt wage
pension unemployment employment price exchange_rate retail_turnover tax_revenue reserves credit deposits dividend
market_share supply harvest""".split()


@pytest.fixture(scope="module")
def matcher() -> IndicatorMatcher:
    return IndicatorMatcher(read_tsv(DATA / "indicators.tsv", IndicatorEntry))


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
]


@pytest.mark.parametrize(("text", "expected"), MENTIONS)
def test_mentions(nlp_full, matcher: IndicatorMatcher, text: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp_full(text)
    sent = next(iter(doc.sents))
    assert [(doc[m.start : m.end].text, m.id) for m in matcher.find(sent, set())] == expected
