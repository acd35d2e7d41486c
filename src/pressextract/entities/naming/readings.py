"""How one word of a person's name may be read: its case, gender, nominative and role (first, middle, last).

pymorphy2 knows common first names, patronymics and many surnames; rare ones («Бейбутом Атамкуловым») get
readings from the endings of Russian surname and name declension; a word that does not decline («Проди») gets one
reading of its own. `names.py` chooses among them for a whole name.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Optional

from ...tagging.morph import case_of, inflect, known, parses
from .normal import keep_yo

GENDERS = ("masc", "femn")
APOSTROPHES = ("’", "'", "`")  # inside a surname: «О’Рейли», «Д’Артаньян»


@dataclass(frozen=True)
class Reading:
    """One way to read a word of a name: its case, gender, nominative, role (first/middle/last) and weight.
    A pymorphy2 reading makes its nominative only when asked (`form`): inflecting is the slow part."""

    case: Optional[str]  # None: the word does not decline («Ши», «Проди»)
    gender: Optional[str]
    base: str  # the nominative, or for a pymorphy2 reading the word itself
    role: Optional[str]
    score: float
    parse: Any = None

    @property
    def form(self) -> str:
        if self.parse is None:
            return self.base
        grammemes = {"nomn", "sing"} | ({self.gender} if self.gender else set())
        inflected = inflect(self.parse, grammemes)
        return _like(self.base, inflected) if inflected else self.base


# ---------------------------------------------------------------- ENDINGS
# («ов» surnames) Кудратов, Кудратова, Кудратову, Кудратовым, Кудратове; Набиуллина, Набиуллиной, Набиуллину
OV_STEMS = ("ов", "ев", "ёв", "ин", "ын")
OV_MASC = {"": ("nomn",), "а": ("gent", "accs"), "у": ("datv",), "ым": ("ablt",), "е": ("loct",)}
OV_FEMN = {"а": ("nomn",), "ой": ("gent", "datv", "ablt", "loct"), "у": ("accs",)}
# («ский» surnames) Вознесенский, Вознесенского, ...; Вознесенская, Вознесенской, Вознесенскую
SKY_STEMS = ("ск", "цк")
SKY_MASC = {"ий": ("nomn",), "ого": ("gent", "accs"), "ому": ("datv",), "им": ("ablt",), "ом": ("loct",)}
SKY_FEMN = {"ая": ("nomn",), "ой": ("gent", "datv", "ablt", "loct"), "ую": ("accs",)}
# (names and surnames ending in a consonant) Бейбут, Бейбута, Бейбуту, Бейбутом, Бейбуте; Вольф, Вольфа
HARD_MASC = {"": ("nomn",), "а": ("gent", "accs"), "у": ("datv",), "ом": ("ablt",), "е": ("loct",)}
SOFT_MASC = {"ь": ("nomn",), "я": ("gent", "accs"), "ю": ("datv",), "ем": ("ablt",), "е": ("loct",)}
# (names in -а, women's and men's) Лазиза, Лазизы, Лазизе, Лазизу, Лазизой; Маэхара, Маэхары
A_FEMN = {"а": ("nomn",), "ы": ("gent",), "и": ("gent",), "е": ("datv", "loct"), "у": ("accs",), "ой": ("ablt",)}
UNDECLINED_ENDINGS = "еёиоуэю"
CONSONANTS = "бвгджзйклмнпрстфхцчшщ"
HUSHING = "жшчщц"  # after them a hard stem's instrumental ends in unstressed -ем


def ending_readings(word: str) -> list[Reading]:
    """Readings from declension endings, for words pymorphy2 does not know as names."""
    low = word.lower()
    out: list[Reading] = []
    for stem in OV_STEMS:
        out += _endings(word, low, stem, OV_MASC, "", "masc", "last", 0.6)
        out += _endings(word, low, stem, OV_FEMN, "а", "femn", "last", 0.6)
    for stem in SKY_STEMS:
        out += _endings(word, low, stem, SKY_MASC, "ий", "masc", "last", 0.6)
        out += _endings(word, low, stem, SKY_FEMN, "ая", "femn", "last", 0.6)
    if out:
        return out
    for ending, cases in HARD_MASC.items():
        stem = low[: len(low) - len(ending)] if ending else low
        if low.endswith(ending) and len(stem) >= 2 and stem[-1] in CONSONANTS and stem[-1] not in "йь":
            out += [Reading(c, "masc", word[: len(stem)], None, 0.3) for c in cases]
    for ending, cases in SOFT_MASC.items():
        stem = low[: len(low) - len(ending)]
        if low.endswith(ending) and len(stem) >= 2 and stem[-1] in CONSONANTS:
            out += [Reading(c, "masc", word[: len(stem)] + "ь", None, 0.2) for c in cases]
    if low.endswith("ем") and len(low) >= 4 and low[-3] in HUSHING:  # «Олгачем»: -ем after ж ш ч щ ц is hard
        out.append(Reading("ablt", "masc", word[:-2], None, 0.3))
    for ending, cases in A_FEMN.items():
        stem = low[: len(low) - len(ending)]
        if low.endswith(ending) and len(stem) >= 2 and stem[-1] in CONSONANTS:
            out += [Reading(c, None, word[: len(stem)] + "а", None, 0.25) for c in cases]  # Лазиза, Маэхара
    return out


def _endings(word: str, low: str, stem: str, table: dict, nominative: str, gender: str, role: str,
             score: float) -> list[Reading]:
    out = []
    for ending, cases in table.items():
        if low.endswith(stem + ending) and len(low) > len(stem + ending) + 1:
            base = word[: len(word) - len(ending)] if ending else word
            out += [Reading(c, gender, base + nominative, role, score) for c in cases]
    return out


# ---------------------------------------------------------------- READINGS
ROLES = {"Name": "first", "Patr": "middle", "Surn": "last"}


@lru_cache(maxsize=50_000)
def readings(word: str) -> tuple[Reading, ...]:
    """Every reading of one word of a name."""
    out = []
    for parse in parses(word):
        role = next((r for g, r in ROLES.items() if g in parse.tag), None)
        if role is None or parse.tag.number == "plur":
            continue
        gender = parse.tag.gender if parse.tag.gender in GENDERS else None
        weight = 1.0 + parse.score if known(parse) else 0.4  # a guess from the ending weighs like ours
        out.append(Reading(case_of(parse), gender, word, role, weight, parse))
    out += ending_readings(word)
    low = word.lower()
    if not out or low[-1] in UNDECLINED_ENDINGS or not any("а" <= c <= "я" for c in low):
        out.append(Reading(None, None, word, None, 0.05))  # «Ши Тао», «Проди», «Пелоси», «Joshua Wolf»
    return tuple(out)


def _like(word: str, form: str) -> str:
    form = keep_yo(word, form)
    for mark in ("-", *APOSTROPHES):
        if mark in word and word.count(mark) == form.count(mark):  # «Ахмат-Хаджи», «Д’Артаньян»: each part's capital
            return mark.join(_like(w, p) for w, p in zip(word.split(mark), form.split(mark)))
    return form[:1].upper() + form[1:] if word[:1].isupper() else form
