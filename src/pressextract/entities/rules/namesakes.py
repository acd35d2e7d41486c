"""People an organisation or a facility is named after, as NEREL and FactRuEval mark them inside the name:

    «МГУ имени Ломоносова», «театра им. М. Н. Ермоловой»   → «Ломоносова», «М. Н. Ермоловой» (after «имени»)
    «Лаборатории Касперского», «Музея Анны Ахматовой»     → «Касперского», «Анны Ахматовой» (a name in the genitive
                                                            after the organisation's noun)
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc, Token

from ...tagging.morph import known, parses
from ..candidates import Candidate, Starting
from .filters import common_noun_text

NAMESAKE = "namesake"
MAX_NAME = 3  # «Армена Джигарханяна», «Джонса Хопкинса», «Анны Андреевны Ахматовой»


def named_after(doc: Doc, texts: list[str], starting: Starting, taken: set[int], marks: frozenset[str],
                particles: frozenset[str] = frozenset()) -> list[Candidate]:
    """The names after «имени», «им.» outside `taken` tokens, with the particles inside them (`particles`):
    «аэропорт имени Шарля де Голля»."""
    found = []
    for i in [i for i in starting(marks, 0) if i < len(texts) - 1]:
        start = i + 2 if i + 2 < len(texts) and texts[i + 1] == "." else i + 1
        while start < len(texts) and texts[start].isspace():
            start += 1
        end = start
        while end < len(texts) and end < start + 9 and end not in taken and (  # «имени Петра Чайковского | Даниил
                # Трифонов»: the name ends where another mention, or the line, begins
                texts[end][:1].isupper() and texts[end].replace("-", "").isalpha() or
                texts[end].isspace() and "\n" not in texts[end] or
                texts[end] == "." and end > start and len(texts[end - 1]) == 1 or  # «им. М. Н. Ермоловой»
                end > start and texts[end] in particles and end + 1 < len(texts) and texts[end + 1][:1].isupper()):
            end += 1
        while end > start and texts[end - 1].isspace():
            end -= 1
        proper = all(t.is_space or t.pos_ in ("PROPN", "NOUN", "PUNCT") or t.text in particles
                     for t in doc[start:end])  # not «от имени
        # Государственного департамента»
        if end > start and texts[end - 1] != "." and not taken.intersection(range(start, end)) and proper:
            found.append(Candidate(start, end, "PER", NAMESAKE))
    return found


def people_in_names(doc: Doc, orgs: list[Candidate], taken: set[int]) -> list[Candidate]:
    """A person's name in the genitive after a noun of an organisation's name, outside `taken` tokens: «Лаборатории
    Касперского», «Фонд Коумса», «театре Армена Джигарханяна»; the name must read as one: a surname or first name
    the dictionary knows, or a first name before an unknown surname; not a place («Банк Москвы»)."""
    found = []
    for org in orgs:
        i = org.start + 1
        while i < org.end:
            if doc[i - 1].pos_ not in ("NOUN", "PROPN") or i in taken or not _capitalised(doc[i]):
                i += 1
                continue
            end = i
            while end < org.end and end - i < MAX_NAME and _capitalised(doc[end]) and end not in taken:
                end += 1
            if end == org.end or not _capitalised(doc[end]):  # the name ends the organisation's or is followed
                if person_like(doc[i:end]):  # by lower-case words: «Фонд Коумса специализируется…» is cut before
                    found.append(Candidate(i, end, "PER", NAMESAKE))
            i = end + 1
    return found


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and token.text.isalpha() and not token.text.isupper() and \
        token.morph.get("Case") in (["Gen"], [])


def person_like(tokens: Sequence[Token]) -> bool:
    """Do these words read as a person's name: a known surname or first name last («Касперского», «Ахматовой»),
    or a known first name before («Армена Джигарханяна»)?"""
    last = parses(tokens[-1].text)
    if not last or "Geox" in last[0].tag or "Orgn" in last[0].tag or common_noun_text(tokens[0].text):
        return False  # «Банк Москвы», «Вирлаб Лаборатории Касперского»
    if any(("Surn" in p.tag or "Name" in p.tag) and known(p) and len(p.methods_stack) == 1 for p in last[:2]):
        return True
    return len(tokens) > 1 and any("Name" in p.tag and known(p) for p in parses(tokens[0].text)[:1])
