"""Hedges and bounds before a measure: «около 5 млн» approx, «более 40%» gt, «не менее» ge, «менее» lt,
«до 30 млрд» le. The words stay outside the span. «до» after a change («снизил ставку до 8,00%», «доведение
торговли до 10 млрд») marks the new level, not a bound.
"""

from __future__ import annotations

from typing import Iterable, Optional

from ..lexicon import LexiconError
from .changes import ChangeWords
from .entries import Qualifier
from .phrases import Tokens, split


class Qualifiers:
    """The hedges of qualifiers.tsv, read backwards from a measure."""

    def __init__(self, entries: Iterable[Qualifier], *, prepositions: Iterable[str], range_start: Iterable[str],
                 range_end: Iterable[str], changes: ChangeWords) -> None:
        self.phrases: dict[tuple[str, ...], str] = {}
        for entry in entries:
            for phrase in entry.phrases:
                key = tuple(split(phrase))  # as the text is tokenised: «ок.» is «ок» «.»
                if self.phrases.get(key, entry.kind) != entry.kind:
                    raise LexiconError(f"qualifiers.tsv: «{phrase}» is both {self.phrases[key]} and {entry.kind}")
                self.phrases[key] = entry.kind
        self.longest = max(map(len, self.phrases), default=0)
        self.words = frozenset(w for key in self.phrases for w in key)
        self.prepositions = frozenset(prepositions)  # «более чем на 40%», «приблизительно за 1,2 млрд»
        self.range_start = frozenset(range_start)  # «от 5%»: ge
        self.range_end = frozenset(range_end)  # «до 30 млрд»: le
        self.changes = changes

    def before(self, tokens: Tokens, start: int) -> Optional[str]:
        """The qualifier before the measure starting at token `start`, if any."""
        before = _previous(tokens, start, self.longest + 1)
        if not before:
            return None
        found = self._ending(tokens, before)
        if found:
            return found
        word = tokens.lower[before[0]]
        if word in self.prepositions:
            return self._ending(tokens, before[1:])
        if word in self.range_end:
            return None if self.changes.before(tokens, before[0]) else "le"
        if word in self.range_start:
            return "ge"
        return None

    def _ending(self, tokens: Tokens, before: list[int]) -> Optional[str]:
        """The longest qualifier whose last word is `before[0]` (words listed nearest first)."""
        for size in range(min(self.longest, len(before)), 0, -1):
            key = tuple(tokens.lower[j] for j in reversed(before[:size]))
            if key in self.phrases:
                return self.phrases[key]
        return None


def _previous(tokens: Tokens, i: int, count: int) -> list[int]:
    """Indices of up to `count` tokens before `i` (nearest first), whitespace skipped, within the sentence."""
    out, sentence = [], tokens.sentence[i] if i < tokens.size else None
    j = tokens.prev(i)
    while j >= 0 and len(out) < count and tokens.sentence[j] == sentence:
        out.append(j)
        j = tokens.prev(j)
    return out
