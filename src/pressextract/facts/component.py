"""`pressextract_facts`: economic facts from the figures, indicators, dates and entities of each sentence.

    «По итогам 2025 года товарооборот между Казахстаном и Азербайджаном составил 720,4 млн долларов США,
    увеличившись на 8,3 процента» → trade_turnover, value 720400000 USD, change +8.3 %, period 2025,
    subjects KZ AZ, actual.

For each sentence with figures: find indicators, give each figure a role (figures.py) and an indicator
(linking.py), group a level and its change into one fact, then pick period, subjects and modality from the
fact's clause. A sentence without a period of its own takes the last one of its paragraph («Экспорт составил …»
after «По итогам 2025 года …»). Results go to `doc._.facts` as plain dicts whose value,
period and subjects point at spans of the other groups by character offsets (`convert.py` resolves them).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import extensions
from ..facts import modality as modality_rules
from ..facts import periods as period_choice
from ..facts import subjects
from ..lexicon import Lexicon, LexiconComponent
from ..records import plain_decimal
from .clauses import COMPLEMENTIZERS, clause_of, clauses
from .cues import CueEntry, Cues
from .figures import DASHES, Figure, classify
from .indicators import IndicatorEntry, IndicatorMatcher, IndicatorMention
from .linking import attach, drop_nested

FIGURE_GROUPS = ("money", "percents", "quantities")
IMPLIED = {"рабочее место": "jobs"}
# «На 21 апреля он составил 7,2%», «Его объём составит …», «Это на 10% больше …»: the indicator is the previous one.
ANAPHORS = {"он", "она", "оно", "они", "его", "ее", "её", "их", "это", "этот", "эта", "эти", "данный", "данная",
            "данное", "данные", "указанный", "такой"}  # a unit that names its indicator: «создаст 1 800 рабочих мест»
DATA = Path(__file__).resolve().parent / "data"
TABLES = {"indicators": IndicatorEntry, "fact_cues": CueEntry}
# A release about a company: its figures without a named owner are the company's («Выручка компании выросла …»).
LEGAL_FORMS = {"пао", "ао", "оао", "зао", "ооо", "нао", "гк", "ик", "ук", "ag", "plc", "llc", "inc"}


# words that make a trade figure the parties' own: «взаимный товарооборот», «Стороны договорились …»
MUTUAL = {"взаимный", "двусторонний", "сторона"}


@dataclass
class Draft:
    """A fact being assembled in one sentence."""

    mention: IndicatorMention
    value: Optional[Figure] = None
    change: Optional[Figure] = None
    period: Optional[Span] = None

    @property
    def anchor(self) -> Figure:
        return self.value or self.change  # type: ignore[return-value]


class FactLinker(LexiconComponent):
    """spaCy component: links figures to indicators, periods, subjects and modality."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.lexicon = Lexicon(DATA, TABLES)
        self._matcher: Optional[IndicatorMatcher] = None
        self._cues: Optional[Cues] = None

    def vocabulary_changed(self) -> None:
        self._matcher, self._cues = None, None

    @property
    def matcher(self) -> IndicatorMatcher:
        """The indicators, built from the lexicon on first use."""
        if self._matcher is None:
            self._matcher = IndicatorMatcher(self.lexicon["indicators"])
        return self._matcher

    @property
    def cues(self) -> Cues:
        """The cue words, built from the lexicon on first use."""
        if self._cues is None:
            self._cues = Cues(self.lexicon["fact_cues"])
        return self._cues

    def __call__(self, doc: Doc) -> Doc:
        extensions.require(doc, self.name, "pressextract_natasha", "POS", "DEP", "LEMMA")
        doc._.facts = list(self.facts(doc))
        return doc

    def facts(self, doc: Doc) -> Iterable[dict[str, Any]]:
        figures = sorted((Figure(s, s, g, s._.measure) for g in FIGURE_GROUPS if g in doc.spans for s in doc.spans[g]
                          if s._.measure), key=lambda f: f.span.start)
        if not figures:
            return
        dates = sorted(doc.spans["dates"], key=lambda s: s.start) if "dates" in doc.spans else []
        entities = sorted(doc.spans["entities"], key=lambda s: s.start) if "entities" in doc.spans else []
        numeric = {t.i for f in figures for t in f.span} | {t.i for d in dates for t in d}
        named = numeric | {t.i for e in entities for t in e}
        main_org = next((e for e in entities if e.label_ == "ORG" and e[0].lower_ in LEGAL_FORMS), None)
        carry: Optional[Span] = None
        parties: list[Span] = []  # the places of the last trade fact between two of them
        antecedent: Optional[IndicatorMention] = None
        previous_end = 0
        text = doc.text  # built anew from the tokens on every access
        for sent in doc.sents:
            if "\n" in text[previous_end : sent.start_char + 1]:
                carry = None
            previous_end = sent.start_char + len(sent.text.rstrip())
            own = [f for f in figures if sent.start <= f.span.start < sent.end]
            for figure in own:
                figure.sent = sent
            sent_dates = [d for d in dates if sent.start <= d.start < sent.end]
            mentions = drop_nested(self.matcher.find(sent, named), sent)
            if not own:
                if carry is None and any(_carried(d) for d in sent_dates):
                    carry = next(d for d in sent_dates if _carried(d))
                antecedent = mentions[-1] if mentions else None
                continue
            drafts = self._drafts(sent, own, sent_dates, mentions, antecedent, numeric)
            antecedent = drafts[-1].mention if drafts else (mentions[-1] if mentions else None)
            previous_modality = "actual"
            for k, draft in enumerate(drafts):
                stop = drafts[k + 1].anchor.span.start if k + 1 < len(drafts) else sent.end
                fact = self._fact(doc, sent, draft, sent_dates, own, entities, numeric, main_org, carry, stop,
                                  parties)
                fact["modality"] = fact["modality"] or previous_modality
                previous_modality = fact["modality"]
                yield fact
            periods_found = [d.period for d in drafts if d.period is not None and _carried(d.period)]
            if periods_found:
                carry = periods_found[0]

    def _drafts(self, sent: Span, own: list[Figure], dates: list[Span], mentions: list[IndicatorMention],
                antecedent: Optional[IndicatorMention], named: set[int]) -> list[Draft]:
        classify(own, self.cues, dates)
        drafts: list[Draft] = []
        current: dict[int, Draft] = {}
        last_end: dict[int, int] = {}
        for figure in own:
            if figure.role == "skip" or (figure.role == "from" and figure.claimed_date is None):
                continue
            mention = attach(figure, mentions, self.cues, last_end, named) or self._implied(figure)
            if mention is None and antecedent is not None and _anaphor_before(sent, figure):
                mention = antecedent
            if mention is None and drafts and _elliptic(sent, figure):
                mention = drafts[-1].mention  # «он составил 35,6 млрд, а в 2011-м — 49 млрд»
            if mention is None:
                continue
            last_end[mention.start] = figure.span.end
            if figure.index and mention.entry.kind != "rate" and not _rate_phrase(sent.doc, mention):
                figure.role, figure.direction = "change", "up" if figure.amount >= 100 else "down"
            draft = current.get(mention.start)
            if figure.role in ("from", "against"):
                drafts.append(Draft(mention, value=figure, period=figure.claimed_date))
            elif figure.role == "change" and draft is not None and draft.change is None:
                draft.change = figure
            elif figure.role != "change" and draft is not None and draft.value is None:
                draft.value = figure
            else:
                draft = Draft(mention, **{"change" if figure.role == "change" else "value": figure})
                current[mention.start] = draft
                drafts.append(draft)
        return drafts

    def _implied(self, figure: Figure) -> Optional[IndicatorMention]:
        indicator = IMPLIED.get(figure.unit)
        entry = next((e for e in self.matcher.entries if e.id == indicator), None)
        if entry is None:
            return None
        head = figure.span.root.head
        if head.pos_ == "VERB" and head.i < figure.span.start:
            return IndicatorMention(head.i, head.i + 1, entry)
        return None

    def _fact(self, doc: Doc, sent: Span, draft: Draft, dates: list[Span], own: list[Figure],
              entities: list[Span], numeric: set[int], main_org: Optional[Span],
              carry: Optional[Span], stop: int, parties: list[Span]) -> dict[str, Any]:
        ranges = clauses(sent)
        anchor = draft.anchor.span
        mention = draft.mention
        clause = clause_of(ranges, anchor.start)
        if draft.period is None:
            claimed = {id(f.claimed_date) for f in own if f.claimed_date is not None}
            candidates = [d for d in dates if id(d) not in claimed and not _bare_length(d)
                          and not period_choice.is_comparison(d, sent, self.cues, numeric)]
            mine = {id(draft.value), id(draft.change)}
            others = [f.span for f in own if id(f) not in mine]
            taken = [c for c in {clause_of(ranges, f.start) for f in others} if c[0] >= clause[1]]
            candidates = [d for d in candidates if not period_choice.nearer_later(d, anchor, others)]
            draft.period = period_choice.choose(anchor, candidates, clause, taken) or carry
        first = clause_of(ranges, mention.start)[0]
        found = subjects.find((first, anchor.end), entities, mention.id, self.cues, numeric)
        if not found and mention.entry.scope != "trade" and main_org is not None:
            found = [main_org]
        if mention.entry.scope == "trade":
            if len([s for s in found if s.label_ == "LOC"]) >= 2:
                parties[:] = found
            elif not found and parties and any(t.lemma_ in MUTUAL for t in doc[first : anchor.end]):
                found = list(parties)  # «Стороны намерены довести взаимный товарооборот до …»: the same two
        indicator = doc[mention.start : mention.end]
        return {
            "indicator": {"text": indicator.text, "start": indicator.start_char, "end": indicator.end_char,
                          "id": mention.id},
            "value": _ref(draft.value.span) if draft.value else None,
            "change": _change(draft.change) if draft.change else None,
            "period": _ref(draft.period) if draft.period is not None else None,
            "subjects": [_ref(s) for s in found],
            "modality": modality_rules.modality(doc[_frame(ranges, min(first, clause[0]), own, doc) :
                                                    max(anchor.end, min(clause[1], stop))],
                                                self.cues, mention.entry.future),
            "sentence": {"start": sent.start_char, "end": sent.end_char - len(sent.text) + len(sent.text.rstrip())},
        }


