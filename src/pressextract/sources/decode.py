"""Bytes of a release file into text, with the encoding detected and recorded.

Order of evidence: a byte-order mark (UTF-8, UTF-16, UTF-32); NUL bytes in the pattern of BOM-less UTF-16;
valid UTF-8; then line by line (`mixed.py`): a file mostly in UTF-8 with some lines that are not (a damaged
block, lines pasted from a cp1251 file) is read line by line, each line in what it is, with a warning; a charset
the HTML declares; and last the single-byte Russian encodings, cp1251 against koi8-r, chosen by how Russian the
decoded text reads: «товарооборот» read in the wrong one comes out in the wrong letter case («ТОВАРООБОРОТ»
inside a word) and with bigrams Russian does not have. The BOM is dropped: offsets count from the first
character after it. Measured against charset-normalizer: benchmarks/encodings.py.
"""

from __future__ import annotations

import codecs
import re
from typing import Optional

from ..errors import NotText
from .mixed import Decoded, read_mixed
from .singlebyte import SINGLE_BYTE, single_byte_encoding

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([a-z0-9_-]+)""", re.IGNORECASE)
# Formats that are not text, by their first bytes, for a clearer error than "binary data".
MAGIC = (
    (b"%PDF-", "a PDF document (name it .pdf to read its text layer)"),
    (b"PK\x03\x04", "a ZIP archive (a Word document? name it .docx)"),
    (b"\xd0\xcf\x11\xe0", "an MS Office 97-2003 document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
)


def decode(data: bytes, *, html: bool = False) -> Decoded:
    """Detect the encoding of `data` and decode it; `NotText` when the bytes are not text."""
    for magic, kind in MAGIC:
        if data.startswith(magic):
            raise NotText(f"{kind}, not text")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data:
        raise NotText("binary data (NUL bytes)")
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        pass
    mixed = read_mixed(data)
    if mixed is not None:
        return _checked(mixed)
    declared = _declared(data) if html else None
    if declared in SINGLE_BYTE:
        try:
            return _checked(Decoded(data.decode(declared), declared))
        except UnicodeDecodeError:
            pass
    return _single_byte(data)


def _strict(data: bytes, encoding: str) -> Decoded:
    try:
        return _checked(Decoded(data.decode(encoding), encoding))
    except UnicodeDecodeError as error:
        raise NotText(f"invalid {encoding} at byte {error.start}") from None


def _utf16_without_bom(data: bytes) -> Optional[Decoded]:
    """«Т» is 22 04 in UTF-16 LE: ASCII and Cyrillic text has a zero or 04 in every other byte."""
    if not data or len(data) % 2:
        return None
    for encoding, high in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        if high.count(0) + high.count(4) >= 0.9 * len(high):
            return _strict(data, encoding)
    return None


def _declared(data: bytes) -> Optional[str]:
    match = DECLARED.search(data[:4096])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None


def _single_byte(data: bytes) -> Decoded:
    """cp1251 or koi8-r, whichever reads as Russian."""
    encoding = single_byte_encoding(data)
    if encoding is None:
        raise NotText("neither UTF-8 nor a Russian single-byte encoding")
    return _checked(Decoded(data.decode(encoding), encoding))


def _checked(decoded: Decoded) -> Decoded:
    """Refuse decoded "text" that is mostly control characters: a binary file read as cp1251."""
    controls = len(CONTROL.findall(decoded.text))
    if controls and (controls > 0.01 * len(decoded.text) or "\x00" in decoded.text):
        raise NotText(f"binary data ({controls} control characters)")
    return decoded
