"""`pressextract_entities`: people, organisations and places as `doc.spans["entities"]`.

Natasha's NER (`doc.ents`) is the base; each span gets its nominative form in `span._.entity`.
"""

from __future__ import annotations

from typing import Any, Iterable

from spacy.language import Language
from spacy.tokens import Doc, SpanGroup

from .normal import normal_form

GROUP = "entities"


class EntityAnnotator:
    """spaCy component: entity spans with their normal forms."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        spans = list(doc.ents)
        for span in spans:
            span._.entity = {"normal": normal_form(span), "name": None, "country": None}
        doc.spans[GROUP] = SpanGroup(doc, name=GROUP, spans=spans)
        return doc

    def to_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> None:
        pass

    def from_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> EntityAnnotator:
        return self


@Language.factory("pressextract_entities", requires=["doc.ents", "token.morph", "token.dep"])
def make_entities(nlp: Language, name: str) -> EntityAnnotator:
    """Factory of the entity component."""
    return EntityAnnotator(nlp, name)
