"""The README's Python examples run as doctests: what a user copies from it prints what it says."""

from __future__ import annotations

import doctest
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_examples_print_what_the_readme_says() -> None:
    failed, attempted = doctest.testfile(str(README), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert attempted >= 10, "the README lost its examples"
    assert failed == 0, f"{failed} of {attempted} README examples print something else (run: python -m doctest README.md)"


def test_readme_names_every_csv_fact_column() -> None:
    from pressextract.outputs.flat import FACT_COLUMNS

    text = README.read_text(encoding="utf-8")
    missing = [column for column in FACT_COLUMNS if f"`{column}`" not in text]
    assert not missing, f"README's csv paragraph lacks {missing} (outputs/flat.py FACT_COLUMNS)"