@Language.factory("pressextract_facts", requires=["doc.spans", "token.dep", "token.lemma"])
def make_facts(nlp: Language, name: str) -> FactLinker:
    """Factory of the fact linker (vocabularies from the saved pipeline, else from the sources)."""
    extensions.register(docs=("facts",))
    return FactLinker(nlp, name)


def _rate_phrase(doc: Doc, mention: IndicatorMention) -> bool:
    """«темп роста ФЗП», «индекс промышленного производства»: the level of such a phrase is a percentage."""
    return any(t.lemma_ in ("темп", "индекс") for t in doc[max(0, mention.start - 3) : mention.end])


def _anaphor_before(sent: Span, figure: Figure) -> bool:
    """A pronoun or «этот/данный» opens the figure's clause: «он составил 7,2%»."""
    start = clause_of(clauses(sent), figure.span.start)[0]
    return any(t.lower_ in ANAPHORS for t in sent.doc[start : figure.span.start])


def _normalized(date: Span) -> str:
    """The normalised value the date component gave the span («2025», «P1Y»), or ""."""
    return str((date._.date or {}).get("normalized") or "")


def _carried(date: Span) -> bool:
    """Can this period go on to the next sentences? Not a length or a rate («в год», «P3Y»): it belongs to its
    own figure."""
    return not _normalized(date).startswith("P")


