"""`pressextract_measures`: money, percentages and quantities as `doc.spans["money"]`, `["percents"]` and
`["quantities"]`, each span with `span._.measure` = {"amount", "amount_max", "unit", "qualifier"}.

Spans follow the facts GUIDE: number + scale word + unit, a leading sign and an abbreviation dot included
(«4,97 млрд долларов США», «$1,4 млрд», «+3,2%», «79 млн. 360 тыс. рублей», «50 б.п.», «1,5 раза»), hedges and
prepositions left out but kept as `qualifier` («около», «более», «до»). A range is one span from its first
number to its unit: «от 3 до 5 млн рублей» → «3 до 5 млн рублей». The vocabularies come from vocab/*.tsv when
the pipeline is built and are saved with it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Optional, Union

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from .amounts import GROUPS, plain
from .lexicon import VOCAB_DIR, Entry, read_tsv, write_tsv
from .money import Currencies
from .numbers import NumberReader
from .phrases import Tokens
from .scan import Grammar
from .units import Units
from .phrases import Phrases
from .vocab_models import Currency, CurrencyNoun, Numeral, PerNoun, Scale, Unit

VOCABULARIES: dict[str, type[Entry]] = {
    "numerals": Numeral,
    "scales": Scale,
    "currency_nouns": CurrencyNoun,
    "currencies": Currency,
    "units": Unit,
    "per_nouns": PerNoun,
}


class MeasureAnnotator:
    """spaCy component: amounts of money, percentages and quantities with their units."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self._entries: Optional[dict[str, list[Any]]] = None
        self._grammar: Optional[Grammar] = None

    @property
    def entries(self) -> dict[str, list[Any]]:
        """The vocabularies: from the model folder once loaded, else from the sources (read on first use)."""
        if self._entries is None:
            self.load(VOCAB_DIR)
        return self._entries  # type: ignore[return-value]

    @property
    def grammar(self) -> Grammar:
        """The phrase tables, built on first use."""
        if self._grammar is None:
            e = self.entries
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
                span = Span(doc, amount.start, amount.end)
                span._.measure = amount.measure()
                if amount.per is not None:
                    per = doc[amount.per.start : amount.per.end]
                    span._.measure["per"] = {"text": per.text, "start": per.start_char, "end": per.end_char,
                                             "amount": plain(amount.per.amount), "unit": amount.per.unit}
                groups[amount.group].append(span)  # type: ignore[index]
        for name, spans in groups.items():
            doc.spans[name] = SpanGroup(doc, name=name, spans=spans)
        return doc

    def load(self, folder: Path) -> None:
        """Read the vocabularies from `folder` (vocab/ of the sources, or the saved pipeline)."""
        self._entries = {name: read_tsv(folder / f"{name}.tsv", entry) for name, entry in VOCABULARIES.items()}
        self._grammar = None

    def to_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        for name, entry in VOCABULARIES.items():
            write_tsv(path / f"{name}.tsv", self.entries[name], entry)

    def from_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> MeasureAnnotator:
        self.load(Path(path))
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.msgpack_dumps({name: [e.to_cells() for e in self.entries[name]] for name in VOCABULARIES})

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> MeasureAnnotator:
        cells = srsly.msgpack_loads(data)
        self._entries = {name: [entry.from_cells(c) for c in cells[name]] for name, entry in VOCABULARIES.items()}
        self._grammar = None
        return self


@Language.factory(
    "pressextract_measures",
    assigns=["doc.spans"],
)
def make_measures(nlp: Language, name: str) -> MeasureAnnotator:
    """Factory of the money, percent and quantity component."""
    return MeasureAnnotator(nlp, name)
