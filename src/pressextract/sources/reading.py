"""Input files of a batch read into text: bytes read safely (`safeio.py`), decoded (`decode.py`), HTML reduced
to its visible text (`htmltext.py`), PDF and DOCX to their text (`documents.py`).

A file that cannot become text keeps its reason in `Source.error` instead of raising, so the batch writes an
error line for it and goes on.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional

from ..errors import LinkOutside, NoText, PressExtractError, TextTooLong
from .decode import decode
from .documents import DOCUMENT_SUFFIXES, document_text
from .finder import INCLUDE, Found, find_files, inside
from .htmltext import html_to_text, looks_like_html
from .safe_read import read_capped

__all__ = ["INCLUDE", "Found", "Source", "find_files", "read_source", "read_sources", "source_from_bytes"]

HTML_SUFFIXES = (".html", ".htm")
MAX_LENGTH = 1_000_000  # characters: spaCy's `nlp.max_length`, the pipeline's limit (Extractor checks it too)
MAX_BYTES = 4 * MAX_LENGTH + 4  # more bytes than this cannot be text under the limit, even in UTF-32
MAX_HTML_BYTES = 64 * 2**20  # markup is most of a page: its text is measured after parsing, up to this size
MAX_DOCUMENT_BYTES = 128 * 2**20  # a PDF or DOCX with its pictures


@dataclass
class Source:
    """One input file: its name in the output, digest, encoding and text (or why not)."""

    relative: str
    sha256: Optional[str]
    encoding: Optional[str] = None
    text: Optional[str] = None
    error: Optional[tuple[str, str]] = None  # (type, message)
    warnings: list[str] = field(default_factory=list)


def read_sources(found: Iterable[Found], root: Path, *, follow_symlinks: bool = False) -> Iterator[Source]:
    """A `Source` for each entry of `find_files`, lazily."""
    real_root = os.path.realpath(root) if root.is_dir() else None
    for entry in found:
        if entry.error:
            yield Source(entry.relative, None, error=entry.error)
        else:
            yield read_source(entry.path, entry.relative, inside_of=None if follow_symlinks else real_root)


def read_source(path: Path, relative: str, *, inside_of: Optional[str] = None) -> Source:
    """Read, hash and decode one file; failures are kept in the `Source`. With `inside_of` (a resolved
    folder), a file that resolves outside it (a link changed since it was found) is refused."""
    suffix = path.suffix.lower()
    cap = MAX_HTML_BYTES if suffix in HTML_SUFFIXES else MAX_DOCUMENT_BYTES if suffix in DOCUMENT_SUFFIXES \
        else MAX_BYTES
    try:
        if inside_of is not None and not inside(os.path.realpath(path), inside_of):
            raise LinkOutside(f"{path} resolves outside the batch folder")
        read = read_capped(path, cap)
    except PressExtractError as error:
        return Source(relative, None, error=_error(error))
    except OSError as error:
        return Source(relative, None, error=(type(error).__name__, error.strerror or str(error)))
    if read.data is None:
        return Source(relative, read.sha256, error=_error(TextTooLong(_too_big(read.size, cap))))
    return source_from_bytes(read.data, relative, html=suffix in HTML_SUFFIXES,
                             document=suffix if suffix in DOCUMENT_SUFFIXES else None)


def source_from_bytes(data: bytes, relative: str, *, html: Optional[bool] = False,
                      document: Optional[str] = None) -> Source:
    """A `Source` from the bytes of a file: HTML pages are reduced to their visible text (`html=None`: sniff),
    a `document` (".pdf", ".docx") to its text."""
    source = Source(relative, hashlib.sha256(data).hexdigest())
    try:
        if not data:
            raise NoText("empty file")
        if document:
            source.encoding = document[1:]
            text = document_text(data, document)
        else:
            decoded = decode(data, html=html is not False)
            source.encoding, source.warnings = decoded.encoding, decoded.warnings
            if html is None:
                html = looks_like_html(decoded.text)
            text = html_to_text(decoded.text) if html else decoded.text
        if not visible(text):
            raise NoText("no text in the HTML page" if html else "only whitespace" if not text.strip()
                         else "no visible characters (only invisible formatting ones)")
        if len(text) > MAX_LENGTH:
            raise TextTooLong(f"text of {len(text):,} characters is over the limit of {MAX_LENGTH:,}; "
                              "split the file into releases")
        source.text = text
    except PressExtractError as error:
        source.error = _error(error)
    return source


def visible(text: str) -> bool:
    """Has `text` a character one can see? Spaces and formatting characters (zero-width space, joiners, soft
    hyphen, BOM: category Cf) are not."""
    return any(not ch.isspace() and unicodedata.category(ch) != "Cf" for ch in text)


def _error(error: Exception) -> tuple[str, str]:
    return type(error).__name__, str(error)


def _too_big(size: int, cap: int) -> str:
    return (f"file of {size:,} bytes is over the limit of {cap:,} bytes for its kind "
            f"({MAX_LENGTH:,} characters of text); split the file into releases")
