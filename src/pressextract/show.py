"""A release with what was found in it marked: ASCII markup for the terminal (ipymarkup), or a review page in
HTML (`showpage.py`) with the facts as a table under the text, for checking a release by eye.
"""

from __future__ import annotations

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
    """One line for a fact: «trade_turnover «товарооборот» = 4970000000 USD (+11.4 %) period 2025 subjects
    UZ (reporter), KZ (partner) actual»."""
    parts = [f"{fact.indicator.id} «{fact.indicator.text}»"]
    if fact.value:
        parts.append(f"= {_amount(fact.value)}")
    if fact.previous:
        parts.append(f"(from {_amount(fact.previous)})")
    if fact.change:
        sign = "+" if fact.change.direction == "up" else "−"
        parts.append(f"({sign}{fact.change.amount} {fact.change.unit})")
    if fact.period:
        parts.append(f"period {fact.period.normalized or fact.period.text}")
    if fact.subjects:
        parts.append("subjects " + ", ".join((s.country or s.normal) + (f" ({s.role})" if s.role else "")
                                             for s in fact.subjects))
    parts.append(fact.modality)
    return " ".join(parts)


def _amount(measure: Measure) -> str:
    upper = f"..{measure.amount_max}" if measure.amount_max is not None else ""
    return f"{measure.amount}{upper} {measure.unit}"


def html_page(record: PressRelease, title: Optional[str] = None) -> str:
    """A standalone review page: the marked text, the facts as a table, the people (`showpage.py`)."""
    from .showpage import html_page as page

    return page(record, title)
