"""«соответственно»: figures paired in order with the indicators, the periods and the parties named before them.

    «Экспорт и импорт составили 480 и 455 млн долларов соответственно»       export 480, import 455
    «Выручка и прибыль выросли на 12 % и 8 % соответственно»                 revenue +12 %, profit +8 %
    «… повысится до 35 и 45 долларов за баррель в 2026 и 2027 годах соответственно»   35 in 2026, 45 in 2027
    «Турция, Египет и Иран, на долю которых пришлось 34 %, 22 % и 15 % экспорта соответственно»   34 % Turkey's …

Within the clause that ends with the word: as many indicators before the first figure as figures (else the
figures keep their own links), as many dates as figures for the periods. Parties may stand earlier in the
sentence: a list of as many entities joined by commas and «и» before the first figure.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from spacy.tokens import Span

from ..figures import Figure
from ..indicators import IndicatorMention
from ..reading import Sentence
from ..vocabulary import Vocabulary


@dataclass
class Pairs:
    """Figure (by start token) → its indicator and its period."""

    indicators: dict[int, IndicatorMention] = field(default_factory=dict)
    periods: dict[int, Span] = field(default_factory=dict)
    parties: dict[int, Span] = field(default_factory=dict)
    listed: frozenset[int] = frozenset()  # where the paired parties start: a figure's subjects are none of the others


def pairs(sentence: Sentence, vocab: Vocabulary, entities: Sequence[Span] = ()) -> Pairs:
    """The pairs «соответственно» makes in `sentence` (none when the counts differ); `entities` are the
    release's, in text order."""
    found = Pairs()
    words = vocab.words["respectively"]
    for token in sentence.span:
        if token.lower_ not in words:
            continue
        start = sentence.clause_of(token.i)[0]
        figures = [f for f in sentence.figures if start <= f.span.start < token.i and f.role != "skip"]
        if len(figures) < 2:
            continue
        first = figures[0].span.start
        mentions = [m for m in sentence.mentions if start <= m.start and m.end <= first]
        if len(mentions) == len(figures):
            found.indicators.update({f.span.start: m for f, m in zip(figures, mentions)})
        dates = [d for d in sentence.dates if start <= d.start < token.i and not _inside_figure(d, figures)]
        if len(dates) == len(figures):
            found.periods.update({f.span.start: d for f, d in zip(figures, dates)})
        listed = _listed(sentence.span, [e for e in entities if sentence.span.start <= e.start and e.end <= first],
                         len(figures), vocab.words["conjunct"])
        if listed:
            found.parties.update({f.span.start: e for f, e in zip(figures, listed)})
            found.listed = found.listed | {e.start for e in listed}
    return found


def _listed(sent: Span, entities: list[Span], count: int, joins: frozenset[str]) -> list[Span]:
    """The last list of exactly `count` entities joined only by `joins` (a comma, «и»: «Турция, Египет и Иран»),
    or none."""
    runs: list[list[Span]] = []
    for entity in entities:
        between = [t.lower_ for t in sent.doc[runs[-1][-1].end : entity.start] if not t.is_space] if runs else []
        if runs and between and len(between) <= 2 and all(w in joins for w in between):
            runs[-1].append(entity)
        else:
            runs.append([entity])
    return next((run for run in reversed(runs) if len(run) == count), [])


def _inside_figure(date: Span, figures: list[Figure]) -> bool:
    return any(f.span.start <= date.start < f.span.end for f in figures)
