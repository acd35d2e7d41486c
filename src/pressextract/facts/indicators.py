"""Indicator mentions: the phrases that name what a number measures («товарооборот», «чистая прибыль»).

The vocabulary (`data/indicators.tsv`) maps lemma phrases to ids; a sentence is scanned once, longest phrase
first, matching each word by its lemma or its lower-case form («ПИИ» lemmatises badly, its lower form matches).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Collection, Iterable, Literal, Optional

from pydantic import field_validator
from spacy.attrs import IS_PUNCT, IS_SPACE, LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from ..lexicon import Entry, LexiconError

Kind = Literal["amount", "rate", "any"]
Scope = Literal["economy", "company", "trade"]


class IndicatorEntry(Entry):
    """One indicator of the vocabulary: id, kind of level, scope, trigger phrases and units naming it."""

    id: str
    kind: Kind
    scope: Scope
    future: Literal["forecast", "target"]
    triggers: list[str]
    units: list[str] = []

    @field_validator("id")
    @classmethod
    def _snake_case(cls, value: str) -> str:
        if not re.fullmatch(r"[a-z][a-z0-9_]*", value):
            raise ValueError("id must be snake_case ASCII, like trade_turnover")
        return value

    @field_validator("triggers")
    @classmethod
    def _lemmas(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("at least one trigger phrase")
        for phrase in value:
            if phrase != phrase.lower() or "ё" in phrase:
                raise ValueError(f"trigger {phrase!r} must be lower case lemmas with е for ё")
        return value


def check_unique(entries: Iterable[IndicatorEntry]) -> None:
    """Each id and each trigger phrase once in the whole vocabulary."""
    ids: set[str] = set()
    owners: dict[str, str] = {}
    for entry in entries:
        if entry.id in ids:
            raise LexiconError(f"indicator id {entry.id!r} appears twice")
        ids.add(entry.id)
        for phrase in entry.triggers:
            if phrase in owners:
                raise LexiconError(f"trigger {phrase!r} belongs to both {owners[phrase]} and {entry.id}")
            owners[phrase] = entry.id


@dataclass(frozen=True)
class IndicatorMention:
    """An indicator found in a sentence: token range [start, end) and its vocabulary entry."""

    start: int
    end: int
    entry: IndicatorEntry

    @property
    def id(self) -> str:
        return self.entry.id


WordKeys = list[Optional[tuple[str, str]]]
_KEYS: dict[tuple[int, int], tuple[str, str]] = {}  # (lemma, lower) hashes → their forms, for every document
_KEYS_MAX = 200_000


def word_keys(doc: Doc) -> WordKeys:
    """The forms a trigger word may match, for every token of `doc`: its lemma and lower-case text with ё as е,
    None for spaces and punctuation. Read from one array of the doc: a Token object per token per sentence was
    the larger part of finding indicators."""
    strings = doc.vocab.strings
    out: WordKeys = []
    for lemma, lower, space, punct in doc.to_array([LEMMA, LOWER, IS_SPACE, IS_PUNCT]).tolist():
        if space or punct:
            out.append(None)
            continue
        key = _KEYS.get((lemma, lower))
        if key is None:
            if len(_KEYS) >= _KEYS_MAX:
                _KEYS.clear()
            key = _KEYS[(lemma, lower)] = (strings[lemma].replace("ё", "е"), strings[lower].replace("ё", "е"))
        out.append(key)
    return out


class IndicatorMatcher:
    """Finds indicator mentions in sentences, longest trigger first.

    `owners` are the lemmas of genitive nouns that name whose figure it is, so they stay outside the mention
    («Выручка компании»), where other genitives belong to it («Производство катодной меди»).
    """

    def __init__(self, entries: list[IndicatorEntry], owners: Collection[str] = ()) -> None:
        check_unique(entries)
        self.entries = entries
        self.owners = frozenset(owners)
        self.phrases: dict[str, list[tuple[tuple[str, ...], IndicatorEntry]]] = {}
        for entry in entries:
            for phrase in entry.triggers:
                words = tuple(phrase.split())
                self.phrases.setdefault(words[0], []).append((words, entry))
        for candidates in self.phrases.values():
            candidates.sort(key=lambda item: -len(item[0]))

    def find(self, sent: Span, blocked: set[int], keys: WordKeys | None = None) -> list[IndicatorMention]:
        """Indicator mentions in `sent`, skipping tokens in `blocked` (numbers, dates, entity names); `keys` is
        `word_keys(sent.doc)`, made once per document by a caller reading every sentence."""
        table = keys if keys is not None else word_keys(sent.doc)
        pairs = [(i, key) for i in range(sent.start, sent.end) if (key := table[i]) is not None]
        tokens, words = [i for i, _ in pairs], [key for _, key in pairs]
        found: list[IndicatorMention] = []
        k = 0
        while k < len(tokens):
            match = None if tokens[k] in blocked else self._longest(words, k)
            if match is None:
                k += 1
                continue
            size, entry = match
            last = sent.doc[tokens[k + size - 1]]
            found.append(IndicatorMention(tokens[k], _extend(last, self.owners).i + 1, entry))
            k += size
        return found

    def phrase(self, words: tuple[str, ...]) -> Optional[IndicatorEntry]:
        """The indicator whose trigger is exactly these lemmas («ввести», «жилье»), or None."""
        return next((entry for found, entry in self.phrases.get(words[0], ()) if found == words), None)

    def _longest(self, keys: list[tuple[str, str]], i: int) -> tuple[int, IndicatorEntry] | None:
        for word in dict.fromkeys(keys[i]):  # the lemma first, then the text: not a set's hash order
            for words, entry in self.phrases.get(word, ()):
                if i + len(words) <= len(keys) and all(w in keys[i + k] for k, w in enumerate(words)):
                    return len(words), entry
        return None


def _extend(last: Token, owners: frozenset[str]) -> Token:
    """Take in a genitive complement right after the trigger: «Производство» + «катодной меди»."""
    doc = last.doc
    nxt = last.i + 1
    if nxt >= len(doc):
        return last
    head = doc[nxt]
    while head.head.i > head.i and head.head.i <= nxt + 2 and head.dep_ == "amod":
        head = head.head
    if (head.head.i == last.i and head.dep_ == "nmod" and head.pos_ == "NOUN" and "Gen" in head.morph.get("Case")
            and head.lemma_ not in owners and not head.ent_type_ and not any(c.dep_ == "case" for c in head.children)):
        return head
    return last
