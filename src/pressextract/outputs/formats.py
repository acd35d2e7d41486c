"""The output formats of the batch, declared once: name, file suffixes, what the file holds, and its writer.

To add a format, add an `OutputFormat` here and its writer class (the `Writer` protocol of writers.py); the
command line's `--format` choices, its help and the suffix check all read this table.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional


@dataclass(frozen=True)
class OutputFormat:
    """One output format."""

    name: str
    suffixes: tuple[str, ...]  # the first is the default output's
    description: str  # the lines `pressextract batch --help` shows
    writer: str  # "module:Class" under pressextract.outputs, imported when used (SQLite only when asked for)

    def open(self, out: Path, resume: bool) -> Any:
        module, _, name = self.writer.partition(":")
        return getattr(importlib.import_module(f".{module}", __package__), name)(out, resume)


FORMATS: dict[str, OutputFormat] = {f.name: f for f in (
    OutputFormat("jsonl", (".jsonl", ".ndjson", ".json"),
                 'one line per file: {"source", "sha256", "encoding", "ok": true, "record": {...}}\n'
                 'or {"source", "sha256", "encoding", "ok": false, "error": {"type", "message"}}',
                 "writers:JsonlWriter"),
    OutputFormat("csv", (".csv",), "the facts as a flat table, one row per fact (a file without facts, or failed, "
                 "gets one row)", "writers:CsvWriter"),
    OutputFormat("sqlite", (".sqlite", ".sqlite3", ".db"),
                 "tables releases, entities, people, money, percents, quantities, dates, facts; view facts_flat",
                 "sqlitedb:SqliteWriter"),
)}
SUFFIX_FORMATS = {suffix: f.name for f in FORMATS.values() for suffix in f.suffixes}


class FormatError(ValueError):
    """The output's suffix names no format pressextract writes."""


def format_of(out: Optional[Path], given: Optional[str]) -> str:
    """The format asked for, or the one the output's suffix names (JSONL without an output or for "-");
    `FormatError` for another suffix, which is refused rather than filled with JSON lines, and for a known suffix
    of another format than the one asked for."""
    named = SUFFIX_FORMATS.get(out.suffix.lower()) if out is not None and str(out) != "-" else None
    if given:
        if named is not None and named != given:  # «--format csv -o out.jsonl» wrote CSV into a .jsonl file
            raise FormatError(f"{out}: the suffix names {named}, --format says {given}; make them agree")
        return given
    if out is None or str(out) == "-":
        return "jsonl"
    fmt = named
    if fmt is None:
        suffixes = ", ".join(SUFFIX_FORMATS)
        raise FormatError(f"{out}: unknown output format {out.suffix or '(no suffix)'}; name it with one of "
                          f"{suffixes}, or give --format {'|'.join(FORMATS)}")
    return fmt


def help_text() -> str:
    """The formats as `--help` lists them."""
    lines = []
    for f in FORMATS.values():
        first, *rest = f.description.split("\n")
        lines.append(f"  {f.name:<7} {first}")
        lines += [f"          {line}" for line in rest]
    return "\n".join(lines)
