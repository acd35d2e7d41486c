"""slovnet's models run over the sentences of a batch of documents: words encoded once for all three models.

slovnet's encoders turn each word into a navec id and a shape id («Узбекистаном» → its id, RU_Xx) with Python
code run per token, and each model encodes the same words again. The morphology, syntax and NER packs share
navec's vocabulary and slovnet's 66 shapes, so one encoding serves all three (checked when the models load; if
a newer release made them differ, each model encodes for itself). A word's ids are cached per process.

Each model then runs on its own sentences (NER on all, morphology and syntax maybe on fewer), sorted by length so
that a batch carries little padding; results come back in the input order.
"""

from __future__ import annotations

from contextlib import nullcontext
from typing import Any, ContextManager, Iterable, Iterator, Sequence

import numpy
from slovnet.exec.infer import SyntaxDecoder
from slovnet.shape import word_shape

Ids = tuple[list[int], list[int]]  # a sentence's word ids and shape ids
CACHE_LIMIT = 300_000  # words; a release has a few thousand distinct ones
TOKENS_PER_BATCH = 512  # padded tokens (measured: 256–512 best for one release and for batches of them)


class WordEncoder:
    """Word → (navec id, shape id), as slovnet's `WordShapeEncoder.item` computes them, cached."""

    def __init__(self, encoder: Any) -> None:
        self.words = encoder.words_vocab
        self.shapes = encoder.shapes_vocab
        self.cache: dict[str, tuple[int, int]] = {}

    def serves(self, encoder: Any) -> bool:
        """Does `encoder` map words and shapes to the same ids as this one?"""
        same_words = encoder.words_vocab.item_ids is self.words.item_ids or \
            encoder.words_vocab.items == self.words.items
        return same_words and encoder.shapes_vocab.items == self.shapes.items

    def encode(self, sentence: Sequence[str]) -> Ids:
        word_ids, shape_ids = [], []
        cache = self.cache
        for word in sentence:
            ids = cache.get(word)
            if ids is None:
                ids = (self.words.encode(word.lower()), self.shapes.encode(word_shape(word)))
                if len(cache) < CACHE_LIMIT:
                    cache[word] = ids
            word_ids.append(ids[0])
            shape_ids.append(ids[1])
        return word_ids, shape_ids


def run(api: Any, encoded: Sequence[Ids], batch_size: int, tokens: int = TOKENS_PER_BATCH) -> list[Any]:
    """slovnet's encoder input → model → decoder for `encoded` sentences; results in input order.

    Sentences go in by length, in batches of at most `batch_size` sentences and `tokens` padded tokens: a batch
    costs its longest sentence times its size, so one release's sentences (3 to 80 words) make several small
    batches rather than a few padded ones."""
    order = sorted(range(len(encoded)), key=lambda i: len(encoded[i][0]))
    infer = api.infer
    inputs = (infer.encoder.input([encoded[i] for i in batch]) for batch in batches(order, encoded, batch_size, tokens))
    out: list[Any] = [None] * len(encoded)
    with _reading(infer.model.encoder, encoded):
        for i, pred in zip(order, _decoder(infer)(infer.process(inputs))):
            out[i] = pred
    return out


def _reading(encoder: Any, encoded: Sequence[Ids]) -> ContextManager[None]:
    """The fast encoder's first layer worked out once per distinct word and shape of `encoded`
    (network/first_layer.py); nothing for slovnet's own encoder."""
    if not hasattr(encoder, "reading"):
        return nullcontext()
    words = numpy.fromiter((w for word_ids, _ in encoded for w in word_ids), dtype=numpy.int64)
    shapes = numpy.fromiter((s for _, shape_ids in encoded for s in shape_ids), dtype=numpy.int64)
    return encoder.reading(words, shapes)


def batches(order: list[int], encoded: Sequence[Ids], size: int, tokens: int) -> Iterator[list[int]]:
    """Consecutive runs of `order` (shortest first) within both limits; a sentence longer than `tokens` alone."""
    batch: list[int] = []
    for i in order:
        length = max(1, len(encoded[i][0]))
        if batch and (len(batch) >= size or (len(batch) + 1) * length > tokens):
            yield batch
            batch = []
        batch.append(i)
    if batch:
        yield batch


def _decoder(infer: Any) -> Any:
    """slovnet's decoder of `infer`'s predictions; for syntax one that gives heads as numbers, not as strings
    (slovnet's writes each token's number and head as a string for the CoNLL markup, which we do not build)."""
    decoder = infer.decoder
    if type(decoder) is not SyntaxDecoder:
        return decoder
    labels = decoder.rels_vocab.items

    def decode(preds: Iterable[tuple[Any, Any]]) -> Iterator[tuple[None, list[int], list[str]]]:
        for head_ids, rel_ids in preds:
            yield None, head_ids.tolist(), [labels[r] for r in rel_ids.tolist()]

    return decode
