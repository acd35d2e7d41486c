"""slovnet's CNN encoder computed without building the convolution windows, on the sentences packed end to end.

slovnet convolves by copying every window of k tokens into a matrix (n × k·d) and multiplying it once: the copy
was a fifth of the taggers' time. Here the sentence batch stays one contiguous (n × d) matrix and each of the k
kernel columns multiplies it at its offset, the products added: the same sums in another order (float32, so the
last bits may differ), no copy. Batch norm is one multiply-add with its factors worked out once.

A batch's sentences are padded to the longest and each gets the convolution's zero rows on both sides: 9 rows
in 100 multiplied for nothing on the press texts. The encoder packs the words of all sentences into one matrix
instead, one run of zero rows between two sentences (a sentence's edge sees zeros either way; slovnet's padding
words have zero vectors), and zeroes those rows again after each layer, as slovnet zeroes its padding. Every
row is the same products summed in the same order as in the padded layout.
"""

from __future__ import annotations

from typing import Any

import numpy


class Layer:
    """One convolution + ReLU + batch norm layer of slovnet's `CNNEncoder`, its weights rearranged."""

    def __init__(self, layer: Any) -> None:
        weight = layer.conv.weight.array  # filters × in × kernel
        self.kernels = [numpy.ascontiguousarray(weight[:, :, t].T) for t in range(weight.shape[2])]  # in × filters
        self.bias = layer.conv.bias.array
        self.padding = layer.conv.padding
        norm = layer.norm
        self.scale = (norm.weight.array / norm.std.array).astype(weight.dtype)
        self.shift = (norm.bias.array - norm.mean.array * self.scale).astype(weight.dtype)

    def __call__(self, x: numpy.ndarray) -> numpy.ndarray:
        """batch × seq × in → batch × seq × filters."""
        batch, seq, dim = x.shape
        pad, width = self.padding, seq + 2 * self.padding
        padded = numpy.zeros((batch, width, dim), dtype=x.dtype)
        padded[:, pad : pad + seq] = x
        rows = padded.reshape(batch * width, dim)
        count = batch * width - len(self.kernels) + 1  # windows over the flat rows; those across a sentence's end
        out = numpy.empty((batch * width, len(self.bias)), dtype=x.dtype)  # are dropped below
        self._convolve(rows, out[:count])
        return out.reshape(batch, width, -1)[:, :seq]

    def packed(self, rows: numpy.ndarray) -> numpy.ndarray:
        """rows × in → rows × filters for sentences packed with zero rows between them and at both ends; the
        output's rows at the ends are left unset (the caller zeroes every gap row)."""
        out = numpy.empty((len(rows), len(self.bias)), dtype=rows.dtype)
        self._convolve(rows, out[self.padding : len(rows) - self.padding])
        return out

    def _convolve(self, rows: numpy.ndarray, out: numpy.ndarray) -> None:
        """Convolution + ReLU + batch norm of the windows over `rows` into `out` (one row per window)."""
        count = len(out)
        numpy.matmul(rows[:count], self.kernels[0], out=out)
        product = numpy.empty((count, len(self.bias)), dtype=rows.dtype)
        for offset, kernel in enumerate(self.kernels[1:], 1):
            numpy.matmul(rows[offset : offset + count], kernel, out=product)
            out += product
        out += self.bias
        numpy.maximum(out, 0, out=out)
        out *= self.scale
        out += self.shift


class FastCNNEncoder:
    """A drop-in for a slovnet model's `encoder`: same input and output layout (batch × seq × dim)."""

    def __init__(self, encoder: Any) -> None:
        self.original = encoder
        self.layers = [Layer(layer) for layer in encoder.layers]
        self.gap = self.layers[0].padding  # zero rows between two packed sentences

    def __call__(self, input: numpy.ndarray, mask: numpy.ndarray) -> numpy.ndarray:
        if any(layer.padding != self.gap for layer in self.layers) or not mask.size or input[mask].any():
            return self.padded(input, mask)  # packing drops the padding words: only when they are zeros
        words = ~mask  # slovnet pads at the end of each sentence
        lengths = words.sum(axis=1)
        starts = self.gap + numpy.concatenate(([0], numpy.cumsum(lengths + self.gap)[:-1]))
        rows = (starts[:, None] + numpy.arange(mask.shape[1])[None, :])[words]  # each word's packed row
        total = int(lengths.sum()) + self.gap * (len(lengths) + 1)
        gaps = numpy.ones(total, dtype=bool)
        gaps[rows] = False
        x = numpy.zeros((total, input.shape[2]), dtype=input.dtype)
        x[rows] = input[words]
        for layer in self.layers:
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
    """Give a loaded slovnet model the fast encoder (idempotent)."""
    if not isinstance(model.encoder, FastCNNEncoder):
        model.encoder = FastCNNEncoder(model.encoder)
