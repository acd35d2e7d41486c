"""A measure being read (`MeasureMatch`): a number, its unit once known, its span in tokens.

`measure()` turns it into the plain dict `span._.measure` carries (extensions.py): the amount (the decimal value,
scaled by the unit's factor) and amount_max as decimal strings written out in full, the unit, the qualifier ("vague"
for an amount without a number: «несколько миллионов евро» is 2e6 to 9e6, vague.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Optional

from ..decimals import decimal_string
from .numerals.reader import Number
from .units.per import PerMatch

GROUPS = ("money", "percents", "quantities")
LIMIT = Decimal(10) ** 21  # larger numbers are account numbers and the like, not money or tonnes


@dataclass
class MeasureMatch:
    """A number found in the text and what the grammars learn about it: unit, range, qualifier, denominator."""

    number: Number
    start: int  # first token of the span (a sign like «$» may come before the number)
    end: int  # token after the span (after the unit when there is one)
    group: Optional[str] = None  # one of GROUPS once the unit is known
    unit: Optional[str] = None
    factor: Decimal = Decimal(1)  # «50 б.п.» 0.01, «5 копеек» 0.01, «4 м.р.» 1e6
    value: Optional[Decimal] = None  # set when it differs from the number's («от 3 до 5 млн»: 3e6)
    value_max: Optional[Decimal] = None
    qualifier: Optional[str] = None
    bounded: bool = False  # the qualifier is settled (ranges, «с X до Y»): do not look for one
    needs_currency: bool = False  # «8-миллиардный кредит»: money, currency from the context
    per: Optional[PerMatch] = None  # «за тысячу кубометров»: the denominator of a price (per.py)

    @property
    def low(self) -> Decimal:
        return self.number.value if self.value is None else self.value

    @property
    def high(self) -> Optional[Decimal]:
        return self.number.value_max if self.value_max is None else self.value_max

    @property
    def sane(self) -> bool:
        """Within LIMIT, low end not above the high end."""
        high = self.high
        return abs(self.low * self.factor) < LIMIT and (high is None or (abs(high * self.factor) < LIMIT
                                                                        and self.low <= high))

    @property
    def scaled(self) -> bool:
        return self.number.scale > 1

    def measure(self) -> dict[str, Any]:
        """The plain dict for `span._.measure`."""
        high = self.high
        return {
            "amount": plain(self.low * self.factor),
            "amount_max": None if high is None else plain(high * self.factor),
            "unit": self.unit,
            "qualifier": "vague" if self.number.vague else self.qualifier,
        }


def plain(value: Decimal) -> str:
    """A decimal written out in full, without exponent or trailing zeros: 4.97E+9 → "4970000000"."""
    return decimal_string(value)
