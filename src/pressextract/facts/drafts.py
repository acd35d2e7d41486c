"""Drafts: the facts of one sentence before their period, subjects and modality are chosen.

Each figure gets a role (figures.py) and an indicator (linking.py), else one its unit implies («создаст 1 800
рабочих мест»), else the previous sentence's after a pronoun («Его объём составил …»), else the fact before it
after a dash for a verb («…, а в 2011-м — 49 млрд»). A level and a change of the same indicator make one draft.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Span

from .context import modality as modality_rules
from .context.periods import is_comparison
from .figures import Figure, classify
from .indicators import IndicatorMention
from .linking.asides import candidates
from .linking.changes import as_change, rate_phrase, subject_of_verb
from .linking.clause import attach
from .linking.continuations import anaphor, elliptic, previous_sentence
from .linking.headings import heading_after, heading_before
from .linking.respectively import pairs
from .linking.senses import not_a_fact, size_of_one
from .reading import Reading, Sentence
from .vocabulary import Vocabulary


@dataclass
class Draft:
    """A fact being assembled in one sentence."""

    mention: IndicatorMention
    value: Optional[Figure] = None
    change: Optional[Figure] = None
    period: Optional[Span] = None
    link: str = "clause"  # how the figure found its indicator: records.Link
    modality: Optional[str] = None  # the heading's, for an item without a verb of its own
    words: Optional[Span] = None  # the indicator's words when not the mention's: an anaphor far from its antecedent
    others: frozenset[int] = frozenset()  # where parties paired with other figures start («соответственно»)
    previous: Optional[Figure] = None  # the level the value changed from: «с 17% до 15%» (records.Fact.previous)

    @property
    def anchor(self) -> Figure:
        return self.value or self.change  # type: ignore[return-value]


def drafts(sentence: Sentence, reading: Reading, vocab: Vocabulary) -> list[Draft]:
    """The drafts of `sentence`, in the order of their first figure."""
    classify(sentence.figures, vocab, sentence.dates)
    paired = pairs(sentence, vocab, reading.entities)
    bases = {d.start for d in sentence.dates if is_comparison(d, sentence.span, vocab, reading.numeric)}
    found: list[Draft] = []
    current: dict[int, Draft] = {}
    last_end: dict[int, int] = {}
    for figure in sentence.figures:
        if figure.role == "skip" or (figure.role == "from" and figure.claimed_date is None):
            continue
        if not_a_fact(figure, sentence.clause_of(figure.span.start)[0], vocab):
            continue
        if _folded(figure, found, sentence, vocab):
            found[-1].change = figure  # «…, или 2,9 % от населения, что на 0,4 % ниже уровня …»
            continue
        mention, link = paired.indicators.get(figure.span.start), "respectively"
        period = paired.periods.get(figure.span.start)
        if period is not None:
            figure.claimed_date = period  # «в 2026 и 2027 годах соответственно»: not another figure's period
        if mention is None:
            mention, link = attach(figure, candidates(figure, sentence, vocab), vocab, last_end, reading.numeric), \
                "clause"
        if mention is None:
            mention, link = _implied(figure, vocab), "unit"
        if mention is None:
            mention, link = _around(figure, vocab), "clause"
        heading = heading_before(figure, reading, vocab) if mention is None else None
        if heading is not None:
            mention, link = heading.mention, "heading"
        if mention is None:
            mention, link = heading_after(figure, sentence.mentions, reading.numeric), "heading"
        words = None
        if mention is None:
            continued = anaphor(figure, sentence, reading, vocab)
            if continued is not None:
                mention, link, words = continued.mention, continued.link, continued.words
        if mention is None and found and elliptic(figure, sentence):
            mention, link = found[-1].mention, "ellipsis"  # «он составил 35,6 млрд, а в 2011-м — 49 млрд»
        if mention is None and not found:
            continued = previous_sentence(figure, sentence, reading)
            if continued is not None:
                mention, link = continued.mention, continued.link
        if mention is None or size_of_one(figure, mention):
            continue
        mention = subject_of_verb(figure, mention, sentence.mentions, vocab)
        last_end[mention.start] = figure.span.end
        as_change(figure, mention, vocab, has_change=any(
            d.mention.start == mention.start and d.change is not None and not d.change.extra.get("named")
            for d in found))
        if figure.index and mention.entry.kind != "rate" and not rate_phrase(sentence.doc, mention, vocab):
            figure.role, figure.direction = "change", "up" if figure.amount >= 100 else "down"
        draft = current.get(mention.start)
        if figure.extra.get("signed") and mention.entry.kind == "rate" and (draft is None or draft.value is None):
            figure.role, figure.direction = "value", None  # «инфляция составит (−3,2 %)»: a rate's level
        inherited = modality_rules.modality(heading.frame, vocab, mention.entry.future) if heading else None
        if figure.role in ("from", "against"):
            found.append(Draft(mention, value=figure, period=figure.claimed_date, link=link, modality=inherited,
                               words=words))
        elif figure.role == "change" and draft is not None and draft.change is None and _same_period(draft, figure,
                                                                                                   sentence, bases):
            draft.change = figure
        elif figure.role != "change" and draft is not None and draft.value is None and _same_period(draft, figure,
                                                                                                    sentence, bases):
            draft.value = figure
        else:
            own = paired.parties.get(figure.span.start)
            others = paired.listed - {own.start} if own is not None else frozenset()
            draft = Draft(mention, **{"change" if figure.role == "change" else "value": figure}, period=period,
                          link=link, modality=inherited, words=words, others=others)
            current[mention.start] = draft
            found.append(draft)
    _previous_levels(sentence.figures, found)
    return found


def _previous_levels(figures: list[Figure], found: list[Draft]) -> None:
    """A «с X до Y» level X with no period of its own is no fact: it is the previous level of Y's fact (the facts
    GUIDE's `value.from`); with a period of its own it is a fact of its own."""
    for figure in figures:
        target = figure.extra.get("to")
        if figure.role != "from" or figure.claimed_date is not None or target is None or target.unit != figure.unit:
            continue
        draft = next((d for d in found if d.value is target), None)
        if draft is not None and draft.previous is None:
            draft.previous = figure


