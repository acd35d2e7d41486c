"""slovnet's CNN encoder on the sentences packed end to end, its layers computed without building the
convolution windows (layer.py).

A batch's sentences are padded to the longest and each gets the convolution's zero rows on both sides: 9 rows
in 100 multiplied for nothing on the press texts. The encoder packs the words of all sentences into one matrix
instead, one run of zero rows between two sentences (a sentence's edge sees zeros either way; slovnet's padding
words have zero vectors), and zeroes those rows again after each layer, as slovnet zeroes its padding. Every
row is the same products summed in the same order as in the padded layout.

The model's embedding step hands the encoder ids (`embedding.Ids`): the first layer reads a table of the
words' shares (first_layer.py) and only the padded layout, kept for padding words that are not zeros, embeds
every token.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Iterator, Union

import numpy

from .embedding import FastWordShapeEmbedding, Ids
from .first_layer import FirstLayer
from .layer import Layer


class FastCNNEncoder:
    """A drop-in for a slovnet model's `encoder`: same input (the embedded batch, or its `Ids`) and output layout
    (batch × seq × dim)."""

    def __init__(self, encoder: Any, embedding: FastWordShapeEmbedding) -> None:
        self.original = encoder
        self.embedding = embedding
        self.layers = [Layer(layer) for layer in encoder.layers]
        self.first = FirstLayer(self.layers[0], embedding)
        self.gap = self.layers[0].padding  # zero rows between two packed sentences

    @contextmanager
    def reading(self, word_ids: numpy.ndarray, shape_ids: numpy.ndarray) -> Iterator[None]:
        """Calls within read these tokens: the first layer is worked out once for each distinct word and shape
        (first_layer.py)."""
        self.first.prepare(word_ids, shape_ids)
        try:
            yield
        finally:
            self.first.forget()

    def __call__(self, input: Union[Ids, numpy.ndarray], mask: numpy.ndarray) -> numpy.ndarray:
        ids = input if isinstance(input, Ids) else None
        if ids is not None:
            pads_are_zeros = self.embedding.zeros(ids.word_id[mask], ids.shape_id[mask])
        else:
            pads_are_zeros = not input[mask].any()
        if any(layer.padding != self.gap for layer in self.layers) or not mask.size or not pads_are_zeros:
            # packing drops the padding words: only when they are zeros
            return self.padded(self.embedding(*ids) if ids is not None else input, mask)
        words = ~mask  # slovnet pads at the end of each sentence
        lengths = words.sum(axis=1)
        starts = self.gap + numpy.concatenate(([0], numpy.cumsum(lengths + self.gap)[:-1]))
        rows = (starts[:, None] + numpy.arange(mask.shape[1])[None, :])[words]  # each word's packed row
        total = int(lengths.sum()) + self.gap * (len(lengths) + 1)
        gaps = numpy.ones(total, dtype=bool)
        gaps[rows] = False
        layers = self.layers
        if ids is not None:
            x = self.first.packed(ids.word_id[words], ids.shape_id[words], rows, total)
            x[gaps] = 0
            layers = layers[1:]
        else:
            x = numpy.zeros((total, input.shape[2]), dtype=input.dtype)
            x[rows] = input[words]
        for layer in layers:
            x = layer.packed(x)
            x[gaps] = 0
        out = numpy.zeros((*mask.shape, x.shape[1]), dtype=x.dtype)
        out[words] = x[rows]
        return out

    def padded(self, input: numpy.ndarray, mask: numpy.ndarray) -> numpy.ndarray:
        """The batch as slovnet lays it out: each sentence padded to the longest."""
        x = input
        for layer in self.layers:
            x = layer(x)
            x[mask] = 0  # padding positions, as slovnet zeroes them after every layer
        return x


def speed_up(model: Any) -> None:
    """Give a loaded slovnet model the fast embedding and encoder (idempotent): its `emb` passes the ids on, the
    encoder embeds them."""
    if not isinstance(model.encoder, FastCNNEncoder):
        model.encoder = FastCNNEncoder(model.encoder, FastWordShapeEmbedding(model.emb))
        model.emb = Ids
