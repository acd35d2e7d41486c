"""Crash-safe output files: written beside the target as `OUT.partial`, renamed to `OUT` when complete.

Whole lines are appended with one `write` each (unbuffered, fsync'd at least once a second), so a kill leaves
the partial file with complete lines and at most one torn last line. `--resume` continues the partial file
(or a copy of a finished `OUT`): a torn last line is cut off (in CSV, with the rows of its file when they are
fewer than the file's `facts` count), and the (source, sha256) pairs already there are the files it skips.
Entries of files that changed or are gone are dropped when the run completes, so `OUT` ends with exactly one
entry per input file.
"""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator, Optional

from .safe_write import open_output, refuse_link

Key = tuple[str, Optional[str]]  # (source, sha256)
FSYNC_SECONDS = 1.0


def partial_path(out: Path) -> Path:
    """Where a run writes before its output is complete."""
    return out.with_name(out.name + ".partial")


def prepare(out: Path, resume: bool, copy: Callable[[Path, Path], object] = shutil.copyfile) -> Path:
    """The partial file to write: continued or copied from `out` on resume, otherwise new and empty.

    None of them is opened through a symbolic link: on resume a link is refused (`OutputLink`), otherwise a
    link in place of the partial file is removed (the link, not what it points to)."""
    partial = partial_path(out)
    if resume:
        refuse_link(out)
        refuse_link(partial)
    if resume and not partial.exists() and out.exists():
        copy(out, partial)
    elif not resume and (partial.exists() or partial.is_symlink()):
        partial.unlink()
    return partial


@dataclass
class Existing:
    """What a resumed output already holds: for each source the digests of its entries, in order."""

    shas: dict[str, list[Optional[str]]] = field(default_factory=dict)
    damaged: bool = False  # unreadable lines were found: the file is rewritten at the end

    def add(self, key: Key) -> None:
        self.shas.setdefault(key[0], []).append(key[1])

    def has(self, key: Key) -> bool:
        return key[1] in self.shas.get(key[0], ())

    def stale(self, current: dict[str, Optional[str]]) -> set[Key]:
        """Entries to drop: of files no longer in the input, or of an older version of a file."""
        return {(s, sha) for s, shas in self.shas.items() for sha in shas if current.get(s, object()) != sha}

    def duplicated(self) -> bool:
        return any(len(shas) > 1 for shas in self.shas.values())


class LineFile:
    """An append-only file of entries, one per input file: a line (JSONL) or a group of rows (CSV, `grouped`)."""

    header: bytes = b""
    grouped = False

    def __init__(self, out: Path, resume: bool) -> None:
        self.out = out
        self.path = prepare(out, resume)
        self.existing = Existing()
        if self.path.exists():
            self._scan()
        fd = open_output(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
        self.file: BinaryIO = os.fdopen(fd, "ab", buffering=0)
        if self.file.tell() == 0 and self.header:
            self._write(self.header)
        self.synced = time.monotonic()

    def key(self, line: bytes) -> Optional[Key]:
        """(source, sha256) of a physical line; None when it is not an entry (the header, a damaged line)."""
        raise NotImplementedError

    def group_size(self, line: bytes) -> int:
        """How many lines the entry this line belongs to has (in grouped files, the line says)."""
        return 1

    def _scan(self) -> None:
        """Read the keys already written; cut a torn last line and an incomplete last group."""
        keys: list[Optional[Key]] = []
        starts: list[int] = []
        size = 0
        last_line = b""
        with self.path.open("rb") as f:
            for line in f:
                if not line.endswith(b"\n"):
                    break
                keys.append(self.key(line))
                starts.append(size)
                size += len(line)
                last_line = line
        if keys and keys[-1] is not None:
            first = len(keys) - 1
            while first > 0 and keys[first - 1] == keys[-1]:
                first -= 1
            if len(keys) - first < self.group_size(last_line):  # «fact 1 of 2» was the last row written
                size = starts[first]
                del keys[first:]
        if size != self.path.stat().st_size:
            fd = open_output(self.path, os.O_WRONLY)
            try:
                os.ftruncate(fd, size)
            finally:
                os.close(fd)
        skip = 1 if self.header and keys and keys[0] is None else 0
        for key in keys[skip:]:
            if key is None:
                self.existing.damaged = True
            elif not (self.grouped and self.existing.has(key)):
                self.existing.add(key)

    def write_entry(self, data: bytes) -> None:
        """Append the line(s) of one input file with one write."""
        self._write(data)
        if time.monotonic() - self.synced > FSYNC_SECONDS:
            os.fsync(self.file.fileno())
            self.synced = time.monotonic()

    def _write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            view = view[self.file.write(view) or 0 :]

    def finish(self, current: dict[str, Optional[str]]) -> int:
        """Drop stale entries, make the file durable and rename it to `out`; returns the entries dropped."""
        stale = self.existing.stale(current)
        os.fsync(self.file.fileno())
        self.file.close()
        if stale or self.existing.damaged or self.existing.duplicated():
            _rewrite(self.path, lambda lines: self._kept(lines, stale))
        publish(self.path, self.out)
        return len(stale)

    def abort(self) -> None:
        """Keep what was written, for `--resume`."""
        os.fsync(self.file.fileno())
        self.file.close()

    def _kept(self, lines: Iterable[bytes], stale: set[Key]) -> Iterator[bytes]:
        """The header, then the entries that are neither stale nor damaged, the first one of each source."""
        first: dict[str, Optional[str]] = {}
        for number, line in enumerate(lines):
            key = self.key(line)
            if key is None:
                if number == 0 and self.header:
                    yield self.header  # today's: a file an older version wrote may have fewer columns
                continue
            if key in stale:
                continue
            source, sha = key
            if source not in first:
                first[source] = sha
            elif not self.grouped or first[source] != sha:
                continue
            yield line


def publish(partial: Path, out: Path) -> None:
    """Rename the complete file into place and make the rename itself durable."""
    os.replace(partial, out)
    try:
        folder = os.open(out.parent, os.O_RDONLY)
    except OSError:  # Windows does not open folders; its rename is durable enough
        return
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def _rewrite(path: Path, keep: Callable[[Iterable[bytes]], Iterable[bytes]]) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.unlink(missing_ok=True)  # a file (or a link planted) there is no work of this run
    fd = open_output(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    with path.open("rb") as source, os.fdopen(fd, "wb") as target:
        for line in keep(source):
            target.write(line)
        target.flush()
        os.fsync(target.fileno())
    os.replace(temporary, path)