def _around(figure: Figure, vocab: Vocabulary) -> Optional[IndicatorMention]:
    """A trigger of a verb and its object said around the figure: «введено 1,2 млн кв. метров жилья» (ввести
    жилье), «собрано 9,4 млн тонн зерна», «Зерна собрано 9,4 млн тонн» (собрать зерно); the verb is the span."""
    doc = figure.span.doc
    head = figure.span.root.head
    if head.pos_ != "VERB" or head.i >= figure.span.start:  # the parser lost it: a verb just before («введено в
        words = [t for t in doc[max(0, figure.span.start - 4) : figure.span.start] if not t.is_space]  # действие»)
        head = next((t for t in reversed(words) if t.pos_ == "VERB"), None)
        if head is None or any(t.is_punct for t in doc[head.i : figure.span.start]):
            return None
    after = next((t for t in doc[figure.span.end : figure.span.end + 2] if not t.is_space), None)
    before = next((t for t in reversed(doc[max(0, head.i - 2) : head.i]) if not t.is_space), None)
    for noun in (after, before):  # «собрано 9,4 млн тонн зерна», «Зерна собрано 9,4 млн тонн»
        if noun is not None and noun.pos_ == "NOUN":
            entry = vocab.indicators.phrase((head.lemma_.replace("ё", "е"), noun.lemma_.replace("ё", "е")))
            if entry is not None:
                return IndicatorMention(head.i, head.i + 1, entry)
    return None


def _implied(figure: Figure, vocab: Vocabulary) -> Optional[IndicatorMention]:
    """A unit that names its indicator, after a verb: «создаст 1 800 рабочих мест» is jobs (the verb is the span)."""
    entry = vocab.implied(figure.unit)
    if entry is None:
        return None
    head = figure.span.root.head
    if head.pos_ == "VERB" and head.i < figure.span.start:
        return IndicatorMention(head.i, head.i + 1, entry)
    return None



def _same_period(draft: Draft, figure: Figure, sentence: Sentence, bases: set[int]) -> bool:
    """Not two periods: a date before the draft's figure and another between it and this one make two facts
    («в 2017 году достигнет 2,7 млрд, к 2030 году планируется рост 160,8 %»)."""
    anchor = draft.anchor.span
    dates = [d for d in sentence.dates if d.start not in bases]  # «к факту 2016 года» is a base, not a period
    between = any(anchor.end <= d.start < figure.span.start for d in dates)
    return not (between and any(d.end <= anchor.start for d in dates))


def _folded(figure: Figure, found: list[Draft], sentence: Sentence, vocab: Vocabulary) -> bool:
    """A change in a «что»-clause right after a fact without one is that fact's: «составило 310 человек, или
    2,9 % от активного населения, что на 0,4 % ниже уровня прошлого года»."""
    if figure.role != "change" or not found or found[-1].change is not None:
        return False
    start = sentence.clause_of(figure.span.start)[0]
    doc = sentence.doc
    return doc[start].lower_ in vocab.words["complementizer"] and found[-1].anchor.span.end <= start and not any(
        start <= m.start < figure.span.start for m in sentence.mentions)
