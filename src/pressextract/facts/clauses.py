"""Clauses of a sentence, by the words that open them: «…, а импорт составил», «…, что на 3,1% больше», «; »,
and by a colon after a verb («Министерство сообщает: …»).

Coarse on purpose: the fact linker only needs to know which period, subjects and modality words share a clause
with a figure. The opening words are the `opener` and `complementizer` lists of data/fact_words.tsv.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..lexicon import WordLists


def clauses(sent: Span, words: WordLists) -> list[tuple[int, int]]:
    """Token ranges [start, end) of the clauses of `sent`, in order."""
    openers, complementizers = words["opener"], words["complementizer"]
    bounds = [sent.start]
    tokens = [t for t in sent if not t.is_space]
    for k, token in enumerate(tokens[1:], 1):
        prev = tokens[k - 1]
        if token.text == ";":
            bounds.append(token.i + 1)
        elif prev.text == "," and (token.lower_ in openers or token.lower_ in complementizers):
            bounds.append(token.i)
        elif token.lower_ in complementizers and token.pos_ == "SCONJ":
            bounds.append(token.i)
        elif prev.text == ":" and k >= 2 and tokens[k - 2].pos_ == "VERB":
            bounds.append(token.i)  # what a verb of saying introduces: «… сообщает: в 2025 году товарооборот …»
    bounds = sorted(set(b for b in bounds if sent.start <= b < sent.end))
    return [(b, e) for b, e in zip(bounds, bounds[1:] + [sent.end])]


def clause_of(ranges: list[tuple[int, int]], i: int) -> tuple[int, int]:
    """The clause range holding token `i`."""
    return next(((b, e) for b, e in ranges if b <= i < e), ranges[-1])
