"""Writing output files without being tricked: never through a symbolic link, and a clear reason when the output
cannot be written at all (checked before anything is loaded).

A planted `OUT.partial → /etc/passwd` must not be truncated by `--resume`: output files are opened with
`O_NOFOLLOW` and checked for links first.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import PressExtractError

NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
CLOEXEC = getattr(os, "O_CLOEXEC", 0)


def open_output(path: Path, flags: int, mode: int = 0o666) -> int:
    """A descriptor of `path` for writing; `OSError` (ELOOP) when `path` is a symbolic link."""
    return os.open(path, flags | NOFOLLOW | CLOEXEC, mode)


class OutputLink(PressExtractError):
    """An output file (or its partial, journal or temporary file) is a symbolic link."""


def refuse_link(path: Path) -> None:
    """`OutputLink` when `path` is a symbolic link: an output file is never opened through one."""
    if path.is_symlink():
        raise OutputLink(f"{path} is a symbolic link; pressextract does not write through links: remove it")


def unwritable(out: Path) -> str | None:
    """Why `out` cannot be written, checked before anything is loaded; None when it can."""
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        return f"cannot write {out}: the folder {folder} does not exist"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"cannot write {out}: the folder {folder} is not writable"
    if out.is_dir():
        return f"cannot write {out}: it is a folder"
    return None
