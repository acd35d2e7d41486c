"""The data files of one component, kept as their text: read from the component's package on first use, saved
with the pipeline (`nlp.to_disk`, `nlp.to_bytes`) and read back (`spacy.load`, `nlp.from_bytes`).

    class FactLinker(LexiconComponent):
        def __init__(self, nlp, name):
            self.lexicon = Lexicon(DATA, {"indicators": IndicatorEntry, "fact_cues": CueEntry})

        def vocabulary_changed(self):   # called after every load: drop what was built from the old tables
            self._matcher = None

Files keep their comments, so the copy in a saved pipeline reads like the source and a user can edit it. Every
line is checked when a text is taken in, from wherever it comes; a bad line names `file:line`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Mapping, Optional, Union

import srsly

from .entry import Entry, LexiconError, parse_lines

SUFFIX = ".tsv"


class Lexicon:
    """Named tables of entries (`{"numerals": Numeral, …}`: `numerals.tsv` read through `Numeral`)."""

    def __init__(self, source: Path, tables: Mapping[str, type[Entry]]) -> None:
        self.source = source
        self.tables = dict(tables)
        self.origin: Optional[str] = None  # where the texts came from: a folder, or "bytes"
        self._texts: Optional[dict[str, str]] = None
        self._entries: dict[str, list[Any]] = {}

    def __getitem__(self, name: str) -> list[Any]:
        """The checked entries of one table."""
        if self._texts is None:
            self.read(self.source)
        return self._entries[name]

    @property
    def texts(self) -> dict[str, str]:
        """The files as written, by table name."""
        if self._texts is None:
            self.read(self.source)
        return dict(self._texts or {})

    def take(self, texts: Mapping[str, str], origin: str) -> None:
        """Check every line of `texts` and make them the tables; nothing changes if a line is bad."""
        missing = [name + SUFFIX for name in self.tables if name not in texts]
        if missing:
            raise LexiconError(f"{origin}: missing {', '.join(missing)}")
        entries = {name: list(parse_lines(texts[name].splitlines(), entry, f"{origin}/{name}{SUFFIX}"))
                   for name, entry in self.tables.items()}
        self._texts = {name: texts[name] for name in self.tables}
        self._entries = entries
        self.origin = origin

    def read(self, folder: Path) -> None:
        """Take the tables from the `.tsv` files of `folder`."""
        texts = {}
        for name in self.tables:
            path = folder / (name + SUFFIX)
            if path.is_file():
                texts[name] = path.read_text(encoding="utf-8")
        self.take(texts, str(folder))

    def write(self, folder: Path) -> None:
        """Save the tables into `folder` as they were read."""
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in self.texts.items():
            (folder / (name + SUFFIX)).write_text(text, encoding="utf-8")

    def to_bytes(self) -> bytes:
        return srsly.msgpack_dumps(self.texts)

    def from_bytes(self, data: bytes) -> None:
        self.take(srsly.msgpack_loads(data), "bytes")


class LexiconComponent:
    """Serialisation of a spaCy component whose state is its `lexicon`: spaCy's to_disk/from_disk/to_bytes/
    from_bytes protocol, so `nlp.to_disk()`, `spacy.load()` and `nlp.from_bytes()` carry the tables."""

    lexicon: Lexicon

    def vocabulary_changed(self) -> None:
        """Drop what was built from the previous tables (override where something is)."""

    def to_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> None:
        self.lexicon.write(Path(path))

    def from_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> Any:
        self.lexicon.read(Path(path))
        self.vocabulary_changed()
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return self.lexicon.to_bytes()

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> Any:
        self.lexicon.from_bytes(data)
        self.vocabulary_changed()
        return self
