"""One vocabulary line as a pydantic model, and the reader that checks a file's lines against it.

A vocabulary file looks like this (`#` starts a comment, blank lines are skipped, columns are tab-separated and
follow the entry model's fields in order; a trailing optional column may be left out):

    # code	name	aliases
    USD	доллар США	доллар|долл.|$

A bad line is a `LexiconError` naming `file:line`, the reason and the line.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, TypeVar, get_args, get_origin

from pydantic import BaseModel, ConfigDict, ValidationError

LIST_SEPARATOR = "|"

E = TypeVar("E", bound="Entry")


class LexiconError(ValueError):
    """A vocabulary file has a bad line; the message names the file and line."""


class Entry(BaseModel):
    """Base of vocabulary entries: one TSV line, columns in field order; list fields are `|`-separated."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    @classmethod
    def columns(cls) -> list[str]:
        return list(cls.model_fields)

    @classmethod
    def from_cells(cls: type[E], cells: list[str]) -> E:
        names = cls.columns()
        if len(cells) > len(names):
            raise ValueError(f"{len(cells)} columns, expected at most {len(names)} ({', '.join(names)})")
        data = {}
        for name, cell in zip(names, cells):
            cell = cell.strip()
            if cell == "":
                continue
            data[name] = [x.strip() for x in cell.split(LIST_SEPARATOR) if x.strip()] if _is_list(cls, name) else cell
        return cls.model_validate(data)

    def to_cells(self) -> list[str]:
        cells = []
        for name in self.columns():
            value = getattr(self, name)
            if value is None:
                cells.append("")
            elif isinstance(value, (list, tuple)):
                cells.append(LIST_SEPARATOR.join(str(v) for v in value))
            else:
                cells.append(str(value))
        while cells and cells[-1] == "":
            cells.pop()
        return cells


@lru_cache(maxsize=None)
def _is_list(cls: type[Entry], name: str) -> bool:
    annotation = cls.model_fields[name].annotation
    origin = get_origin(annotation)
    if origin in (list, tuple):
        return True
    return any(get_origin(arg) in (list, tuple) for arg in get_args(annotation))


def parse_lines(lines: Iterable[str], entry: type[E], source: str) -> Iterator[E]:
    """Entries from TSV lines; a bad line raises `LexiconError` naming `source:line`."""
    for number, line in enumerate(lines, 1):
        text = line.rstrip("\n").rstrip("\r")
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        try:
            yield entry.from_cells(text.split("\t"))
        except (ValidationError, ValueError) as error:
            raise LexiconError(f"{source}:{number}: {_reason(error)}\n    {text}") from None


def _reason(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return "; ".join(f"{'.'.join(map(str, e['loc'])) or 'line'}: {e['msg']}" for e in error.errors())
    return str(error)


def read_tsv(path: Path, entry: type[E]) -> list[E]:
    """All entries of a vocabulary file."""
    with path.open(encoding="utf-8") as f:
        return list(parse_lines(f, entry, str(path)))
