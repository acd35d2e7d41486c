"""The right indicator when several stand near (issue 16, mechanism 7). Sentences written for these tests."""

from __future__ import annotations

import pytest


def ids(extractor, text: str) -> list[tuple[str, str, str]]:
    return [(f.indicator.id, f.indicator.text, (f.value or f.change).text)
            for f in extractor.extract(text, "2026-01-15").facts]


@pytest.mark.parametrize(("text", "expected"), [
    # an indicator named between the tree's owner and the figure, and linked to it, wins
    ("Армения нарастила товарооборот с Ираном в 2022 г. Тегеран вернул себе место одного из ведущих партнёров "
     "Еревана, поставив в страну продукции на сумму 700 млн долларов.",
     [("supply", "поставив", "700 млн долларов")]),
    ("Молдавия нарастила товарооборот с Румынией в 2020 г. Бухарест вернул себе место одного из ведущих "
     "партнёров Кишинёва, поставив в страну продукции на сумму 900 млн долларов.",
     [("supply", "поставив", "900 млн долларов")]),
    ("Таджикистан увеличил товарооборот с Китаем в 2018 г. Пекин занял место одного из ведущих партнёров "
     "Душанбе, поставив в страну продукции на сумму 600 млн долларов.",
     [("supply", "поставив", "600 млн долларов")]),
])
def test_the_nearest_linked_indicator(extractor, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert ids(extractor, text) == expected
