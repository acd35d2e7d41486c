"""The pieces of a Doc slovnet reads: its sentences without whitespace tokens, long ones cut, and whether a
sentence holds a figure (syntax is parsed where a component asks for it)."""

from __future__ import annotations

from bisect import bisect_left
from typing import Iterator, NamedTuple

import numpy
from razdel import sentenize
from spacy.attrs import IS_SPACE, SENT_START
from spacy.tokens import Doc

MAX_CHUNK = 200  # tokens: slovnet's syntax head scores are n × n, so longer "sentences" are cut


class Chunk(NamedTuple):
    """Token indices of one sentence (or a piece of a long one) without whitespace tokens."""

    doc: Doc
    sentence: int  # the sentence's number in its doc
    idx: list[int]


def set_sentences(doc: Doc) -> None:
    """Sentence starts from razdel's sentenizer: a token starts a sentence when one begins at or before it."""
    boundaries = sorted(s.start for s in sentenize(doc.text))
    k = 0
    for token in doc:
        begins = token.i == 0
        while k < len(boundaries) and boundaries[k] <= token.idx:
            begins, k = True, k + 1
        token.is_sent_start = begins


def sentence_starts(doc: Doc) -> list[int]:
    """The first token of each sentence, read from an array: `doc.sents` before the parse makes a Token object
    per token (2 ms a release)."""
    if not len(doc):
        return []
    starts = numpy.flatnonzero(doc.to_array(SENT_START) == 1).tolist()
    return starts if starts and starts[0] == 0 else [0, *starts]


def sentence_chunks(doc: Doc) -> Iterator[Chunk]:
    """Token indices of each sentence without whitespace tokens, cut to at most MAX_CHUNK tokens."""
    starts = sentence_starts(doc)
    words = numpy.flatnonzero(doc.to_array(IS_SPACE) == 0).tolist()
    for number, (start, end) in enumerate(zip(starts, [*starts[1:], len(doc)])):
        idx = words[bisect_left(words, start) : bisect_left(words, end)]
        for first in range(0, len(idx), MAX_CHUNK):
            yield Chunk(doc, number, idx[first : first + MAX_CHUNK])


def has_figure(words: list[str], parse_words: frozenset[str]) -> bool:
    """A digit, or a word that makes a figure or a date, alone or in a hyphenated compound («полтора»,
    «сентябре», «октябре-ноябре»; «ё» read as «е»)."""
    for word in words:
        if not word.isalpha() and any(c.isdigit() for c in word):  # most words are letters only
            return True
        folded = word.lower().replace("ё", "е")
        if folded in parse_words or ("-" in folded and any(p in parse_words for p in folded.split("-"))):
            return True
    return False
