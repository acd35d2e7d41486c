"""The release date when the caller does not give it: a dateline, else the first full date of the lead.

    «Ташкент, 30 января 2026 года. Министр …»     dateline: place, date, then the text
    «30.01.2026» on a line of its own             dateline
    «… сообщили, что 30 января 2026 года министр …» the first full date of the first sentences

It reads the date spans after the pipeline has run; the date component gives it its words
(`DateAnnotator.published`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Collection, Optional

from spacy.tokens import Doc, Span

DATELINE_CHARS = 400  # a dateline stands in the first lines
LEAD_SENTENCES = 3  # a title, then the lead
# «Ташкент, », «МОСКВА, 12 марта — », «Москва. »: at most a place name between the line start and the date
BEFORE = re.compile(r"(?:[^\W\d_][\w\- .()]{0,40}[,.]\s*)?", re.UNICODE)
# after the date: the line ends, or a dot, comma or dash goes on with the text
AFTER = re.compile(r"\s*(?:$|[.,:;—–-])")


def find_published(doc: Doc, prepositions: Collection[str]) -> Optional[dt.date]:
    """The release date stated in `doc`, or None; a date span may start with one of `prepositions` («в», «от»),
    not with another word («до 30 января», «с 1 февраля»: a deadline or the start of a range)."""
    days = [s for s in doc.spans["dates"] if _full_day(s, prepositions)] if "dates" in doc.spans else []
    for span in days:
        if span.start_char < DATELINE_CHARS and _dateline(doc.text, span):
            return dt.date.fromisoformat(span._.date["start_date"])
    lead = list(doc.sents)[:LEAD_SENTENCES]
    end = lead[-1].end_char if lead else 0
    for span in days:
        if span.start_char < end:
            return dt.date.fromisoformat(span._.date["start_date"])
    return None


def _full_day(span: Span, prepositions: Collection[str]) -> bool:
    """A day with its year, said outright: «30 января 2026 года», «30.01.2026», «в пятницу, 30 января 2026 года»."""
    value = span._.date or {}
    first = span[0].text.lower()
    day = value.get("start_date")
    return (day is not None and day == value.get("end_date") and value.get("normalized") == day
            and not value.get("relative") and (first[:1].isdigit() or first in prepositions))


def _dateline(text: str, span: Span) -> bool:
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    before = text[line_start : span.start_char]
    after = text[span.end_char : line_end if line_end >= 0 else len(text)]
    return BEFORE.fullmatch(before) is not None and AFTER.match(after) is not None
