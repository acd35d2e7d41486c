"""Errors pressextract raises on bad input, each saying what was wrong."""

from __future__ import annotations


class PressExtractError(ValueError):
    """Base of the input errors: the batch helper records them per file and goes on."""


class TextTooLong(PressExtractError):
    """The text is longer than the pipeline's `max_length`."""


class NotText(PressExtractError):
    """The input is not text: bytes that decode to nothing readable, or a non-string object."""


class NoText(PressExtractError):
    """The input holds no text to extract from: an empty file, only whitespace, an HTML page without text."""


class WorkerCrashed(PressExtractError):
    """A worker process died on this input (out of memory, a crash in native code); the batch went on."""


class NotAFile(PressExtractError):
    """The input is no regular file: a FIFO, a device, a socket (read, it could block or never end)."""


class LinkOutside(PressExtractError):
    """A symbolic link in the batch folder points outside it (`--follow-symlinks` reads it)."""


class MissingExtra(PressExtractError):
    """An optional part is asked for but not installed (`--dask` without `pressextract[dask]`)."""
