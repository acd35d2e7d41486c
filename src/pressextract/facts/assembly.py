"""A draft made a fact: its period, subjects and modality chosen, written as the plain dict of `doc._.facts`.

The dict's value and period point at spans of the other groups by character offsets («[start, end]»), its
subjects by offsets and role («[start, end, "reporter"]»); `convert.py` resolves them into records.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Optional

from spacy.tokens import Span

from ..decimals import plain_decimal
from .context import modality as modality_rules
from .context import parties as party_choice
from .context import periods as period_choice
from .drafts import Draft
from .figures import Figure
from .reading import Reading, Sentence
from .vocabulary import Vocabulary

COORDINATORS = {"и", ",", "а", "но"}  # join a second predicate: «составила 7,1% и ожидается …»


def fact(draft: Draft, sentence: Sentence, reading: Reading, vocab: Vocabulary,
         bounds: tuple[int, int]) -> dict[str, Any]:
    """The fact of `draft`; `bounds` are where the previous draft's figures end and the next draft's figure starts
    (their words are not this one's)."""
    after, stop = bounds
    doc = sentence.doc
    anchor = draft.anchor.span
    mention = draft.mention
    clause = sentence.clause_of(anchor.start)
    if draft.period is None:
        draft.period = _period(draft, sentence, reading, vocab, clause)
    first = sentence.clause_of(mention.start)[0]
    found = party_choice.decide((first, anchor.end), min(after, anchor.start), mention.entry, reading, vocab,
                                draft.others)
    frame_start = _frame(sentence, min(first, clause[0]), vocab)
    frame_end = _frame_end(sentence, anchor.end, max(anchor.end, min(clause[1], stop)))
    indicator = draft.words if draft.words is not None else doc[mention.start : mention.end]
    sent = sentence.span
    return {
        "indicator": {"text": indicator.text, "start": indicator.start_char, "end": indicator.end_char,
                      "id": mention.id},
        "value": _ref(draft.value.span) if draft.value else None,
        "previous": _ref(draft.previous.span) if draft.previous else None,
        "change": _change(draft.change) if draft.change else None,
        "period": _ref(draft.period) if draft.period is not None else None,
        "subjects": [[*_ref(p.span), p.role] for p in found],
        "modality": modality_rules.modality(doc[frame_start:frame_end], vocab, mention.entry.future,
                                            doc[mention.start : mention.end]),
        "sentence": {"start": sent.start_char, "end": sent.end_char - len(sent.text) + len(sent.text.rstrip())},
        "link": draft.link,
    }


def _period(draft: Draft, sentence: Sentence, reading: Reading, vocab: Vocabulary,
            clause: tuple[int, int]) -> Optional[Span]:
    """A date of the sentence no other figure claims and no comparison word makes a base, else the carried one."""
    anchor = draft.anchor.span
    own = sentence.figures
    claimed = {id(f.claimed_date) for f in own if f.claimed_date is not None}
    index_ends = {f.span.end for f in own if f.index}  # the token after an index figure: «97,8% к …»
    change_ends = {f.span.end for f in own if f.role == "change"}
    candidates = [d for d in sentence.dates if id(d) not in claimed and not period_choice.bare_length(d)
                  and not period_choice.is_comparison(d, sentence.span, vocab, reading.numeric)
                  and not period_choice.index_base(d, index_ends, change_ends, vocab)]
    mine = {id(draft.value), id(draft.change)}
    others = [f.span for f in own if id(f) not in mine]
    taken = [c for c in {sentence.clause_of(f.start) for f in others} if c[0] >= clause[1]]
    candidates = [d for d in candidates if not period_choice.nearer_later(d, anchor, others)]
    return period_choice.choose(anchor, candidates, clause, taken) or reading.carry


def _frame(sentence: Sentence, start: int, vocab: Vocabulary) -> int:
    """Where the words deciding a fact's modality start: its clause, or the clause before when that one only
    frames it («Планируется, что это позволит сократить долг до 120% ВВП»: no figure of its own)."""
    if sentence.doc[start].lower_ not in vocab.words["complementizer"]:
        return start
    before = [r for r in sentence.clauses if r[1] <= start]
    if not before or any(before[-1][0] <= f.span.start < before[-1][1] for f in sentence.figures):
        return start
    return before[-1][0]


def _frame_end(sentence: Sentence, start: int, end: int) -> int:
    """Where the modality words of a fact end: before a coordinated predicate after its figure («Инфляция
    составила 7,1% и по итогам года ожидается в диапазоне …»: «ожидается» is the next fact's)."""
    doc = sentence.doc
    for i in range(start, end):
        if doc[i].lower_ in COORDINATORS and any(t.pos_ in ("VERB", "AUX") for t in doc[i + 1 : end]):
            return i
    return end


def _ref(span: Span) -> list[int]:
    return [span.start_char, span.end_char]


def _change(figure: Figure) -> dict[str, Any]:
    """A change record: positive amount, direction apart; an index «110,2%» becomes 10.2."""
    data = figure.data
    amount = Decimal(data["amount"])
    amount_max = Decimal(data["amount_max"]) if data.get("amount_max") is not None else None
    direction = figure.direction or "up"
    if figure.index:
        amount = abs(amount - 100)
        amount_max = abs(amount_max - 100) if amount_max is not None else None
    elif amount < 0:
        direction = "down"  # «рост ВВП составил −0,5%», «прирост – минус 2%»: a growth below zero is a fall
    span = figure.span
    return {"text": span.text, "start": span.start_char, "end": span.end_char,
            "amount": str(plain_decimal(abs(amount))),
            "amount_max": str(plain_decimal(abs(amount_max))) if amount_max is not None else None,
            "unit": data["unit"], "direction": direction, "qualifier": data.get("qualifier")}
