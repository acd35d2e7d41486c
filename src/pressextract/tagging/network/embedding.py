"""slovnet's word + shape embedding gathered with one flat `take` instead of numpy's two-axis fancy indexing.

navec stores a word as 100 codebook indices (one byte each); its vector is the 100 three-number codes those
indices pick, one from each of 100 codebooks. slovnet gathers them with `codes[qdims, indexes]` (broadcast
fancy indexing over two axes), a tenth of the taggers' time; the same numbers come out of `take` on the
codebooks laid end to end (codebook q's code i is row q·256 + i), five times faster. Nothing is computed,
only copied, so the vectors are exactly slovnet's. The shape embedding is copied beside them in the same array
instead of concatenated.

With the fast encoder (cnn.py) a model's `emb` hands the ids on unembedded (`Ids`): the encoder's first layer
reads each distinct word once (first_layer.py) and embeds the tokens itself only where it must.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import numpy


class Ids(NamedTuple):
    """A batch's word ids and shape ids (batch × seq each), not yet embedded: what a sped-up model's `emb`
    returns, for the encoder to read."""

    word_id: numpy.ndarray
    shape_id: numpy.ndarray


class FastWordShapeEmbedding:
    """A drop-in for a slovnet model's `emb` (`WordShapeEmbedding`): ids (batch × seq) → batch × seq × dim."""

    def __init__(self, emb: Any) -> None:
        self.original = emb
        codes = emb.word.codes.array  # codebooks × codes × width
        books, size, width = codes.shape
        self.codes = codes.reshape(books * size, width)
        self.offsets = numpy.arange(books, dtype=numpy.intp) * size  # where each codebook starts in self.codes
        self.indexes = emb.word.indexes.array  # words × codebooks (uint8)
        self.word_dim = books * width
        self.shapes = emb.shape.weight.array  # shapes × shape dim

    def words(self, word_ids: numpy.ndarray) -> numpy.ndarray:
        """navec's vectors of `word_ids` (a 1-d array): len × word dim."""
        rows = self.indexes[word_ids] + self.offsets  # len × codebooks, rows of self.codes
        return self.codes.take(rows.ravel(), axis=0).reshape(len(word_ids), self.word_dim)

    def zeros(self, word_ids: numpy.ndarray, shape_ids: numpy.ndarray) -> bool:
        """Are the vectors of these words and shapes all zeros (as slovnet's padding ids' are)?"""
        words, shapes = numpy.unique(word_ids), numpy.unique(shape_ids)
        return not (self.words(words).any() or self.shapes.take(shapes, axis=0).any())

    def __call__(self, word_id: numpy.ndarray, shape_id: numpy.ndarray) -> numpy.ndarray:
        batch_shape = word_id.shape
        count = word_id.size
        out = numpy.empty((count, self.word_dim + self.shapes.shape[1]), dtype=self.codes.dtype)
        out[:, : self.word_dim] = self.words(word_id.ravel())
        out[:, self.word_dim :] = self.shapes.take(shape_id.ravel(), axis=0)
        return out.reshape(*batch_shape, out.shape[1])
