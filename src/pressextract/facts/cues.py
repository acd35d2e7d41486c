"""The linker's cue words (`data/fact_cues.tsv`): lemmas with the role they play (direction, link, modality,
source, comparison …)."""

from __future__ import annotations

from typing import Literal

from ..lexicon import Entry

Role = Literal["up", "down", "link", "target", "weak_target", "strong_forecast", "forecast", "source", "comparison",
               "right_link", "rate_head", "owner", "mutual", "no_locative", "idiom_object", "share", "stake", "penalty",
               "anaphoric_noun", "measure_noun", "goal_noun", "condition", "flow", "exceed"]


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
        """Does `lemma` (ё read as е) play `role`?"""
        return role in self.roles.get(lemma.replace("ё", "е"), ())

    def words(self, role: str) -> frozenset[str]:
        """Every lemma with `role`."""
        return frozenset(e.cue for e in self.entries if e.role == role)
