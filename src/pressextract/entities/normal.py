"""Nominative forms of organisation, place and position phrases.

Only the head noun and the words that agree with it change case; everything after the head stays as written:
«Министерства инвестиций, промышленности и торговли» → «Министерство инвестиций, промышленности и торговли»,
«Чрезвычайным и Полномочным Послом» → «Чрезвычайный и Полномочный Посол», «Соединённых Штатах» → «Соединённые
Штаты», «Банка России» → «Банк России». People's names are normalised in names.py.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Optional, Sequence

from spacy.tokens import Token

from ..tagging.morph import (
    UD_CASES,
    case_of,
    inflect,
    known,
    match_case,
    noun_tagged_adjective,
    parses,
)
from .candidates import is_quote

HEAD_POS = ("NOUN", "PROPN")
MODIFIER_POS = ("ADJ", "DET", "NUM", "VERB")  # «Первый», «Объединённые», «Чрезвычайный и Полномочный»
LINK_MARKS = {",", "-"}  # and the conjunctions of word_lists.tsv: «Чрезвычайный и Полномочный»
LEGAL_FORMS_UPPER = 2  # «МИДа» → «МИД»: a word with two or more capitals at the start is an abbreviation


def phrase_nominative(tokens: Sequence[Token], conjunctions: frozenset[str], label: str = "ORG") -> str:
    """The nominative of a phrase: the head and its agreeing modifiers inflected, the rest kept."""
    tokens = [t for t in tokens if not t.is_space]
    if not tokens:
        return ""
    first_noun = next((t for t in tokens if t.pos_ in HEAD_POS), None)
    if first_noun is not None and tagged_nominative(first_noun, label) and not is_quote(tokens[0]):
        return text_of(tokens, {})  # NER's own case says the head is in the nominative already
    key = (label, conjunctions, tuple((t.text, t.pos_, str(t.morph), t.dep_, bool(t.whitespace_)) for t in tokens))
    if key not in _CACHE:  # «России», «Банка России» come back in every other release
        if len(_CACHE) > 100_000:
            _CACHE.clear()
        _CACHE[key] = _nominative(tokens, conjunctions, label)
    return _CACHE[key]


_CACHE: dict[tuple, str] = {}


def _nominative(tokens: list[Token], conjunctions: frozenset[str], label: str) -> str:
    head = find_head(tokens, conjunctions)
    if head is None or tagged_nominative(tokens[head], label) or tokens[head].text.isupper():
        return text_of(tokens, {})  # no head, the nominative already, or an abbreviation («ОГБУ», «МКУ»)
    reading = head_reading(tokens[head])
    if reading is None or case_of(reading) == "nomn":
        return text_of(tokens, {})
    forms: dict[int, str] = {}
    head_form = nominative(tokens[head].text, reading)
    if head_form is None:
        return text_of(tokens, {})
    forms[head] = head_form
    case = case_of(reading)
    grammemes = agreement(reading)
    for i in range(head - 1, -1, -1):
        token = tokens[i]
        if token.text.lower() in conjunctions or token.text in LINK_MARKS:
            continue
        form = modifier_nominative(token, case, grammemes)
        if form is None:
            break
        forms[i] = form
    if label == "LOC":  # «городе Ташкенте» → «город Ташкент», «Боснии и Герцеговины» → «Босния и Герцеговина»:
        for i in range(head + 1, len(tokens)):  # an apposition or a conjunct agrees with the head
            token = tokens[i]
            if token.text in conjunctions and i + 1 < len(tokens):
                continue
            if token.dep_ not in ("appos", "flat:name", "flat", "conj") or token.pos_ not in HEAD_POS:
                break
            other = head_reading(token, case)
            if other is None or case_of(other) != case:
                break
            form = nominative(token.text, other)
            if form:
                forms[i] = form
    return text_of(tokens, forms)


def tagged_nominative(token: Token, label: str) -> bool:
    """slovnet says nominative, and for a place pymorphy2 knows the form as one (slovnet tags «по г. Москве»
    «Москве» Nom); organisations and people are not checked: parsing every name's head costs the first pass
    over new texts a fifth of the entity component, and their heads were not seen mistagged so."""
    if token.morph.get("Case") != ["Nom"]:
        return False
    return label != "LOC" or _may_be_nominative(token.text)


@lru_cache(maxsize=50_000)
def _may_be_nominative(word: str) -> bool:
    """Has the word a nominative noun reading, or is it a word pymorphy2 only guesses at?"""
    readings = [p for p in parses(word) if p.tag.POS == "NOUN"]
    return not readings or any(case_of(p) == "nomn" for p in readings) or not any(known(p) for p in readings)


def find_head(tokens: Sequence[Token], conjunctions: frozenset[str]) -> Optional[int]:
    """Index of the head noun: the first noun outside quotes, after leading modifiers; None for «ООО «Ромашка»»."""
    for i, token in enumerate(tokens):
        if is_quote(token):
            return None
        if token.pos_ == "NOUN" or token.pos_ == "PROPN" and _noun_reading(token.text):
            return i  # a PROPN may be an adjective of a name: «Соединённых Штатов»
        if token.pos_ == "ADJ" and _noun_reading(token.text) and (i == len(tokens) - 1 or noun_tagged_adjective(token)):
            return i
        if token.pos_ not in MODIFIER_POS + HEAD_POS and token.text.lower() not in conjunctions and \
                token.text not in LINK_MARKS:
            return None
    return None


def head_reading(token: Token, case: Optional[str] = None) -> Optional[Any]:
    """pymorphy2's reading of a head noun that fits slovnet's case and number (or `case`)."""
    morph = token.morph
    want_case = case or UD_CASES.get((morph.get("Case") or [""])[0])
    want_number = {"Sing": "sing", "Plur": "plur"}.get((morph.get("Number") or [""])[0])
    readings = [p for p in parses(token.text) if p.tag.POS == "NOUN"]
    if not readings:
        return None
    for require_number in (True, False):
        for reading in readings:
            if want_case and case_of(reading) != want_case:
                continue
            if require_number and want_number and reading.tag.number != want_number:
                continue
            return reading
    if case:
        return None
    return readings[0]


def _noun_reading(word: str) -> bool:
    return any(p.tag.POS == "NOUN" for p in parses(word))


def agreement(reading: Any) -> set[str]:
    """Grammemes a modifier takes from its head: number, and gender in the singular."""
    number = reading.tag.number or "sing"
    if number == "plur" or "Pltm" in reading.tag:
        return {"nomn", "plur"}
    return {"nomn", "sing", reading.tag.gender or "masc"}


def nominative(word: str, reading: Any) -> Optional[str]:
    """The nominative of a noun in the number it has: «Штатов» → «Штаты», «МИДа» → «МИД»."""
    number = "plur" if reading.tag.number == "plur" else "sing"
    form = inflect(reading, {"nomn", number})
    return written_like(word, form) if form else None


def modifier_nominative(token: Token, case: Optional[str], grammemes: set[str]) -> Optional[str]:
    """The nominative of a word agreeing with the head, or None when it does not agree (the phrase stops)."""
    for reading in parses(token.text):
        if reading.tag.POS not in ("ADJF", "PRTF", "NUMR") or case_of(reading) != case:
            continue
        form = inflect(reading, grammemes)
        if form:
            return written_like(token.text, form)
    return None


def written_like(word: str, form: str) -> str:
    """`form` in the letter case of `word`, keeping an abbreviation's capitals: («МИДа», «мид») → «МИД»."""
    upper = len(word) - len(word.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"))
    form = keep_yo(word, form)
    if upper >= LEGAL_FORMS_UPPER:
        return form[:upper].upper() + form[upper:]
    return match_case(word, form)


def keep_yo(word: str, form: str) -> str:
    """Keep the text's choice of ё or е: pymorphy2 may write either («Объединённых», «Коноплев»)."""
    chars = list(form)
    for i, char in enumerate(word[: len(chars)]):
        if char in "ёЁ" and chars[i] in "еЕ":
            chars[i] = "ё" if chars[i] == "е" else "Ё"
        elif char in "еЕ" and chars[i] in "ёЁ":
            chars[i] = "е" if chars[i] == "ё" else "Е"
    return "".join(chars)


def text_of(tokens: Sequence[Token], forms: dict[int, str]) -> str:
    """The phrase with some words replaced, the original spacing kept."""
    parts = []
    for i, token in enumerate(tokens):
        parts.append(forms.get(i, token.text))
        if i + 1 < len(tokens):
            parts.append(" " if token.whitespace_ or tokens[i + 1].i != token.i + 1 else "")
    return "".join(parts)
