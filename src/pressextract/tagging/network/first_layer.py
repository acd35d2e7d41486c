"""The first convolution of slovnet's CNN encoder read from a table of the words it has seen, not worked out per
token.

The first layer multiplies each window of k tokens' input vectors (navec's 300 numbers and the shape
embedding's 30, laid end to end) by its kernel: a token's share of the sum is its vector times the kernel's
column for its place in the window. The vector is fixed by the word and the shape, so the share is too. The
shares of each distinct word are worked out once per call of a model (`prepare`, from `inference.run`: the
16 press texts of a batch hold 12 000 tokens but 2 000 distinct words, one text alone half as many words as
tokens; dropped after the call), those of the 66 shapes once at load; a token's k shares are then looked up and added along its
window. The same products, summed in another order (float32: the last bits may differ from slovnet's). The
first layer was 60 % of the encoders' time; the words' table takes a sixth of it on a batch.
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
        shapes = embedding.shapes @ weights[dim:]
        self.shapes = numpy.vstack([shapes, numpy.zeros((1, shapes.shape[1]), dtype=shapes.dtype)])  # + a gap
        self.ids = numpy.empty(0, dtype=numpy.intp)  # the words of the table, sorted
        self.table = numpy.zeros((1, shapes.shape[1]), dtype=shapes.dtype)  # their shares; last row: a gap

    def prepare(self, word_ids: numpy.ndarray) -> None:
        """Work out the shares of the distinct words among `word_ids` (the words the next calls will read)."""
        ids = numpy.unique(word_ids)
        table = numpy.empty((len(ids) + 1, self.table.shape[1]), dtype=self.table.dtype)
        numpy.matmul(self.embedding.words(ids), self.word_weights, out=table[:-1])
        table[-1] = 0
        self.ids, self.table = ids, table

    def forget(self) -> None:
        """Drop the words' table (a batch's can hold 15 MB a model)."""
        self.ids, self.table = self.ids[:0].copy(), self.table[-1:].copy()  # copies: a view keeps it all

    def packed(self, word_ids: numpy.ndarray, shape_ids: numpy.ndarray, rows: numpy.ndarray,
               total: int) -> numpy.ndarray:
        """total × filters: the layer's output for `total` packed rows, where the tokens with `word_ids` and
        `shape_ids` sit at `rows` and every other row is a gap of zeros (the output's gap rows are left as
        they come: the caller zeroes them)."""
        found = numpy.searchsorted(self.ids, word_ids)
        if len(word_ids) and not (len(self.ids) and numpy.array_equal(self.ids.take(found, mode="clip"), word_ids)):
            self.prepare(word_ids)  # a word outside the prepared table (a call from elsewhere): one for this batch
            found = numpy.searchsorted(self.ids, word_ids)
        word_rows = numpy.full(total, len(self.ids), dtype=numpy.intp)
        word_rows[rows] = found
        shape_rows = numpy.full(total, len(self.shapes) - 1, dtype=numpy.intp)
        shape_rows[rows] = shape_ids
        shares = self.table.take(word_rows, axis=0)
        shares += self.shapes.take(shape_rows, axis=0)
        out = numpy.empty((total, self.filters), dtype=shares.dtype)
        pad, count, filters = self.layer.padding, total - self.width + 1, self.filters
        window = out[pad : pad + count]
        numpy.copyto(window, shares[:count, :filters])
        for place in range(1, self.width):
            window += shares[place : place + count, place * filters : (place + 1) * filters]
        self.layer.finish(window)
        return out
