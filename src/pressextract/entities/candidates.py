"""Token-range helpers for entity spans: quotes, parentheses and edge trimming.

Entities are handled as `Candidate(start, end, label)` token ranges while the rules work, and become spaCy spans
only at the end, so a rule can grow, split or drop them freely.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import AbstractSet, Callable, Iterator, Optional

from spacy.tokens import Doc, Token

OPENING_QUOTES = {"«", "„", "“"}
CLOSING_QUOTES = {"»", "“", "”"}
STRAIGHT_QUOTES = {'"', "'"}
BULLETS = {"•", "·", "*", "-", "—", "–", "―", "●", "▪", "►"}
TRIM = {",", ";", ":", ".", "!", "?", "(", ")", "[", "]", "/", "\\", "|"} | BULLETS | STRAIGHT_QUOTES
TRIM |= OPENING_QUOTES | CLOSING_QUOTES


@dataclass
class Candidate:
    """A labelled token range [start, end) of a doc while the entity rules run (a record's `Mention` is text
    with character offsets; a candidate becomes one only as a span at the end)."""

    start: int
    end: int
    label: str
    source: str = "natasha"

    def __len__(self) -> int:
        return self.end - self.start

    def covers(self, other: Candidate) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end


Starting = Callable[[AbstractSet[str], int], list[int]]  # `Draft.starting`: the tokens starting with these stems

WORDS_CACHE = "pressextract_words"  # a per-doc cache in `doc.user_data`, removed before the doc leaves us


def words(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens of a range without whitespace tokens (cached while the entity component runs)."""
    cache = doc.user_data.get(WORDS_CACHE)
    if cache is None:
        return [t for t in doc[start:end] if not t.is_space]
    key = (start, end)
    if key not in cache:
        cache[key] = [t for t in doc[start:end] if not t.is_space]
    return cache[key]


def is_quote(token: Token) -> bool:
    return token.text in OPENING_QUOTES or token.text in CLOSING_QUOTES or token.text in STRAIGHT_QUOTES


def opens(doc: Doc, i: int) -> bool:
    """Is token i an opening quote? «, „ always; " when a word follows it directly: «ООО "Ромашка"»."""
    text = doc[i].text
    if text in ("«", "„"):
        return True
    if text in STRAIGHT_QUOTES or text == "“":
        return i + 1 < len(doc) and not doc[i].whitespace_ and doc[i + 1].text[:1].isalnum()
    return False


def closing_quote(doc: Doc, i: int, limit: int = 25) -> Optional[int]:
    """Index of the quote closing the one opened at token i (nested «…«…»…» counted), or None. When the outer
    quote never closes after a nested one closed, the two shared it, as Russian typesetting often prints them:
    «ПАО «НК «Роснефть» Игорем Сечиным» → the quote after «Роснефть»."""
    depth = 0
    merged: Optional[int] = None  # where a nested quote closed back to the outer level
    for j in range(i, min(len(doc), i + limit)):
        token = doc[j]
        if token.is_sent_start and j > i and token.text not in CLOSING_QUOTES:
            return merged
        if j > i and (token.text in ("«", "„") or (token.text in STRAIGHT_QUOTES and opens(doc, j) and
                                                   doc[j - 1].whitespace_)):
            if depth == 0 and merged is not None:
                return merged  # a new quote opens after the nested one: «АО «ГК «Титан» и ООО «Альфа»»
            depth += 1
        elif j > i and (token.text in CLOSING_QUOTES or token.text in STRAIGHT_QUOTES):
            if depth == 0:
                return j
            depth -= 1
            if depth == 0 and j + 1 < len(doc) and doc[j + 1].text in CLOSING_QUOTES | STRAIGHT_QUOTES:
                return j + 1
            if depth == 0 and merged is None:
                merged = j
    return merged


def balance(doc: Doc, start: int, end: int) -> int:
    """Opening minus closing quotes in a range (straight quotes: their count modulo 2)."""
    opened = sum(1 for t in doc[start:end] if t.text in ("«", "„"))
    closed = sum(1 for t in doc[start:end] if t.text in ("»", "“", "”"))
    straight = sum(1 for t in doc[start:end] if t.text == '"') % 2
    return opened - closed + straight


