"""Change words: «снизил», «рост», «повышение», «довести» (stems of measure_words.tsv `change_stems`).

After a change word «до» marks the new level, not a bound («снизил ставку до 8,00%»), «с … до» gives two measures,
not a range («выросла с 1,5 млн до 8,5 млн руб.»), and «двукратный» is a ratio («двукратный рост»).
"""

from __future__ import annotations

from typing import Iterable

from .phrases import Tokens

WINDOW = 5  # tokens looked back from «до» or «с»
DEPTH = 3  # with syntax: heads walked up from the phrase «до» belongs to


class ChangeWords:
    """Words that name a change, by stem."""

    def __init__(self, stems: Iterable[str]) -> None:
        self.stems = tuple(sorted(stems))

    def starts(self, word: str) -> bool:
        """«ростом», «снижения»: a lower-case word with a change stem."""
        return word.startswith(self.stems)

    def before(self, tokens: Tokens, i: int) -> bool:
        """The preposition at token `i` («до», «с») belongs to a change: «снизить ключевую ставку до 8%».

        Either a change word stands just before it («повышение до 4,4%», «ускорилась в марте до 6,0%»), or the
        syntax tree hangs its phrase on one («доведению взаимной торговли до 10 млрд»); «тратят до 70%» and
        «стоимостью до 30 млрд» stay bounds although a change word may be further back.
        """
        sentence = tokens.sentence[i]
        for j in range(i - 1, max(-1, i - WINDOW - 1), -1):
            if tokens.sentence[j] != sentence:
                break
            if self.starts(tokens.lower[j]):
                return True
        doc = tokens.doc
        if not doc.has_annotation("DEP"):
            return False
        node = doc[i].head
        for _ in range(DEPTH):
            if node.i != i and self.starts(node.lower_):
                return True
            if node.head.i == node.i:
                break
            node = node.head
        return False