def _bare_length(date: Span) -> bool:
    """A length with no preposition («покрывает 3,5 месяца импорта») measures something else, not a period;
    «за три года», «в течение 5 лет», «в год» are periods."""
    return _normalized(date).startswith("P") and date.text[:1].isdigit()


def _elliptic(sent: Span, figure: Figure) -> bool:
    """The figure's clause leaves its verb out, a dash in its place: «а в 2011-м — почти 49 млрд»."""
    start = clause_of(clauses(sent), figure.span.start)[0]
    words = [t for t in sent.doc[start : figure.span.start] if not t.is_space]
    return any(t.text in DASHES for t in words) and not any(t.pos_ in ("VERB", "AUX") for t in words)


def _ref(span: Span) -> list[int]:
    return [span.start_char, span.end_char]


def _change(figure: Figure) -> dict[str, Any]:
    """A change record: positive amount, direction apart; an index «110,2%» becomes 10.2."""
    data = figure.data
    amount = Decimal(data["amount"])
    amount_max = Decimal(data["amount_max"]) if data.get("amount_max") is not None else None
    if figure.index:
        amount = abs(amount - 100)
        amount_max = abs(amount_max - 100) if amount_max is not None else None
    span = figure.span
    return {"text": span.text, "start": span.start_char, "end": span.end_char,
            "amount": str(plain_decimal(abs(amount))),
            "amount_max": str(plain_decimal(abs(amount_max))) if amount_max is not None else None,
            "unit": data["unit"], "direction": figure.direction or "up", "qualifier": data.get("qualifier")}


def _frame(ranges: list[tuple[int, int]], start: int, own: list[Figure], doc: Doc) -> int:
    """Where the words deciding a fact's modality start: its clause, or the clause before when that one only
    frames it («Планируется, что это позволит сократить долг до 120% ВВП»: no figure of its own)."""
    if doc[start].lower_ not in COMPLEMENTIZERS:
        return start
    before = [r for r in ranges if r[1] <= start]
    if not before or any(before[-1][0] <= f.span.start < before[-1][1] for f in own):
        return start
    return before[-1][0]
