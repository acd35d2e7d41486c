"""Input files of a batch: found in a deterministic order, hashed, decoded and turned into text.

A file that cannot become text keeps its reason in `Source.error` instead of raising, so the batch writes an
error line for it and goes on.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional

from ..errors import NoText, PressExtractError, TextTooLong
from .decode import decode
from .htmltext import html_to_text, looks_like_html

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
MAX_LENGTH = 1_000_000  # characters: spaCy's `nlp.max_length`, the pipeline's limit (Extractor checks it too)
MAX_BYTES = 4 * MAX_LENGTH + 4  # more bytes than this cannot be text under the limit, even in UTF-32
MAX_HTML_BYTES = 64 * 2**20  # markup is most of a page: its text is measured after parsing, up to this size


@dataclass
class Source:
    """One input file: its path relative to the batch folder, digest, encoding and text (or why not)."""

    relative: str
    sha256: Optional[str]
    encoding: Optional[str] = None
    text: Optional[str] = None
    error: Optional[tuple[str, str]] = None  # (type, message)
    warnings: list[str] = field(default_factory=list)


def find_files(root: Path) -> list[Path]:
    """Release files under `root` (or `root` itself), sorted by relative path; hidden files and folders skipped."""
    if root.is_file():
        return [root]
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(folder, f) for f in files if not f.startswith(".") and f.lower().endswith(SUFFIXES)]
    return sorted(found, key=lambda p: relative_name(p, root))


def relative_name(path: Path, root: Path) -> str:
    """The name a file has in the output: its path under `root` with forward slashes.

    Bytes of a name that are not UTF-8 (a cp1251 name on a Linux disk) become U+FFFD: the output is UTF-8.
    """
    name = path.name if root.is_file() else path.relative_to(root).as_posix()
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def read_sources(paths: list[Path], root: Path) -> Iterator[Source]:
    """`read_source` for each path, lazily."""
    for path in paths:
        yield read_source(path, relative_name(path, root))


def read_source(path: Path, relative: str) -> Source:
    """Read, hash and decode one file; failures are kept in the `Source`."""
    html = path.suffix.lower() in HTML_SUFFIXES
    try:
        size = path.stat().st_size
        if size > (MAX_HTML_BYTES if html else MAX_BYTES):
            return Source(relative, _hash_file(path), error=_error(TextTooLong(_too_long(size))))
        data = path.read_bytes()
    except OSError as error:
        return Source(relative, None, error=(type(error).__name__, str(error)))
    return source_from_bytes(data, relative, html=html)


def source_from_bytes(data: bytes, relative: str, *, html: Optional[bool] = False) -> Source:
    """A `Source` from the bytes of a file: HTML pages are reduced to their visible text (`html=None`: sniff)."""
    source = Source(relative, hashlib.sha256(data).hexdigest())
    try:
        if not data:
            raise NoText("empty file")
        decoded = decode(data, html=html is not False)
        source.encoding, source.warnings = decoded.encoding, decoded.warnings
        if html is None:
            html = looks_like_html(decoded.text)
        text = html_to_text(decoded.text) if html else decoded.text
        if not text.strip():
            raise NoText("no text in the HTML page" if html else "only whitespace")
        if len(text) > MAX_LENGTH:
            raise TextTooLong(f"text of {len(text):,} characters is over the limit of {MAX_LENGTH:,}; "
                              "split the file into releases")
        source.text = text
    except PressExtractError as error:
        source.error = _error(error)
    return source


def _error(error: Exception) -> tuple[str, str]:
    return type(error).__name__, str(error)


def _too_long(size: int) -> str:
    return f"file of {size:,} bytes is over the limit of {MAX_LENGTH:,} characters; split the file into releases"


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
