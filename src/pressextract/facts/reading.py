"""The linker's state as it reads a document: the whole text (`Reading`) and the sentence at hand (`Sentence`).

A `Reading` holds what every sentence looks up (figures, dates, entities, the tokens that are names or numbers,
the release's company, its topic pair) and what one sentence hands to the next: the period the paragraph set («По
итогам 2025 года …» for the sentences after it), the parties of the last trade fact and the countries the
paragraph names, and the last indicator named (for «Его объём составил …»).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Callable, Optional, TypeVar

from spacy.tokens import Doc, Span

from ..extensions import doc_value
from .clauses import clause_of, clauses
from .context.periods import carried
from .context.subjects import Party
from .context.topic import Topic, topic
from .figures import Figure, span_root
from .indicators import IndicatorMention, WordKeys, word_keys
from .linking.clause import drop_nested
from .linking.senses import drop_other_senses
from .vocabulary import Vocabulary

FIGURE_GROUPS = ("money", "percents", "quantities")


@dataclass
class Sentence:
    """One sentence: its figures, dates, indicator mentions and clauses (token ranges)."""

    span: Span
    figures: list[Figure]
    dates: list[Span]
    mentions: list[IndicatorMention]
    clauses: list[tuple[int, int]]

    @property
    def doc(self) -> Doc:
        return self.span.doc

    def clause_of(self, i: int) -> tuple[int, int]:
        """The clause holding token `i`."""
        return clause_of(self.clauses, i)


@dataclass
class Reading:
    """A document being read for facts, one sentence after the other."""

    doc: Doc
    figures: list[Figure]
    dates: list[Span]
    entities: list[Span]
    numeric: set[int]  # tokens of figures and dates
    named: set[int]  # and of entity names: no indicator word there
    main_org: Optional[Span]  # the release's company
    topic: Topic  # the release's reporting country and partner
    text: str  # doc.text, which spaCy builds anew on every access
    keys: WordKeys  # each token's forms for the indicator vocabulary (indicators.word_keys)
    carry: Optional[Span] = None  # the paragraph's period so far
    parties: list[Party] = field(default_factory=list)  # the sides of the paragraph's last trade fact
    last_parties: list[Party] = field(default_factory=list)  # of the release's last trade fact naming them
    paragraph_countries: set[str] = field(default_factory=set)  # the countries the paragraph names so far
    next_entity: int = 0  # the first entity not yet read
    antecedent: Optional[IndicatorMention] = None  # the indicator a pronoun stands for: the last topic named
    antecedent_at: int = 0  # the number of the sentence that named it
    last_fact: Optional[IndicatorMention] = None  # the indicator of the last fact
    last_fact_at: int = -1  # the number of its sentence
    mentions: list[IndicatorMention] = field(default_factory=list)  # every indicator named so far, in order
    previous_end: int = 0  # where the previous sentence's text ended
    number: int = -1  # the number of the sentence at hand
    paragraph_start: int = 0  # the number of the first sentence of its paragraph

    @classmethod
    def of(cls, doc: Doc, vocab: Vocabulary) -> Optional[Reading]:
        """The reading of `doc`, or None when it has no figures."""
        # a sum without a number («несколько миллиардов рублей», qualifier vague) is no fact's value (GUIDE)
        figures = sorted((Figure(s, s, g, s._.measure) for g in FIGURE_GROUPS if g in doc.spans for s in doc.spans[g]
                          if s._.measure and s._.measure.get("qualifier") != "vague"), key=lambda f: f.span.start)
        if not figures:
            return None
        dates = sorted(doc.spans["dates"], key=lambda s: s.start) if "dates" in doc.spans else []
        numeric = {t.i for f in figures for t in f.span} | {t.i for d in dates for t in d}
        # a place inside a figure names its currency, not a side: «долларов США», «российских рублей»
        entities = sorted((e for e in doc.spans["entities"] if not all(t.i in numeric for t in e)),
                          key=lambda s: s.start) if "entities" in doc.spans else []
        # names hold no indicator, but a name that opens with one is a tagging slip («Грузооборот порта»,
        # «Фонд заработной платы» taken for organisations): a trigger may start at a name's first word
        named = numeric | {t.i for e in entities for t in e[1:]}
        legal = vocab.words["legal_form"]
        main_org = next((e for e in entities if e.label_ == "ORG" and e[0].lower_ in legal), None)
        about = topic(doc, entities, doc_value(doc, "people"))
        return cls(doc, figures, dates, entities, numeric, named, main_org, about, doc.text, word_keys(doc))

    def enter(self, sent: Span, vocab: Vocabulary) -> Sentence:
        """Move on to `sent`; a line break before it ends the period and the parties, unless the line before
        opens or goes on with a list («Показатели III квартала 2026 года:», «… 3,1 млрд рублей;»); a blank line
        ends the paragraph and what a pronoun may stand for."""
        self.number += 1
        between = self.text[self.previous_end : sent.start_char + 1]
        in_list = self.previous_end > 0 and self.text[self.previous_end - 1] in LIST_MARKS and between.count("\n") < 2
        if "\n" in between and not in_list:
            self.carry, self.parties, self.paragraph_countries = None, [], set()
        while self.next_entity < len(self.entities) and self.entities[self.next_entity].start < sent.end:
            country = (self.entities[self.next_entity]._.entity or {}).get("country")
            if country:
                self.paragraph_countries.add(country)
            self.next_entity += 1
        if between.count("\n") >= 2:
            self.antecedent, self.last_fact, self.paragraph_start = None, None, self.number
        self.previous_end = sent.start_char + len(self.text[sent.start_char : sent.end_char].rstrip())  # no Token objects
        own = _within(self.figures, sent, lambda f: f.span.start)  # both sorted by start
        for figure in own:
            figure.sent = sent
        dates = _within(self.dates, sent, lambda d: d.start)
        found = vocab.indicators.find(sent, self.named, self.keys)
        mentions = drop_other_senses(drop_nested(found, sent), sent, vocab)
        self.mentions.extend(mentions)
        return Sentence(sent, own, dates, mentions, clauses(sent, vocab.words) if own else [])

    def pass_over(self, sentence: Sentence) -> None:
        """A sentence without figures: its date may open the paragraph's period, its topic is what a pronoun in
        a later one stands for («Экспорт растёт. … он составил …»)."""
        if self.carry is None:
            self.carry = next((d for d in sentence.dates if carried(d)), None)
        self.remember(sentence, [])

    def remember(self, sentence: Sentence, indicators: list[IndicatorMention]) -> None:
        """What a later pronoun stands for: the last indicator that is a subject, else the last one a fact was
        found for (`indicators`), else the last one named; a sentence naming none keeps the earlier one."""
        subjects = [m for m in sentence.mentions
                    if span_root(self.doc[m.start : m.end]).dep_ in ("nsubj", "nsubj:pass")]
        topic = subjects[-1] if subjects else indicators[-1] if indicators else (
            sentence.mentions[-1] if sentence.mentions else None)
        if topic is not None:
            self.antecedent, self.antecedent_at = topic, self.number
        if indicators:
            self.last_fact, self.last_fact_at = indicators[-1], self.number

    def carry_on(self, periods: list[Optional[Span]]) -> None:
        """After a sentence's facts: the first period that can go on becomes the paragraph's."""
        found = [p for p in periods if p is not None and carried(p)]
        if found:
            self.carry = found[0]


LIST_MARKS = ":;"  # a line ending so opens or goes on with a list: its items keep the period and the parties
T = TypeVar("T")


def _within(items: list[T], sent: Span, start: Callable[[T], int]) -> list[T]:
    """The items of a list sorted by `start` that start inside `sent` (a long text has thousands of both)."""
    first = bisect_left(items, sent.start, key=start)
    last = bisect_left(items, sent.end, key=start)
    return items[first:last]
