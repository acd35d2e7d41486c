"""The saved lemmas of vocabulary words: used when made with the same dictionary, never changing a result."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressextract.entities import lemma_table
from pressextract.entities.vocabulary import DATA, TABLES, Vocabulary
from pressextract.lexicon import Lexicon
from pressextract.tagging import morph

SHIPPED = Path(__file__).resolve().parents[1] / "models" / "pressextract_ru" / "pressextract_entities" / "lemmas.tsv"


@pytest.fixture()
def fresh_cache():
    saved = dict(morph._LEMMAS)
    morph._LEMMAS.clear()
    yield
    morph._LEMMAS.clear()
    morph._LEMMAS.update(saved)


def test_the_shipped_table_holds_what_parsing_gives(fresh_cache) -> None:
    assert lemma_table.read(SHIPPED) > 400
    seeded = dict(morph._LEMMAS)
    morph._LEMMAS.clear()
    assert {word: morph.lemmas(word) for word in seeded} == seeded
    assert seeded["Штаты"] == {"штат", "штаты"}


def test_the_shipped_table_covers_every_country_name_word() -> None:
    words = Vocabulary(Lexicon(DATA, TABLES)).countries.name_words()
    saved = {line.split("\t")[0] for line in SHIPPED.read_text(encoding="utf-8").splitlines()[1:]}
    assert words <= saved


def test_a_table_from_another_dictionary_is_ignored(tmp_path: Path, fresh_cache) -> None:
    path = tmp_path / "lemmas.tsv"
    path.write_text(lemma_table.HEADER + "opencorpora 1 corpus 1\nШтатах\tчепуха\n", encoding="utf-8")
    assert lemma_table.read(path) == 0
    assert morph.lemmas("Штатах") == {"штат", "штатах"}


def test_a_word_the_table_lacks_is_parsed(tmp_path: Path, fresh_cache) -> None:
    path = tmp_path / "lemmas.tsv"
    lemma_table.write(path, ["Республики"])
    morph._LEMMAS.clear()
    assert lemma_table.read(path) == 1
    assert morph.lemmas("Узбекистаном") == {"узбекистан", "узбекистаном"}


def test_a_bad_row_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "lemmas.tsv"
    path.write_text(lemma_table.HEADER + morph.dictionary_version() + "\nШтатах\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"lemmas.tsv:2"):
        lemma_table.read(path)


def test_no_table_no_seeding(tmp_path: Path) -> None:
    assert lemma_table.read(tmp_path / "absent.tsv") == 0
