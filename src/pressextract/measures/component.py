"""`pressextract_measures`: money, percentages and quantities as `doc.spans["money"]`, `["percents"]` and
`["quantities"]`, each span with `span._.measure` = {"amount", "amount_max", "unit", "qualifier"}.

Spans follow the facts GUIDE: number + scale word + unit, a leading sign and an abbreviation dot included
(«4,97 млрд долларов США», «$1,4 млрд», «+3,2%», «79 млн. 360 тыс. рублей», «50 б.п.», «1,5 раза»), hedges and
prepositions left out but kept as `qualifier` («около», «более», «до»). A range is one span from its first
number to its unit: «от 3 до 5 млн рублей» → «3 до 5 млн рублей». The vocabularies are the files of `data/`,
read on first use and saved with the pipeline.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from .. import extensions
from ..lexicon import Entry, Lexicon, LexiconComponent
from .amounts import GROUPS, plain
from .currencies import Currencies
from .entries import Currency, CurrencyNoun, Numeral, PerNoun, Scale, Unit
from .number_reader import NumberReader
from .phrases import ADJECTIVE_ENDINGS, Phrases, Tokens
from .scan import Grammar
from .units import Units

DATA = Path(__file__).resolve().parent / "data"
LABELS = {"money": "MONEY", "percents": "PERCENT", "quantities": "QUANTITY"}  # span group → span label
VOCABULARIES: dict[str, type[Entry]] = {
    "numerals": Numeral,
    "scales": Scale,
    "currency_nouns": CurrencyNoun,
    "currencies": Currency,
    "units": Unit,
    "per_nouns": PerNoun,
}


class MeasureAnnotator(LexiconComponent):
    """spaCy component: amounts of money, percentages and quantities with their units."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.lexicon = Lexicon(DATA, VOCABULARIES)
        self._grammar: Optional[Grammar] = None
        self._parse_words: Optional[frozenset[str]] = None

    def vocabulary_changed(self) -> None:
        self._grammar = None
        self._parse_words = None

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(LABELS.values())

    def parse_words(self) -> frozenset[str]:
        """Words that make a figure without a digit («полтора миллиарда», «вдвое», «двукратный»): sentences
        holding them are tagged and parsed (`pressextract_natasha`, parse="figures")."""
        if self._parse_words is None:
            numerals, scales = self.lexicon["numerals"], self.lexicon["scales"]
            words = {f for entry in [*numerals, *scales] for f in entry.forms}
            stems = {s for entry in [*numerals, *scales] for s in entry.stems}
            words |= {stem + ending for stem in stems for ending in ADJECTIVE_ENDINGS}
            self._parse_words = frozenset(words)
        return self._parse_words

    @property
    def grammar(self) -> Grammar:
        """The phrase tables, built on first use."""
        if self._grammar is None:
            e = self.lexicon
            self._grammar = Grammar(
                reader=NumberReader(e["numerals"], e["scales"]),
                currencies=Currencies(e["currencies"], e["currency_nouns"]),
                units=Units(e["units"]),
                per_nouns=Phrases((f, n.unit) for n in e["per_nouns"] for f in n.forms),
            )
        return self._grammar

    def __call__(self, doc: Doc) -> Doc:
        groups: dict[str, list[Span]] = {g: [] for g in GROUPS}
        if len(doc):
            for amount in self.grammar.find(Tokens(doc)):
                span = Span(doc, amount.start, amount.end, label=LABELS[amount.group])  # type: ignore[index]
                span._.measure = amount.measure()
                if amount.per is not None:
                    per = doc[amount.per.start : amount.per.end]
                    span._.measure["per"] = {"text": per.text, "start": per.start_char, "end": per.end_char,
                                             "amount": plain(amount.per.amount), "unit": amount.per.unit}
                groups[amount.group].append(span)  # type: ignore[index]
        for name, spans in groups.items():
            doc.spans[name] = SpanGroup(doc, name=name, spans=spans)
        return doc


@Language.factory(
    "pressextract_measures",
    assigns=["doc.spans"],
)
def make_measures(nlp: Language, name: str) -> MeasureAnnotator:
    """Factory of the money, percent and quantity component."""
    extensions.register(spans=("measure",))
    return MeasureAnnotator(nlp, name)
