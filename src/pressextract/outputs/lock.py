"""One writer per output: `OUT.lock`, held (flock) for the whole run and removed at its end.

Two runs on one output would delete each other's `OUT.partial` or append the same files twice, so the second
run stops at once, naming the pid of the first. A lock file left by a killed run holds no lock and is taken
over. Removing it while another run waits on it is safe: a run that locked a file no longer at that path
retries with the new one.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..errors import PressExtractError
from .safe_write import open_output

try:
    import fcntl
except ImportError:  # Windows: no lock
    fcntl = None  # type: ignore[assignment]


class OutputBusy(PressExtractError):
    """Another pressextract is writing the same output."""


def lock_path(out: Path) -> Path:
    """The lock file of an output."""
    return out.with_name(out.name + ".lock")


@contextmanager
def output_lock(out: Path) -> Iterator[None]:
    """Hold the lock of `out`; `OutputBusy` when another process holds it."""
    if fcntl is None:
        yield
        return
    path = lock_path(out)
    while True:
        fd = open_output(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            raise OutputBusy(f"{out} is being written by another pressextract, pid {pid}") from None
        try:
            same = os.fstat(fd).st_ino == os.stat(path, follow_symlinks=False).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)  # the holder removed it after we opened it: lock the one there now
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        try:
            path.unlink()
        finally:
            os.close(fd)
