"""The boundary between spaCy and the records: a processed `Doc` becomes a `PressRelease`.

Components leave plain dicts on spans and on the doc (`extensions.py`); here they are validated into records. A
pipeline without some component gives empty lists for what it would have found.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Optional

from spacy.tokens import Doc, Span

from .dates.resolve import resolve_dates
from .extensions import doc_value
from .records import (
    Change,
    DateMention,
    Entity,
    Extent,
    Fact,
    Indicator,
    Measure,
    Mention,
    Name,
    Person,
    PressRelease,
    Subject,
)


def to_record(doc: Doc, *, published: Optional[dt.date] = None, published_from: Optional[str] = None) -> PressRelease:
    """Validate what the pipeline found in `doc` into a `PressRelease`."""
    text = doc.text  # `doc.text` joins every token anew: taken once, not once per mention
    entities = [_entity(s) for s in _group(doc, "entities")]
    dates = _dates(doc, published)
    measures = {name: [Measure(**_mention(s), **s._.measure) for s in _group(doc, name)]
                for name in ("money", "percents", "quantities")}
    lookup = Lookup(figures={(m.start, m.end): m for group in measures.values() for m in group},
                    periods={(d.start, d.end): d for d in dates}, named={(e.start, e.end): e for e in entities})
    return PressRelease(
        text=text,
        published=published,
        published_from=published_from if published else None,
        entities=entities,
        dates=dates,
        **measures,
        people=[_person(text, p) for p in doc_value(doc, "people") or []],
        facts=[_fact(f, lookup) for f in doc_value(doc, "facts") or []],
    )


def _group(doc: Doc, name: str) -> list[Span]:
    """Spans of a group in reading order (the longer first when two start together)."""
    if name not in doc.spans:
        return []
    return sorted(doc.spans[name], key=lambda s: (s.start_char, -s.end_char))


def _mention(span: Span) -> dict[str, Any]:
    return {"text": span.text, "start": span.start_char, "end": span.end_char}


def _dates(doc: Doc, published: Optional[dt.date]) -> list[DateMention]:
    """Date mentions, relative ones resolved against `published` or the time named before them."""
    spans = _group(doc, "dates")
    fields = resolve_dates([s._.date for s in spans], published, [s.text for s in spans])
    return [DateMention(**_mention(s), **f) for s, f in zip(spans, fields)]


def _entity(span: Span) -> Entity:
    data = dict(span._.entity or {})
    name = data.pop("name", None)
    return Entity(**_mention(span), type=span.label_, name=Name(**name) if name else None, **data)


@dataclass(frozen=True)
class Lookup:
    """The release's records by their offsets, made once: a fact points at them («[start, end]»)."""

    figures: dict[tuple[int, int], Measure]
    periods: dict[tuple[int, int], DateMention]
    named: dict[tuple[int, int], Entity]


def _fact(data: dict[str, Any], lookup: Lookup) -> Fact:
    """A fact whose value, period and subjects point at records by offsets («[start, end]», a subject's with its
    role: «[start, end, "partner"]»)."""
    figures, periods, named = lookup.figures, lookup.periods, lookup.named
    subjects = [(named[(ref[0], ref[1])], ref[2] if len(ref) > 2 else None) for ref in data["subjects"]
                if (ref[0], ref[1]) in named]
    return Fact(
        indicator=Indicator(**data["indicator"]),
        value=figures[tuple(data["value"])] if data["value"] else None,
        previous=figures[tuple(data["previous"])] if data.get("previous") else None,
        change=Change(**data["change"]) if data["change"] else None,
        period=periods.get(tuple(data["period"])) if data["period"] else None,
        subjects=[Subject(text=e.text, start=e.start, end=e.end, type=e.type, normal=e.normal, country=e.country,
                          role=role) for e, role in subjects],
        modality=data["modality"],
        sentence=Extent(**data["sentence"]),
        link=data.get("link", "clause"),
    )


def _person(text: str, data: dict[str, Any]) -> Person:
    mentions = [Mention(text=text[s:e], start=s, end=e) for s, e in data["mentions"]]
    return Person(**{k: v for k, v in data.items() if k != "mentions"}, mentions=mentions)
