"""Word lists a component's rules look up, kept in one data file per component with a row per list.

    # list	words
    anaphor	он|она|оно|они|это
    mutual	взаимный|двусторонний|сторона

`WordLists(entries, {"anaphor", "mutual"})` checks that each list the code asks for is there exactly once, so a
renamed or missing row is an error at load time, not a rule that silently stops matching.
"""

from __future__ import annotations

from typing import Iterable

from .entry import Entry, LexiconError


class WordList(Entry):
    """One row: the list's name and its words (`|`-separated)."""

    name: str
    words: list[str]


class WordLists:
    """The lists by name, as frozen sets."""

    def __init__(self, entries: Iterable[WordList], expected: Iterable[str], source: str = "word lists") -> None:
        self.lists: dict[str, frozenset[str]] = {}
        for entry in entries:
            if entry.name in self.lists:
                raise LexiconError(f"{source}: list {entry.name!r} is given twice")
            self.lists[entry.name] = frozenset(entry.words)
        missing = sorted(set(expected) - set(self.lists))
        if missing:
            raise LexiconError(f"{source}: missing the lists {', '.join(missing)}")

    def __getitem__(self, name: str) -> frozenset[str]:
        return self.lists[name]
