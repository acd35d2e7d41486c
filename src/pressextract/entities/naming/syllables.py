"""East Asian names written as syllables, the family name first: «Пак Сон Ук», «Ван Мином», «Ли Чжон Мина».

In Russian such a name keeps its family name and every syllable but the last as written; only the last one
declines, as a masculine noun ending in a consonant: «с Ли Чжон Мином», «визит Ким Мин Су» (a vowel at the end:
no ending). A name of three or more such syllables is read so even when the dictionary knows its first word as a
Russian name («Ли», «Ким», «Мун»): Russian names of three words carry a patronymic, never three syllables.
"""

from __future__ import annotations

from typing import Optional, Sequence

from ...tagging.morph import known
from .readings import Reading

VOWELS = frozenset("аеёиоуыэюя")  # letters, not words: a character class
# a masculine noun's case endings after a consonant; «ь» comes back before a soft one («Ёля» → «Ёль»)
ENDINGS = (("ом", "ablt"), ("ем", "ablt"), ("ём", "ablt"), ("а", "gent"), ("я", "gent"), ("у", "datv"),
           ("ю", "datv"), ("е", "loct"))
SOFT_ENDINGS = frozenset("яюеё")
MAX_LETTERS = 5  # «Чжуан», «Чхоль»


def is_syllable(word: str) -> bool:
    """A capitalised word of one syllable: «Ли», «Чжон», «Ук», «Чхоль»."""
    return (len(word) <= MAX_LETTERS and word[:1].isupper() and word.isalpha()
            and sum(c in VOWELS for c in word.lower()) == 1)


def declined_syllable(word: str) -> Optional[tuple[str, Optional[str]]]:
    """The syllable and the case of a last syllable, declined or not: «Мином» → («Мин», ablt), «Су» → («Су»,
    None); None when the word is no syllable with or without an ending («Петров»)."""
    if is_syllable(word):
        return word, None
    for ending, case in ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and is_syllable(stem) and stem[-1].lower() not in VOWELS:
            if ending[0] in SOFT_ENDINGS and stem[-1].lower() == "л":  # «Ёля», «Чхолем» → «Ёль», «Чхоль»
                stem += "ь"
            return stem, case
    return None


def syllable_name(words: Sequence[str]) -> Optional[list[Reading]]:
    """Readings of a name of three or more syllables: the family name first, undeclined; the syllables between
    as written; the last one in its nominative. None for any other name."""
    if len(words) < 3 or not all(is_syllable(w) for w in words[:-1]):
        return None
    last = declined_syllable(words[-1])
    if last is None:
        return None
    middle = [Reading(None, None, w, "first", 0.3) for w in words[1:-1]]
    return [family_syllable(words[0]), *middle, Reading(last[1], None, last[0], "first", 0.3)]


def family_syllable(word: str) -> Reading:
    """The reading of a syllable as an undeclined East Asian family name."""
    return Reading(None, None, word, "last", 0.31)


def syllable_surname(word: str, options: Sequence[Reading]) -> bool:
    """A one-syllable word pymorphy2 does not know as a name, first in a name: an East Asian family name, which
    does not decline before the given name («с Ван Мином»)."""
    return is_syllable(word) and not any(r.parse is not None and known(r.parse) for r in options)
