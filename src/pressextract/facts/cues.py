"""The linker's cue words (`data/fact_cues.tsv`): direction, link, modality, source and comparison words."""

from __future__ import annotations

from typing import Literal

from ..lexicon import Entry

Role = Literal["up", "down", "link", "target", "weak_target", "strong_forecast", "forecast", "source", "comparison"]


class CueEntry(Entry):
    """A lemma and one role it plays; a lemma may have several roles on several lines."""

    cue: str
    role: Role


class Cues:
    """Lemma → roles, for quick membership tests."""

    def __init__(self, entries: list[CueEntry]) -> None:
        self.entries = entries
        self.roles: dict[str, set[str]] = {}
        for entry in entries:
            self.roles.setdefault(entry.cue, set()).add(entry.role)

    def has(self, lemma: str, role: str) -> bool:
        return role in self.roles.get(lemma.replace("ё", "е"), ())
