"""The input files of a batch: found under a folder in a deterministic order, symbolic links kept inside it.

Every name that matches `--include` (default: `*.txt`, `*.html`, `*.htm`, `*.pdf`, `*.docx`) becomes an entry,
whatever it is: a FIFO or a device is found here and refused when read (`NotAFile`), so it shows in the output
instead of vanishing. Hidden files and folders are skipped. A folder that cannot be listed, and a link that
leaves the batch folder (`passwd.txt → /etc/passwd`), are error entries; `--follow-symlinks` reads links
wherever they point (a link loop is still listed once).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Iterator, Optional, Sequence

from ..errors import LinkOutside
from .names import source_name

INCLUDE = ("*.txt", "*.html", "*.htm", "*.pdf", "*.docx")


@dataclass(frozen=True)
class Found:
    """A file to read, or an entry that can only say why not (an unreadable folder, a link outside)."""

    path: Path
    relative: str
    error: Optional[tuple[str, str]] = None  # (type, message)


def included(relative: str, include: Sequence[str]) -> bool:
    """Does a file match a glob of `include`? Globs without «/» look at the file name only; case is ignored."""
    name = relative.rsplit("/", 1)[-1].lower()
    return any(fnmatchcase(relative.lower() if "/" in glob else name, glob.lower()) for glob in include)


def inside(path: str, folder: str) -> bool:
    """Is the resolved `path` the resolved `folder` or under it?"""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def find_files(root: Path, include: Sequence[str] = INCLUDE, *, follow_symlinks: bool = False) -> list[Found]:
    """Entries for the files under `root` (or `root` itself), sorted by their name in the output."""
    if not root.is_dir():
        return [Found(root, source_name(root, root))]
    real_root = os.path.realpath(root)
    found = list(_walk(root, root, real_root, include, follow_symlinks, {real_root}))
    return sorted(found, key=lambda f: f.relative)


def _walk(folder: Path, root: Path, real_root: str, include: Sequence[str], follow: bool,
          seen: set[str]) -> Iterator[Found]:
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as error:
        yield Found(folder, source_name(folder, root) + "/", (type(error).__name__, _reason(error)))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        relative = source_name(path, root)
        link = entry.is_symlink()
        target = os.path.realpath(path) if link else ""
        try:
            is_folder = entry.is_dir(follow_symlinks=True)
        except OSError:
            is_folder = False
        if is_folder:
            if link and not follow:
                if not inside(target, real_root):  # inside, its files are listed under their own path
                    yield Found(path, relative + "/", _outside(target))
                continue
            real = target or os.path.realpath(path)
            if real not in seen:
                yield from _walk(path, root, real_root, include, follow, seen | {real})
        elif included(relative, include):
            if link and not follow and not inside(target, real_root):
                yield Found(path, relative, _outside(target))
            else:
                yield Found(path, relative)


def _outside(target: str) -> tuple[str, str]:
    return (LinkOutside.__name__,
            f"a symbolic link to {target}, outside the batch folder: pass --follow-symlinks to read it")


def _reason(error: OSError) -> str:
    return f"folder not read: {error.strerror or error}"
