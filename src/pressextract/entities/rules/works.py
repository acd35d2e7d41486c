"""People named inside the quoted title of a work, as NEREL marks them (NER seldom looks inside quotes):

    фильм «Внук Гагарина»                    → «Гагарина»
    пьеса «Кто боится Вирджинии Вульф»       → «Вирджинии Вульф»
    альбом «Жанна»                           → nothing: a title that is only a name names the work
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...tagging.morph import known, parses
from ..candidates import Candidate, Starting, closing_quote, opens
from .filters import common_noun_text

QUOTES = frozenset({"«", "„", "“", '"'})
MAX_TITLE = 8  # words of a title looked into
NAME_PARTS = ("Name", "Surn", "Patr")


def people_in_titles(doc: Doc, texts: list[str], starting: Starting, taken: set[int]) -> list[Candidate]:
    """Runs of names (first names, surnames, patronymics by their most likely reading in the dictionary) inside a
    quoted title of two or more words, outside `taken` tokens."""
    found: list[Candidate] = []
    for i in starting(QUOTES, 0):
        if not opens(doc, i):
            continue
        end = closing_quote(doc, i)
        if end is None or end - i - 1 > MAX_TITLE:
            continue
        inside = [j for j in range(i + 1, end) if not doc[j].is_space and not doc[j].is_punct]
        if len(inside) < 2:
            continue
        j = i + 1
        while j < end:
            k = j
            while k < end and k not in taken and _name_word(texts[k]):
                k += 1
            if k > j and (j, k) != (inside[0], inside[-1] + 1) and not _longer(texts, j, k, inside[0]):
                found.append(Candidate(j, k, "PER", "title"))
            j = k + 1
    return found


def _longer(texts: list[str], start: int, end: int, first: int) -> bool:
    """Is the run part of a longer capitalised name: «Мэри Поппинс», «Девы Марии», «Шкода Октавия»? The title's first
    word before it counts only when it is no common word, or a thing's word before a name in the nominative: not
    «Внук Гагарина», «Дядя Ваня»."""
    previous = texts[start - 1] if start > first else ""
    before = previous[:1].isupper() and previous.isalpha() and (
        start - 1 > first or not common_noun_text(previous) or _thing_named(previous, texts[start]))
    return before or (end < len(texts) and texts[end][:1].isupper() and texts[end].isalpha())


def _thing_named(word: str, name: str) -> bool:
    """«Шкода Октавия»: a word for a thing (no living being) with a name in the nominative after it, a brand's model."""
    readings, named = parses(word), parses(name)
    return bool(readings) and bool(named) and "anim" not in readings[0].tag and named[0].tag.case == "nomn"


def _name_word(text: str) -> bool:
    """«Гагарина», «Вирджинии», «Денисовича»: a capitalised word the dictionary reads first as a part of a name."""
    if not text[:1].isupper() or not text.isalpha() or text.isupper():
        return False
    readings = parses(text)
    return bool(readings) and known(readings[0]) and any(g in readings[0].tag for g in NAME_PARTS)
