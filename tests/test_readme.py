"""The README's Python examples run as doctests: what a user copies from it prints what it says."""

from __future__ import annotations

import doctest
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_examples_print_what_the_readme_says() -> None:
    failed, attempted = doctest.testfile(str(README), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert attempted >= 10, "the README lost its examples"
    assert failed == 0, f"{failed} of {attempted} README examples print something else (run: python -m doctest README.md)"
