"""Numbers whose unit is left out because the context gives it: «17 млрд рублей, из них 12 млрд …»,
«1,3 млрд рублей в 2018 году и 1,5 млрд в 2019 году», «прибыль в 6 млрд» after dollars were named.

Only a number with a scale word («12 млрд», «316 млн») can borrow a unit: a bare «12» is anything. It takes the
unit of the nearest money or quantity in its sentence (preceding first), skipping measures in parentheses when it
is outside them («368 млн рублей (около 5,8 млн долларов), … 316 млн» → RUB). After a money word («стоимостью»,
«прибыль», «в размере») it is money: in the currency of the sentence, else the one last named in the document
(RUB if none is: these are Russian texts).
A scale adjective before a money noun («8-миллиардный кредит») takes the nearest currency, RUB without one.
Zero written as a word, as the level something reaches or nears («снизилась до нуля», «близком к нулю»), takes
the unit of the nearest measure of its sentence (% after a percentage or percentage points), else % when a rate
(«инфляция», «темп роста», «ставка») is named before it; elsewhere («начать с нуля») it is no measure.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Optional

from .measure import MeasureMatch
from .phrases import Tokens

BORROWERS = ("money", "quantities")
CUE_WINDOW = 4
COUNTED = {"NOUN", "PROPN", "ADJ"}
DEFAULT_CURRENCY = "RUB"


class BorrowedUnits:
    """Units handed to scaled numbers that lack one, with the words that decide it."""

    def __init__(self, *, money_cues: Iterable[str], possessives: Iterable[str], function_words: Iterable[str],
                 zero_before: Iterable[str], rate_words: Iterable[str]) -> None:
        self.money_cues = tuple(sorted(money_cues))  # stems: «стоимостью», «прибыль»
        self.possessives = frozenset(possessives)  # «100 миллионов его записей»
        self.function_words = frozenset(function_words)  # without a tagger: no noun after the number
        self.zero_before = frozenset(zero_before)  # «до нуля», «к нулю»
        self.rate_words = tuple(sorted(rate_words))  # stems: «инфляция … до нуля» is 0 %

    def borrow(self, tokens: Tokens, found: list[MeasureMatch]) -> list[MeasureMatch]:
        """Give units to scaled numbers that lack one; drop the numbers that stay without a unit."""
        known = [a for a in found if a.group is not None and not a.needs_currency]
        out = []
        for a in found:
            if a.group is not None and not a.needs_currency:
                out.append(a)
                continue
            if a.needs_currency:
                source = (_nearest(tokens, a, [k for k in known if k.group == "money"])
                          or _in_document(tokens, a, known))
                unit = source.unit if source else DEFAULT_CURRENCY
                a = replace(a, group="money", unit=unit, needs_currency=False)
            elif a.scaled and not self._counts_something(tokens, a.end):
                if self._money_cue(tokens, a.start):  # «бюджет 3 млрд» is money even beside «5 млн человек»
                    money = [k for k in known if k.group == "money"]
                    source = (_nearest(tokens, a, money) or _in_document(tokens, a, known)
                              or MeasureMatch(a.number, 0, 0, "money", DEFAULT_CURRENCY))
                else:
                    source = _nearest(tokens, a, [k for k in known if k.group in BORROWERS])
                if source is None:
                    continue
                a = replace(a, group=source.group, unit=source.unit)
            elif self._zero_level(tokens, a):
                source = _nearest(tokens, a, [k for k in known if k.unit != "times"])
                if source is not None:
                    a = replace(a, group=source.group, unit="%" if source.group == "percents" else source.unit)
                elif self._rate_before(tokens, a.start):
                    a = replace(a, group="percents", unit="%")
                else:
                    continue
            else:
                continue
            out.append(a)
            known = sorted([*known, a], key=lambda k: k.start)  # «в 3 млрд и 75 млн»: the next may borrow from it
        return out

    def _counts_something(self, tokens: Tokens, end: int) -> bool:
        """«собрал 500 тысяч зрителей», «более 5 тыс. голосов»: a noun after the number is what it counts."""
        j = tokens.next(end)
        if j < tokens.size and tokens.lower[j] in self.possessives:  # «продано 100 миллионов его записей»
            j = tokens.next(j + 1)
        if j >= tokens.size or not tokens.lower[j].isalpha() or tokens.sentence[j] != tokens.sentence[end - 1]:
            return False
        token = tokens.doc[j]
        if tokens.doc.has_annotation("POS"):
            return token.pos_ in COUNTED
        return tokens.lower[j] not in self.function_words

    def _zero_level(self, tokens: Tokens, a: MeasureMatch) -> bool:
        """«до нуля», «к нулю»: zero in words after a preposition of a level."""
        number = a.number
        if not (number.words and number.value == 0 and number.value_max is None):
            return False
        j = tokens.prev(a.start)
        return j >= 0 and tokens.lower[j] in self.zero_before

    def _rate_before(self, tokens: Tokens, start: int) -> bool:
        """A rate is named earlier in the sentence: «темп роста ВВП … близком к нулю»."""
        sentence, j = tokens.sentence[start], tokens.prev(start)
        while j >= 0 and tokens.sentence[j] == sentence:
            if tokens.lower[j].startswith(self.rate_words):
                return True
            j = tokens.prev(j)
        return False

    def _money_cue(self, tokens: Tokens, start: int) -> bool:
        j, sentence = tokens.prev(start), tokens.sentence[start]
        for _ in range(CUE_WINDOW):
            if j < 0 or tokens.sentence[j] != sentence:
                return False
            if tokens.lower[j].startswith(self.money_cues):
                return True
            j = tokens.prev(j)
        return False


def _nearest(tokens: Tokens, a: MeasureMatch, known: list[MeasureMatch]) -> Optional[MeasureMatch]:
    """The closest measure of the same sentence and the same parenthesis level, the preceding one first.

    When the sentence has measures only at another level («— 263 млн (около 4,2 млн долларов)»), the bracketed
    ones are conversions: the number is in the currency the text itself uses, the last one named outside
    parentheses.
    """
    sentence = tokens.sentence[a.start]
    same = [k for k in known if tokens.sentence[k.start] == sentence]
    if not same:
        return None
    outside = _depth(tokens, a.start) == 0
    level = [k for k in same if (_depth(tokens, k.start) == 0) == outside]
    if not level:
        if not outside:
            return None
        earlier = [k for k in known if k.end <= a.start and k.group == "money" and _depth(tokens, k.start) == 0]
        return earlier[-1] if earlier else None
    before = [k for k in level if k.end <= a.start]
    if before:
        return before[-1]
    after = [k for k in level if k.start >= a.end]
    return after[0] if after else None


def _in_document(tokens: Tokens, a: MeasureMatch, known: list[MeasureMatch]) -> Optional[MeasureMatch]:
    """The money named last before `a` in the document (outside parentheses first), or else first after it."""
    money = [k for k in known if k.group == "money"]
    plain = [k for k in money if k.end <= a.start and _depth(tokens, k.start) == 0]
    if plain:
        return plain[-1]
    before = [k for k in money if k.end <= a.start]
    if before:
        return before[-1]
    after = [k for k in money if k.start >= a.end]
    return after[0] if after else None


def _depth(tokens: Tokens, i: int) -> int:
    """How many parentheses are open at token `i` within its sentence."""
    depth, sentence, j = 0, tokens.sentence[i], i - 1
    while j >= 0 and tokens.sentence[j] == sentence:
        word = tokens.text[j]
        if word == ")":
            depth -= 1
        elif word == "(":
            depth += 1
        j -= 1
    return max(depth, 0)
