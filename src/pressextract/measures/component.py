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
from ..lexicon import Entry, Lexicon, LexiconComponent, WordList, WordLists
from ..typography import ADJECTIVE_ENDINGS
from .changes import ChangeWords
from .ellipsis import BorrowedUnits
from .entries import (
    CountedNoun,
    Currency,
    CurrencyNoun,
    Numeral,
    PerNoun,
    Qualifier,
    Scale,
    Unit,
)
from .measure import GROUPS, plain
from .numerals.reader import NumberReader
from .phrases import Phrases, Tokens
from .qualifiers import Qualifiers
from .ranges import Ranges
from .scan import Grammar
from .units.counted import CountedNouns
from .units.currencies import Currencies
from .units.matcher import Units
from .units.per import Denominators
from .units.percent import Percents

DATA = Path(__file__).resolve().parent / "data"
LABELS = {"money": "MONEY", "percents": "PERCENT", "quantities": "QUANTITY"}  # span group → span label
VOCABULARIES: dict[str, type[Entry]] = {
    "numerals": Numeral,
    "scales": Scale,
    "currency_nouns": CurrencyNoun,
    "currencies": Currency,
    "units": Unit,
    "per_nouns": PerNoun,
    "counted_nouns": CountedNoun,
    "qualifiers": Qualifier,
    "measure_words": WordList,
}
WORD_LISTS = (  # the rows of measure_words.tsv
    "money_nouns", "money_cues", "possessives", "function_words", "hedge_prepositions", "change_stems", "range_start",
    "range_end", "change_start", "coordination", "times_prepositions", "share_of", "minus_after", "minus_words", "per_marks",
    "per_nouns_only", "zero_before", "rate_words",
)


class MeasureAnnotator(LexiconComponent):
    """spaCy component: money, percentages and quantities (measures: a number with its unit)."""

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
            figures = [n for n in numerals if n.kind in ("cardinal", "times")]  # not «несколько», «сотни»
            words = {f for entry in [*figures, *scales] for f in entry.forms}
            stems = {s for entry in [*figures, *scales] for s in entry.stems}
            words |= {stem + ending for stem in stems for ending in ADJECTIVE_ENDINGS}
            self._parse_words = frozenset(words)
        return self._parse_words

    @property
    def grammar(self) -> Grammar:
        """The grammars, built from the tables on first use."""
        if self._grammar is None:
            self._grammar = build_grammar(self.lexicon)
        return self._grammar

    def __call__(self, doc: Doc) -> Doc:
        groups: dict[str, list[Span]] = {g: [] for g in GROUPS}
        if len(doc):
            for found in self.grammar.find(Tokens(doc)):
                span = Span(doc, found.start, found.end, label=LABELS[found.group])  # type: ignore[index]
                span._.measure = found.measure()
                if found.per is not None:
                    per = doc[found.per.start : found.per.end]
                    span._.measure["per"] = {"text": per.text, "start": per.start_char, "end": per.end_char,
                                             "amount": plain(found.per.amount), "unit": found.per.unit}
                groups[found.group].append(span)  # type: ignore[index]
        for name, spans in groups.items():
            doc.spans[name] = SpanGroup(doc, name=name, spans=spans)
        return doc


def build_grammar(tables: Lexicon) -> Grammar:
    """Every grammar of the scan, each handed the tables and word lists it reads."""
    words = WordLists(tables["measure_words"], WORD_LISTS, "measure_words.tsv")
    reader = NumberReader(tables["numerals"], tables["scales"], minus_after=words["minus_after"],
                          minus_words=words["minus_words"])
    currencies = Currencies(tables["currencies"], tables["currency_nouns"], money_nouns=words["money_nouns"])
    units = Units(tables["units"])
    changes = ChangeWords(words["change_stems"])
    qualifiers = Qualifiers(tables["qualifiers"], prepositions=words["hedge_prepositions"],
                            range_start=words["range_start"], range_end=words["range_end"], changes=changes)
    per_nouns = Phrases((f, n.unit) for n in tables["per_nouns"] for f in n.forms)
    return Grammar(
        reader=reader,
        currencies=currencies,
        units=units,
        counted=CountedNouns(tables["counted_nouns"]),
        percents=Percents(reader, changes, times_prepositions=words["times_prepositions"],
                          hedge_words=qualifiers.words, share_of=words["share_of"]),
        qualifiers=qualifiers,
        ranges=Ranges(changes, range_start=words["range_start"], range_end=words["range_end"],
                      change_start=words["change_start"], coordination=words["coordination"]),
        borrowed=BorrowedUnits(money_cues=words["money_cues"], possessives=words["possessives"],
                               function_words=words["function_words"], zero_before=words["zero_before"],
                               rate_words=words["rate_words"]),
        denominators=Denominators(reader, units, currencies, per_nouns, marks=words["per_marks"],
                                  nouns_only=words["per_nouns_only"]),
    )


@Language.factory(
    "pressextract_measures",
    assigns=["doc.spans"],
)
def make_measures(nlp: Language, name: str) -> MeasureAnnotator:
    """Factory of the money, percent and quantity component."""
    extensions.register(spans=("measure",))
    return MeasureAnnotator(nlp, name)
