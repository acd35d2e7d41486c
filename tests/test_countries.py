"""Country data: the generated file equals its generator, the vocabularies are valid, names match in any form."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from pressextract.entities.naming.countries import (
    Country,
    CountryAlias,
    CountryIndex,
    PlaceAdjective,
    Region,
)
from pressextract.entities.vocabulary import DATA
from pressextract.lexicon import read_tsv

ROOT = Path(__file__).resolve().parents[1]

# (words of a place as written, its code)
CODES = [
    ("Узбекистаном", "UZ"),
    ("Республики Казахстан", "KZ"),
    ("Кыргызской Республике", "KG"),
    ("Киргизии", "KG"),
    ("РФ", "RU"),
    ("России", "RU"),
    ("КНР", "CN"),
    ("ОАЭ", "AE"),
    ("Объединённых Арабских Эмиратов", "AE"),
    ("Соединённые Штаты", "US"),
    ("Соединенных Штатах Америки", "US"),
    ("США", "US"),
    ("Британией", "GB"),
    ("Белоруссии", "BY"),
    ("Беларуси", "BY"),
    ("Республике Корея", "KR"),
    ("Молдавии", "MD"),
    ("Туркменистана", "TM"),
]

NOT_COUNTRIES = ["Ташкент", "Москвы", "Европы", "Центральной Азии", "Самарканде"]


@pytest.fixture(scope="module")
def index() -> CountryIndex:
    return CountryIndex(read_tsv(DATA / "countries.tsv", Country), read_tsv(DATA / "country_aliases.tsv", CountryAlias),
                        read_tsv(DATA / "regions.tsv", Region), read_tsv(DATA / "place_adjectives.tsv", PlaceAdjective))


def _generator():
    spec = importlib.util.spec_from_file_location("make_countries", ROOT / "scripts" / "make_countries.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_countries_tsv_is_what_the_generator_makes() -> None:
    pytest.importorskip("pycountry")
    generated = _generator().render()
    assert (DATA / "countries.tsv").read_text(encoding="utf-8") == generated, \
        "countries.tsv is stale: run `python scripts/make_countries.py`"


def test_country_vocabularies_are_valid() -> None:
    countries = read_tsv(DATA / "countries.tsv", Country)
    codes = {c.code for c in countries}
    assert len(codes) == len(countries) >= 240
    aliases = read_tsv(DATA / "country_aliases.tsv", CountryAlias)
    assert {a.code for a in aliases} <= codes
    assert len({a.code for a in aliases}) == len(aliases), "one alias line per country"
    assert read_tsv(DATA / "regions.tsv", Region)


@pytest.mark.parametrize(("place", "code"), CODES)
def test_country_codes_in_any_form(index: CountryIndex, place: str, code: str) -> None:
    assert index.code(place.split()) == code


@pytest.mark.parametrize("place", NOT_COUNTRIES)
def test_cities_and_regions_have_no_code(index: CountryIndex, place: str) -> None:
    assert index.code(place.split()) is None


@pytest.mark.parametrize(("adjective", "code"), [("российского", "RU"), ("Узбекской", "UZ"), ("японское", "JP")])
def test_relational_adjectives(index: CountryIndex, adjective: str, code: str) -> None:
    assert index.adjective_code(adjective) == code


def test_regions_are_places_without_a_code(index: CountryIndex) -> None:
    assert index.is_place(["Центральной", "Азии"]) and index.code(["Центральной", "Азии"]) is None


@pytest.mark.parametrize(("text", "normal"), [
    ("Торговля с Кот-д’Ивуаром выросла.", "Кот-д'Ивуар"),
    ("Посол Кот-д'Ивуара прибыл в Москву.", "Кот-д'Ивуар"),
    ("Делегация прибыла в Кот-д’Ивуар.", "Кот-д'Ивуар"),
])
def test_a_country_with_an_apostrophe_in_its_name(extractor, text: str, normal: str) -> None:
    """The tokenizer splits at the apostrophe («Кот-д», «’», «Ивуаром»), and so do the vocabulary's names."""
    place = next(e for e in extractor.extract(text).entities if e.type == "LOC" and e.text.startswith("Кот"))
    assert (place.normal, place.country) == (normal, "CI")
