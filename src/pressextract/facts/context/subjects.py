"""Whose figure it is: the places and organisations named in the fact's clause before its figure, each with the
side it stands on.

A flow's prepositions give the sides: «экспорт из Казахстана в Азербайджан» is Kazakhstan's (reporter) to
Azerbaijan (partner), «импорт Казахстана из Азербайджана» the same two; «товарооборот Казахстана с Китаем»
Kazakhstan's with China; «товарооборот между Узбекистаном и Казахстаном» belongs to both (`MUTUAL`, decided by the
release's reporting side later, parties.py). A reporting frame is not the subject («по данным министерства»,
«Министерство … сообщает, что …» stays outside the clause). The rules read entity spans, never country words: a
place adjective tagged as a place («казахстанской стороны») is a subject like a name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Span

from ..indicators import IndicatorEntry
from ..vocabulary import Vocabulary

REPORTER, PARTNER = "reporter", "partner"
MUTUAL = "mutual"  # one of two (or more) sides of a figure that is theirs together: «между A и B»
# the flows: which word list (data/fact_words.tsv) of prepositions marks the other side of the flow
FLOWS = {"export": "destination", "supply": "destination", "import": "origin"}


@dataclass(frozen=True)
class Party:
    """A subject of a fact: an entity span and its role (records.Subject.role, or MUTUAL before it is decided)."""

    span: Span
    role: Optional[str] = None

    @property
    def key(self) -> str:
        """The country code, else the normal form: one party per country or name."""
        return key(self.span)

    @property
    def country(self) -> Optional[str]:
        return (self.span._.entity or {}).get("country")


def key(entity: Span) -> str:
    """The country code of an entity span, else its normal form or text."""
    data = entity._.entity or {}
    return data.get("country") or data.get("normal") or entity.text


def find(window: tuple[int, int], entities: list[Span], entry: IndicatorEntry, vocab: Vocabulary,
         blocked: set[int]) -> list[Party]:
    """Outermost ORG/LOC entities inside `window` that name a side of the figure, one per country or name."""
    start, end = window
    inside = [e for e in entities if start <= e.start and e.end <= end and e.label_ in ("ORG", "LOC")
              and not any(t.i in blocked for t in e)]
    outer = [e for e in inside if not any(o is not e and o.start <= e.start and e.end <= o.end for o in inside)]
    found: list[Party] = []
    seen: set[str] = set()
    previous: Optional[tuple[Span, str]] = None  # the last entity and the preposition before it
    for entity in outer:
        words = [t for t in entity.doc[max(start, entity.start - 2) : entity.start] if not t.is_space]
        if any(vocab.has(t.lemma_, "source") for t in words):
            continue
        preposition = words[-1].lower_ if words else ""
        if previous is not None and preposition in vocab.words["conjunct"] and words[-1].i == previous[0].end:
            preposition = previous[1]  # «между Узбекистаном и Казахстаном»: the second is under «между» too
        previous = (entity, preposition)
        if key(entity) not in seen:
            seen.add(key(entity))
            role = PARTNER if _relative(entity, entry, vocab) or _share_of_flow(entity, end, vocab) else \
                _role(preposition, entry, vocab)
            found.append(Party(entity, role))
    return _several_owners(found, entry) if entry.scope == "trade" else found


def _relative(entity: Span, entry: IndicatorEntry, vocab: Vocabulary) -> bool:
    """A place a flow's relative clause goes to or comes from: «осталась Россия, куда было поставлено …»,
    «Китай, откуда ввезено …»."""
    if entry.id not in FLOWS:
        return False
    after = [t for t in entity.doc[entity.end : entity.end + 3] if not t.is_space]
    return len(after) >= 2 and after[0].text == "," and after[1].lower_ in vocab.words[FLOWS[entry.id] + "_relative"]


def _share_of_flow(entity: Span, end: int, vocab: Vocabulary) -> bool:
    """The place a share of a trade flow is held by is the flow's partner: «доля Китая в экспорте», «доля России в
    импорте Казахстана»."""
    doc = entity.doc
    before = [t for t in doc[max(0, entity.start - 2) : entity.start] if not t.is_space]
    after = [t for t in doc[entity.end : min(end, entity.end + 3)] if not t.is_space]
    return bool(before) and vocab.has(before[-1].lemma_, "share") and len(after) >= 2 and \
        after[0].lower_ in ("в", "во") and vocab.has(after[1].lemma_, "flow")


def _role(preposition: str, entry: IndicatorEntry, vocab: Vocabulary) -> Optional[str]:
    """The side an entity after `preposition` stands on: «в Казахстан» of an export is its partner, «из Китая» of
    an import too; «с Китаем», «между …» of a turnover; any other place the figure's owner."""
    if entry.scope != "trade":
        return REPORTER
    words = vocab.words
    if entry.id in FLOWS:
        return PARTNER if preposition in words[FLOWS[entry.id]] else REPORTER
    if preposition in words["between"]:
        return MUTUAL
    return PARTNER if preposition in words["origin"] else REPORTER


def _several_owners(found: list[Party], entry: IndicatorEntry) -> list[Party]:
    """Two owners of a turnover with no partner are its two sides («товарооборот России и Китая»); two owners of
    a flow leave unsaid whose it is («Белоруссия: объём белорусского импорта на Украину …»): no role."""
    owners = [p for p in found if p.role == REPORTER]
    if len(owners) < 2:
        return found
    if entry.id in FLOWS:
        return [Party(p.span, None) if p.role == REPORTER else p for p in found]
    if any(p.role == PARTNER for p in found):
        return found
    return [Party(p.span, MUTUAL) if p.role == REPORTER else p for p in found]
