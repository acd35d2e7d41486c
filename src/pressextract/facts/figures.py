"""Figures: a measure span (money, percent or quantity, read by the measures package) with the role it plays in
a fact. The measures package says what a number is («4,97 млрд долларов» = 4970000000 USD); a figure says what it
does in its sentence:

    «составил 4,97 млрд долларов»        value
    «увеличившись на 11,4 процента»      change, up (from the verb)
    «(+5,1%)»                            change, up (from the sign)
    «в 1,4 раза больше»                  change in times
    «110,2% к уровню 2024 года»          index: a change of +10.2 % (decided with the indicator's kind)
    «до 10,4% с 11,2% в декабре»         11,2% is `from`; with its own period it is a fact of its own
    «против 10,1% годом ранее»           against: a fact of its own
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Optional

from spacy.tokens import Span, Token

from ..lexicon import WordLists
from ..typography import DASHES as TYPOGRAPHIC_DASHES
from .vocabulary import Vocabulary

DASHES = TYPOGRAPHIC_DASHES | {":"}  # a dash or colon for a verb: «экспорт — 1 млрд», «Экспорт: 24,3 млрд»
ADJECTIVAL = re.compile(r"\d-[а-яё]+$", re.IGNORECASE)  # a figure as an adjective: «8-миллиардный», «5-процентном»


@dataclass
class Figure:
    """A measure span in a sentence and its role."""

    span: Span
    sent: Span  # passed in: `Span.sent` rescans the whole document on every call
    group: str  # money | percents | quantities
    data: dict[str, Any]
    role: str = "value"  # value | change | from | against | skip
    direction: Optional[str] = None
    index: bool = False  # «110,2% к уровню …»: a change if the indicator's level is an amount
    claimed_date: Optional[Span] = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def amount(self) -> Decimal:
        return Decimal(self.data["amount"])

    @property
    def unit(self) -> str:
        return str(self.data["unit"])


def classify(figures: list[Figure], vocab: Vocabulary, dates: list[Span]) -> None:
    """Set role and direction of each figure from the words around it."""
    previous: Optional[Figure] = None
    words = vocab.words
    dated = {t.i for d in dates for t in d}
    for figure in figures:
        before = _words_before(figure.span, figure.sent, words["hedge"], words["level_noun"])
        after = _words_after(figure.span, figure.sent, 3)
        sign = figure.span.text.lstrip()[:1]
        if previous is not None and previous.role == "change" and _listed_after(previous, figure, dated):
            figure.role, figure.direction = "change", previous.direction  # «упал на 37%, 33% и 26%»
        elif figure.unit in ("pp", "times") or (before[:1] == ["на"] and _has_direction(figure, vocab, after)):
            figure.role = "change"
        elif _adjective_of_change(figure, vocab):  # «о 5-процентном росте выручки», «10-процентную скидку»
            figure.role = "change"
            figure.direction = "up" if vocab.has(span_root(figure.span).head.lemma_, "up") else "down"
        elif sign in "+−–-" and sign and _prev_text(figure.span) == "(":
            figure.role = "change"
            figure.direction = "up" if sign == "+" else "down"
            figure.extra["signed"] = True  # «(+5,1%)»; a rate's level when its indicator is a rate
        elif before[:1] and before[0] in words["from_preposition"] and (
                _has_to(figure.span, figure.sent) or _after_to(previous, figure, words)):
            figure.role = "from"
            if _after_to(previous, figure, words):
                figure.extra["to"] = previous  # «до 5,1% с 5,4%»
        elif before[:1] and before[0] in words["against_preposition"]:
            figure.role = "against"  # «против 10,1 % годом ранее», «после 7,5 % в августе»
        if _restated(previous, figure, words) or (figure.group == "quantities" and before[:1] == ["за"]):
            figure.role = "skip"  # «92,4 трлн иен (1,1 трлн долл.)», «375 долларов за тысячу кубометров»
        if figure.role in ("from", "against"):
            figure.claimed_date = _date_right_after(figure.span, dates)
        if previous is not None and previous.role == "from" and "to" not in previous.extra and \
                before[:1] == ["до"] and figure.role == "value" and figure.unit == previous.unit:
            previous.extra["to"] = figure  # «с 17% до 15%», «с 1,5 млн до 8,5 млн рублей»
        if figure.role == "value" and figure.unit == "%" and figure.amount >= 50 and before[:1] != ["до"] and \
                after[:1] and after[0] in words["index_preposition"] and (any(
                    w.rstrip(".") in words["index_base"] or w[:1].isdigit() for w in after[1:3]) or
                    _dated_after(figure.span, dated)):
            figure.index = True  # «104,3% к уровню 2024 года», «к марту прошлого года»; not a deadline: «до 120%
            # ВВП к 2020г.»
        if figure.role == "change" and figure.direction is None:
            figure.direction = _direction(figure, vocab, after)
        previous = figure


def span_root(span: Span) -> Token:
    """The token of `span` whose head lies outside it."""
    for token in span:
        if not (span.start <= token.head.i < span.end) or token.head.i == token.i:
            return token
    return span[0]


def _adjective_of_change(figure: Figure, vocab: Vocabulary) -> bool:
    """An adjectival figure whose noun is a change: «5-процентный рост», «10-процентного снижения»."""
    span = figure.span
    root = span_root(span)
    return bool(ADJECTIVAL.search(span.text)) and root.dep_ in ("amod", "nummod") and (
        vocab.has(root.head.lemma_, "up") or vocab.has(root.head.lemma_, "down"))


def _restated(previous: Optional[Figure], figure: Figure, words: WordLists) -> bool:
    """The same figure said again in another unit right after the first, in brackets or after «или», «то есть»,
    «это»: «18,2 млрд рублей (около 230 млн долларов)», «7 млрд рублей, это около 100 млн долларов», «на 151
    человек, или на 6 %». A percentage after an amount is a share, not the same figure («1 млрд рублей, или 15 %
    от продаж»)."""
    if previous is None:
        return False
    same = previous.group == figure.group and figure.group in ("money", "quantities")
    if not same and not (previous.role == "change" and figure.role == "change"):
        return False
    gap = [t for t in figure.span.doc[previous.span.end : figure.span.start] if not t.is_space]
    hedges = words["hedge"]
    said = " ".join(t.lower_ for t in gap if t.is_alpha and t.lower_ not in hedges and t.lower_ != "на")
    bracket = any(t.text == "(" for t in gap)
    return (bracket and not said) or (said in words["restatement"] and all(
        t.is_alpha or t.text in (",", ".", "(") for t in gap))


def _listed_after(previous: Figure, figure: Figure, dated: set[int]) -> bool:
    """`figure` continues a list that `previous` opens: only commas, «и» and dates between, same unit («на
    2,8–4,8 % в 2026 году и 1,5–3,5 % в 2027 году»)."""
    gap = [t for t in figure.span.doc[previous.span.end : figure.span.start] if not t.is_space and t.i not in dated]
    return previous.unit == figure.unit and bool(gap) and all(t.text == "," or t.lower_ == "и" for t in gap)


def _has_direction(figure: Figure, vocab: Vocabulary, after: list[str]) -> bool:
    """«на 5%» is a change only with a direction word: «вырос на 5%», «на 5% больше»; «экспортировано на
    $2 млрд» is a level."""
    if any(vocab.has(w, "up") or vocab.has(w, "down") for w in after[:2]) or figure.unit == "%":
        return True
    doc = figure.span.doc
    return any(vocab.has(t.lemma_, "up") or vocab.has(t.lemma_, "down")
               for t in doc[figure.sent.start : figure.span.start])


def _words_before(span: Span, sent: Span, hedges: frozenset[str], levels: frozenset[str] = frozenset(),
                  limit: int = 3) -> list[str]:
    """Lower-case words right before the span, nearest first, skipping the hedges right before it («около»; not
    «в», which is a preposition there: «в 1,5 раза») and a level noun after its preposition («с отметки 72,5 млн»,
    «до уровня 8%»)."""
    out: list[str] = []
    i = span.start - 1
    while i >= sent.start and len(out) < limit:
        token = span.doc[i]
        i -= 1
        if token.is_space:
            continue
        word = token.lower_
        if not out and (word in levels or (word in hedges and word != "в")):
            continue
        out.append(word)
    return out


def _words_after(span: Span, sent: Span, limit: int) -> list[str]:
    words = []
    for token in span.doc[span.end : min(span.end + limit + 2, sent.end)]:
        if not token.is_space and token.text not in (",",):
            words.append(token.lower_)
    return words[:limit]


def _prev_text(span: Span) -> str:
    i = span.start - 1
    while i >= 0 and span.doc[i].is_space:
        i -= 1
    return span.doc[i].text if i >= 0 else ""


def _has_to(span: Span, sent: Span) -> bool:
    """«с 11,2% до …» or «с 1,5 млн до 8,5 млн»: a «до» follows within the sentence."""
    return any(t.lower_ == "до" for t in span.doc[span.end : sent.end])


def _after_to(previous: Optional[Figure], figure: Figure, words: WordLists) -> bool:
    """«сократились до 5,1% с 5,4%», «до 5 млрд с уровня 4 млрд»: the «до» figure comes first, right before this
    one."""
    if previous is None or \
            _words_before(previous.span, previous.sent, words["hedge"], words["level_noun"])[:1] != ["до"]:
        return False
    gap = [t for t in figure.span.doc[previous.span.end : figure.span.start]
           if not t.is_space and t.lower_ not in words["level_noun"]]
    return len(gap) <= 2


def _dated_after(span: Span, dated: set[int]) -> bool:
    """The word after the preposition behind `span` is a date's: «102,3% к марту прошлого года»."""
    words = [t for t in span.doc[span.end : min(span.end + 4, len(span.doc))]
             if not t.is_space]
    return len(words) >= 2 and words[1].i in dated


def _date_right_after(span: Span, dates: list[Span]) -> Optional[Span]:
    for date in dates:
        gap = span.doc[span.end : date.start]
        if date.start >= span.end and len([t for t in gap if not t.is_space]) <= 2:
            return date
    return None


def _direction(figure: Figure, vocab: Vocabulary, after: list[str]) -> str:
    """Up or down: the comparative after the figure, else the nearest direction word before it, else the sign."""
    for word in after[:2]:
        if vocab.has(word, "up"):
            return "up"
        if vocab.has(word, "down"):
            return "down"
    doc = figure.span.doc
    for token in reversed(doc[figure.sent.start : figure.span.start]):
        if vocab.has(token.lemma_, "up"):
            return "up"
        if vocab.has(token.lemma_, "down"):
            return "down"
    return "down" if figure.amount < 0 else "up"
