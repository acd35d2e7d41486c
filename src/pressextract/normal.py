"""Nominative forms of entity mentions, with Natasha's normaliser on our tokens.

«Министерства иностранных дел» → «Министерство иностранных дел» (ORG: only the head and its agreeing words
are inflected, through the syntax tree); «Бейбуту Атамкулову» → «Бейбут Атамкулов» (PER, LOC: every word).
"""

from __future__ import annotations

from dataclasses import dataclass

from natasha.norm import normalize, syntax_normalize
from spacy.tokens import Span

from .tools import natasha_tools


@dataclass
class _Token:
    """The fields of a token Natasha's normaliser reads."""

    text: str
    start: int
    stop: int
    pos: str
    feats: dict[str, str]
    id: int
    head_id: int


def adapt_tokens(span: Span) -> list[_Token]:
    """spaCy tokens of `span` (whitespace skipped) as Natasha tokens; heads outside the span become roots."""
    return [
        _Token(t.text, t.idx, t.idx + len(t), t.pos_, t.morph.to_dict(), t.i, t.head.i if t.head.i != t.i else -1)
        for t in span
        if not t.is_space
    ]


def normal_form(span: Span) -> str:
    """The nominative form of an entity span."""
    tokens = adapt_tokens(span)
    if not tokens:
        return span.text
    vocab = natasha_tools().morph_vocab
    method = syntax_normalize if span.label_ == "ORG" else normalize
    return method(vocab, tokens)
