"""Units after a number, from units.tsv: percent units («%», «п.п.», «б.п.», «раза») and physical units
(«тонн» т, «куб. м», «МВт», «человек» чел.), matched longest first («процентных пунктов» before «процентных»).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

from ..entries import Unit
from ..phrases import Phrases, Tokens, adjective_stem


@dataclass(frozen=True)
class UnitMatch:
    """A unit found at tokens `[start, end)`."""

    unit: str
    group: str  # "percents" | "quantities"
    factor: Decimal
    start: int
    end: int
    form: str  # the form as written, lower case: «раза», «%»


class Units:
    """The unit vocabulary as phrase tables."""

    def __init__(self, entries: list[Unit]) -> None:
        self.entries = entries
        self.forms: Phrases[tuple[Unit, str]] = Phrases((f, (u, f.lower())) for u in entries for f in u.forms)
        self.stems: dict[str, Unit] = {s: u for u in entries for s in u.stems}

    def after_number(self, tokens: Tokens, i: int, scaled: bool, fraction: bool = False) -> Optional[UnitMatch]:
        """The unit starting at token `i`; a unit with `after` words needs one of them next, or a scale word
        («12 тыс. голов», «500 голов скота»); a unit with `context` stems needs a fraction before it or one of them
        in the sentence («94,44 пункта», «индекс РТС … 1200 пунктов»; not «19 пунктов базирования»)."""
        found = self.forms.match(tokens, i)
        if found is None:
            return None
        (unit, form), end = found
        if unit.after and not scaled:
            j = tokens.next(end)
            if j >= tokens.size or tokens.lower[j] not in unit.after:
                return None
        if unit.context and not fraction and not set(unit.context) & set(tokens.sentence_text(i).split()):
            return None
        return UnitMatch(unit.unit, unit.group, unit.factor or Decimal(1), i, end, form)

    def adjective(self, i: int, suffix: str) -> Optional[UnitMatch]:
        """«10-процентная» %, «5-кратный» times: the ending of a hyphenated number is the unit."""
        unit = adjective_stem(suffix, self.stems)
        if unit is None:
            return None
        return UnitMatch(unit.unit, unit.group, unit.factor or Decimal(1), i, i + 1, suffix)
