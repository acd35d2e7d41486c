"""One rule of the date grammar: what it is given and what it gives back.

Every rule is a function `(scan, i, lead) -> Optional[Match]`: it reads the tokens of the `Scan` from position
`i`, knowing from `lead` what stands before them, and returns the expression it read or None. The rules are
listed, with the first tokens each is tried at, in one table: `grammar.RULES`.
"""

from __future__ import annotations

from typing import Callable, NamedTuple, Optional

from .timex import Timex
from .tokens import Scan


class Match(NamedTuple):
    """A time expression: its first token, the token after it (positions in the Scan), and its value."""

    start: int
    end: int
    value: Timex


class Prefix(NamedTuple):
    """Words before the body of a time expression that belong to its span: «по итогам» (role "in"), «около»."""

    role: str
    phrase: str
    start: int
    end: int


class Lead(NamedTuple):
    """What stands before the tokens a rule reads."""

    # a preposition, a range's «по» or «–», or an edge word before them: «в сентябре» is a month, «сентябре» alone
    # is not
    prefixed: bool = False
    # the prefixes of the expression, hedges included: «почти через» (two years), «около» (20 лет)
    prefixes: tuple[Prefix, ...] = ()

    @property
    def roles(self) -> set[str]:
        """The roles of the prefixes: {"qualifier", "after"} for «почти через»."""
        return {p.role for p in self.prefixes}

    @property
    def phrase(self) -> str:
        """The last prefix, the one right before the body: «за» in «за последние три месяца»; "" if none."""
        return self.prefixes[-1].phrase if self.prefixes else ""

    def start(self, at: int) -> int:
        """The first token of the expression whose body starts at `at`: its first prefix, if any."""
        return self.prefixes[0].start if self.prefixes else at


NOTHING_BEFORE = Lead()
AFTER_PREPOSITION = Lead(prefixed=True)

Reader = Callable[[Scan, int, Lead], Optional[Match]]

# When the grammar tries a rule (`Rule.step`)
OWN = "own"  # at the first token, before prefixes: words that carry their own preposition («в год», «на днях»)
POINT = "point"  # the body after the prefixes: a point or a range; the longest reading wins
LENGTH = "length"  # the body, when no point was read: a length of time or a point counted by one

# What a first token may be (`Rule.starts`), beside the kinds of calendar.tsv («month», «relative», …)
DIGITS = "digits"  # «2025», «30.01.2026», «1990-е», «9»
ROMAN = "roman"  # «IV», «XX», «I–III»
DASHED = "dashed"  # two words joined by a dash: «январе–сентябре», «тридцатых-сороковых»
PREFIX = "prefix"  # the first word of a prefix or fixed phrase: «в», «по», «на»
PHRASE = "phrase"  # the first word of a fixed phrase: «на» (днях), «среднесрочной» (перспективе)
ANY = "any"  # every token a rule may start at


class Rule(NamedTuple):
    """One rule of the grammar: what it reads, when it is tried, at which first tokens, and the function."""

    reads: str  # what it reads, with examples
    step: str  # OWN, POINT or LENGTH
    starts: tuple[str, ...]  # the first tokens it is tried at: shapes (DIGITS, …) and calendar kinds
    read: Reader
