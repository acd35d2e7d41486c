"""The writers of the batch's output formats (formats.py declares them): JSON lines (the full records), CSV (the
facts, flat); SQLite is `sqlitedb.py`.

Every writer takes result lines in input order (`write`), knows which (source, sha256) pairs it already holds
(`has`, for `--resume`), and either completes the output (`finish`) or leaves it resumable (`abort`).
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path
from typing import Any, Optional, Protocol

from .flat import FACT_COLUMNS, RELEASE_COLUMNS, fact_row, release_row
from .formats import FORMATS
from .outfile import Key, LineFile


class Writer(Protocol):
    """Where result lines go."""

    def has(self, key: Key) -> bool: ...

    def write(self, line: dict[str, Any]) -> None: ...

    def finish(self, current: dict[str, Optional[str]]) -> int: ...

    def abort(self) -> None: ...


def open_writer(out: Path, fmt: str, *, resume: bool) -> Writer:
    """A writer of `fmt` into `out` ("-" is standard output, JSONL only)."""
    if str(out) == "-":
        if fmt != "jsonl" or resume:
            raise ValueError("standard output (-o -) takes JSONL without --resume")
        return StreamWriter()
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    return FORMATS[fmt].open(out, resume)


def json_line(line: dict[str, Any]) -> bytes:
    """One result line as UTF-8 JSON; newlines inside strings are escaped, so it is one physical line."""
    return (json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8")


class JsonlWriter(LineFile):
    """`{"source", "sha256", "encoding", "ok", "record" | "error"}` per line."""

    def key(self, line: bytes) -> Optional[Key]:
        try:
            data = json.loads(line)
            return data["source"], data["sha256"]
        except (ValueError, KeyError, TypeError):
            return None

    def has(self, key: Key) -> bool:
        return self.existing.has(key)

    def write(self, line: dict[str, Any]) -> None:
        self.write_entry(json_line(line))


CSV_COLUMNS = RELEASE_COLUMNS + ("facts", "fact") + FACT_COLUMNS


class CsvWriter(LineFile):
    """The facts as a flat table; a file without facts (or with an error) still gets one row."""

    grouped = True

    def __init__(self, out: Path, resume: bool) -> None:
        # A UTF-8 BOM first, or Excel reads the Cyrillic as cp1251.
        self.header = b"\xef\xbb\xbf" + _csv_rows([dict(zip(CSV_COLUMNS, CSV_COLUMNS))])
        super().__init__(out, resume)

    def key(self, line: bytes) -> Optional[Key]:
        row = self._row(line)
        return (row["source"], row["sha256"] or None) if row else None

    def group_size(self, line: bytes) -> int:
        row = self._row(line)
        return int(row["facts"] or 1) if row else 1

    def _row(self, line: bytes) -> Optional[dict[str, str]]:
        try:
            row = next(csv.reader([line.decode("utf-8-sig")]))
        except (UnicodeDecodeError, csv.Error, StopIteration):
            return None
        if len(row) != len(CSV_COLUMNS) or row[0] == CSV_COLUMNS[0]:
            return None
        return dict(zip(CSV_COLUMNS, map(unneutral, row)))

    def has(self, key: Key) -> bool:
        return self.existing.has(key)

    def write(self, line: dict[str, Any]) -> None:
        facts = (line.get("record") or {}).get("facts") or []
        head = {**release_row(line), "facts": len(facts)}
        rows = [{**head, "fact": i, **fact_row(fact)} for i, fact in enumerate(facts)] or [head]
        self.write_entry(_csv_rows(rows))


def _csv_rows(rows: list[dict[str, Any]]) -> bytes:
    """CSV rows with line breaks inside cells turned to spaces: one row, one physical line."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, CSV_COLUMNS, lineterminator="\n")
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return buffer.getvalue().encode("utf-8")


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")
PLAIN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _cell(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str):
        return neutral(value.replace("\r", " ").replace("\n", " "))
    return value


def neutral(cell: str) -> str:
    """A cell Excel will not run as a formula: «=HYPERLINK(…)», «+7 (495)…», «@SUM(…)» get a leading «'»
    (so does a cell that starts with «'», which keeps it reversible: `unneutral`); numbers («-4.5») stay."""
    if cell.startswith(FORMULA_STARTS) and not PLAIN_NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def unneutral(cell: str) -> str:
    """The cell `neutral` was given."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS) else cell


class StreamWriter:
    """JSON lines to standard output (`-o -`), for pipes; nothing to resume."""

    def has(self, key: Key) -> bool:
        return False

    def write(self, line: dict[str, Any]) -> None:
        sys.stdout.buffer.write(json_line(line))
        sys.stdout.buffer.flush()

    def finish(self, current: dict[str, Optional[str]]) -> int:
        return 0

    def abort(self) -> None:
        sys.stdout.buffer.flush()
