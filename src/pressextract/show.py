"""A release with what was found in it marked: ASCII markup for the terminal (ipymarkup), or an HTML page
(spaCy's displaCy span style) with the facts and people listed under the text, for checking a release by eye.
"""

from __future__ import annotations

import html
from typing import Iterator, Optional

from .records import Fact, Measure, PressRelease

# label of each kind of span; fact indicators are marked too, their facts listed below the text
LABELS = {"entities": None, "dates": "DATE", "money": "MONEY", "percents": "PCT", "quantities": "QTY"}
COLORS = {"PER": "#ffd6a5", "ORG": "#caffbf", "LOC": "#9bf6ff", "DATE": "#bdb2ff", "MONEY": "#fdffb6",
          "PCT": "#ffc6ff", "QTY": "#e0e0e0", "FACT": "#ffadad"}


def spans(record: PressRelease) -> list[tuple[int, int, str]]:
    """(start, end, label) of every mention to mark, in reading order."""
    found = [(e.start, e.end, e.type) for e in record.entities]
    for field, label in LABELS.items():
        if label:
            found += [(m.start, m.end, label) for m in getattr(record, field)]
    found += [(f.indicator.start, f.indicator.end, "FACT") for f in record.facts]
    return sorted(set(found))


def terminal_markup(record: PressRelease, width: int = 100) -> str:
    """The text with spans underlined and labelled, each paragraph wrapped to `width`, then facts and people."""
    from ipymarkup import format_span_ascii_markup

    text = record.text or ""
    lines: list[str] = []
    offset = 0
    for paragraph in text.split("\n"):
        inside = [(s - offset, e - offset, label) for s, e, label in spans(record)
                  if offset <= s and e <= offset + len(paragraph)]
        if paragraph.strip():
            lines += format_span_ascii_markup(paragraph, inside, width=width)
        offset += len(paragraph) + 1
    lines += [""] + list(_listing(record))
    return "\n".join(lines).rstrip()


def _listing(record: PressRelease) -> Iterator[str]:
    for i, fact in enumerate(record.facts, 1):
        yield f"fact {i}: {describe(fact)}"
    for person in record.people:
        parts = [p for p in (person.position, person.organization, person.country) if p]
        yield f"person: {person.name}" + (f" — {', '.join(parts)}" if parts else "")
    counts = {k: len(getattr(record, k)) for k in ("entities", "dates", "money", "percents", "quantities")}
    yield ", ".join(f"{n} {k}" for k, n in counts.items()) + f", {len(record.people)} people, " \
        f"{len(record.facts)} facts"


def describe(fact: Fact) -> str:
    """One line for a fact: «trade_turnover = 4970000000 USD (+11.4 %), 2025, UZ KZ, actual»."""
    parts = [f"{fact.indicator.id} «{fact.indicator.text}»"]
    if fact.value:
        parts.append(f"= {_amount(fact.value)}")
    if fact.change:
        sign = "+" if fact.change.direction == "up" else "−"
        parts.append(f"({sign}{fact.change.amount} {fact.change.unit})")
    if fact.period:
        parts.append(f"period {fact.period.normalized or fact.period.text}")
    if fact.subjects:
        parts.append("subjects " + ", ".join(s.country or s.normal for s in fact.subjects))
    parts.append(fact.modality)
    return " ".join(parts)


def _amount(measure: Measure) -> str:
    upper = f"..{measure.amount_max}" if measure.amount_max is not None else ""
    return f"{measure.amount}{upper} {measure.unit}"


def html_page(record: PressRelease, title: Optional[str] = None) -> str:
    """A standalone HTML page: the text with spans marked by displaCy, then the facts and people."""
    from spacy import displacy
    from spacy.vocab import Vocab

    from .tagging.tokenizer import RazdelTokenizer

    doc = RazdelTokenizer(Vocab())(record.text or "")
    marked = [doc.char_span(s, e, label=label, alignment_mode="expand") for s, e, label in spans(record)]
    doc.spans["pressextract"] = [span for span in marked if span is not None]
    body = displacy.render(doc, style="span", page=False, jupyter=False,
                           options={"spans_key": "pressextract", "colors": COLORS})
    items = "".join(f"<li>{html.escape(line)}</li>" for line in _listing(record))
    name = html.escape(title or "release")
    return (f"<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\"><title>{name}</title>"
            "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}li{margin:.3em 0}</style>"
            f"</head><body><h1>{name}</h1>{body}<h2>Found</h2><ul>{items}</ul></body></html>\n")
