"""List items under a heading: the indicator stands in a heading line or lead sentence, the items carry only a
year or a part.

    Объём финансирования программы составит:        ← the heading: a line ending with a colon, naming the indicator
    2026 год – 1 250,0 млн рублей;                  ← items: a figure with only a date, a label or a dash before it
    2027 год – 1 310,5 млн рублей.

Items may follow the colon on the same line («составит: 2026 год – 1,2 млрд; 2027 год – 1,3 млрд»), be split by
«;», «,», line breaks or bullets, and pass a connecting line without an indicator («в том числе:», «по годам:»);
a blank line or a line that is neither an item nor a heading ends the list. The heading may also follow the list
after a dash: «2024 год – 1,2 млрд, 2025 год – 1,5 млрд — таков объём экспорта».
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Span

from ..figures import DASHES, Figure
from ..indicators import IndicatorMention
from ..reading import Reading
from ..vocabulary import Vocabulary

MAX_LINES = 40  # lines looked back from an item to its heading
ITEM_WORDS = 3  # words an item may put before its figure besides dates and numbers: «1 период – 2017 год –»
CONNECTOR_WORDS = 5  # words of a line that only connects items to the heading: «в том числе по годам:»
SEPARATORS = {";", ",", ":"}


@dataclass(frozen=True)
class Heading:
    """The indicator a list item belongs to, and the modality words of the heading («составит» → future)."""

    mention: IndicatorMention
    frame: Span  # the heading's words up to its colon


def heading_before(figure: Figure, reading: Reading, vocab: Vocabulary) -> Optional[Heading]:
    """The heading `figure` is an item of, or None. Figures and dates do not count as an item's words."""
    doc, text, busy, mentions = reading.doc, reading.text, reading.numeric, reading.mentions
    start = _segment_start(doc, figure.span.start)
    if not _item_prefix(doc[start : figure.span.start], busy, vocab) or _has_verb(doc, figure.span.end):
        return None
    position = figure.span.start_char
    line_start = text.rfind("\n", 0, position) + 1
    colon = _last_colon(doc, line_start, figure.span.start)
    if colon is not None:  # «составит: 2026 год – 1,2 млрд; 2027 год – …»: the heading on the item's own line
        if not _items_only(doc, colon + 1, figure.span.start, busy, vocab):
            return None
        return _heading_of(doc, line_start, colon, mentions)
    for _ in range(MAX_LINES):
        if line_start == 0:
            return None
        end = line_start - 1
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end]
        if not line.strip():
            return None  # a blank line ends the list
        last = _last_token(doc, line_start, end)
        if last is not None and doc[last].text == ":":
            found = _heading_of(doc, line_start, last, mentions)
            if found is not None:
                return found
            if len(_words(doc, line_start, last)) > CONNECTOR_WORDS:
                return None
            continue
        if not any(i in busy for i in _token_range(doc, line_start, end)):
            return None  # neither an item nor a heading
    return None


def heading_line(figure: Figure, reading: Reading) -> Optional[Span]:
    """The words of the heading line above a list item, up to its colon, whether or not it names the item's
    indicator («Общий объём финансирования программы составит:» above «за счёт средств бюджета – 28 млн»): a
    verbless item takes its modality from there."""
    doc, text, busy = reading.doc, reading.text, reading.numeric
    line_start = text.rfind("\n", 0, figure.span.start_char) + 1
    for _ in range(MAX_LINES):
        if line_start == 0:
            return None
        end = line_start - 1
        line_start = text.rfind("\n", 0, end) + 1
        if not text[line_start:end].strip():
            return None
        last = _last_token(doc, line_start, end)
        if last is not None and doc[last].text == ":":
            if len(_words(doc, line_start, last)) > CONNECTOR_WORDS:
                return doc[_token_at(doc, line_start) : last]
            continue
        if not any(i in busy for i in _token_range(doc, line_start, end)):
            return None
    return None


