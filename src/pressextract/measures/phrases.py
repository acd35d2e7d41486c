"""A light view of a Doc's tokens for the number grammars, and phrase tables matched on it.

The grammars read plain lists (text, lower case, spacing) instead of spaCy tokens: most of a release has no
number in it, and list lookups keep the scan cheap. Phrases are tokenised by razdel, as the text is, so
«куб. м» is «куб» «.» «м» on both sides and matches «куб.\u00a0м» too (whitespace tokens are skipped inside).
"""

from __future__ import annotations

from itertools import accumulate
from typing import Generic, Iterable, Mapping, Optional, TypeVar

from razdel import tokenize
from spacy.attrs import ORTH, SENT_START, SPACY
from spacy.tokens import Doc

from ..typography import ADJECTIVE_ENDINGS

V = TypeVar("V")

HORIZONTAL_SPACE = {" ", "\u00a0", "\u2009", "\u202f", "\u2007", "\u2002", "\u2003", "\t"}


class Tokens:
    """Token texts of a Doc with lower case, spacing and sentence numbers, as plain lists."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        orth, space, start = doc.to_array([ORTH, SPACY, SENT_START]).T.tolist()
        strings = doc.vocab.strings
        self.text = [strings[o] for o in orth]
        self.lower = [w.lower() for w in self.text]
        self.space_after = [bool(x) for x in space]
        self.sentence = list(accumulate(1 if x == 1 else 0 for x in start))
        self.size = len(self.text)
        self._sentence_texts: dict[int, str] = {}
        self._doc_lower: str = ""

    def is_gap(self, i: int) -> bool:
        """A whitespace token inside a line (NBSP, thin space); a line break is not a gap."""
        word = self.text[i]
        return word[0] in HORIZONTAL_SPACE and all(c in HORIZONTAL_SPACE for c in word)

    def next(self, i: int) -> int:
        """The first token at or after `i` that is not a gap (`size` at the end)."""
        while i < self.size and self.is_gap(i):
            i += 1
        return i

    def prev(self, i: int) -> int:
        """The last token before `i` that is not a gap (-1 at the start)."""
        i -= 1
        while i >= 0 and self.is_gap(i):
            i -= 1
        return i

    def joined(self, i: int) -> bool:
        """Token `i` is followed by token `i + 1` with nothing between: «28,8» «-»."""
        return i + 1 < self.size and not self.space_after[i]

    def one_space(self, i: int) -> Optional[int]:
        """The token after `i` when exactly one space-like character separates them («12 500», «12\u00a0500»)."""
        if self.space_after[i]:
            return i + 1 if i + 1 < self.size and not self.text[i + 1].isspace() else None
        if i + 2 < self.size and len(self.text[i + 1]) == 1 and self.is_gap(i + 1) and not self.space_after[i + 1]:
            return i + 2
        return None

    def sentence_text(self, i: int) -> str:
        """Lower-case words of the sentence holding token `i`, joined by spaces."""
        sid = self.sentence[i]
        if sid not in self._sentence_texts:
            start, end = i, i
            while start > 0 and self.sentence[start - 1] == sid:
                start -= 1
            while end + 1 < self.size and self.sentence[end + 1] == sid:
                end += 1
            self._sentence_texts[sid] = " ".join(self.lower[start : end + 1])
        return self._sentence_texts[sid]

    def doc_text(self) -> str:
        """Lower-case words of the whole document, joined by spaces."""
        if not self._doc_lower:
            self._doc_lower = " ".join(self.lower)
        return self._doc_lower


def adjective_stem(word: str, stems: Mapping[str, V]) -> Optional[V]:
    """The value of `stems` whose stem plus an adjective ending is `word`: «миллиардного» → «миллиардн»."""
    for ending in ADJECTIVE_ENDINGS:
        if word.endswith(ending):
            found = stems.get(word[: len(word) - len(ending)])
            if found is not None:
                return found
    return None


def split(phrase: str) -> list[str]:
    """A phrase as the tokenizer splits it: «куб. м» → [«куб», «.», «м»]."""
    return [t.text for t in tokenize(phrase)]


class Phrases(Generic[V]):
    """Phrases of one or more tokens mapped to values; `match` finds the longest one starting at a token.

    A phrase with a capital letter, or shorter than three characters, matches exactly («МВт», «т», «США»);
    the others match in any case («Долларов»).
    """

    def __init__(self, items: Iterable[tuple[str, V]] = ()) -> None:
        self._by_first: dict[str, list[tuple[list[str], bool, V]]] = {}
        for phrase, value in items:
            self.add(phrase, value)

    def add(self, phrase: str, value: V) -> None:
        words = split(phrase)
        if not words:
            return
        exact = phrase != phrase.lower() or len(phrase) < 3
        key = [w if exact else w.lower() for w in words]
        bucket = self._by_first.setdefault(key[0].lower(), [])
        if any(k == key and e == exact for k, e, _ in bucket):
            return
        bucket.append((key, exact, value))
        bucket.sort(key=lambda item: -len(item[0]))

    def __contains__(self, word: str) -> bool:
        return word in self._by_first

    def first_words(self) -> set[str]:
        """Lower-case first tokens of all phrases."""
        return set(self._by_first)

    def match(self, tokens: Tokens, i: int) -> Optional[tuple[V, int]]:
        """The value of the longest phrase starting at token `i` and the index after it, or None."""
        if i >= tokens.size:
            return None
        bucket = self._by_first.get(tokens.lower[i])
        if not bucket:
            return None
        for key, exact, value in bucket:
            end = _match_at(tokens, i, key, exact)
            if end is not None:
                return value, end
        return None

    def match_all(self, tokens: Tokens, i: int) -> list[tuple[V, int]]:
        """Every phrase starting at token `i` (longest first), with the index after each."""
        out = []
        for key, exact, value in self._by_first.get(tokens.lower[i], []) if i < tokens.size else []:
            end = _match_at(tokens, i, key, exact)
            if end is not None:
                out.append((value, end))
        return out


def _match_at(tokens: Tokens, i: int, key: list[str], exact: bool) -> Optional[int]:
    words = tokens.text if exact else tokens.lower
    j = i
    for n, word in enumerate(key):
        if n:
            j = tokens.next(j)
        if j >= tokens.size or words[j] != word:
            return None
        j += 1
    return j
