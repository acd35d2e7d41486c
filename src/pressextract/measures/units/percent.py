"""Percentages and ratios: the grammar around the percent units of units.tsv.

«в 1,5 раза» is a ratio only after «в» (the span is «1,5 раза»; «три раза в неделю» is a count); «вдвое»,
«втрое», «двукратный» are ratios by themselves. «7,8 процента ВВП» keeps unit % with «ВВП» in the span, and
«15%-ная» takes its ending along.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable, Optional

from ..changes import ChangeWords
from ..numerals.reader import NumberReader
from ..phrases import Tokens, adjective_stem

LOOKBACK = 4  # tokens looked back for «в» before a ratio: «в более чем 2 раза»


class Percents:
    """Where percentages and ratios begin and end."""

    def __init__(self, reader: NumberReader, changes: ChangeWords, *, times_prepositions: Iterable[str],
                 hedge_words: Iterable[str], share_of: Iterable[str]) -> None:
        self.reader = reader
        self.changes = changes
        self.times_prepositions = frozenset(times_prepositions)  # «в 1,5 раза»
        self.hedge_words = frozenset(hedge_words)  # «более чем в 2 раза»: words of qualifiers.tsv
        self.share_of = frozenset(share_of)  # «120% ВВП»: percent of an aggregate, kept in the span

    def times_allowed(self, tokens: Tokens, start: int) -> bool:
        """«в 1,5 раза», «более чем в 2 раза», «в более чем 2 раза»: «в» before the number, hedges aside."""
        j = tokens.prev(start)
        for _ in range(LOOKBACK):
            if j < 0 or tokens.sentence[j] != tokens.sentence[start]:
                return False
            word = tokens.lower[j]
            if word in self.times_prepositions:
                return True
            if word not in self.hedge_words:
                return False
            j = tokens.prev(j)
        return False

    def ratio_word(self, tokens: Tokens, i: int) -> Optional[Decimal]:
        """«вдвое» 2, «втрое» 3; «двукратного» 2 and «десятикратный» 10 before a change word."""
        word = tokens.lower[i]
        value = self.reader.times.get(word)
        if value is not None:
            return value
        value = adjective_stem(word, self.reader.times_stems)
        return value if value is not None and self.ratio_adjective(tokens, i) else None

    def ratio_adjective(self, tokens: Tokens, i: int) -> bool:
        """«двукратный рост», «5-кратное увеличение» are ratios; «двукратный чемпион» is not."""
        j = tokens.next(i + 1)
        return j < tokens.size and self.changes.starts(tokens.lower[j])

    def end(self, tokens: Tokens, end: int) -> int:
        """Where a percent span ends: after «ВВП» («7,8 процента ВВП») or «-ная» («15%-ная»)."""
        if (tokens.joined(end - 1) and tokens.text[end] == "-" and tokens.joined(end)
                and tokens.lower[end + 1].isalpha()):
            return end + 2
        j = tokens.next(end)
        if j < tokens.size and tokens.text[j] in self.share_of:
            return j + 1
        return end


def glued(tokens: Tokens, end: int) -> bool:
    """«%D0%BE»: a percent sign glued to the letters after it is part of a link, not a unit."""
    return tokens.joined(end - 1) and tokens.text[end][0].isalnum()
