"""The `source` of an input file in the output: its path under the batch folder, distinct and reversible.

A Linux file name is bytes: «отчёт.txt» saved by an old Windows program is cp1251, not UTF-8, and a name may hold
a newline. The output is UTF-8 text in which a line break ends a CSV row, so such bytes are written as `\\xNN`
escapes (and a backslash itself as `\\x5c`): `b"\\xee\\xf2\\xf7\\xb8\\xf2.txt"` → `\\xee\\xf2\\xf7\\xb8\\xf2.txt`,
`b"a\\nb.txt"` → `a\\x0ab.txt`. Two files never share a name, and `source_path` gives the file back.
"""

from __future__ import annotations

import re
from pathlib import Path

ESCAPED = re.compile(r"[\x00-\x1f\x7f\\\udc80-\udcff]")  # control characters, the backslash, undecodable bytes
ESCAPE = re.compile(r"\\x([0-9a-f]{2})")


def source_name(path: Path, root: Path) -> str:
    """The name `path` has in the output: its path under `root` (or its file name when `root` is the file),
    with forward slashes and escapes as the module says."""
    name = path.name if path == root else path.relative_to(root).as_posix()
    return escape_name(name)


def escape_name(name: str) -> str:
    """A file name as Python sees it (undecodable bytes as surrogates) made safe for a UTF-8 line."""
    return ESCAPED.sub(lambda m: f"\\x{_byte(m.group()):02x}", name)


def unescape_name(name: str) -> str:
    """The file name `escape_name` was given."""
    return ESCAPE.sub(lambda m: _char(int(m.group(1), 16)), name)


def source_path(root: Path, name: str) -> Path:
    """The file whose `source` is `name` in a batch over `root`."""
    return root if root.is_file() else root / unescape_name(name)


def _char(byte: int) -> str:
    return chr(byte) if byte < 0x80 else chr(0xDC00 + byte)  # as os.fsdecode gives an undecodable byte


def _byte(char: str) -> int:
    code = ord(char)
    return code - 0xDC00 if code >= 0xDC80 else code
