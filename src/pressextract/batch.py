"""The batch helper: every release file in a folder becomes one JSON line, a record or an error.

    {"source": "a/b.txt", "sha256": "…", "encoding": "utf-8", "ok": true, "record": {…}}
    {"source": "c.txt", "sha256": "…", "encoding": null, "ok": false, "error": {"type": "…", "message": "…"}}
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Optional

from .extractor import DateLike, Extractor
from .errors import NotText

SUFFIXES = (".txt", ".md")


@dataclass
class Source:
    """One input file: where it is, its bytes' digest and its decoded text (or why there is none)."""

    path: Path
    relative: str
    sha256: str
    text: Optional[str] = None
    encoding: Optional[str] = None
    error: Optional[Exception] = None


@dataclass
class Summary:
    """Counts of a batch run."""

    files: int = 0
    ok: int = 0
    errors: int = 0
    facts: int = 0
    failed: list[str] = field(default_factory=list)


def find_files(root: Path) -> list[Path]:
    """Release files under `root`, in a deterministic order."""
    if root.is_file():
        return [root]
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)


def read_source(path: Path, root: Path) -> Source:
    """Read and decode one file; a failure is kept in the `Source`, not raised."""
    data = path.read_bytes()
    relative = path.name if root.is_file() else path.relative_to(root).as_posix()
    source = Source(path, relative, hashlib.sha256(data).hexdigest())
    try:
        source.text, source.encoding = decode(data)
    except NotText as error:
        source.error = error
    return source


def decode(data: bytes) -> tuple[str, str]:
    """Text of a UTF-8 file (with or without BOM)."""
    encoding = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise NotText(f"not valid UTF-8 at byte {error.start}") from None
    if "\x00" in text:
        raise NotText("binary data (NUL bytes)")
    return text, "utf-8"


def run(root: Path, extractor: Extractor, *, published: DateLike = None) -> Iterator[dict[str, Any]]:
    """One result line per file under `root`, in order."""
    for path in find_files(root):
        source = read_source(path, root)
        yield process(source, extractor, published)


def process(source: Source, extractor: Extractor, published: DateLike) -> dict[str, Any]:
    """The result line of one source."""
    line: dict[str, Any] = {"source": source.relative, "sha256": source.sha256, "encoding": source.encoding}
    try:
        if source.error is not None:
            raise source.error
        assert source.text is not None
        record = extractor.extract(source.text, published)
    except Exception as error:  # one bad file must never stop the batch: it becomes an error line
        return {**line, "ok": False, "error": {"type": type(error).__name__, "message": str(error)}}
    return {**line, "ok": True, "record": record.model_dump(mode="json")}


def write_jsonl(lines: Iterator[dict[str, Any]], out: Path) -> Summary:
    """Write result lines to `out` through a temporary file, so a crash never leaves half a file."""
    summary = Summary()
    partial = out.with_name(out.name + ".partial")
    with partial.open("w", encoding="utf-8") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
            summary.files += 1
            if line["ok"]:
                summary.ok += 1
                summary.facts += len(line["record"]["facts"])
            else:
                summary.errors += 1
                summary.failed.append(line["source"])
    partial.replace(out)
    return summary