def heading_after(figure: Figure, mentions: list[IndicatorMention], busy: set[int]) -> Optional[IndicatorMention]:
    """An indicator after the list, past a dash: «2024 год – 1,2 млрд, 2025 год – 1,5 млрд — таков объём
    экспорта». Between the figure and the last dash only items: dates, figures, labels, dashes, separators."""
    doc = figure.span.doc
    later = [m for m in mentions if m.start >= figure.span.end]
    if not later:
        return None
    mention = later[0]
    words = [t for t in doc[figure.span.end : mention.start] if not t.is_space]
    dashes = [k for k, t in enumerate(words) if t.text in DASHES and t.text != ":"]
    if not dashes or any(t.i in busy for t in words[dashes[-1] :]):
        return None
    last = dashes[-1]
    if len([t for t in words[last + 1 :] if t.is_alpha]) > 1:  # «— таков объём экспорта», «— это экспорт»
        return None
    between = words[:last]
    if any(t.pos_ in ("VERB", "AUX") for t in between):
        return None
    if len([t for t in between if t.is_alpha and t.i not in busy]) > ITEM_WORDS * max(1, _figures_in(between, busy)):
        return None
    return mention


def _heading_of(doc: Doc, line_start: int, colon: int, mentions: list[IndicatorMention]) -> Optional[Heading]:
    """The first indicator of the colon's sentence and line (the total, not a source named after it)."""
    first = max(_token_at(doc, line_start), doc[colon].sent.start)
    inside = [m for m in mentions if m.start >= first and m.end <= colon]
    if not inside:
        return None
    return Heading(inside[0], doc[first:colon])


def _has_verb(doc: Doc, i: int) -> bool:
    """A verb in the rest of the item from token `i`: «€1,5 млрд средств было мобилизировано» is no list item."""
    while i < len(doc) and doc[i].text not in SEPARATORS and not (doc[i].is_space and "\n" in doc[i].text):
        if doc[i].pos_ in ("VERB", "AUX"):
            return True
        if "\n" in doc[i].whitespace_:
            break
        i += 1
    return False


def _segment_start(doc: Doc, i: int) -> int:
    """Where the item holding token `i` starts: after the nearest separator or line break before it."""
    j = i - 1
    while j >= 0:
        token = doc[j]
        if token.text in SEPARATORS or (token.is_space and "\n" in token.text) or "\n" in token.whitespace_:
            return j + 1
        j -= 1
    return 0


def _item_prefix(words: Span, busy: set[int], vocab: Vocabulary) -> bool:
    """Only a date, a label and a dash before the figure: «2026 год –», «– 2019 год-», «1 период - 2017 год -»."""
    tokens = [t for t in words if not t.is_space]
    if any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return False
    hedges = vocab.words["hedge"]
    content = [t for t in tokens if t.is_alpha and t.i not in busy and t.lower_ not in hedges]
    return len(content) <= ITEM_WORDS


def _items_only(doc: Doc, start: int, end: int, busy: set[int], vocab: Vocabulary) -> bool:
    """Between a heading's colon and the figure only earlier items: each piece between separators is short."""
    piece: list = []
    for token in doc[start:end]:
        if token.text in SEPARATORS:
            if not _item_prefix(piece, busy, vocab):  # type: ignore[arg-type]
                return False
            piece = []
        else:
            piece.append(token)
    return _item_prefix(piece, busy, vocab)  # type: ignore[arg-type]


def _last_colon(doc: Doc, line_start: int, end: int) -> Optional[int]:
    for i in range(end - 1, -1, -1):
        token = doc[i]
        if token.idx < line_start:
            return None
        if token.text == ":":
            return i
    return None


def _token_range(doc: Doc, start_char: int, end_char: int) -> range:
    first = _token_at(doc, start_char)
    last = first
    while last < len(doc) and doc[last].idx < end_char:
        last += 1
    return range(first, last)


def _token_at(doc: Doc, char: int) -> int:
    """The first token starting at or after `char`."""
    lo, hi = 0, len(doc)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc[mid].idx < char:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _last_token(doc: Doc, start_char: int, end_char: int) -> Optional[int]:
    """The last non-space token of a line."""
    tokens = [i for i in _token_range(doc, start_char, end_char) if not doc[i].is_space]
    return tokens[-1] if tokens else None


def _words(doc: Doc, start_char: int, end: int) -> list[str]:
    return [doc[i].text for i in range(_token_at(doc, start_char), end) if doc[i].is_alpha]


def _figures_in(tokens: list, busy: set[int]) -> int:
    return sum(1 for k, t in enumerate(tokens) if t.i in busy and (k == 0 or tokens[k - 1].i not in busy))
