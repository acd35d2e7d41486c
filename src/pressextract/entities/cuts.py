"""Parts of NER spans that are not the name: a verb glued on, an adverb before a person, a title before an ORG.

    «Программы осуществляет Исполнительный комитет»  → «Исполнительный комитет»
    «Всё-таки Проди»                                 → «Проди»
    «Руководителя исполнительного комитета …»        → «исполнительного комитета …»
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from .filters import not_a_name
from .mentions import Mention, is_quote, opens, words
from .titles import Titles

LEAD_POS = ("ADV", "PART", "CCONJ", "SCONJ", "INTJ")


def after_verb(doc: Doc, mention: Mention) -> Mention:
    """A name holds no finite verb: «Программы осуществляет Исполнительный комитет» → «Исполнительный комитет»;
    a quoted one may: «Говорит Москва»."""
    if mention.start > 0 and opens(doc, mention.start - 1) or any(is_quote(t) for t in doc[mention.start : mention.end]):
        return mention
    verbs = [t.i for t in doc[mention.start : mention.end] if t.pos_ in ("VERB", "AUX") and
             t.morph.get("VerbForm") == ["Fin"]]
    if verbs and verbs[-1] + 1 < mention.end:
        return Mention(verbs[-1] + 1, mention.end, mention.label, mention.source)
    return mention


def lead_words(doc: Doc, mention: Mention) -> Optional[Mention]:
    """A PER without the adverbs and particles NER put before it: «Всё-таки Проди» → «Проди» (not «де Гроот»)."""
    start = mention.start
    while start < mention.end and (doc[start].is_space or doc[start].pos_ in LEAD_POS and doc[start].text[:1].isupper()
                                   and not_a_name(doc[start])):
        start += 1
    return Mention(start, mention.end, mention.label, mention.source) if start < mention.end else None


def without_title(doc: Doc, mention: Mention, titles: Titles) -> Mention:
    """An ORG without the title NER put before it: «Руководителя исполнительного комитета» → «исполнительного
    комитета» (the title is a position, found again by positions.py)."""
    tokens = words(doc, mention.start, mention.end)
    if len(tokens) >= 3 and tokens[0].pos_ == "NOUN" and titles.get(tokens[0]) is not None:
        return Mention(tokens[1].i, mention.end, mention.label, mention.source)
    return mention

