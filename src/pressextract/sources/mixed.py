"""Bytes that are not all valid UTF-8, read line by line: a file mostly in UTF-8 with a damaged block or with
lines pasted from a cp1251 file comes back right everywhere else, and says so in a warning.

Each line that is valid UTF-8 is read as UTF-8. Each other line is damaged UTF-8 when most of its non-ASCII
bytes still form UTF-8 characters («…млрд\\xff долларов…»: the broken bytes become U+FFFD), and single-byte text
otherwise (a cp1251 «Экспорт» has no valid UTF-8 pair in it); all single-byte lines of a file are read in the
one encoding that reads them as the most Russian (`singlebyte.py`). A file without any UTF-8 line is left to
the single-byte decoder whole (None here).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from .singlebyte import single_byte_encoding

UTF8_CHAR = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
HIGH = re.compile(rb"[\x80-\xff]")
MIN_EVIDENCE = 4  # UTF-8 characters a file needs before its other lines are taken for another encoding


@dataclass
class Decoded:
    """Decoded text, the encoding it was read with and what was repaired on the way."""

    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def read_mixed(data: bytes) -> Optional[Decoded]:
    """`data` (not valid UTF-8 as a whole) read line by line; None when no line of it is UTF-8."""
    lines = data.split(b"\n")
    kinds: list[str] = []  # per line: "ascii", "utf-8", "damaged" or "single"
    for line in lines:
        if not HIGH.search(line):
            kinds.append("ascii")
            continue
        try:
            line.decode("utf-8")
            kinds.append("utf-8")
            continue
        except UnicodeDecodeError:
            pass
        in_utf8 = sum(len(m) for m in UTF8_CHAR.findall(line))
        kinds.append("damaged" if in_utf8 >= len(HIGH.findall(line)) / 2 else "single")
    single = [i for i, kind in enumerate(kinds) if kind == "single"]
    evidence = sum(len(UTF8_CHAR.findall(line)) for line, kind in zip(lines, kinds) if kind != "single")
    if evidence < MIN_EVIDENCE and single:  # a cp1251 «Р«» is UTF-8 «Ы» by chance: no sign of UTF-8 really
        return None
    if "utf-8" not in kinds and "damaged" not in kinds:
        return None
    encoding = single_byte_encoding(b"\n".join(lines[i] for i in single)) if single else None
    if single and encoding is None:
        return None
    texts = [line.decode(encoding) if kind == "single" and encoding else line.decode("utf-8", "replace")
             for line, kind in zip(lines, kinds)]
    warnings = []
    damaged = [i for i, kind in enumerate(kinds) if kind == "damaged"]
    if damaged:
        broken = sum(texts[i].count("\ufffd") - lines[i].count("\ufffd".encode()) for i in damaged)
        first = sum(len(line) + 1 for line in lines[: damaged[0]]) + len(
            texts[damaged[0]][: texts[damaged[0]].index("\ufffd")].encode("utf-8"))
        warnings.append(f"{broken} invalid UTF-8 sequence(s) replaced by U+FFFD, the first at byte {first}")
    if single:
        warnings.append(f"mostly UTF-8, but {len(single)} line(s) are {encoding} (the first is line "
                        f"{single[0] + 1}): read as {encoding}")
    return Decoded("\n".join(texts), "utf-8", warnings)
