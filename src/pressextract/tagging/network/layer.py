"""One convolution + ReLU + batch norm layer of slovnet's CNN encoder, computed without building its windows.

slovnet convolves by copying every window of k tokens into a matrix (n × k·d) and multiplying it once: the copy
was a fifth of the taggers' time. Here the rows stay one contiguous (n × d) matrix and each of the k kernel
columns multiplies it at its offset, the products added: the same sums in another order (float32, so the last
bits may differ), no copy. Batch norm is one multiply-add with its factors worked out once.
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
        self.finish(out)

    def finish(self, out: numpy.ndarray, bias: bool = True) -> None:
        """Bias (unless the sums hold it), ReLU and batch norm on the convolution's sums `out`, in place."""
        if bias:
            out += self.bias
        numpy.maximum(out, 0, out=out)
        out *= self.scale
        out += self.shift
