"""Parts of NER spans that are not the name: a verb glued on, an adverb before a person, a title before an ORG.

    «Программы осуществляет Исполнительный комитет»  → «Исполнительный комитет»
    «Всё-таки Проди»                                 → «Проди»
    «Руководителя исполнительного комитета …»        → «исполнительного комитета …»
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from ..tagging.morph import fold
from .candidates import Candidate, is_quote, opens, words
from .filters import not_a_name
from .titles import Titles

LEAD_POS = ("ADV", "PART", "CCONJ", "SCONJ", "INTJ")
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


def lead_words(doc: Doc, candidate: Candidate) -> Optional[Candidate]:
    """A PER without the adverbs and particles NER put before it: «Всё-таки Проди» → «Проди» (not «де Гроот»)."""
    start = candidate.start
    while start < candidate.end and (doc[start].is_space or doc[start].pos_ in LEAD_POS and
                                     doc[start].text[:1].isupper() and not_a_name(doc[start])):
        start += 1
    return Candidate(start, candidate.end, candidate.label, candidate.source) if start < candidate.end else None


def person_without_title(doc: Doc, candidate: Candidate, titles: Titles) -> Candidate:
    """A PER without the title, honorific or age NER put before the name: «Император Акихито», «Вдова Солженицына»,
    «68-летний Э. Уитакер» → the name (NEREL keeps them out)."""
    tokens = words(doc, candidate.start, candidate.end)
    if len(tokens) >= 2 and (tokens[0].text[:1].isupper() or tokens[0].text[:1].isdigit()) and \
            "-" not in tokens[0].text[1:2] and \
            (titles.get(tokens[0]) is not None or fold(tokens[0].lemma_) in titles.honorifics or
             AGE.search(fold(tokens[0].text)) is not None) and tokens[1].text[:1].isupper():
        return Candidate(tokens[1].i, candidate.end, candidate.label, candidate.source)
    return candidate


def without_title(doc: Doc, candidate: Candidate, titles: Titles) -> Candidate:
    """An ORG without the title NER put before it: «Руководителя исполнительного комитета» → «исполнительного
    комитета» (the title is a position, found again by positions.py)."""
    tokens = words(doc, candidate.start, candidate.end)
    if len(tokens) >= 3 and tokens[0].pos_ == "NOUN" and titles.get(tokens[0]) is not None:
        return Candidate(tokens[1].i, candidate.end, candidate.label, candidate.source)
    return candidate

