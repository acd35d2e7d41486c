"""Custom attributes the components fill, as plain JSON-like dicts; each factory registers the ones it writes.

Plain dicts and lists survive `Doc.to_bytes` and `nlp.pipe(n_process=...)`; pydantic records are built from them
after the pipeline (`convert.py`). Span groups in `doc.spans` hold the spans themselves:

    doc.spans["entities"]    span._.entity  {"normal", "name": {first, middle, last} | None, "country"}
                             (spans may nest: an ORG «Банк России» and the LOC «России» in it; never two with
                             the same offsets, as attributes are stored by offsets)
    doc.spans["money"]       span._.measure {"amount": "4970000000", "amount_max", "unit", "qualifier",
                                             "per" (a price: {"text", "start", "end", "amount", "unit"}, only then)}
    doc.spans["percents"]    span._.measure
    doc.spans["quantities"]  span._.measure
    doc.spans["dates"]       span._.date    {"normalized", "grain", "start_date", "end_date", "relative", "resolved",
                                             "spec": what a relative date says, resolved when the record is built}
    doc._.people             [{"name", "first", "middle", "last", "position", "organization", "country",
                               "mentions": [[start_char, end_char], ...]}]
    doc._.facts              [{"indicator": {...}, "value": {...} | None, ...}]  (offsets are characters)
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span


def register(*, spans: tuple[str, ...] = (), docs: tuple[str, ...] = ()) -> None:
    """Declare attributes (default None) unless they exist; idempotent, called by each factory."""
    for name in spans:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    for name in docs:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def doc_value(doc: Doc, name: str) -> Any:
    """`doc._.<name>`, or None when no component of this process declared it."""
    return doc._.get(name) if Doc.has_extension(name) else None


ANNOTATED = "pressextract.annotated"  # doc.user_data: what pressextract_natasha wrote, maybe on some sentences only


def require(doc: Doc, component: str, provider: str, *annotations: str) -> None:
    """Raise a clear error when the annotations another component writes are missing from a non-empty `doc`."""
    if not any(not t.is_space for t in doc):
        return
    marked = doc.user_data.get(ANNOTATED, ())
    missing = [a for a in annotations if a not in marked and not doc.has_annotation(a)]
    if missing:
        raise ValueError(f"{component} needs {provider} before it in the pipeline: the Doc has no "
                         f"{', '.join(missing)} annotation (nlp.add_pipe({provider!r}, before={component!r}))")
