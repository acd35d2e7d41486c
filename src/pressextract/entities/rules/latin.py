"""Places written in Latin letters (`data/latin_places.tsv`), which Russian NER and pymorphy2 do not know as places:

    «пишет New York Times»          → «New York» (a place inside the newspaper's name, as NEREL marks it)
    «игрок Chicago Bulls»           → «Chicago»
    «победила на US Open»           → «US» (US)
    «Joaquin Phoenix», «Paris Hilton» → nothing: a person's name holds no place
"""

from __future__ import annotations

import re
from typing import Optional

from pydantic import field_validator

from ...lexicon import Entry
from ..candidates import Candidate, Starting
from ..naming.countries import STEM

LATIN = "latin"  # the source of such a candidate: its normal is the name as written, its country the entry's
TOKENS = re.compile(r"\w+|[^\w\s]")  # a name's words and marks as the tokenizer splits them: «U.S.» → U . S .


class LatinPlace(Entry):
    """One line of latin_places.tsv: a name, the country's ISO code (none for a state or city), other names."""

    name: str
    code: Optional[str] = None
    aliases: list[str] = []

    @field_validator("code")
    @classmethod
    def _iso(cls, code: Optional[str]) -> Optional[str]:
        if code and not (len(code) == 2 and code.isascii() and code.isupper()):
            raise ValueError("must be an ISO 3166 alpha-2 code like US")
        return code or None


class LatinPlaces:
    """The names of latin_places.tsv by their first token, the longer first."""

    def __init__(self, entries: list[LatinPlace]) -> None:
        self.by_first: dict[str, list[tuple[tuple[str, ...], LatinPlace]]] = {}
        for entry in entries:
            for name in [entry.name, *entry.aliases]:
                tokens = tuple(TOKENS.findall(name))
                self.by_first.setdefault(tokens[0], []).append((tokens, entry))
        for names in self.by_first.values():
            names.sort(key=lambda item: -len(item[0]))
        self.stems = {first.lower()[:STEM] for first in self.by_first}

    def at(self, texts: list[str], i: int) -> Optional[tuple[int, LatinPlace]]:
        """The end and entry of a name starting at token i, the longest; spaces between its tokens are skipped."""
        for tokens, entry in self.by_first.get(texts[i], ()):
            end, k = i, 0
            while end < len(texts) and k < len(tokens):
                if texts[end].isspace():
                    end += 1
                    continue
                if texts[end] != tokens[k]:
                    break
                end, k = end + 1, k + 1
            if k == len(tokens):
                return end, entry
        return None


def latin_places(texts: list[str], starting: Starting, index: LatinPlaces, people: list[Candidate],
                 places: list[Candidate]) -> list[Candidate]:
    """The Latin place names of a doc outside people's names and other places."""
    busy = {i for m in people + places for i in range(m.start, m.end)}
    found: list[Candidate] = []
    end = 0
    for i in starting(index.stems, STEM):
        if i < end or i in busy or not texts[i][:1].isupper():
            continue
        match = index.at(texts, i)
        if match is None or busy.intersection(range(i, match[0])):
            continue
        end = match[0]
        found.append(Candidate(i, end, "LOC", LATIN))
    return found
