"""The currency vocabulary: generated from reference data and currency_hand.tsv, valid codes, every currency
reachable."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import spacy

from pressextract.lexicon import read_tsv
from pressextract.measures.component import DATA
from pressextract.measures.entries import Currency, HandCurrency

ROOT = Path(__file__).resolve().parents[1]


def generator():
    spec = importlib.util.spec_from_file_location("make_currencies", ROOT / "scripts" / "make_currencies.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_currencies_tsv_is_what_the_generator_makes() -> None:
    pytest.importorskip("pycountry")
    pytest.importorskip("babel")
    written = (DATA / "currencies.tsv").read_text(encoding="utf-8")
    assert written == generator().render(), (
        "currencies.tsv is generated and differs from what the generator makes: do not edit it; edit "
        "src/pressextract/measures/data/currency_hand.tsv and run `python scripts/make_currencies.py`")


def test_a_row_of_currency_hand_tsv_reaches_currencies_tsv(tmp_path: Path) -> None:
    pytest.importorskip("pycountry")
    pytest.importorskip("babel")
    module = generator()
    hand = tmp_path / "currency_hand.tsv"
    hand.write_text(module.HAND.read_text(encoding="utf-8") + "own\tXYZ\tтестовая монета\t\t\t\tXYZ\n"
                    "adds\tHUF\t\t\tмадьярский\n", encoding="utf-8")
    module.HAND = hand
    lines = module.render().splitlines()
    assert "XYZ\tтестовая монета\t\t\t\tXYZ" in lines
    huf = next(line for line in lines if line.startswith("HUF\t"))
    assert "мадьярский" in huf.split("\t")[3]
    hand.write_text("adds\tXYZ\t\t\tтестовый\n", encoding="utf-8")
    with pytest.raises(ValueError, match="write them as own rows"):
        module.render()


def test_every_code_is_iso_4217_or_written_by_hand() -> None:
    pycountry = pytest.importorskip("pycountry")
    codes = {c.alpha_3 for c in pycountry.currencies}
    own = {r.code for r in read_tsv(DATA / "currency_hand.tsv", HandCurrency) if r.row == "own"}
    unknown = sorted({e.code for e in read_tsv(DATA / "currencies.tsv", Currency)} - codes - own)
    assert unknown == [], "not ISO 4217: give such a currency an own row in currency_hand.tsv"


@pytest.fixture(scope="module")
def measures_only():
    nlp = spacy.blank("ru", config={"nlp": {"tokenizer": {"@tokenizers": "pressextract.razdel_tokenizer.v1"}}})
    nlp.add_pipe("pressextract_measures")
    return nlp


# the word or sign alone, with no country in sight
CURRENCIES = [
    ("5 рублей", "RUB"), ("5 руб.", "RUB"), ("5 р.", "RUB"), ("5 ₽", "RUB"), ("5 долларов", "USD"), ("$5", "USD"),
    ("5 долл.", "USD"), ("US$ 5", "USD"), ("5 евро", "EUR"), ("€5", "EUR"), ("5 юаней", "CNY"), ("¥5", "CNY"),
    ("5 тенге", "KZT"), ("₸5", "KZT"), ("5 сумов", "UZS"), ("5 сомов", "KGS"), ("5 сомони", "TJS"),
    ("5 манатов", "AZN"), ("5 лари", "GEL"), ("5 драмов", "AMD"), ("5 гривен", "UAH"), ("5 грн", "UAH"),
    ("5 фунтов", "GBP"), ("£5", "GBP"), ("5 иен", "JPY"), ("5 йен", "JPY"), ("5 вон", "KRW"), ("5 рупий", "INR"),
    ("5 лир", "TRY"), ("5 дирхамов", "AED"), ("5 франков", "CHF"), ("5 злотых", "PLN"), ("5 шекелей", "ILS"),
    ("5 форинтов", "HUF"), ("5 рэндов", "ZAR"), ("5 бат", "THB"), ("5 донгов", "VND"), ("5 реалов", "BRL"),
    ("5 KZT", "KZT"), ("CHF 5", "CHF"), ("5 копеек", "RUB"), ("5 евроцентов", "EUR"), ("5 пенсов", "GBP"),
    # replaced by the euro and gone from pycountry, still in older texts
    ("5 левов", "BGN"), ("2 лева", "BGN"), ("20 миллионов левов", "BGN"), ("5 кун", "HRK"), ("3 куны", "HRK"),
]


@pytest.mark.parametrize(("text", "code"), CURRENCIES)
def test_currency_alone(measures_only, text: str, code: str) -> None:
    doc = measures_only(text)
    assert [(s.text, s._.measure["unit"]) for s in doc.spans["money"]] == [(text, code)]


# several currencies share the word: nothing decides, so no money
AMBIGUOUS = ["5 крон", "5 песо", "5 динаров", "5 шиллингов", "5 леев"]


@pytest.mark.parametrize("text", ["В 1869 году Лев Толстой закончил роман.", "Дом стоит на 2 левом берегу.",
                                  "В вольере живут 3 льва."])
def test_a_lion_or_a_name_is_no_lev(measures_only, text: str) -> None:
    assert list(measures_only(text).spans["money"]) == []


@pytest.mark.parametrize("text", AMBIGUOUS)
def test_ambiguous_word_without_a_country_is_not_money(measures_only, text: str) -> None:
    doc = measures_only(text)
    assert list(doc.spans["money"]) == []
