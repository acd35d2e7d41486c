"""Ages are not lengths of time: «в возрасте 20 лет», «детям до 12 лет», «пенсионный возраст повысится до 65 лет».

NEREL marks ages as AGE, not DATE, and the facts GUIDE leaves them out. Two cues: a word of `age_cues`
(word_lists.tsv) right before the expression, or before the «от N» that opens it («в возрасте от 7 до 14 лет»);
and, for a count of years, a word of `age_topics` earlier in its sentence («предельный возраст … составляет 60
лет»; «в возрасте 76 лет поднялся на вершину за день» keeps its day).
"""

from __future__ import annotations

from ..rule import Match
from ..timex import Duration
from ..tokens import Scan

LOOKBACK = 40  # tokens of the sentence looked back for an age topic


def age_before(s: Scan, first: int, counted_before: bool) -> bool:
    """An age cue right before the expression starting at `first`, or before «от N» ahead of it when
    `counted_before` (token `first - 1` is a count): «в возрасте 20 лет», «детям до 12 лет», «в возрасте от 7 до 14
    лет»; not across a sentence («… в возрасте 93 лет. В течение 24 лет …»)."""
    if counted_before and s.words.prefixes.get((s.low(first - 2),)) == "range_from":
        first -= 2  # «от 7» before «до 14 лет»
    return any(s.among(first - k, "age_cues") and s.same_sentence(first - k, first) for k in (1, 2))


def in_age_sentence(s: Scan, found: Match) -> bool:
    """A count of years in a sentence that names an age before it: «предельный возраст … составляет 60 лет, однако
    может быть увеличен до 65 лет», «в возрастных категориях от 6 до 18 лет»."""
    if not (isinstance(found.value, Duration) and found.value.grain == "year"):
        return False
    topics = tuple(s.words.lists["age_topics"])
    k = found.start - 1
    while k >= 0 and found.start - k <= LOOKBACK and not s.token(k + 1).is_sent_start:
        if s.low(k).startswith(topics):
            return True
        k -= 1
    return False
