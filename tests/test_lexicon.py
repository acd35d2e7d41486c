"""The vocabulary loader: entries from TSV, and errors that say file:line."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import pytest
from pydantic import field_validator

from pressextract.lexicon import (
    Entry,
    Lexicon,
    LexiconComponent,
    LexiconError,
    WordList,
    WordLists,
    read_tsv,
)


class Currency(Entry):
    code: str
    name: str
    aliases: list[str] = []
    note: Optional[str] = None

    @field_validator("code")
    @classmethod
    def _iso(cls, code: str) -> str:
        if not (len(code) == 3 and code.isupper()):
            raise ValueError("must be a three-letter ISO 4217 code")
        return code


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "currencies.tsv"
    path.write_text(text, encoding="utf-8")
    return path


def test_reads_entries_with_lists_comments_and_optional_columns(tmp_path: Path) -> None:
    path = write(tmp_path, "# code\tname\taliases\n\nUSD\tдоллар США\tдоллар|долл.|$\nKZT\tтенге\n")
    assert read_tsv(path, Currency) == [
        Currency(code="USD", name="доллар США", aliases=["доллар", "долл.", "$"]),
        Currency(code="KZT", name="тенге"),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("USD\tдоллар\n# ok\nusd\tдоллар\n", r"currencies.tsv:3: code: Value error, must be a three-letter ISO"),
        ("USD\n", r"currencies.tsv:1: name: Field required"),
        ("USD\tдоллар\t$\tnote\textra\n", r"currencies.tsv:1: 5 columns, expected at most 4"),
    ],
)
def test_errors_name_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        read_tsv(write(tmp_path, text), Currency)


SOURCE = "# code\tname\taliases\n# a comment the saved copy keeps\nUZS\tсум\tсумов|сума\n"


def lexicon(tmp_path: Path) -> Lexicon:
    (tmp_path / "source").mkdir()
    write(tmp_path / "source", SOURCE)
    return Lexicon(tmp_path / "source", {"currencies": Currency})


def test_a_lexicon_reads_its_source_on_first_use(tmp_path: Path) -> None:
    tables = lexicon(tmp_path)
    assert tables.origin is None
    assert tables["currencies"] == [Currency(code="UZS", name="сум", aliases=["сумов", "сума"])]
    assert tables.origin == str(tmp_path / "source")


def test_a_saved_lexicon_keeps_the_files_as_written(tmp_path: Path) -> None:
    tables = lexicon(tmp_path)
    tables.write(tmp_path / "saved")
    assert (tmp_path / "saved" / "currencies.tsv").read_text(encoding="utf-8") == SOURCE
    copy = Lexicon(tmp_path / "elsewhere", {"currencies": Currency})
    copy.from_bytes(tables.to_bytes())
    assert copy.texts == {"currencies": SOURCE} and copy.origin == "bytes"


def test_a_bad_line_names_where_it_came_from_and_changes_nothing(tmp_path: Path) -> None:
    tables = lexicon(tmp_path)
    before = tables["currencies"]
    with pytest.raises(LexiconError, match=r"^bytes/currencies.tsv:2: code: Value error"):
        tables.take({"currencies": "KZT\tтенге\nkzt\tтенге\n"}, "bytes")
    assert tables["currencies"] == before


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match=r"missing currencies.tsv"):
        Lexicon(tmp_path, {"currencies": Currency})["currencies"]


class Component(LexiconComponent):
    def __init__(self, source: Path) -> None:
        self.lexicon = Lexicon(source, {"currencies": Currency})
        self.built = 0

    def vocabulary_changed(self) -> None:
        self.built += 1


def test_a_component_saves_and_loads_its_lexicon_as_spacy_does(tmp_path: Path) -> None:
    saved = Component(lexicon(tmp_path).source)
    saved.to_disk(tmp_path / "pipe")
    edited = (tmp_path / "pipe" / "currencies.tsv")
    edited.write_text(edited.read_text(encoding="utf-8") + "KZT\tтенге\n", encoding="utf-8")
    loaded = Component(tmp_path / "nowhere").from_disk(tmp_path / "pipe")
    assert [c.code for c in loaded.lexicon["currencies"]] == ["UZS", "KZT"] and loaded.built == 1
    again = Component(tmp_path / "nowhere").from_bytes(loaded.to_bytes())
    assert again.lexicon.texts == loaded.lexicon.texts and again.built == 1


def test_word_lists_by_name() -> None:
    lists = WordLists([WordList(name="mutual", words=["взаимный", "сторона"])], {"mutual"})
    assert lists["mutual"] == {"взаимный", "сторона"}
    with pytest.raises(LexiconError, match="missing the lists anaphor"):
        WordLists([WordList(name="mutual", words=["взаимный"])], {"mutual", "anaphor"})
    with pytest.raises(LexiconError, match="'mutual' is given twice"):
        WordLists([WordList(name="mutual", words=["a"]), WordList(name="mutual", words=["b"])], {"mutual"})
