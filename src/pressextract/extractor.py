"""The main API: `Extractor` loads the pipeline once; `extract()` uses one shared per process."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from spacy.language import Language
from spacy.tokens import Doc

from .convert import to_record
from .errors import TextTooLong
from .pipeline import load
from .records import PressRelease

DateLike = Union[dt.date, str, None]
DATES = "pressextract_dates"  # the date component, which also finds the release date in a text


class Extractor:
    """Loads the pipeline once and turns texts into `PressRelease` records."""

    def __init__(self, model: Union[str, Path, Language, None] = None, *, full_parse: bool = False) -> None:
        self.nlp = model if isinstance(model, Language) else load(model)
        if full_parse:  # morphology and syntax on every sentence, not only where a figure or a name is
            self.nlp.get_pipe("pressextract_natasha").parse = "all"

    def extract(self, text: str, published: DateLike = None) -> PressRelease:
        """Extract everything from one release; `published` is its date, if known."""
        return self.to_record(self.nlp(self._checked(text)), published)

    def pipe(
        self,
        texts: Iterable[str],
        *,
        published: Union[DateLike, Iterable[DateLike]] = None,
        batch_size: int = 16,
        n_process: int = 1,
    ) -> Iterator[PressRelease]:
        """Extract from many releases, yielding records in input order; `n_process` > 1 uses processes (-1: one
        per CPU).

        `published` is one date for all texts, or an iterable with one date (or None) per text. The arguments are
        checked when `pipe` is called, before any text is read.
        """
        if isinstance(texts, (str, bytes)):
            raise TypeError("texts must be an iterable of str, not one str (extract() takes one text)")
        if not isinstance(texts, Iterable):
            raise TypeError(f"texts must be an iterable of str, got {type(texts).__name__}")
        _check_count("batch_size", batch_size)
        if n_process != -1:
            _check_count("n_process", n_process)
        return self._records(texts, _per_text(published), batch_size, n_process)

    def _records(self, texts: Iterable[str], dates: Iterator[object], batch_size: int,
                 n_process: int) -> Iterator[PressRelease]:
        checked = (self._checked(text) for text in texts)
        for doc in self.nlp.pipe(checked, batch_size=batch_size, n_process=n_process):
            date = next(dates, _MISSING)
            if date is _MISSING:
                raise ValueError("published has fewer dates than there are texts")
            yield self.to_record(doc, date)  # type: ignore[arg-type]
        if next(dates, _MISSING) is not _MISSING and not isinstance(dates, itertools.repeat):
            raise ValueError("published has more dates than there are texts")

    def to_record(self, doc: Doc, published: DateLike = None) -> PressRelease:
        """Turn a processed `Doc` into a `PressRelease`; without `published`, the date is looked for in the text."""
        date = parse_date(published)
        if date is not None:
            return to_record(doc, published=date, published_from="given")
        found = self._published_in(doc)
        return to_record(doc, published=found, published_from="text" if found else None)

    def _published_in(self, doc: Doc) -> Optional[dt.date]:
        """The release date stated in the text, as the date component finds it (None without that component)."""
        if not self.nlp.has_pipe(DATES):
            return None
        return self.nlp.get_pipe(DATES).published(doc)

    def _checked(self, text: str) -> str:
        if not isinstance(text, str):
            raise TypeError(f"expected str, got {type(text).__name__}")
        if len(text) > self.nlp.max_length:
            raise TextTooLong(f"text of {len(text):,} characters is over the limit of {self.nlp.max_length:,}")
        # A lone surrogate («\ud800», from bytes decoded with surrogateescape) cannot be encoded, and spaCy
        # encodes every token: each becomes U+FFFD, one code unit for one, so the offsets stay the input's.
        return SURROGATE.sub("\ufffd", text)


_MISSING = object()


def _check_count(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}")
    if value < 1:
        raise ValueError(f"{name} must be at least 1, got {value}")
SURROGATE = re.compile("[\ud800-\udfff]")


def _per_text(published: Union[DateLike, Iterable[DateLike]]) -> Iterator[object]:
    """One date per text: the same for all, or the items of an iterable."""
    if published is None or isinstance(published, (str, dt.date)):
        return itertools.repeat(published)
    return iter(published)


def parse_date(value: DateLike) -> Optional[dt.date]:
    """A date from a `date`, `datetime` or ISO string ("2026-01-30")."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValueError(f"published must be a date or an ISO date string like 2026-01-30, got {value!r}") from None


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    """The extractor `extract()` uses, loaded on first call."""
    return Extractor()


def extract(text: str, *, published: DateLike = None) -> PressRelease:
    """Extract entities, dates, money, percentages and facts from one Russian press release."""
    return default_extractor().extract(text, published)
