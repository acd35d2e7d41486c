"""Words before a time expression that belong to its span («по итогам», «с», «около», date_prefixes.tsv), and
fixed phrases that name time («на днях», «в среднесрочной перспективе», date_phrases.tsv)."""

from __future__ import annotations

from typing import Optional

from ..rule import Lead, Match, Prefix
from ..timex import Fuzzy, NoTime, Point
from ..tokens import Scan

MAX_PREFIXES = 3  # «почти через», «не более чем за»


def prefix_chain(s: Scan, i: int) -> list[Prefix]:
    """The hedges and the preposition before the body: «почти через», «по итогам», «с»."""
    chain: list[Prefix] = []
    at = i
    while len(chain) < MAX_PREFIXES:
        found = phrase_at(s, at, s.words.prefixes)
        if found is None:
            break
        words, role = found
        chain.append(Prefix(role, " ".join(words), at, at + len(words)))
        at += len(words)
        if len(chain) > 1 and chain[-1].role != "qualifier" and chain[-2].role != "qualifier":
            chain.pop()  # «по с»: two prepositions in a row are no prefix
            break
    return chain


def fixed_phrase(s: Scan, i: int, lead: Lead) -> Optional[Match]:
    """«на днях», «сегодняшний день», «в среднесрочной перспективе», «в дальнейшем» (date_phrases.tsv); not a
    phrase of vague time inside a longer noun phrase: «в дальнейшем развитии», «в перспективе развития»."""
    found = phrase_at(s, i, s.words.phrases)
    if found is None:
        return None
    words, meaning = found
    end = i + len(words)
    if meaning == "now":
        return Match(i, end, Point("day", anchor="published"))
    if meaning == "none":
        return Match(i, end, NoTime())  # «в пересчёте на год»
    return None if _modifies_or_governs(s, end - 1) else Match(i, end, Fuzzy())


def _modifies_or_governs(s: Scan, last: int) -> bool:
    """True if the word `last` modifies the next one («в дальнейшем развитии») or a genitive after it hangs on it
    («в перспективе развития отрасли»)."""
    if last + 1 >= s.n or not s.low(last + 1)[:1].isalpha():
        return False
    word, nxt = s.token(last), s.token(last + 1)
    return (word.head.i == nxt.i and word.dep_ == "amod") or (nxt.head.i == word.i and s.genitive(last + 1))


def phrase_at(s: Scan, i: int, table: dict[tuple[str, ...], str]) -> Optional[tuple[tuple[str, ...], str]]:
    """The longest phrase of `table` (prefixes or phrases) at token `i`, and its role or meaning."""
    for words, _ in s.words.by_first.get(s.low(i), ()):
        if words in table and all(s.low(i + k) == w for k, w in enumerate(words[1:], 1)):
            return words, table[words]
    return None
