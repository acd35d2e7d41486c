"""The vocabulary loader: entries from TSV, and errors that say file:line."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import pytest
from pydantic import field_validator

from pressextract.lexicon import Entry, LexiconError, read_tsv, write_tsv


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


def test_write_then_read_gives_the_same_entries(tmp_path: Path) -> None:
    entries = [Currency(code="UZS", name="сум", aliases=["сумов", "сума"], note="Узбекистан")]
    write_tsv(tmp_path / "out.tsv", entries, Currency)
    assert read_tsv(tmp_path / "out.tsv", Currency) == entries
