"""Parts of NER spans that are not the name: a verb glued on, an adverb before a person, a title before an ORG.

    «Программы осуществляет Исполнительный комитет»  → «Исполнительный комитет»
    «Всё-таки Проди»                                 → «Проди»
    «Руководителя исполнительного комитета …»        → «исполнительного комитета …»
    «король Испании Карлос I.»                       → «Карлос I»: a regnal number's dot ends the sentence
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from ...tagging.morph import fold, parses
from ..candidates import Candidate, is_quote, opens, words
from ..persons.titles import Titles
from .filters import common_noun_text, not_a_name, sentence_initial

LEAD_POS = ("ADV", "PART", "CCONJ", "SCONJ", "INTJ")
REGNAL = frozenset("IVX")  # Latin letters of a Roman numeral after a monarch's name, no initials
AGE = re.compile(r"летн(ий|яя|ее|его|ей|ему|им|ем|юю|ие|их|ими)$")  # «68-летний», «восьмидесятилетняя»


def after_verb(doc: Doc, candidate: Candidate) -> Candidate:
    """A name holds no finite verb: «Программы осуществляет Исполнительный комитет» → «Исполнительный комитет»;
    a quoted one may: «Говорит Москва»."""
    if candidate.start > 0 and opens(doc, candidate.start - 1) or \
            any(is_quote(t) for t in doc[candidate.start : candidate.end]):
        return candidate
    verbs = [t.i for t in doc[candidate.start : candidate.end] if t.pos_ in ("VERB", "AUX") and
             t.morph.get("VerbForm") == ["Fin"]]
    if verbs and verbs[-1] + 1 < candidate.end:
        return Candidate(verbs[-1] + 1, candidate.end, candidate.label, candidate.source)
    return candidate


def lead_words(doc: Doc, candidate: Candidate, particles: frozenset[str] = frozenset()) -> Optional[Candidate]:
    """A PER without the adverbs and particles NER put before it: «Всё-таки Проди» → «Проди»; not a name's own
    particle (`particles`): «де Гроот», «Де Ниро»."""
    start = candidate.start
    while start < candidate.end and (doc[start].is_space or doc[start].pos_ in LEAD_POS and
                                     doc[start].text[:1].isupper() and not_a_name(doc[start]) and
                                     fold(doc[start].text) not in particles):
        start += 1
    return Candidate(start, candidate.end, candidate.label, candidate.source) if start < candidate.end else None


def person_without_title(doc: Doc, candidate: Candidate, titles: Titles) -> Candidate:
    """A PER without the title, honorific or age NER put before the name: «Император Акихито», «Вдова
    Солженицына», «68-летний Э. Уитакер» → the name (NEREL keeps them out)."""
    tokens = words(doc, candidate.start, candidate.end)
    if len(tokens) >= 2 and (tokens[0].text[:1].isupper() or tokens[0].text[:1].isdigit()) and \
            "-" not in tokens[0].text[1:2] and tokens[1].text[:1].isupper() and \
            (titles.get(tokens[0]) is not None or fold(tokens[0].lemma_) in titles.honorifics or
             AGE.search(fold(tokens[0].text)) is not None):
        return Candidate(tokens[1].i, candidate.end, candidate.label, candidate.source)
    return candidate


def without_lead_word(doc: Doc, people: list[Candidate]) -> list[Candidate]:
    """PER mentions without the common word that starts the sentence before the name: «Кардиологу Мюррею …»,
    «Племянник Алишера Усманова …», «Вдобавок С. Антуфьев …» → the name; not a first name the text gives a
    person elsewhere («… тренер Франк Веркотерен …» and «Франк Веркотерен тренировал …»)."""
    inside = [fold(doc[m.start].text) for m in people if m.end - m.start > 1 and not sentence_initial(doc, m.start)]
    out = []
    for m in people:
        tokens = words(doc, m.start, m.end)
        if len(tokens) >= 2 and tokens[0].text[:1].isupper() and tokens[1].text[:1].isupper() and \
                sentence_initial(doc, m.start) and not _given_elsewhere(fold(tokens[0].text), inside) and \
                common_word(tokens[0].text):
            m = Candidate(tokens[1].i, m.end, m.label, m.source)
        out.append(m)
    return out


def _given_elsewhere(word: str, firsts: list[str]) -> bool:
    """Is `word` a form of one of `firsts` («Честер», «Честера»)?"""
    return any(word[: max(3, min(len(word), len(f)) - 1)] == f[: max(3, min(len(word), len(f)) - 1)] for f in firsts)


def common_word(text: str) -> bool:
    """A word the dictionary has (not guessed), that declines, with no name's reading, no adjective: «Кардиологу»,
    «Вдобавок», «Отрешить»; not «Роза», «Святой», «Серена» (of «серить»), «Рами» (no declension: a foreign
    name as often as the word)."""
    readings = parses(text)
    return len(text) > 4 and bool(readings) and all(len(p.methods_stack) == 1 for p in readings) and \
        readings[0].tag.POS not in ("ADJF", "ADJS", "PRTF", "PRTS") and "Fixd" not in readings[0].tag and \
        common_noun_text(text)


def without_title(doc: Doc, candidate: Candidate, titles: Titles) -> Candidate:
    """An ORG without the title NER put before it: «Руководителя исполнительного комитета» → «исполнительного
    комитета» (the title is a position, found again by positions.py)."""
    tokens = words(doc, candidate.start, candidate.end)
    if len(tokens) >= 3 and tokens[0].pos_ == "NOUN" and titles.get(tokens[0]) is not None:
        return Candidate(tokens[1].i, candidate.end, candidate.label, candidate.source)
    return candidate


def without_regnal_dot(doc: Doc, candidate: Candidate) -> Candidate:
    """A PER ending in a Roman numeral and a dot loses the dot: the sentence ends there («трон занял Густав V.»);
    an initial's dot stays («Петров В.»: a Cyrillic letter)."""
    end = candidate.end
    if end - candidate.start >= 3 and doc[end - 1].text == "." and set(doc[end - 2].text) <= REGNAL and \
            not doc[end - 2].whitespace_ and any(c.isalpha() and "а" <= c.lower() <= "я" for c in doc[end - 3].text):
        return Candidate(candidate.start, end - 1, candidate.label, candidate.source)
    return candidate
