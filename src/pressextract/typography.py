"""Characters and word endings every grammar reads the same way: dashes, minus signs, adjective endings.

    «2020–2025 годы», «5-7 %», «экспорт — 1,55 млрд долларов»   a dash joins a range or stands for a verb
    «−0,5 %», «-4,0»                                           a minus sign before a number
    «миллиардного», «казахстанской», «узбекско-»               an adjective's forms: a stem and an ending

Each grammar takes these sets (adding a character only where its own rule needs it, e.g. «:» for a list item)
instead of keeping its own copy.
"""

from __future__ import annotations

DASHES = frozenset("-‒–—")  # hyphen-minus, figure dash, en dash, em dash
MINUS_SIGNS = frozenset("-−")  # hyphen-minus, minus sign
# the endings of an adjective's forms, longest first, and «о» of the first part of a compound («узбекско-казахстанский»)
ADJECTIVE_ENDINGS = ("ыми", "ими", "ого", "его", "ому", "ему", "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ую", "юю",
                     "ые", "ие", "ых", "их", "ым", "им", "ом", "ем", "ей", "о")
