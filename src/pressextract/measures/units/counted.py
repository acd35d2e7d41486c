"""Goods counted in pieces, from counted_nouns.tsv: «25 воздушных судов», «10 тыс. гибридов», «40 новых
пассажирских самолётов» are quantities in шт (the facts GUIDE), the noun in the span.

Up to two adjectives may stand between the number and the noun. Nouns of other things are not listed: «300 мест»,
«20 млн просмотров» count something, but nothing a release measures.
"""

from __future__ import annotations

from typing import Iterable, Optional

from ...typography import ADJECTIVE_ENDINGS
from ..entries import CountedNoun
from ..phrases import Phrases, Tokens

ADJECTIVES = 2  # «40 новых пассажирских самолётов»


class CountedNouns:
    """The nouns of counted_nouns.tsv as a phrase table."""

    def __init__(self, entries: Iterable[CountedNoun]) -> None:
        self.nouns: Phrases[str] = Phrases((form, e.unit) for e in entries for form in e.forms)

    def after_number(self, tokens: Tokens, i: int) -> Optional[tuple[str, int]]:
        """The unit of the counted noun starting at token `i`, adjectives skipped, and the index after it."""
        j, sentence = i, tokens.sentence[i - 1] if i > 0 else 0
        for _ in range(ADJECTIVES + 1):
            if j >= tokens.size or tokens.sentence[j] != sentence:
                return None
            found = self.nouns.match(tokens, j)
            if found is not None:
                return found
            if not _adjective(tokens.lower[j]):
                return None
            j = tokens.next(j + 1)
        return None


def _adjective(word: str) -> bool:
    """«новых», «воздушных», «пассажирских»: a lower-case word with an adjective ending."""
    return len(word) > 3 and word.isalpha() and word.endswith(ADJECTIVE_ENDINGS)
