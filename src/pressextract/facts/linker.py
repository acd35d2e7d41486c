"""The fact linker's reading loop: sentence by sentence, drafts made facts, state handed on.

    «По итогам 2025 года товарооборот между Казахстаном и Азербайджаном составил 720,4 млн долларов США,
    увеличившись на 8,3 процента» → trade_turnover, value 720400000 USD, change +8.3 %, period 2025,
    subjects KZ AZ, actual.

A fact stated without a verb of its own (a list item) takes the modality of the fact before it; a sentence
without a period of its own takes the last one of its paragraph («Экспорт составил …» after «По итогам 2025 года
…»).
"""

from __future__ import annotations

from typing import Any, Iterator, Optional

from spacy.tokens import Doc, Span

from .assembly import fact
from .context import modality as modality_rules
from .drafts import Draft, drafts
from .linking.headings import heading_line
from .reading import Reading
from .vocabulary import Vocabulary


def read_facts(doc: Doc, vocab: Vocabulary) -> Iterator[dict[str, Any]]:
    """The facts of `doc` as plain dicts, in text order."""
    reading = Reading.of(doc, vocab)
    if reading is None:
        return
    declared: set[str] = set()  # indicators whose planned figures the release calls forecasts
    records = list(_facts(doc, reading, vocab, declared))
    for record in records:
        if record["modality"] == "target" and record["indicator"]["id"] in declared:
            record["modality"] = "forecast"  # «* Объём финансирования носит прогнозный характер»
        yield record


def _facts(doc: Doc, reading: Reading, vocab: Vocabulary, declared: set[str]) -> Iterator[dict[str, Any]]:
    for sent in doc.sents:
        sentence = reading.enter(sent, vocab)
        if not sentence.figures:
            if sentence.mentions and _declares_forecast(sent, vocab):
                declared.update(m.id for m in sentence.mentions)
            reading.pass_over(sentence)
            continue
        found = drafts(sentence, reading, vocab)
        reading.remember(sentence, [d.mention for d in found])
        previous_modality = "actual"
        for k, draft in enumerate(found):
            stop = found[k + 1].anchor.span.start if k + 1 < len(found) else sent.end
            after = _figures_end(found[k - 1]) if k else sent.start
            record = fact(draft, sentence, reading, vocab, (after, stop))
            record["modality"] = (record["modality"] or draft.modality or _from_heading(draft, reading, vocab)
                                  or previous_modality)
            previous_modality = record["modality"]
            yield record
        reading.carry_on([d.period for d in found])


def _declares_forecast(sent: Span, vocab: Vocabulary) -> bool:
    """«Необходимый объём финансирования носит прогнозный характер и подлежит корректировке»."""
    return any(t.lower_ in vocab.words["declared_forecast"] for t in sent)


def _figures_end(draft: Draft) -> int:
    """Where the last figure of `draft` ends."""
    return max(f.span.end for f in (draft.value, draft.change) if f is not None)


def _from_heading(draft: Draft, reading: Reading, vocab: Vocabulary) -> Optional[str]:
    """A verbless list item's modality from the heading line above it, if any."""
    frame = heading_line(draft.anchor, reading)
    return modality_rules.modality(frame, vocab, draft.mention.entry.future) if frame is not None else None
