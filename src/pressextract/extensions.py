"""Custom attributes the components fill, as plain JSON-like dicts.

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

from spacy.tokens import Doc, Span

SPAN_ATTRIBUTES = ("entity", "measure", "date")
DOC_ATTRIBUTES = ("people", "facts", "published")


def register() -> None:
    """Declare the attributes once per process (idempotent)."""
    for name in SPAN_ATTRIBUTES:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    for name in DOC_ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register()