def trim(doc: Doc, candidate: Candidate) -> Optional[Candidate]:
    """Drop whitespace, bullets and stray punctuation from both edges; a closing quote that balances stays."""
    start, end = candidate.start, candidate.end
    while start < end and (doc[start].is_space or doc[start].text in TRIM):  # «"Ромашка"» alone is Ромашка
        start += 1
    while end > start and (doc[end - 1].is_space or (doc[end - 1].text in TRIM and not _keeps_close(doc, start, end)
                                                      and not _initial_dot(doc, start, end))):
        end -= 1
    if start >= end or not any(c.isalnum() for t in doc[start:end] for c in t.text):
        return None
    return Candidate(start, end, candidate.label, candidate.source)


def _initial_dot(doc: Doc, start: int, end: int) -> bool:
    """The dot of an initial ending a name stays: «Гулаковым С.Н.»."""
    if doc[end - 1].text != "." or end - 2 < start:
        return False
    before = doc[end - 2]
    return len(before.text) == 1 and before.text.isupper() and not before.whitespace_


def _keeps_close(doc: Doc, start: int, end: int) -> bool:
    """A closing quote stays at the end when it closes a quote opened inside the span: ООО «Ромашка»."""
    token = doc[end - 1]
    if token.text not in CLOSING_QUOTES and token.text not in STRAIGHT_QUOTES:
        return False
    return balance(doc, start, end - 1) > 0


def split_parentheses(doc: Doc, candidate: Candidate) -> Iterator[Candidate]:
    """«Комитет защиты журналистов (КЗЖ)» → «Комитет защиты журналистов», «КЗЖ»: a name and its gloss."""
    start = candidate.start
    for i in range(candidate.start, candidate.end):
        if doc[i].text in ("(", ")"):
            if i > start:
                yield Candidate(start, i, candidate.label, candidate.source)
            start = i + 1
    if start < candidate.end:
        yield Candidate(start, candidate.end, candidate.label, candidate.source)


def split_lists(doc: Doc, candidate: Candidate, commas: bool) -> Iterator[Candidate]:
    """Names listed with bullets (or, for people, commas) inside one span: «Палестина • Парагвай», «Овечкин,
    Фёдоров» → two spans each."""
    start = candidate.start
    separators = (BULLETS - {"-"}) | ({",", ";"} if commas else set())
    for i in range(candidate.start, candidate.end):
        if doc[i].text in separators:
            if i > start:
                yield Candidate(start, i, candidate.label, candidate.source)
            start = i + 1
    if start < candidate.end:
        yield Candidate(start, candidate.end, candidate.label, candidate.source)


def crosses(a: Candidate, b: Candidate) -> bool:
    """Do two mentions overlap without one holding the other?"""
    return a.overlaps(b) and not a.covers(b) and not b.covers(a)


def by_token(mentions: list[Candidate]) -> dict[int, list[Candidate]]:
    """The mentions on each token, for `near`: a long text has thousands of mentions, and comparing every pair
    made a release of a million characters take seconds more."""
    at: dict[int, list[Candidate]] = {}
    for m in mentions:
        for i in range(m.start, m.end):
            at.setdefault(i, []).append(m)
    return at


def near(at: dict[int, list[Candidate]], mention: Candidate) -> list[Candidate]:
    """The mentions of `at` (by_token) that share a token with `mention`, each once."""
    return list({id(k): k for i in range(mention.start, mention.end) for k in at.get(i, ())}.values())


def outermost(orgs: list[Candidate]) -> list[Candidate]:
    """Of mentions that cross or repeat, the longer; nested ones stay («Палаты представителей Конгресса США»)."""
    kept: list[Candidate] = []
    at: dict[int, list[Candidate]] = {}  # the kept mentions on each token
    for org in sorted(orgs, key=lambda m: -(m.end - m.start)):
        if any(crosses(org, k) or (k.start, k.end) == (org.start, org.end) for k in near(at, org)):
            continue
        kept.append(org)
        for i in range(org.start, org.end):
            at.setdefault(i, []).append(org)
    return kept


LABEL_ORDER = {"ORG": 0, "LOC": 1, "PER": 2}


def unique(candidates: list[Candidate]) -> list[Candidate]:
    """One mention per character range (span attributes are keyed by offsets): the first label wins."""
    seen: dict[tuple[int, int], Candidate] = {}
    for m in sorted(candidates, key=lambda m: LABEL_ORDER[m.label]):
        seen.setdefault((m.start, m.end), m)
    return list(seen.values())
