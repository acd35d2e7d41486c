"""`pressextract_dates`: dates and periods as `doc.spans["dates"]`, each with its value in `span._.date`.

    «по итогам 2025 года»   {"normalized": "2025", "grain": "year", "start_date": "2025-01-01",
                             "end_date": "2025-12-31", "relative": False, "resolved": True, "spec": None}
    «в прошлом году»        {"normalized": None, …, "relative": True, "resolved": False,
                             "spec": {"type": "point", "grain": "year", "shift": -1, …}}
    a year-less date told in the past tense gets "past": True in its spec («цены выросли в декабре»)

What the text says is recorded here; relative and year-less dates are completed when the record is built
(`resolve.py`), because the release date may only be known then.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup, Token

from .. import extensions
from ..lexicon import Lexicon, LexiconComponent
from .fields import describe
from .grammar import find
from .published import find_published
from .tokens import Scan
from .words import TABLES, DateWords, fold

GROUP = "dates"
DATA = Path(__file__).resolve().parent / "data"


class DateAnnotator(LexiconComponent):
    """spaCy component: time expressions found by the date grammar, with their normalised values."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.lexicon = Lexicon(DATA, TABLES)
        self._words: Optional[DateWords] = None

    def vocabulary_changed(self) -> None:
        self._words = None

    @property
    def labels(self) -> tuple[str, ...]:
        return ("DATE",)

    def parse_words(self) -> frozenset[str]:
        """Calendar words and the words of time phrases («сентябре», «году», «вчера», «дальнейшем»; «е» for «ё»):
        sentences holding them are tagged and parsed (`pressextract_natasha`, parse="figures")."""
        return self.words.calendar_forms

    @property
    def words(self) -> DateWords:
        """The lookup tables, built from the vocabularies on first use."""
        if self._words is None:
            self._words = DateWords.build(self.lexicon)
        return self._words

    def __call__(self, doc: Doc) -> Doc:
        scan = Scan(doc, self.words)
        spans = []
        for start, end, value in find(scan):
            span = Span(doc, scan.index[start], scan.index[end - 1] + 1, label="DATE")
            span._.date = describe(value)
            if span._.date["spec"] is not None:
                tense = verb_tense(span)
                if self._told_as_past(span, tense):
                    span._.date["spec"]["past"] = True  # «цены выросли в декабре»: the last December
                elif tense == "Fut" and _tense(span.root.head) == "Fut":
                    span._.date["spec"]["future"] = True  # «будет завершён в марте»: the next March; not when
                    # the time qualifies a noun («превысит июльский прогноз», «будут близки к значениям I квартала»)
            spans.append(span)
        doc.spans[GROUP] = SpanGroup(doc, name=GROUP, spans=spans)
        return doc

    def _told_as_past(self, span: Span, tense: Optional[str]) -> bool:
        """Told in the past tense, or a period reported on as done («за III квартал», «по итогам II квартала»:
        «объявляет результаты за III квартал» in January is last year's) unless the verb is in the future."""
        if tense == "Past":
            return True
        text = fold(span.text)
        return tense != "Fut" and any(text.startswith(p + " ") for p in self.words.lists["completed_prepositions"])

    def published(self, doc: Doc) -> Optional[dt.date]:
        """The release date stated in a processed `doc` (a dateline, or the first full date of the lead), or None."""
        return find_published(doc, self.words.lists["release_date_prepositions"])


def verb_tense(span: Span) -> Optional[str]:
    """The tense of the verb the time expression hangs on (Past, Pres, Fut), or None; when the parser made the
    expression the root of its sentence (a dash misleads it: «В ноябре — декабре цены выросли»), of the verb that
    hangs on it."""
    token = span.root
    for _ in range(4):
        tense = _tense(token)
        if tense is not None:
            return tense
        if token.head.i == token.i:
            return next((t for t in map(_tense, token.children) if t is not None), None)
        token = token.head
    return None


def _tense(token: Token) -> Optional[str]:
    """A verb's tense, its auxiliary's first: «будет принято» (a past participle) and «будут расти» are future."""
    if token.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    aux = next((c for c in token.children if c.dep_.startswith("aux") and _tensed(c)), None)
    return _own_tense(aux if aux is not None else token)


def _own_tense(token: Token) -> Optional[str]:
    """slovnet tags «будет», «будут» present: «быть» has no present forms but «есть», so they are its future."""
    if not _tensed(token):
        return None
    tense = str(token.morph.get("Tense")[0])
    return "Fut" if tense == "Pres" and token.lemma_ == "быть" and token.text.lower() != "есть" else tense


def _tensed(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and bool(token.morph.get("Tense"))


@Language.factory("pressextract_dates", requires=["token.pos"], assigns=["doc.spans"])
def make_dates(nlp: Language, name: str) -> DateAnnotator:
    """Factory of the date component."""
    extensions.register(spans=("date",))
    return DateAnnotator(nlp, name)
