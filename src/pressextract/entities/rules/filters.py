"""Entities NER gives that are not names.

    «с Чрезвычайным и Полномочным Послом»  an adjective or title as PER
    «4,97 млрд руб.»                       a piece of a money span as a name (not «долларов США»: a place)
    «Товарооборот вырос …»                 a common noun at a sentence start as LOC, ORG or PER
    «Родившаяся в Праге, она …»            a verb or participle at a sentence start as PER
    «позвонил в 911», «статья «5 советов»»  a number alone as ORG or LOC
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Token

from ...tagging.morph import fold, known, parses
from ..candidates import BULLETS, Candidate, is_quote, words

NAME_GRAMMEMES = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init")
NOT_NAME_POS = ("ADJF", "ADJS", "PRTF", "PRTS", "VERB", "INFN", "GRND", "ADVB", "COMP", "PRED", "CONJ", "PRCL",
                "PREP", "NPRO", "INTJ")


def is_false(doc: Doc, candidate: Candidate, money: list[tuple[int, int]], currency_words: frozenset[str]) -> bool:
    """Is this NER mention not a name? (`currency_words`: «доллар» of «долларов США»)"""
    if inside_money(doc, candidate, money) and not currency_country(doc, candidate, currency_words):
        return True  # «10 млрд долларов США» keeps its place «США», as NEREL marks it
    tokens = words(doc, candidate.start, candidate.end)
    alpha = [t for t in tokens if any(c.isalpha() for c in t.text)]
    if not alpha and all(t.is_digit or t.is_punct for t in tokens):
        return True  # a number names nothing: «позвонил в 911», «статья «5 советов»»; not «канал «2×2»»
    if candidate.label != "PER" and not any(c.isupper() or c.isdigit() for t in tokens for c in t.text) and \
            not quoted(doc, candidate):
        return True  # an organisation's or a place's name has a capital or a digit: «x», «abc» alone are none
    if (candidate.label == "ORG" or candidate.label == "LOC" and sentence_initial(doc, candidate.start)) and \
            alpha and all(not_a_name(t) for t in alpha) and not quoted(doc, candidate):  # the cheap tests first
        return True  # «с Чрезвычайным и Полномочным …» as ORG, «Речная …» as LOC; not «Херсонской и …», «"Новые правые"»
    if len(tokens) == 1 and candidate.label != "PER" and sentence_initial(doc, candidate.start) \
            and common_noun(tokens[0]) and not quoted(doc, candidate):
        return True  # «Товарооборот вырос…» (and, alas, «Кремль опроверг…»)
    return False


def not_a_person(doc: Doc, candidate: Candidate) -> bool:
    """A PER that is no name: all its words are known non-names («Чрезвычайным»), or it is one common noun
    starting a sentence as its subject («Маэстро не видит…») or naming living beings in any form («Теннисистку
    поздравили…»), or a verb form («Родившаяся …»). The caller spares the surnames the text gives a person."""
    tokens = [t for t in words(doc, candidate.start, candidate.end) if any(c.isalpha() for c in t.text)]
    if tokens and all(not_a_name(t) for t in tokens):
        return True
    if len(tokens) == 1 and not_a_one_word_name(tokens[0].text):
        return True
    if len(tokens) == 1 and sentence_initial(doc, candidate.start) and verb_form(tokens[0].text):
        return True  # «Родившаяся в Праге …», «Дослужился до …»
    return len(tokens) == 1 and sentence_initial(doc, candidate.start) and common_noun(tokens[0]) \
        and (subject_noun(tokens[0]) or animate_noun(tokens[0].text)) and not quoted(doc, candidate)


def animate_noun(text: str) -> bool:
    """A word that is only ever a common noun for a living being: «Теннисистку», «Ассистенты», «Черепахам»."""
    readings = parses(text)
    return bool(readings) and all(p.tag.POS == "NOUN" for p in readings) and any("anim" in p.tag for p in readings)


VERB_FORMS = ("VERB", "INFN", "PRTF", "PRTS", "GRND")


def verb_form(text: str) -> bool:
    """A word that is only ever a verb, participle or gerund the dictionary knows: «Родившаяся», «Помиловать»; no
    name reads so (an adjective may: «Белый», «Толстой»)."""
    readings = parses(text)
    return bool(readings) and all(p.tag.POS in VERB_FORMS and known(p) for p in readings)


COMPOUND_TAIL = 6  # letters of the common noun that ends a compound organisation's name: «Нац|фронта»
COMPOUND_HEAD = 3  # letters of the prefix before it: «Нац», «Рыб», «Вики»; not «Ко|стенок», a surname


def organisation_word(text: str) -> bool:
    """A lone word NER took for a person that names an organisation: the dictionary knows it only as one, in the
    singular («Гоминьдана», «Ленкома»; not «Мингазов»), or it is a prefix glued to a common inanimate noun
    («Нацфронта», «Рыбохраны», «Викиновостям»); never a word with a reading as a name or place («Монпарнас»)."""
    readings = parses(text)
    if not readings or any(g in p.tag for p in readings for g in ("Name", "Surn", "Patr", "Geox")):
        return False
    whole = [p for p in readings if known(p) and len(p.methods_stack) == 1]
    if whole:
        return all("Orgn" in p.tag for p in whole) and any(p.tag.number == "sing" for p in whole)
    first = readings[0]
    stack = first.methods_stack
    return len(stack) == 2 and type(stack[1][0]).__name__ == "UnknownPrefixAnalyzer" and known(first) and \
        len(stack[0][1]) >= COMPOUND_TAIL and len(text) - len(stack[0][1]) >= COMPOUND_HEAD and \
        first.tag.POS == "NOUN" and "inan" in first.tag


ROMAN = re.compile(r"^[IVXLC]+$")
ADJECTIVE_PLURALS = ("ые", "ие", "ыми", "ими")  # not «ых»/«их»: «Белых», «Черных» are surnames


def not_a_one_word_name(text: str) -> bool:
    """A lone word that cannot be a name: a Roman numeral («III»), a word without a vowel («Чз»; «Ли» is a name),
    a plural adjective («Дезинфляционные», «Проинфляционные»), which NER takes for a name starting a heading, or a
    word with a digit in it («Формулы-1», «Евро-2012»)."""
    low = text.lower()
    if any(c.isdigit() for c in low) and any(c.isalpha() for c in low):
        return True
    cyrillic = low.isalpha() and all("а" <= c <= "я" or c == "ё" for c in low)
    return bool(ROMAN.match(text)) or (cyrillic and not any(c in "аеёиоуыэюя" for c in low)) or (
        len(low) > 5 and low.endswith(ADJECTIVE_PLURALS))


def subject_noun(token: Token) -> bool:
    """A common noun that may start a sentence as its subject: «Маэстро не видит…», not «Шумов» (of «шум»)."""
    return any(p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "sing" for p in parses(token.text))


def inside_money(doc: Doc, candidate: Candidate, money: list[tuple[int, int]]) -> bool:
    """Inside a span of the money component: «10 млрд долларов США»."""
    start, end = doc[candidate.start].idx, doc[candidate.end - 1].idx + len(doc[candidate.end - 1])
    return any(s <= start and end <= e for s, e in money)


def currency_country(doc: Doc, candidate: Candidate, currency_words: frozenset[str]) -> bool:
    """«долларов США», «долл. США»: the country naming a currency, with or without the money component."""
    if candidate.label != "LOC":
        return False
    before = previous_word(doc, candidate.start)
    if before is not None and before.text == ".":
        before = previous_word(doc, before.i)
    return before is not None and (fold(before.lemma_) in currency_words or fold(before.text) in currency_words)


def previous_word(doc: Doc, i: int) -> Optional[Token]:
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    return doc[j] if j >= 0 else None


def not_a_name(token: Token) -> bool:
    """A known word that cannot be a name: «Чрезвычайным», «Побритый», «Подана», «Всё-таки»."""
    if token.pos_ in ("PROPN", "NOUN") and token.text[:1].isupper() or not any(c.isalpha() for c in token.text):
        return False  # a capitalised noun may be a name; and punctuation is no word
    readings = parses(token.text)
    if not readings or any(g in p.tag for p in readings for g in NAME_GRAMMEMES):
        return False
    if not all(known(p) for p in readings):
        return False
    return token.pos_ in ("ADJ", "VERB", "ADV") or all(p.tag.POS in NOT_NAME_POS for p in readings)


def sentence_initial(doc: Doc, i: int) -> bool:
    """The first word of a sentence, after quotes, bullets and dashes: «Товарооборот», «• Экспорт»."""
    j = i
    while j > 0 and not doc[j].is_sent_start:
        j -= 1
        if not (doc[j].is_space or is_quote(doc[j]) or doc[j].text in BULLETS or doc[j].is_punct):
            return False
    return True


def quoted(doc: Doc, candidate: Candidate) -> bool:
    """«"Яблоко" заявило»: a quoted word is a name even when it is also a common noun."""
    before = previous_word(doc, candidate.start)
    after = candidate.end
    while after < len(doc) and doc[after].is_space:
        after += 1
    return before is not None and is_quote(before) and after < len(doc) and is_quote(doc[after])


def common_noun(token: Token) -> bool:
    """A dictionary word with no proper-name reading: «Товарооборот», «Будничная», «Разделённые»."""
    return common_noun_text(token.text)


def common_noun_text(text: str) -> bool:
    """The same for a word as written."""
    readings = parses(text)
    if not readings or not all(known(p) for p in readings):
        return False
    return not any(g in p.tag for p in readings for g in NAME_GRAMMEMES)
