"""slovnet's CNN encoder computed without building the convolution windows.

slovnet convolves by copying every window of k tokens into a matrix (n × k·d) and multiplying it once: the copy
was a fifth of the taggers' time. Here the sentence batch stays one contiguous (n × d) matrix and each of the k
kernel columns multiplies it at its offset, the products added: the same sums in another order (float32, so the
last bits may differ), no copy. Batch norm is one multiply-add with its factors worked out once.
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
        numpy.matmul(rows[:count], self.kernels[0], out=out[:count])
        product = numpy.empty((count, len(self.bias)), dtype=x.dtype)
        for offset, kernel in enumerate(self.kernels[1:], 1):
            numpy.matmul(rows[offset : offset + count], kernel, out=product)
            out[:count] += product
        out = out.reshape(batch, width, -1)[:, :seq]
        out += self.bias
        numpy.maximum(out, 0, out=out)
        out *= self.scale
        out += self.shift
        return out


class FastCNNEncoder:
    """A drop-in for a slovnet model's `encoder`: same input and output layout (batch × seq × dim)."""

    def __init__(self, encoder: Any) -> None:
        self.original = encoder
        self.layers = [Layer(layer) for layer in encoder.layers]

    def __call__(self, input: numpy.ndarray, mask: numpy.ndarray) -> numpy.ndarray:
        x = input
        for layer in self.layers:
            x = layer(x)
            x[mask] = 0  # padding positions, as slovnet zeroes them after every layer
        return x


def speed_up(model: Any) -> None:
    """Give a loaded slovnet model the fast encoder (idempotent)."""
    if not isinstance(model.encoder, FastCNNEncoder):
        model.encoder = FastCNNEncoder(model.encoder)
