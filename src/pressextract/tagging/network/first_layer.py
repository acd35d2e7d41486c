"""The first convolution of slovnet's CNN encoder read from a table of the words it has seen, not worked out per
token.

The first layer multiplies each window of k tokens' input vectors (navec's 300 numbers and the shape
embedding's 30, laid end to end) by its kernel: a token's share of the sum is its vector times the kernel's
column for its place in the window. The vector is fixed by the word and the shape, so the share is too. The
shares of each distinct word are worked out once per call of a model (`prepare`, from `inference.run`; the
table is dropped after the call): the 16 press texts of a batch hold 12 000 tokens but 2 100 distinct words with their shapes,
one text alone half as many words as tokens. A word has its share with each shape it comes with (the shapes'
part, with the layer's bias, is worked out at load for all 66). A token's k shares are then looked up and
added along its window: the same products, summed in another order (float32: the last
bits may differ from slovnet's). On the 209 press texts the first layers of the three models took 1.8 s
multiplied per token, 0.9 s read from the table (most of it the looking up and adding).
"""

from __future__ import annotations

import numpy

from .embedding import FastWordShapeEmbedding
from .layer import Layer


class FirstLayer:
    """Layer 1 of a slovnet CNN encoder from the word and shape ids of sentences packed one after another."""

    def __init__(self, layer: Layer, embedding: FastWordShapeEmbedding) -> None:
        self.layer = layer
        self.embedding = embedding
        self.width = len(layer.kernels)
        self.filters = len(layer.bias)
        weights = numpy.concatenate(layer.kernels, axis=1)  # in × (width · filters): window place t at t · filters
        dim = embedding.word_dim
        self.word_weights = numpy.ascontiguousarray(weights[:dim])
        self.shapes = embedding.shapes @ weights[dim:]  # shapes × (width · filters)
        middle = slice(layer.padding * self.filters, (layer.padding + 1) * self.filters)
        self.shapes[:, middle] += layer.bias  # a window's bias comes with the token in its middle (never a gap)
        self.keys = numpy.empty(0, dtype=numpy.int64)  # word id × shapes + shape id of the table's rows, sorted
        self.table = numpy.zeros((1, self.shapes.shape[1]), dtype=self.shapes.dtype)  # shares; last row: a gap

    def prepare(self, word_ids: numpy.ndarray, shape_ids: numpy.ndarray) -> None:
        """Work out the shares of the distinct (word, shape) pairs among these (the tokens the next calls will
        read): a word comes with one shape or two («Рост», «рост»)."""
        keys = numpy.unique(self._keys(word_ids, shape_ids))
        table = numpy.empty((len(keys) + 1, self.table.shape[1]), dtype=self.table.dtype)
        words, shapes = numpy.divmod(keys, len(self.shapes))
        numpy.matmul(self.embedding.words(words), self.word_weights, out=table[:-1])
        table[:-1] += self.shapes.take(shapes, axis=0)
        table[-1] = 0
        self.keys, self.table = keys, table

    def _keys(self, word_ids: numpy.ndarray, shape_ids: numpy.ndarray) -> numpy.ndarray:
        return word_ids.astype(numpy.int64) * len(self.shapes) + shape_ids

    def forget(self) -> None:
        """Drop the words' table (a batch's can hold 15 MB a model)."""
        self.keys, self.table = self.keys[:0].copy(), self.table[-1:].copy()  # copies: a view keeps it all

    def packed(self, word_ids: numpy.ndarray, shape_ids: numpy.ndarray, rows: numpy.ndarray,
               total: int) -> numpy.ndarray:
        """total × filters: the layer's output for `total` packed rows, where the tokens with `word_ids` and
        `shape_ids` sit at `rows` and every other row is a gap of zeros (the output's gap rows are left as
        they come: the caller zeroes them)."""
        keys = self._keys(word_ids, shape_ids)
        found = numpy.searchsorted(self.keys, keys)
        if len(keys) and not (len(self.keys) and numpy.array_equal(self.keys.take(found, mode="clip"), keys)):
            self.prepare(word_ids, shape_ids)  # a token outside the prepared table (a call from elsewhere)
            found = numpy.searchsorted(self.keys, keys)
        table_rows = numpy.full(total, len(self.keys), dtype=numpy.intp)  # gaps: the zero row
        table_rows[rows] = found
        shares = self.table.take(table_rows, axis=0)
        out = numpy.empty((total, self.filters), dtype=shares.dtype)
        pad, count, filters = self.layer.padding, total - self.width + 1, self.filters
        window = out[pad : pad + count]
        numpy.copyto(window, shares[:count, :filters])
        for place in range(1, self.width):
            window += shares[place : place + count, place * filters : (place + 1) * filters]
        self.layer.finish(window, bias=False)
        return out
