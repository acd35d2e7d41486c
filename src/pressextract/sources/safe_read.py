"""Reading input files without being tricked: only regular files, at most a byte cap.

A FIFO named `x.txt` blocks `open()` until someone writes to it, and `/dev/zero` has size 0 and never ends, so
an input file's type is checked before it is opened (`stat` does not block), the file is opened non-blocking
and checked again on the open descriptor, and reading stops after the cap whatever `stat` said.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from ..errors import NotAFile

BLOCK = 1 << 20
HASH_LIMIT = 1 << 30  # bytes of an oversized file hashed for its sha256 (its identity in --resume)
CLOEXEC = getattr(os, "O_CLOEXEC", 0)


@dataclass
class Read:
    """The bytes of a file (None when it has more than the cap) and the sha256 of what was read."""

    data: bytes | None
    sha256: str
    size: int


def kind(mode: int) -> str:
    """«a FIFO», «a character device»: what a file that is no regular file is."""
    for test, name in ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder")):
        if test(mode):
            return name
    return "not a regular file"


def read_capped(path: Path, cap: int) -> Read:
    """The bytes of the regular file `path`, or None past `cap` bytes (then its digest only)."""
    mode = os.stat(path).st_mode
    if not stat.S_ISREG(mode):
        raise NotAFile(f"{kind(mode)}, not a regular file")
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | CLOEXEC)
    with os.fdopen(fd, "rb", buffering=0) as f:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):  # replaced between stat and open
            raise NotAFile(f"{kind(mode)}, not a regular file")
        digest = hashlib.sha256()
        blocks: list[bytes] = []
        size = 0
        while size < HASH_LIMIT:
            block = f.read(min(BLOCK, cap + 1 - size) if size <= cap else BLOCK)
            if not block:
                break
            digest.update(block)
            size += len(block)
            if size <= cap:
                blocks.append(block)
            else:
                blocks.clear()
    return Read(b"".join(blocks) if size <= cap else None, digest.hexdigest(), size)
